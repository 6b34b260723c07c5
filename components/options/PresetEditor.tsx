// Edits one workload preset: every field with what it means for the bill, its unit, inline validation, and a live preview.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { priceModels } from '../../utils/compare';
import type { CostEstimate } from '../../utils/cost';
import type { Translate } from '../../utils/i18n';
import { presetDisplayDescription, presetDisplayName, samePreset } from '../../utils/presets';
import { logger } from '../../extension/log';
import { StorageRefusal, type WriteOutcome } from '../../extension/storage';
import { useLocalization } from '../../extension/stores/settings';
import {
  serviceTiers,
  validateWorkload,
  workloadMaximums,
  workloadNumberFields,
  type ServiceTier,
  type Workload,
  type WorkloadField,
  type WorkloadNumberField,
  type WorkloadPreset,
  type WorkloadProblem,
} from '../../utils/workloads';
import { describeTierPriceUnknown } from '../../utils/tag-view';
import { describeWorkloadProblem } from '../../utils/workload-view';
import { useFormatters } from '../hooks';

export { DEFAULT_REFERENCE_MODELS } from '../../utils/presets';

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

const log = logger('options');

/** What a save came to, in the user's language: "Saved." only for a write that went where it should. */
export function saveOutcomeText(outcome: WriteOutcome, t: Translate): string {
  if (outcome === 'local-too-large') return t('options.save.localTooLarge');
  if (outcome === 'local-rate-limited') return t('options.save.localRateLimited');
  return t('options.presets.saved');
}

/** Why a save was refused, in the user's language. */
export function saveErrorText(error: unknown, t: Translate): string {
  if (error instanceof StorageRefusal) {
    if (error.code === 'newer') return t('options.save.refusedNewer');
    if (error.code === 'inPlace') return t('options.save.refusedInPlace');
    return t('options.save.conflict');
  }
  return t('options.save.failed', [error instanceof Error ? error.message : String(error)]);
}

/** A workload problem in the user's language (the wording lives in the core: utils/workload-view). */
export function problemText(problem: WorkloadProblem, t: Translate): string {
  return describeWorkloadProblem(problem, t);
}

/**
 * Why a preview row has no price, in the words the card and the offers list use: the preset's tier
 * not sold ("Priority not offered"), or its price not known since a feed update; else not offered or unknown.
 */
function unpricedText(estimate: Exclude<CostEstimate, { status: 'priced' }>, t: Translate, locale: string): string {
  if (estimate.status === 'not-offered')
    return estimate.reason === 'tier-not-offered'
      ? t('offers.tierNotOffered', [t(`options.serviceTiers.${estimate.serviceTier}`)])
      : t('tag.notOffered');
  if (estimate.reason === 'tier-price-unknown') return describeTierPriceUnknown(estimate, { t, locale });
  return t('common.unknown');
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
  isNew = false,
  focusName = false,
  onSave,
  onDirtyChange,
}: {
  catalog: Catalog;
  /** The preset as stored (or, when `isNew`, as it will be stored once saved). */
  preset: WorkloadPreset;
  referenceModelIds: readonly string[];
  today: string;
  isNew?: boolean;
  /** Puts the focus in the name field (a new preset is named first). */
  focusName?: boolean;
  /** Saves; `base` is the preset the edit began from, so that a change made elsewhere meanwhile is not overwritten unseen. */
  onSave(preset: WorkloadPreset, base?: WorkloadPreset): Promise<WriteOutcome>;
  /** Told whether the form holds unsaved edits. */
  onDirtyChange?(dirty: boolean): void;
}) {
  const { t, locale } = useLocalization();
  const format = useFormatters();
  /** The stored preset the draft began from; it moves on only when the user takes the newer one. */
  const [base, setBase] = useState(preset);
  const [draft, setDraft] = useState(() => toDraft(preset, t));
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const [changedElsewhere, setChangedElsewhere] = useState(false);
  const nameInput = useRef<HTMLInputElement>(null);
  const pristine = !isNew && JSON.stringify(draft) === JSON.stringify(toDraft(base, t));

  const takeStored = () => {
    setBase(preset);
    setDraft(toDraft(preset, t));
    setChangedElsewhere(false);
    setStatus(undefined);
  };
  useEffect(() => {
    if (preset.id !== base.id) return takeStored();
    if (samePreset(preset, base)) return;
    // Another tab (or sync) changed this preset: follow it, unless that would throw away edits here.
    if (pristine) takeStored();
    else setChangedElsewhere(true);
    // Only a change of the stored preset matters here; the draft's own changes are not a reason to look.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preset]);
  // A change of UI language re-words a default preset's untouched name and description; the user's own words stay.
  const shownIn = useRef(t);
  useEffect(() => {
    const before = shownIn.current;
    if (before === t) return;
    shownIn.current = t;
    setDraft((d) => ({
      ...d,
      name: d.name === presetDisplayName(base, before) ? presetDisplayName(base, t) : d.name,
      description: d.description === presetDisplayDescription(base, before) ? presetDisplayDescription(base, t) : d.description,
    }));
  }, [t, base]);
  useEffect(() => onDirtyChange?.(!pristine), [pristine, onDirtyChange]);
  useEffect(() => {
    if (focusName) nameInput.current?.focus();
  }, [focusName, preset.id]);

  const check = useMemo(() => validateWorkload(toCandidate(draft)), [draft]);
  const problems = check.ok ? [] : check.problems;
  const problemOf = (field: WorkloadField) => problems.find((p) => p.field === field);
  const nameMissing = draft.name.trim() === '';
  const workload: Workload = check.ok ? check.workload : preset.workload;
  const preview = priceModels(catalog, referenceModelIds, workload, today);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!check.ok || nameMissing) return;
    const unchangedText = draft.name === presetDisplayName(base, t) && draft.description === presetDisplayDescription(base, t);
    const next = {
      ...base,
      // A default preset whose words were not touched keeps its own, so that it still follows the UI language.
      name: unchangedText ? base.name : draft.name.trim(),
      description: unchangedText ? base.description : draft.description.trim(),
      workload: check.workload,
    };
    try {
      const outcome = await onSave(next, isNew ? undefined : base);
      setBase(next);
      setDraft(toDraft(next, t));
      setChangedElsewhere(false);
      setStatus({ ok: outcome === 'sync', text: saveOutcomeText(outcome, t) });
    } catch (error) {
      log.warn(`preset "${next.id}" not saved`, error);
      if (error instanceof StorageRefusal && error.code === 'conflict') {
        // Saving again replaces the other version: the user has now been told of it.
        setBase(preset);
        setChangedElsewhere(true);
      }
      setStatus({ ok: false, text: saveErrorText(error, t) });
    }
  };

  const setValue = (field: WorkloadNumberField, value: string) => {
    setDraft((d) => ({ ...d, values: { ...d.values, [field]: value } }));
    setStatus(undefined);
  };

  return (
    <form class="editor" onSubmit={(event) => void save(event)} noValidate aria-label={draft.name || preset.id}>
      <div class="fields">
        <div class="field">
          <label for="preset-name" class="field-label">
            {t('options.presets.name')}
          </label>
          <input
            id="preset-name"
            ref={nameInput}
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
                max={workloadMaximums[field]}
                value={draft.values[field]}
                aria-invalid={problem !== undefined}
                aria-describedby={`${id}-help${problem ? ` ${id}-error` : ''}`}
                onInput={(e) => setValue(field, e.currentTarget.value)}
              />
              <p class="help" id={`${id}-help`}>
                {t(`options.fields.${field}.help`)}{' '}
                <span class="range" data-range={field}>
                  {t('options.presets.range', ['0', workloadMaximums[field].toLocaleString()])}
                </span>
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
              setStatus(undefined);
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

      {changedElsewhere && (
        <div class="banner" role="alert">
          <p>{t('options.presets.changedElsewhere')}</p>
          <button type="button" onClick={takeStored}>
            {t('options.presets.loadTheirs')}
          </button>
        </div>
      )}
      <div class="toolbar">
        <button type="submit" class="primary" disabled={!check.ok || nameMissing || pristine}>
          {t('options.presets.save')}
        </button>
        {!pristine && !isNew && (
          <button type="button" onClick={() => setDraft(toDraft(base, t))}>
            {t('options.presets.revert')}
          </button>
        )}
        <span role="status" class="small">
          {!check.ok ? (
            <span class="warn">{t('options.presets.invalid', problems.length)}</span>
          ) : status ? (
            <span class={status.ok ? 'ok' : 'warn'}>{status.text}</span>
          ) : !pristine ? (
            t('options.presets.unsaved')
          ) : null}
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
                    {unpricedText(estimate, t, locale)}
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
