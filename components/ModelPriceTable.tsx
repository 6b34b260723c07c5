// A table of models with their input, output and cached-input prices on a given day.
import type { Model } from '../pricing-data/schema';
import { isRetired, lastKnownPriceAt, priceAt } from '../utils/catalog';
import { formatRate } from '../utils/money';

/** Why a catalog model has no price on `day`, in words. */
function missingPrice(model: Model, day: string): string {
  if (isRetired(model, day)) {
    const last = lastKnownPriceAt(model, day);
    const lastPrice = last ? ` (last ${formatRate(last.input)} in / ${formatRate(last.output)} out)` : '';
    return `Retired ${model.retired}${lastPrice}`;
  }
  if (model.prices.length === 0) return 'No confirmed price: unknown';
  return 'No price on this date';
}

export interface ModelPriceRow {
  /** The catalog model, or undefined for a name the catalog lacks. */
  model?: Model;
  /** What to call it when the catalog lacks it. */
  label: string;
  mentions?: number;
}

export function ModelPriceTable({
  rows,
  day,
  caption,
  vendorNames,
}: {
  rows: ModelPriceRow[];
  day: string;
  caption: string;
  /** Display names by vendor id. */
  vendorNames: ReadonlyMap<string, string>;
}) {
  return (
    <table>
      <caption class="muted" style={{ textAlign: 'left', fontSize: '12px', paddingBottom: '4px' }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col" class="num">
            Input
          </th>
          <th scope="col" class="num">
            Cached
          </th>
          <th scope="col" class="num">
            Output
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const period = row.model ? priceAt(row.model, day) : undefined;
          return (
            <tr key={row.model?.id ?? row.label} data-model-id={row.model?.id ?? ''}>
              <th scope="row" style={{ fontWeight: 500, color: 'inherit', fontSize: '14px' }}>
                {row.model?.name ?? row.label}
                {row.model && (
                  <div class="muted" style={{ fontSize: '12px' }}>
                    {vendorNames.get(row.model.vendor) ?? row.model.vendor} · {row.model.id}
                  </div>
                )}
              </th>
              {period ? (
                <>
                  <td class="num">{formatRate(period.input)}</td>
                  <td class="num">{period.cachedInput === undefined ? '—' : formatRate(period.cachedInput)}</td>
                  <td class="num">{formatRate(period.output)}</td>
                </>
              ) : (
                <td colSpan={3} class="badge-unknown">
                  {row.model ? missingPrice(row.model, day) : 'Not in the catalog: no price data'}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
