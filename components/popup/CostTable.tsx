// Models with their rates and their cost per task and per month under the active preset; a stacked bar per model when comparing.
import type { Model } from '../../pricing-data/schema';
import type { Catalog } from '../../pricing-data/validate';
import { vendorName } from '../../utils/catalog';
import { barParts, barSegments, type BarPart, type PricedRow } from '../../utils/compare';
import type { Translate } from '../../utils/i18n';
import { useLocalization } from '../../extension/stores/settings';
import { useFormatters } from '../hooks';

/** One colour per part, the same in the bars and the legend (readable on light and dark). */
export const partColors: Record<BarPart, string> = {
  uncachedInput: '#3b82f6',
  cachedInput: '#93c5fd',
  cacheWrites: '#8b5cf6',
  output: '#f59e0b',
  reasoning: '#ef4444',
  tools: '#10b981',
};

/** A bar as long as the task's cost relative to the dearest compared (`scale` 0–1), split by what the money goes to. */
export function StackedBar({ row, scale }: { row: PricedRow; scale: number }) {
  const { t } = useLocalization();
  if (row.estimate.status !== 'priced') return null;
  const segments = barSegments(row.estimate.lines);
  const label = segments.map((s) => `${t(`components.${s.part}`)} ${Math.round(s.share * 100)}%`).join(', ');
  return (
    <div class="bar" role="img" aria-label={label} title={label} style={{ width: `${Math.max(4, scale * 100).toFixed(1)}%` }}>
      {segments.map((s) => (
        <span
          key={s.part}
          data-part={s.part}
          style={{ width: `${(s.share * 100).toFixed(2)}%`, background: partColors[s.part] }}
        />
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
          <span class="swatch" style={{ background: partColors[part] }} aria-hidden="true" />
          {t(`components.${part}`)}
        </li>
      ))}
    </ul>
  );
}

/** Why a model has no price, in the user's language. */
export function missingPriceText(reason: NonNullable<PricedRow['missing']>, model: Model, t: Translate): string {
  if (reason === 'retired') return t('popup.missing.retired', [model.retired ?? '']);
  return t(reason === 'unpriced' ? 'popup.missing.unpriced' : 'popup.missing.notYet');
}

export interface CostTableProps {
  catalog: Catalog;
  rows: PricedRow[];
  caption: string;
  /** Mentions the catalog lacks, listed last as such. */
  unknown?: string[];
  bars?: boolean;
  comparedIds?: readonly string[];
  onToggleCompare?(modelId: string): void;
  onRemove?(modelId: string): void;
  onDetail(modelId: string): void;
}

export function CostTable({
  catalog,
  rows,
  caption,
  unknown = [],
  bars,
  comparedIds = [],
  onToggleCompare,
  onRemove,
  onDetail,
}: CostTableProps) {
  const { t } = useLocalization();
  const format = useFormatters();
  const columns = 4 + (bars ? 1 : 0);
  const dearest = Math.max(0, ...rows.map((r) => (r.estimate.status === 'priced' ? r.estimate.taskTotal : 0)));
  return (
    <table class="costs">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('popup.table.model')}</th>
          <th scope="col" class="num">
            {t('popup.table.inOut')}
          </th>
          <th scope="col" class="num">
            {t('popup.table.perTask')}
          </th>
          <th scope="col" class="num">
            {t('popup.table.perMonth')}
          </th>
          {bars && <th scope="col">{t('popup.table.share')}</th>}
          <th scope="col">
            <span class="sr-only">{t('popup.table.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { model, estimate } = row;
          const compared = comparedIds.includes(model.id);
          return (
            <tr key={model.id} data-model-id={model.id}>
              <th scope="row">
                <button
                  type="button"
                  class="link name"
                  onClick={() => onDetail(model.id)}
                  aria-label={t('popup.actions.details', [model.name])}
                >
                  {model.name}
                </button>
                <div class="muted small">
                  {vendorName(catalog, model.vendor)} · {model.id}
                </div>
              </th>
              {estimate.status === 'priced' ? (
                <>
                  <td class="num">
                    {format.rate(estimate.period.input)}
                    <span class="muted"> / </span>
                    {format.rate(estimate.period.output)}
                  </td>
                  <td class="num strong" data-cost="task">
                    {format.money(estimate.taskTotal)}
                    {!estimate.complete && (
                      <span class="warn" title={t('popup.compare.incomplete')} aria-label={t('popup.compare.incomplete')}>
                        {' '}
                        *
                      </span>
                    )}
                  </td>
                  <td class="num" data-cost="month">
                    {format.money(estimate.monthTotal)}
                  </td>
                  {bars && (
                    <td class="bar-cell">
                      <StackedBar row={row} scale={dearest > 0 ? estimate.taskTotal / dearest : 0} />
                    </td>
                  )}
                </>
              ) : (
                <td colSpan={columns - 1} class="warn">
                  {missingPriceText(row.missing ?? 'not-yet', model, t)}
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
            </tr>
          );
        })}
        {unknown.map((text) => (
          <tr key={`unknown-${text}`} data-model-id="" data-unknown={text}>
            <th scope="row">{text}</th>
            <td colSpan={columns} class="warn">
              {t('popup.page.notInCatalog')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
