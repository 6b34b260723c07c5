// Models with their rates and their cost per task and per month under the active preset; a stacked bar per model when comparing.
import type { Model } from '../../pricing-data/schema';
import type { Catalog } from '../../pricing-data/validate';
import { vendorName } from '../../utils/catalog';
import {
  barParts,
  barSegments,
  offerChoices,
  offerKey,
  offerLabel,
  rowNotes,
  unpricedReason,
  type PricedRow,
  type SortDirection,
  type SortKey,
} from '../../utils/compare';
import type { OfferRef } from '../../utils/offers';
import { formatList } from '../../utils/i18n';
import { sharedFractionDigits } from '../../utils/money';
import { formatCost, rateLabel } from '../../utils/tag-view';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { changedRecently } from '../../utils/price-changes';

/** A bar as long as the task's cost relative to the dearest compared (`scale` 0–1), split by what the money goes to. */
export function StackedBar({ row, scale }: { row: PricedRow; scale: number }) {
  const { t, locale } = useLocalization();
  if (row.estimate.status !== 'priced') return null;
  const segments = barSegments(row.estimate.lines);
  const label = formatList(
    segments.map((s) => `${t(`components.${s.part}`)} ${Math.round(s.share * 100)}%`),
    locale,
  );
  return (
    <div class="bar" role="img" aria-label={label} title={label} style={{ width: `${Math.max(4, scale * 100).toFixed(1)}%` }}>
      {segments.map((s) => (
        <span key={s.part} data-part={s.part} style={{ width: `${(s.share * 100).toFixed(2)}%` }} />
      ))}
    </div>
  );
}

export function BarLegend() {
  const { t } = useLocalization();
  return (
    <ul class="legend" aria-label={t('popup.compare.legend')}>
      {barParts.map((part) => (
        <li key={part}>
          <span class="swatch" data-part={part} aria-hidden="true" />
          {t(`components.${part}`)}
        </li>
      ))}
    </ul>
  );
}

export interface TableSort {
  key: SortKey;
  direction: SortDirection;
}

export interface CostTableProps {
  catalog: Catalog;
  /** The day prices are shown for: a model whose price changed in the 30 days before it gets a marker. */
  day?: string;
  rows: PricedRow[];
  caption: string;
  /** Mentions the catalog lacks, listed last as such. */
  unknown?: string[];
  bars?: boolean;
  comparedIds?: readonly string[];
  onToggleCompare?(modelId: string): void;
  onRemove?(modelId: string): void;
  onDetail(modelId: string): void;
  /** With it, each row has a seller picker (a native select) that switches the offer it is priced at. */
  onChangeOffer?(model: Model, offer: OfferRef): void;
  /** The column the rows are sorted by; with `onSort` the headers become sort buttons. */
  sort?: TableSort;
  onSort?(key: SortKey): void;
}

/** A row's seller (and region) picker: the sellers that sell the model, the chosen one selected. */
function OfferPicker({
  catalog,
  row,
  onChange,
}: {
  catalog: Catalog;
  row: PricedRow;
  onChange(model: Model, offer: OfferRef): void;
}) {
  const { t } = useLocalization();
  const choices = offerChoices(catalog, row.model, row.offer);
  return (
    <label class="offer-picker">
      <span class="sr-only">{t('popup.offer.label', [row.model.name])}</span>
      <select
        data-offer-for={row.model.id}
        value={offerKey(row.offer)}
        onInput={(e) => {
          const choice = choices.find((c) => c.key === e.currentTarget.value);
          if (choice) onChange(row.model, choice.offer);
        }}
      >
        {choices.map((choice) => (
          <option key={choice.key} value={choice.key}>
            {choice.offered ? choice.label : t('popup.offer.gone', [choice.label])}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A column header; a sort button in it when the table can be sorted, with `aria-sort` on the header. */
function Header({
  label,
  column,
  sort,
  onSort,
  numeric,
}: {
  label: string;
  column?: SortKey;
  sort?: TableSort;
  onSort?(key: SortKey): void;
  numeric?: boolean;
}) {
  const { t } = useLocalization();
  const active = column !== undefined && sort?.key === column;
  const ariaSort = column === undefined || !onSort ? undefined : active ? sort.direction : 'none';
  return (
    <th scope="col" class={numeric ? 'num' : undefined} aria-sort={ariaSort}>
      {column !== undefined && onSort ? (
        <button
          type="button"
          class="sort"
          data-active={active}
          onClick={() => onSort(column)}
          title={t('popup.table.sortBy', [label])}
        >
          {label}
          <span aria-hidden="true">{active ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}

export function CostTable({
  catalog,
  day,
  rows,
  caption,
  unknown = [],
  bars,
  comparedIds = [],
  onToggleCompare,
  onRemove,
  onDetail,
  onChangeOffer,
  sort,
  onSort,
}: CostTableProps) {
  const { t, locale } = useLocalization();
  const currency = useSettingsStore((s) => s.settings.currency);
  const rateUnit = useSettingsStore((s) => s.settings.rateUnit);
  const columns = 5 + (bars ? 1 : 0);
  const priced = rows.flatMap((r) => (r.estimate.status === 'priced' ? [r.estimate] : []));
  const dearest = Math.max(0, ...priced.map((e) => e.taskTotal));
  // Each cost column shares one precision, so that its figures line up.
  const taskDigits = sharedFractionDigits(
    priced.map((e) => e.taskTotal),
    currency,
  );
  const monthDigits = sharedFractionDigits(
    priced.map((e) => e.monthTotal),
    currency,
  );
  const words = { t, locale, currency, rateUnit };
  const cost = (usd: number, fractionDigits: number) => formatCost(usd, { ...words, fractionDigits });
  const headerProps = { sort, onSort };
  return (
    <table class="costs">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <Header label={t('popup.table.model')} column="name" {...headerProps} />
          <Header label={t('popup.table.inOut')} column="input" numeric {...headerProps} />
          <Header label={t('popup.table.perTask')} column="task" numeric {...headerProps} />
          <Header label={t('popup.table.perMonth')} column="month" numeric {...headerProps} />
          {bars && <Header label={t('popup.table.share')} />}
          <th scope="col">
            <span class="sr-only">{t('popup.table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { model, estimate } = row;
          const compared = comparedIds.includes(model.id);
          const notes = estimate.status === 'priced' ? rowNotes(row, words) : [];
          const notesId = `notes-${model.id}`;
          return [
            <tr
              key={model.id}
              data-model-id={model.id}
              data-seller={row.offer.seller}
              data-gap={row.gap}
              class={notes.length > 0 ? 'has-notes' : undefined}
            >
              <th scope="row" aria-describedby={notes.length > 0 ? notesId : undefined}>
                <button
                  type="button"
                  class="link name"
                  onClick={() => onDetail(model.id)}
                  aria-label={t('popup.actions.details', [model.name])}
                >
                  {model.name}
                </button>
                {day && changedRecently(model, day) && (
                  <span class="changed-mark" data-changed-recently title={t('changes.marker')}>
                    ● <span class="sr-only">{t('changes.marker')}</span>
                  </span>
                )}
                <div class="muted small">
                  {vendorName(catalog, model.vendor)} · <span class="id">{model.id}</span>
                  {!onChangeOffer && row.offer.seller !== model.vendor && (
                    <> · {t('popup.offer.from', [offerLabel(catalog, row.offer)])}</>
                  )}
                </div>
                {onChangeOffer && <OfferPicker catalog={catalog} row={row} onChange={onChangeOffer} />}
              </th>
              {estimate.status === 'priced' ? (
                <>
                  <td class="num">
                    {rateLabel(estimate.period, words)}
                    {row.standing.kind === 'promotional' && <div class="small warn">{t('price.promoMark')}</div>}
                  </td>
                  <td class="num strong">
                    <span data-cost="task">{cost(estimate.taskTotal, taskDigits)}</span>
                    {(!estimate.complete || row.reasoningOmitted) && (
                      <span class="warn" aria-hidden="true">
                        {' '}
                        *
                      </span>
                    )}
                  </td>
                  <td class="num">
                    <span data-cost="month">{cost(estimate.monthTotal, monthDigits)}</span>
                    {row.upcoming && (
                      <span class="warn" aria-hidden="true">
                        {' '}
                        ⚠
                      </span>
                    )}
                  </td>
                  {bars && (
                    <td class="bar-cell">
                      <StackedBar row={row} scale={dearest > 0 ? estimate.taskTotal / dearest : 0} />
                    </td>
                  )}
                </>
              ) : (
                <td colSpan={columns - 2} class="warn" data-missing={row.missing ?? row.gap} data-unpriced>
                  {unpricedReason(row, words)}
                </td>
              )}
              <td class="actions">
                {onToggleCompare && (
                  <button
                    type="button"
                    class="icon"
                    aria-pressed={compared}
                    aria-label={t(compared ? 'popup.actions.compared' : 'popup.actions.compare', [model.name])}
                    title={t(compared ? 'popup.actions.compared' : 'popup.actions.compare', [model.name])}
                    onClick={() => onToggleCompare(model.id)}
                  >
                    {compared ? '✓' : '+'}
                  </button>
                )}
                {onRemove && (
                  <button
                    type="button"
                    class="icon"
                    aria-label={t('popup.actions.remove', [model.name])}
                    title={t('popup.actions.remove', [model.name])}
                    onClick={() => onRemove(model.id)}
                  >
                    ×
                  </button>
                )}
              </td>
            </tr>,
            notes.length > 0 && (
              <tr key={`${model.id}-notes`} class="notes" data-notes-for={model.id}>
                <td colSpan={columns} id={notesId}>
                  <ul>
                    {notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ),
          ];
        })}
        {unknown.map((text) => (
          <tr key={`unknown-${text}`} data-model-id="" data-unknown={text}>
            <th scope="row">{text}</th>
            <td colSpan={columns - 1} class="warn">
              {t('popup.page.notInCatalog')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
