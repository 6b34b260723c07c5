// The toolbar popup: the page's models under the active preset, a side-by-side comparison, and each model in detail.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { earliestPriceDay, findModel } from '../../utils/catalog';
import { useCatalogStore } from '../../extension/stores/catalog';
import { defaultOffer, storedOffer } from '../../utils/compare';
import { useComparisonStore } from '../../extension/stores/comparison';
import { usePriceChangesStore } from '../../extension/stores/price-changes';
import { diffSnapshots, snapshotPrices, type PriceChange } from '../../utils/price-changes';
import { ChangesView } from './ChangesView';
import { usePresetsStore } from '../../extension/stores/presets';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { activePreset, presetDisplayName } from '../../utils/presets';
import { CompareView } from './CompareView';
import { ModelDetail } from './ModelDetail';
import { PageView, type PageState } from './PageView';
import { SiteAccess, type SiteState } from './SiteAccess';
import { NewerVersionNotice } from '../NewerVersionNotice';
import { WorkloadPanel } from './WorkloadPanel';

export type { PageState } from './PageView';
export type { SiteState } from './SiteAccess';

type Tab = 'page' | 'compare' | 'detail';

export interface PopupAppProps {
  catalog: Catalog;
  today: string;
  page: PageState;
  site?: SiteState;
  onGrant?(pattern: string): Promise<boolean>;
  onRevoke?(pattern: string): Promise<void>;
  /** A model asked for by a tag's "Compare" button (`?model=`): it joins the comparison. */
  requestedModel?: string;
  /** A model whose every offer a card's "Cheapest way to run this model" asked for (`?offers=`): its details open there. */
  requestedOffers?: string;
  /** Opens the options page. */
  onOpenSettings?(): void;
  /** Opens the options page at "Your usage". */
  onOpenUsage?(): void;
  /** Stored values were set aside as unreadable: say so. */
  recovered?: boolean;
  /** `tab`: shown in a full browser tab (`?view=tab`), laid out for its width. */
  layout?: 'popup' | 'tab';
  /** Opens with "What changed" shown (`?show=changes`, from a price notification). */
  showChanges?: boolean;
}

export function PopupApp({
  catalog,
  today,
  page,
  site,
  onGrant,
  onRevoke,
  requestedModel,
  requestedOffers,
  onOpenSettings,
  onOpenUsage,
  recovered,
  layout = 'popup',
  showChanges = false,
}: PopupAppProps) {
  const { t } = useLocalization();
  const [tab, setTab] = useState<Tab>(requestedOffers ? 'detail' : requestedModel ? 'compare' : 'page');
  const [detailId, setDetailId] = useState<string | undefined>(requestedOffers);
  // Where Details was opened from, so that "Back" returns there (the page's list or the comparison).
  const [detailFrom, setDetailFrom] = useState<Exclude<Tab, 'detail'>>('page');
  const [day, setDay] = useState(today);
  const presets = usePresetsStore((s) => s.presets);
  const settings = useSettingsStore((s) => s.settings);
  const update = useSettingsStore((s) => s.update);
  const compared = useComparisonStore((s) => s.modelIds);
  const comparisonLoaded = useComparisonStore((s) => s.loaded);
  const add = useComparisonStore((s) => s.add);
  const activeId = activePreset(presets, settings.activePresetId).id;
  const seen = usePriceChangesStore((s) => s.seen);
  const seenLoaded = usePriceChangesStore((s) => s.loaded);
  const catalogLoaded = useCatalogStore((s) => s.loaded);
  const markSeen = usePriceChangesStore((s) => s.markSeen);
  // What differs from the prices the user last looked at; frozen while the list is open, as looking marks them seen.
  const pending = useMemo(() => (seen ? diffSnapshots(seen, snapshotPrices(catalog, today)) : []), [seen, catalog, today]);
  const [changesShown, setChangesShown] = useState<PriceChange[]>();
  const openChanges = () => {
    setChangesShown(pending);
    void markSeen(catalog, today);
  };

  // Opened from a notification: the list once the catalog in use and the last-seen prices are known (opening marks them seen).
  const [changesAsked, setChangesAsked] = useState(showChanges);
  useEffect(() => {
    if (!changesAsked || !seenLoaded || !catalogLoaded) return;
    setChangesAsked(false);
    openChanges();
  }, [changesAsked, seenLoaded, catalogLoaded]); // eslint-disable-line react-hooks/exhaustive-deps -- once, with the list as it is then

  // A model asked for by a tag joins at the offer that tag showed: the tab's page's seller's, where it sells it.
  const pageUrl = page.status === 'ready' ? page.page?.url : undefined;
  const pageRead = page.status !== 'loading';
  useEffect(() => {
    const model = requestedModel ? findModel(catalog, requestedModel) : undefined;
    if (model && comparisonLoaded && pageRead) void add(model.id, storedOffer(model, defaultOffer(catalog, model, pageUrl)));
  }, [catalog, requestedModel, comparisonLoaded, pageRead, pageUrl, add]);

  const showDetail = (modelId: string) => {
    if (tab !== 'detail') setDetailFrom(tab);
    setDetailId(modelId);
    setTab('detail');
  };
  const tabs: Tab[] = detailId ? ['page', 'compare', 'detail'] : ['page', 'compare'];
  const onTabKey = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <main class={layout === 'tab' ? 'popup in-tab' : 'popup'}>
      <header>
        <h1>{t('common.appName')}</h1>
        {/* Settings first after the name, in the DOM as on screen, so that focus follows what the eye sees. */}
        {onOpenSettings && (
          <button
            type="button"
            class="icon"
            onClick={onOpenSettings}
            aria-label={t('common.settings')}
            title={t('common.settings')}
          >
            ⚙
          </button>
        )}
        <label class="inline">
          <span>{t('popup.workload')}</span>
          <select value={activeId} onInput={(e) => void update({ activePresetId: e.currentTarget.value })}>
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {presetDisplayName(preset, t)}
              </option>
            ))}
          </select>
        </label>
        <label class="inline">
          <span>{t('popup.asOf')}</span>
          <input
            type="date"
            value={day}
            min={earliestPriceDay(catalog)}
            onInput={(e) => setDay(e.currentTarget.value || today)}
          />
        </label>
        {onOpenUsage && (
          <button type="button" class="link small" onClick={onOpenUsage} data-open-usage>
            {t('usage.popupLink')}
          </button>
        )}
      </header>
      <WorkloadPanel onOpenSettings={onOpenSettings} />
      {recovered && (
        <p role="alert" class="warn small">
          {t('popup.recovered')}
        </p>
      )}
      <NewerVersionNotice compact />
      <p class="small">
        <button type="button" class="link" onClick={openChanges} data-changes-count={pending.length}>
          {pending.length > 0 ? t('changes.open', [pending.length]) : t('changes.openNone')}
        </button>
      </p>

      {changesShown && <ChangesView catalog={catalog} changes={changesShown} onClose={() => setChangesShown(undefined)} />}
      <div hidden={changesShown !== undefined}>
        <div role="tablist" aria-label={t('common.appName')} class="tabs" onKeyDown={onTabKey}>
          {tabs.map((name) => (
            <button
              key={name}
              id={`tab-${name}`}
              type="button"
              role="tab"
              aria-selected={tab === name}
              aria-controls={`panel-${name}`}
              tabIndex={tab === name ? 0 : -1}
              onClick={() => setTab(name)}
            >
              {name === 'detail' ? (findModel(catalog, detailId ?? '')?.name ?? t('popup.tabs.detail')) : t(`popup.tabs.${name}`)}
              {name === 'compare' && compared.length > 0 && <span class="count"> {compared.length}</span>}
            </button>
          ))}
        </div>

        <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="panel">
          {tab === 'page' && (
            <PageView
              catalog={catalog}
              day={day}
              page={page}
              onDetail={showDetail}
              onPick={(id) => {
                void add(id);
                setTab('compare');
              }}
            />
          )}
          {tab === 'compare' && <CompareView catalog={catalog} day={day} onDetail={showDetail} />}
          {tab === 'detail' && detailId && (
            <ModelDetail
              catalog={catalog}
              modelId={detailId}
              day={day}
              backLabel={t(`popup.tabs.${detailFrom}`)}
              focusOffers={detailId === requestedOffers}
              onBack={() => {
                setTab(detailFrom);
                // Focus goes back to the tab the user returns to, not to the top of the page.
                requestAnimationFrame(() => document.getElementById(`tab-${detailFrom}`)?.focus());
              }}
            />
          )}
        </div>
      </div>

      {site && onGrant && onRevoke && tab === 'page' && (
        <SiteAccess site={site} disabledSites={settings.disabledSites} onGrant={onGrant} onRevoke={onRevoke} />
      )}
    </main>
  );
}
