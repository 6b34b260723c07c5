// A table of models with their input, output and cached-input prices on a given day.
import type { Model } from '../pricing-data/schema';
import { priceAt } from '../utils/catalog';
import { formatRate } from '../utils/money';

export interface ModelPriceRow {
  /** The catalog model, or undefined for a name the catalog lacks. */
  model?: Model;
  /** What to call it when the catalog lacks it. */
  label: string;
  mentions?: number;
}

export function ModelPriceTable({ rows, day, caption }: { rows: ModelPriceRow[]; day: string; caption: string }) {
  return (
    <table>
      <caption class="muted" style={{ textAlign: 'left', fontSize: '12px', paddingBottom: '4px' }}>
        {caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Model</th>
          <th scope="col" class="num">Input</th>
          <th scope="col" class="num">Cached</th>
          <th scope="col" class="num">Output</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const period = row.model ? priceAt(row.model, day) : undefined;
          return (
            <tr key={row.model?.id ?? row.label} data-model-id={row.model?.id ?? ''}>
              <th scope="row" style={{ fontWeight: 500, color: 'inherit', fontSize: '14px' }}>
                {row.model?.name ?? row.label}
                {row.model && <div class="muted" style={{ fontSize: '12px' }}>{row.model.vendor} · {row.model.id}</div>}
              </th>
              {period ? (
                <>
                  <td class="num">{formatRate(period.input)}</td>
                  <td class="num">{period.cachedInput === undefined ? '—' : formatRate(period.cachedInput)}</td>
                  <td class="num">{formatRate(period.output)}</td>
                </>
              ) : (
                <td colSpan={3} class="badge-unknown">
                  {row.model ? 'No price on this date' : 'Not in the catalog: no price data'}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
