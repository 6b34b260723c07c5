// Up to eight models side by side under the active preset: per task, per month, what the money goes to; export.
import { useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { vendorName } from '../../utils/catalog';
import { formatDay } from '../../utils/i18n';
import {
  comparisonTable,
  offerLabel,
  priceModels,
  sellerName,
  sortRows,
  storedOffer,
  summarizeComparison,
  unpricedReason,
  type PricedRow,
  type SortKey,
} from '../../utils/compare';
import { formatList } from '../../utils/i18n';
import { formatCost } from '../../utils/tag-view';
import { MAX_COMPARED } from '../../extension/storage';
import { useComparisonStore } from '../../extension/stores/comparison';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { runAction, useActivePreset } from '../hooks';
import { BarLegend, CostTable, type TableSort } from './CostTable';
import { ExportButtons } from './ExportButtons';
import { ModelSearch } from './ModelSearch';

export function CompareView({ catalog, day, onDetail }: { catalog: Catalog; day: string; onDetail(modelId: string): void }) {
  const { t, locale } = useLocalization();
  const currency = useSettingsStore((s) => s.settings.currency);
  const rateUnit = useSettingsStore((s) => s.settings.rateUnit);
  const { preset, name } = useActivePreset();
  const { modelIds, offers, add, remove, setOffer } = useComparisonStore();
  const [full, setFull] = useState(false);
  const [failure, setFailure] = useState('');
  const act = (context: string, action: () => Promise<unknown>) => {
    setFailure('');
    runAction(context, action, (message) => setFailure(t('common.saveFailed', [message])));
  };
  // Unsorted: the order the models were added in. A header click sorts ascending, a second descending.
  const [sort, setSort] = useState<TableSort>();
  const priced: PricedRow[] = priceModels(catalog, modelIds, preset.workload, day, offers);
  const rows = sort ? sortRows(priced, sort.key, sort.direction, locale) : priced;
  const onSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction: current?.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section aria-label={t('popup.tabs.compare')}>
      <ModelSearch
        id="compare-search"
        catalog={catalog}
        day={day}
        onPick={(model) => act('add a model to the comparison', async () => setFull(!(await add(model.id))))}
      />
      {failure && (
        <p role="alert" class="warn small">
          {failure}
        </p>
      )}
      {full && modelIds.length >= MAX_COMPARED && (
        <p role="alert" class="warn small">
          {t('popup.compare.full')}
        </p>
      )}
      {rows.length === 0 ? (
        <p class="empty">{t('popup.compare.empty')}</p>
      ) : (
        <>
          <CostTable
            catalog={catalog}
            day={day}
            rows={rows}
            bars
            caption={t('popup.compare.caption', [name, formatDay(day, locale)])}
            sort={sort}
            onSort={onSort}
            onRemove={(id) => act('remove a model from the comparison', () => remove(id))}
            onDetail={onDetail}
            onChangeOffer={(model, offer) =>
              act('switch a compared model to another seller', () => setOffer(model.id, storedOffer(model, offer)))
            }
          />
          <Summary catalog={catalog} rows={priced} words={{ t, locale, currency, rateUnit }} />
          <BarLegend />
          <ExportButtons
            filename={`tokentag-comparison-${day}`}
            table={(style) =>
              comparisonTable(rows, style, {
                t,
                currency,
                locale,
                presetName: name,
                date: day,
                vendorName: (id) => vendorName(catalog, id),
                sellerName: (id) => sellerName(catalog, id),
              })
            }
          />
        </>
      )}
    </section>
  );
}

/** Which compared model costs least, and which rows have no price and so are not counted, and why. */
function Summary({
  catalog,
  rows,
  words,
}: {
  catalog: Catalog;
  rows: readonly PricedRow[];
  words: Parameters<typeof unpricedReason>[1];
}) {
  const { t, locale } = words;
  const { cheapest, skipped } = summarizeComparison(rows);
  return (
    <p class="small" data-compare-summary>
      {cheapest && cheapest.estimate.status === 'priced' ? (
        <span data-cheapest={cheapest.model.id}>
          {t('popup.compare.cheapest', [
            cheapest.model.name,
            offerLabel(catalog, cheapest.offer),
            formatCost(cheapest.estimate.monthTotal, words),
          ])}
        </span>
      ) : (
        <span>{t('popup.compare.noCheapest')}</span>
      )}
      {skipped.length > 0 && (
        <span class="warn" data-skipped={skipped.map((row) => row.model.id).join(' ')}>
          {' '}
          {t('popup.compare.skipped', [
            formatList(
              skipped.map((row) =>
                t('popup.compare.skippedItem', [
                  `${row.model.name}, ${offerLabel(catalog, row.offer)}`,
                  unpricedReason(row, words) ?? '',
                ]),
              ),
              locale,
            ),
          ])}
        </span>
      )}
    </p>
  );
}
