// The models the current page names, cheapest first under the active preset; unknown names listed as such.
import { useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { findModel } from '../../utils/catalog';
import { formatDay } from '../../utils/i18n';
import { defaultOffer, priceModels, sortByTaskCost, storedOffer } from '../../utils/compare';
import type { OfferRef } from '../../utils/offers';
import { useComparisonStore } from '../../extension/stores/comparison';
import { useLocalization } from '../../extension/stores/settings';
import type { PageModel, PageModels } from '../../utils/tab-models';
import { useActivePreset } from '../hooks';
import { CostTable } from './CostTable';
import { ModelSearch } from './ModelSearch';

export type PageState =
  { status: 'loading' } | { status: 'ready'; page: PageModels | null } | { status: 'error'; message: string };

export function PageView({
  catalog,
  day,
  page,
  onDetail,
  onPick,
  initialQuery,
}: {
  catalog: Catalog;
  day: string;
  page: PageState;
  onDetail(modelId: string): void;
  /** A model picked in the search: the app adds it to the comparison. */
  onPick(modelId: string): void;
  initialQuery?: string;
}) {
  const { t, locale } = useLocalization();
  const { preset, name } = useActivePreset();
  const { modelIds: compared, toggle } = useComparisonStore();
  // A model that could not join a full comparison: said, not silently dropped.
  const [full, setFull] = useState(false);

  const mentions = page.status === 'ready' && page.page ? page.page.models : [];
  const inCatalog = (m: PageModel) => m.known && findModel(catalog, m.modelId) !== undefined;
  const knownIds = mentions.filter(inCatalog).map((m) => m.modelId);
  const unknown = mentions.filter((m) => !inCatalog(m)).map((m) => m.text);
  // On a seller's own page, its models are priced at that seller's offer, as the page's tags show them.
  const pageUrl = page.status === 'ready' ? page.page?.url : undefined;
  const offers: Record<string, OfferRef> = {};
  for (const id of knownIds) {
    const model = findModel(catalog, id)!;
    offers[model.id] = defaultOffer(catalog, model, pageUrl);
  }
  const rows = sortByTaskCost(priceModels(catalog, knownIds, preset.workload, day, offers));
  const count = knownIds.length + unknown.length;

  return (
    <section aria-label={t('popup.tabs.page')}>
      {/* Above the list: on a page naming forty models, the search is not forty rows down. */}
      <ModelSearch
        id="page-search"
        catalog={catalog}
        day={day}
        initialQuery={initialQuery}
        onPick={(model) => onPick(model.id)}
      />
      {page.status === 'loading' && (
        <p class="muted" role="status">
          {t('popup.page.reading')}
        </p>
      )}
      {page.status === 'error' && (
        <p role="alert" class="warn">
          {t('popup.page.error', [page.message])}
        </p>
      )}
      {page.status === 'ready' &&
        (count > 0 ? (
          <CostTable
            catalog={catalog}
            day={day}
            rows={rows}
            unknown={unknown}
            caption={`${t('popup.page.count', count)} · ${t('popup.page.sortedNote', [name, formatDay(day, locale)])}`}
            comparedIds={compared}
            onToggleCompare={(id) => {
              // The model joins the comparison at the offer shown here: the page's seller's where it sells it.
              const model = findModel(catalog, id);
              const offer = model && offers[model.id] ? storedOffer(model, offers[model.id]!) : undefined;
              void toggle(id, offer).then((joined) => setFull(!joined));
            }}
            onDetail={onDetail}
          />
        ) : (
          <div class="empty">
            <p>{t('popup.page.empty')}</p>
            <p class="muted small">{t('popup.page.emptyHint')}</p>
          </div>
        ))}
      {full && (
        <p role="alert" class="warn small">
          {t('popup.compare.full')}
        </p>
      )}
    </section>
  );
}
