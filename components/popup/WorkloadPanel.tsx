// The active preset's key figures above the costs, with tasks per month and tokens in and out adjustable in place.
import { useState } from 'preact/hooks';
import { usePresetsStore } from '../../extension/stores/presets';
import { useLocalization } from '../../extension/stores/settings';
import {
  describeWorkloadProblem,
  editWorkload,
  keyFigures,
  quickEditFields,
  type QuickEditField,
  workloadSentence,
} from '../../utils/workload-view';
import { useActivePreset } from '../hooks';

export function WorkloadPanel({ onOpenSettings }: { onOpenSettings?(): void }) {
  const { t, locale } = useLocalization();
  const { preset, name } = useActivePreset();
  const save = usePresetsStore((s) => s.save);
  const [open, setOpen] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<QuickEditField, string>>>({});
  const [status, setStatus] = useState('');
  const figures = keyFigures(preset.workload, t, locale);

  // Written when the user leaves the field or presses Enter (a `change`), not on every keystroke:
  // synced storage allows few writes a minute.
  const commit = async (field: QuickEditField, typed: string) => {
    const edit = editWorkload(preset, field, typed);
    if (!edit.ok) {
      setProblems((p) => ({ ...p, [field]: describeWorkloadProblem(edit.problem, t, locale) }));
      setStatus('');
      return;
    }
    setProblems((p) => ({ ...p, [field]: undefined }));
    if (edit.preset.workload[field] === preset.workload[field]) return;
    await save(edit.preset);
    setStatus(t('popup.workloadSaved', [name]));
  };

  return (
    <section class="workload" aria-labelledby="workload-title">
      <h2 id="workload-title" class="sr-only">
        {name}
      </h2>
      <div class="workload-line">
        <dl class="figures" aria-label={workloadSentence(preset.workload, t, locale)}>
          {figures.map((figure) => (
            <div key={figure.field} data-figure={figure.field}>
              <dt>{figure.label}</dt>
              <dd class="num">{figure.value}</dd>
            </div>
          ))}
        </dl>
        <button
          type="button"
          class="link small"
          aria-expanded={open}
          aria-controls="workload-edit"
          onClick={() => setOpen(!open)}
        >
          {t('popup.workloadEdit')}
        </button>
      </div>
      {open && (
        <form
          id="workload-edit"
          class="workload-edit"
          aria-label={t('popup.workloadEditTitle', [name])}
          onSubmit={(e) => e.preventDefault()}
        >
          {quickEditFields.map((field) => {
            const id = `quick-${field}`;
            const problem = problems[field];
            return (
              <div class="field" key={field}>
                <label for={id} class="field-label">
                  {t(`popup.workloadFigures.${field}`)}
                </label>
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  step={1}
                  // Keyed by value so that an edit made elsewhere (options page, another popup) shows here.
                  key={`${preset.id}-${preset.workload[field]}`}
                  defaultValue={String(preset.workload[field])}
                  aria-invalid={problem !== undefined}
                  aria-describedby={problem ? `${id}-error` : undefined}
                  onChange={(e) => void commit(field, e.currentTarget.value)}
                />
                {problem && (
                  <p class="error" id={`${id}-error`}>
                    {problem}
                  </p>
                )}
              </div>
            );
          })}
          {onOpenSettings && (
            <button type="button" class="link small" onClick={onOpenSettings}>
              {t('popup.workloadMore')}
            </button>
          )}
          <p role="status" class="muted small">
            {status}
          </p>
        </form>
      )}
    </section>
  );
}
