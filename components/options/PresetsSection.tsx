// The workload presets: list, create, duplicate, delete (with undo), restore the defaults (asking first), choose the active one, and edit without losing work.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { blankPreset, editedDefaults, presetDisplayName } from '../../utils/presets';
import type { WorkloadPreset } from '../../utils/workloads';
import { logger } from '../../extension/log';
import { useComparisonStore } from '../../extension/stores/comparison';
import { usePresetsStore, type Removed } from '../../extension/stores/presets';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { DEFAULT_REFERENCE_MODELS, PresetEditor, saveErrorText } from './PresetEditor';

const log = logger('options');

/** A question before a destructive step, or before leaving unsaved edits. */
type Asking =
  | { kind: 'delete' }
  | { kind: 'restore'; edited: WorkloadPreset[] }
  | { kind: 'switch'; /** A preset id, or `new`. */ to: string };

/** A question asked before a destructive or lossy step, answered by one of its buttons. */
function Question({
  id,
  text,
  answers,
}: {
  id: string;
  text: string;
  answers: { label: string; primary?: boolean; onClick(): void }[];
}) {
  return (
    <div role="alertdialog" aria-labelledby={id} class="banner">
      <p id={id}>{text}</p>
      <div class="toolbar">
        {answers.map((answer) => (
          <button key={answer.label} type="button" class={answer.primary ? 'primary' : undefined} onClick={answer.onClick}>
            {answer.label}
          </button>
        ))}
      </div>
    </div>
  );
}

export function PresetsSection({ catalog, today }: { catalog: Catalog; today: string }) {
  const { t } = useLocalization();
  const { presets, duplicate, remove, undoRemove, restoreDefaults, save } = usePresetsStore();
  const activeId = useSettingsStore((s) => s.settings.activePresetId);
  const update = useSettingsStore((s) => s.update);
  const compared = useComparisonStore((s) => s.modelIds);
  const [selectedId, setSelectedId] = useState<string>();
  /** A preset made with "New preset", kept here (not stored) until the user saves it. */
  const [fresh, setFresh] = useState<WorkloadPreset>();
  const [dirty, setDirty] = useState(false);
  const [asking, setAsking] = useState<Asking>();
  const [status, setStatus] = useState<{ text: string; undo?: Removed }>();
  /** Where the focus goes after the list changes under it (Delete, Undo). */
  const [focusId, setFocusId] = useState<string>();
  const list = useRef<HTMLUListElement>(null);

  const stored = presets.find((p) => p.id === selectedId) ?? presets.find((p) => p.id === activeId) ?? presets[0]!;
  const selected = fresh && selectedId === fresh.id ? fresh : stored;
  const isNew = fresh !== undefined && selected === fresh;
  const references = compared.length > 0 ? compared.slice(0, 3) : DEFAULT_REFERENCE_MODELS;

  useEffect(() => {
    if (focusId === undefined) return;
    const button = list.current?.querySelector<HTMLButtonElement>(`li[data-preset-id="${focusId}"] button`);
    (button ?? list.current)?.focus();
    setFocusId(undefined);
  }, [focusId, presets]);

  const go = (to: string) => {
    setAsking(undefined);
    setDirty(false);
    if (to === 'new') {
      const preset = blankPreset(t('options.presets.newName'), presets);
      setFresh(preset);
      setSelectedId(preset.id);
    } else {
      if (to !== fresh?.id) setFresh(undefined);
      setSelectedId(to);
    }
  };
  /** Moves to another preset, or asks first when the open one has unsaved edits. */
  const select = (to: string) => {
    if (to === selected.id) return;
    setStatus(undefined);
    if (dirty || isNew) setAsking({ kind: 'switch', to });
    else go(to);
  };

  const run = async (task: () => Promise<void>) => {
    try {
      await task();
    } catch (error) {
      log.warn('preset change not saved', error);
      setStatus({ text: saveErrorText(error, t) });
    }
  };

  const deleteSelected = () =>
    run(async () => {
      setAsking(undefined);
      const at = presets.findIndex((p) => p.id === selected.id);
      const removed = await remove(selected.id);
      if (!removed) return;
      const remaining = presets.filter((p) => p.id !== removed.preset.id);
      const next = remaining[Math.min(at, remaining.length - 1)]!;
      if (removed.preset.id === activeId) await update({ activePresetId: next.id });
      setDirty(false);
      setSelectedId(next.id);
      setFocusId(next.id);
      setStatus({ text: t('options.presets.deleted', [presetDisplayName(removed.preset, t)]), undo: removed });
    });

  const undo = (removed: Removed) =>
    run(async () => {
      await undoRemove(removed);
      setSelectedId(removed.preset.id);
      setFocusId(removed.preset.id);
      setStatus(undefined);
    });

  const restore = (confirmed: boolean) =>
    run(async () => {
      const edited = editedDefaults(presets);
      if (!confirmed && edited.length > 0) return setAsking({ kind: 'restore', edited });
      setAsking(undefined);
      await restoreDefaults();
      setStatus({ text: t('options.presets.restored') });
    });

  const saveSelected = async (preset: WorkloadPreset, base?: WorkloadPreset) => {
    const outcome = await save(preset, base);
    if (fresh && preset.id === fresh.id) setFresh(undefined);
    return outcome;
  };

  const listed = fresh && !presets.some((p) => p.id === fresh.id) ? [...presets, fresh] : presets;

  return (
    <section id="presets" aria-labelledby="presets-title">
      <h2 id="presets-title">{t('options.nav.presets')}</h2>
      <p class="muted">{t('options.presets.intro')}</p>
      <div class="presets">
        <nav aria-label={t('options.presets.list')}>
          <ul class="preset-list" ref={list} tabIndex={-1} aria-label={t('options.presets.list')}>
            {listed.map((preset) => (
              <li key={preset.id} data-preset-id={preset.id}>
                <button type="button" aria-current={preset.id === selected.id} onClick={() => select(preset.id)}>
                  {presetDisplayName(preset, t)}
                  {preset.id === activeId && <span class="badge">{t('options.presets.active')}</span>}
                  {preset === fresh && <span class="muted small"> ({t('options.presets.unsavedNew')})</span>}
                </button>
              </li>
            ))}
          </ul>
          <div class="toolbar">
            <button type="button" onClick={() => select('new')}>
              {t('options.presets.new')}
            </button>
            <button type="button" onClick={() => void restore(false)}>
              {t('options.presets.restore')}
            </button>
          </div>
          <p role="status" class="small ok">
            {status?.text}{' '}
            {status?.undo && (
              <button type="button" onClick={() => void undo(status.undo!)}>
                {t('options.presets.undo')}
              </button>
            )}
          </p>
        </nav>

        <div>
          <div class="toolbar">
            <button
              type="button"
              onClick={() => void update({ activePresetId: selected.id })}
              disabled={selected.id === activeId || isNew}
            >
              {t('options.presets.makeActive')}
            </button>
            <button
              type="button"
              disabled={isNew}
              onClick={() =>
                void run(async () => {
                  const copy = await duplicate(selected.id, t('options.presets.copyName', [presetDisplayName(selected, t)]));
                  if (copy) go(copy.id);
                })
              }
            >
              {t('options.presets.duplicate')}
            </button>
            <button
              type="button"
              onClick={() => (isNew ? go(presets[0]!.id) : setAsking({ kind: 'delete' }))}
              disabled={presets.length <= 1 && !isNew}
              title={presets.length <= 1 ? t('options.presets.lastOne') : undefined}
            >
              {t('options.presets.delete')}
            </button>
          </div>
          {asking?.kind === 'delete' && (
            <Question
              id="delete-question"
              text={t('options.presets.deleteConfirm', [presetDisplayName(selected, t)])}
              answers={[
                { label: t('options.presets.delete'), primary: true, onClick: () => void deleteSelected() },
                { label: t('options.presets.cancel'), onClick: () => setAsking(undefined) },
              ]}
            />
          )}
          {asking?.kind === 'restore' && (
            <Question
              id="restore-question"
              text={t('options.presets.restoreConfirm', [asking.edited.map((p) => presetDisplayName(p, t)).join(', ')])}
              answers={[
                { label: t('options.presets.restoreAnyway'), primary: true, onClick: () => void restore(true) },
                { label: t('options.presets.cancel'), onClick: () => setAsking(undefined) },
              ]}
            />
          )}
          {asking?.kind === 'switch' && (
            <Question
              id="switch-question"
              text={t('options.presets.unsavedSwitch', [presetDisplayName(selected, t)])}
              answers={[
                { label: t('options.presets.stay'), onClick: () => setAsking(undefined) },
                { label: t('options.presets.discardAndSwitch'), onClick: () => go(asking.to) },
              ]}
            />
          )}
          <PresetEditor
            catalog={catalog}
            preset={selected}
            referenceModelIds={references}
            today={today}
            isNew={isNew}
            focusName={isNew}
            onSave={saveSelected}
            onDirtyChange={setDirty}
          />
        </div>
      </div>
    </section>
  );
}
