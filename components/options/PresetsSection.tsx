// The workload presets: list, create, duplicate, delete, restore the defaults, choose the active one, and edit.
import { useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { presetDisplayName } from '../../utils/presets';
import { useComparisonStore } from '../../extension/stores/comparison';
import { usePresetsStore } from '../../extension/stores/presets';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { DEFAULT_REFERENCE_MODELS, PresetEditor } from './PresetEditor';
import { runAction } from '../hooks';

export function PresetsSection({ catalog, today }: { catalog: Catalog; today: string }) {
  const { t } = useLocalization();
  const { presets, create, duplicate, remove, restoreDefaults, save } = usePresetsStore();
  const activeId = useSettingsStore((s) => s.settings.activePresetId);
  const update = useSettingsStore((s) => s.update);
  const compared = useComparisonStore((s) => s.modelIds);
  const [selectedId, setSelectedId] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState('');
  const selected = presets.find((p) => p.id === selectedId) ?? presets.find((p) => p.id === activeId) ?? presets[0]!;
  const references = compared.length > 0 ? compared.slice(0, 3) : DEFAULT_REFERENCE_MODELS;

  const [failure, setFailure] = useState('');
  // A store write that fails (storage full, extension reloaded) is said, not swallowed.
  const act = (context: string, action: () => Promise<unknown>) => {
    setFailure('');
    runAction(context, action, (message) => setFailure(t('common.saveFailed', [message])));
  };

  const select = (id: string) => {
    setSelectedId(id);
    setConfirming(false);
    setStatus('');
  };

  return (
    <section id="presets" aria-labelledby="presets-title">
      <h2 id="presets-title">{t('options.nav.presets')}</h2>
      <p class="muted">{t('options.presets.intro')}</p>
      <div class="presets">
        <nav aria-label={t('options.presets.list')}>
          <ul class="preset-list">
            {presets.map((preset) => (
              <li key={preset.id} data-preset-id={preset.id}>
                <button type="button" aria-current={preset.id === selected.id} onClick={() => select(preset.id)}>
                  {presetDisplayName(preset, t)}
                  {preset.id === activeId && <span class="badge">{t('options.presets.active')}</span>}
                </button>
              </li>
            ))}
          </ul>
          <div class="toolbar">
            <button
              type="button"
              onClick={() => act('create a preset', async () => select((await create(t('options.presets.newName'))).id))}
            >
              {t('options.presets.new')}
            </button>
            <button
              type="button"
              onClick={() =>
                act('restore the default presets', async () => {
                  await restoreDefaults();
                  setStatus(t('options.presets.restored'));
                })
              }
            >
              {t('options.presets.restore')}
            </button>
          </div>
          <p role="status" class="small ok">
            {status}
          </p>
          {failure && (
            <p role="alert" class="small warn">
              {failure}
            </p>
          )}
        </nav>

        <div>
          <div class="toolbar">
            <button
              type="button"
              onClick={() => act('make a preset active', () => update({ activePresetId: selected.id }))}
              disabled={selected.id === activeId}
            >
              {t('options.presets.makeActive')}
            </button>
            <button
              type="button"
              onClick={() =>
                act('duplicate a preset', async () => {
                  const copy = await duplicate(selected.id, t('options.presets.copyName', [presetDisplayName(selected, t)]));
                  if (copy) select(copy.id);
                })
              }
            >
              {t('options.presets.duplicate')}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(true)}
              disabled={presets.length <= 1}
              title={presets.length <= 1 ? t('options.presets.lastOne') : undefined}
            >
              {t('options.presets.delete')}
            </button>
          </div>
          {confirming && (
            <div role="alertdialog" aria-labelledby="delete-question" class="banner">
              <p id="delete-question">{t('options.presets.deleteConfirm', [presetDisplayName(selected, t)])}</p>
              <div class="toolbar">
                <button
                  type="button"
                  class="primary"
                  onClick={() =>
                    act('delete a preset', async () => {
                      const next = presets.find((p) => p.id !== selected.id)!;
                      await remove(selected.id);
                      if (selected.id === activeId) await update({ activePresetId: next.id });
                      select(next.id);
                    })
                  }
                >
                  {t('options.presets.delete')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('common.close')}
                </button>
              </div>
            </div>
          )}
          <PresetEditor catalog={catalog} preset={selected} referenceModelIds={references} today={today} onSave={save} />
        </div>
      </div>
    </section>
  );
}
