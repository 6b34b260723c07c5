// Edits one workload preset: every field with what it means for the bill, its unit, inline validation, and a live preview.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { priceModels } from '../../utils/compare';
import type { Translate } from '../../utils/i18n';
import { presetDisplayDescription, presetDisplayName } from '../../utils/presets';
import { useLocalization } from '../../extension/stores/settings';
import {
  serviceTiers,
  validateWorkload,
  workloadNumberFields,
  type ServiceTier,
  type Workload,
  type WorkloadField,
  type WorkloadNumberField,
  type WorkloadPreset,
  type WorkloadProblem,
} from '../../utils/workloads';
import { useFormatters } from '../hooks';

/** Models a preview prices a preset on when the user compares none. */
export const DEFAULT_REFERENCE_MODELS = ['gpt-5.2', 'claude-sonnet-4-5', 'gemini-2.5-flash'];

type Draft = {
  name: string;
  description: string;
  values: Record<WorkloadNumberField, string>;
  serviceTier: ServiceTier;
  searchContext: Workload['searchContext'];
};

const numberFields = workloadNumberFields;

function toDraft(preset: WorkloadPreset, t: Translate): Draft {
  const values = Object.fromEntries(numberFields.map((f) => [f, String(preset.workload[f])])) as Draft['values'];
  return {
    name: presetDisplayName(preset, t),
    description: presetDisplayDescription(preset, t),
    values,
    serviceTier: preset.workload.serviceTier,
    searchContext: preset.workload.searchContext,
  };
}

/** The draft as a workload candidate: an empty box is missing, anything else is read as a number. */
function toCandidate(draft: Draft): Record<string, unknown> {
  const candidate: Record<string, unknown> = { serviceTier: draft.serviceTier };
  if (draft.searchContext !== undefined) candidate.searchContext = draft.searchContext;
  for (const field of numberFields) {
    const text = draft.values[field].trim();
    if (text !== '') candidate[field] = Number(text);
  }
  return candidate;
}

/** A workload problem in the user's language. */
export function problemText(problem: WorkloadProblem, t: Translate): string {
  const label = problem.field ? t(`options.fields.${problem.field}.label`) : '';
  switch (problem.code) {
    case 'min':
    case 'max':
      return t(`options.problems.${problem.code}`, [label, (problem.limit ?? 0).toLocaleString()]);
    case 'unknownField':
      return t('options.problems.unknownField', [(problem.keys ?? []).join(', ')]);
    default:
      return t(`options.problems.${problem.code}`, [label]);
  }
}

const steps: Partial<Record<WorkloadField, string>> = {
  cacheHitRate: '0.05',
  webSearches: '0.1',
  fileSearches: '0.1',
  codeSessions: '0.1',
  tasksPerMonth: '1',
};

export function PresetEditor({
  catalog,
  preset,
  referenceModelIds,
  today,
  onSave,
}: {
  catalog: Catalog;
  preset: WorkloadPreset;
  referenceModelIds: readonly string[];
  today: string;
  onSave(preset: WorkloadPreset): Promise<void>;
}) {
  const { t } = useLocalization();
  const format = useFormatters();
  const [draft, setDraft] = useState(() => toDraft(preset, t));
  const [status, setStatus] = useState('');
  useEffect(() => {
    setDraft(toDraft(preset, t));
    setStatus('');
  }, [preset]);

  const check = useMemo(() => validateWorkload(toCandidate(draft)), [draft]);
  const problems = check.ok ? [] : check.problems;
  const problemOf = (field: WorkloadField) => problems.find((p) => p.field === field);
  const nameMissing = draft.name.trim() === '';
  const pristine = JSON.stringify(draft) === JSON.stringify(toDraft(preset, t));
  const workload: Workload = check.ok ? check.workload : preset.workload;
  const preview = priceModels(catalog, referenceModelIds, workload, today);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!check.ok || nameMissing) return;
    const unchangedText =
      draft.name === presetDisplayName(preset, t) && draft.description === presetDisplayDescription(preset, t);
    await onSave({
      ...preset,
      // A default preset whose words were not touched keeps its own, so that it still follows the UI language.
      name: unchangedText ? preset.name : draft.name.trim(),
      description: unchangedText ? preset.description : draft.description.trim(),
      workload: check.workload,
    });
    setStatus(t('options.presets.saved'));
  };

  const setValue = (field: WorkloadNumberField, value: string) => {
    setDraft((d) => ({ ...d, values: { ...d.values, [field]: value } }));
    setStatus('');
  };

  return (
    <form class="editor" onSubmit={save} noValidate aria-label={draft.name || preset.id}>
      <div class="fields">
        <div class="field">
          <label for="preset-name" class="field-label">
            {t('options.presets.name')}
          </label>
          <input
            id="preset-name"
            type="text"
            value={draft.name}
            maxLength={80}
            aria-invalid={nameMissing}
            aria-describedby={nameMissing ? 'preset-name-error' : undefined}
            onInput={(e) => setDraft((d) => ({ ...d, name: e.currentTarget.value }))}
          />
          {nameMissing && (
            <p class="error" id="preset-name-error">
              {t('options.presets.nameRequired')}
            </p>
          )}
        </div>
        <div class="field">
          <label for="preset-description" class="field-label">
            {t('options.presets.description')}
          </label>
          <textarea
            id="preset-description"
            rows={2}
            maxLength={400}
            value={draft.description}
            onInput={(e) => setDraft((d) => ({ ...d, description: e.currentTarget.value }))}
          />
        </div>
        {numberFields.map((field) => {
          const problem = problemOf(field);
          const id = `field-${field}`;
          return (
            <div class="field" key={field} data-field={field}>
              <label for={id} class="field-label">
                {t(`options.fields.${field}.label`)}
                <span class="unit">{t(`options.fields.${field}.unit`)}</span>
              </label>
              <input
                id={id}
                type="number"
                inputMode="decimal"
                step={steps[field] ?? '1'}
                min={0}
                max={field === 'cacheHitRate' ? 1 : undefined}
                value={draft.values[field]}
                aria-invalid={problem !== undefined}
                aria-describedby={`${id}-help${problem ? ` ${id}-error` : ''}`}
                onInput={(e) => setValue(field, e.currentTarget.value)}
              />
              <p class="help" id={`${id}-help`}>
                {t(`options.fields.${field}.help`)}
              </p>
              {problem && (
                <p class="error" id={`${id}-error`} role="alert">
                  {problemText(problem, t)}
                </p>
              )}
            </div>
          );
        })}
        <div class="field">
          <label for="field-serviceTier">{t('options.fields.serviceTier.label')}</label>
          <select
            id="field-serviceTier"
            value={draft.serviceTier}
            onInput={(e) => {
              const serviceTier = e.currentTarget.value as ServiceTier;
              setDraft((d) => ({ ...d, serviceTier }));
              setStatus('');
            }}
            aria-describedby="field-serviceTier-help"
          >
            {serviceTiers.map((tier) => (
              <option key={tier} value={tier}>
                {t(`options.serviceTiers.${tier}`)}
              </option>
            ))}
          </select>
          <p class="help" id="field-serviceTier-help">
            {t('options.fields.serviceTier.help')}
          </p>
        </div>
      </div>

      <div class="toolbar">
        <button type="submit" class="primary" disabled={!check.ok || nameMissing || pristine}>
          {t('options.presets.save')}
        </button>
        {!pristine && (
          <button type="button" onClick={() => setDraft(toDraft(preset, t))}>
            {t('options.presets.revert')}
          </button>
        )}
        <span role="status" class="small">
          {!check.ok ? (
            <span class="warn">{t('options.presets.invalid', problems.length)}</span>
          ) : !pristine ? (
            t('options.presets.unsaved')
          ) : (
            status
          )}
        </span>
      </div>

      <div class="preview" aria-live="polite">
        <h3>{t('options.presets.preview')}</h3>
        <table>
          <tbody>
            {preview.map(({ model, estimate }) => (
              <tr key={model.id} data-model-id={model.id}>
                <th scope="row">{model.name}</th>
                {estimate.status === 'priced' ? (
                  <>
                    <td class="num" data-cost="task">
                      {t('options.presets.previewTask', [format.money(estimate.taskTotal)])}
                    </td>
                    <td class="num" data-cost="month">
                      {t('options.presets.previewMonth', [format.money(estimate.monthTotal)])}
                    </td>
                  </>
                ) : (
                  <td colSpan={2} class="warn">
                    {estimate.status === 'not-offered' ? t('tag.notOffered') : t('common.unknown')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
