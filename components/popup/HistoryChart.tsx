// A step chart of a lineage's input and output price over time, each change marked with its date and percent.
import { axisTicks, type HistoryChart as Chart } from '../../utils/history-chart';
import { formatPercentChange } from '../../utils/money';
import { useLocalization } from '../../extension/stores/settings';
import { useFormatters } from '../hooks';

const WIDTH = 480;
const HEIGHT = 190;
const LEFT = 48;
const RIGHT = 12;
const TOP = 22;
const BOTTOM = 20;

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

export function HistoryChart({ chart, modelName }: { chart: Chart; modelName: string }) {
  const { t, locale } = useLocalization();
  const format = useFormatters();
  const start = dayMs(chart.start);
  // A one-day chart still needs some width.
  const end = Math.max(dayMs(chart.end), start + 30 * 86_400_000);
  const xAt = (ms: number) => LEFT + ((ms - start) / (end - start)) * (WIDTH - LEFT - RIGHT);
  const x = (day: string) => xAt(dayMs(day));
  // A lineage can span $60 to $0.40: past a 20-fold range the scale is logarithmic, or the recent
  // prices would lie flat on the axis.
  const positive = chart.steps.flatMap((s) => [s.input, s.output]).filter((v) => v > 0);
  const floor = Math.min(...positive) / 1.5;
  const logScale = chart.max / Math.min(...positive) >= 20;
  const top = logScale ? chart.max * 1.5 : chart.max * 1.15 || 1;
  const bottom = logScale ? floor : 0;
  const scale = (v: number) => (logScale ? Math.log(Math.max(v, floor)) : v);
  const y = (usd: number) => TOP + (1 - (scale(usd) - scale(bottom)) / (scale(top) - scale(bottom))) * (HEIGHT - TOP - BOTTOM);

  // Checked prices are drawn solid, prices from the live feed dashed: each its own path, joined where they meet.
  const fromFeed = (i: number) => chart.steps[i]?.origin === 'feed';
  const path = (component: 'input' | 'output', feed: boolean) =>
    chart.steps
      .flatMap((step, i) => {
        if (fromFeed(i) !== feed) return [];
        const joined = i > 0 && fromFeed(i - 1) === feed;
        const start =
          !joined && i > 0 ? `M${x(step.from).toFixed(1)},${y(chart.steps[i - 1]![component]).toFixed(1)} L` : joined ? 'L' : 'M';
        return [`${start}${x(step.from).toFixed(1)},${y(step[component]).toFixed(1)} H${x(step.to).toFixed(1)}`];
      })
      .join(' ');
  const hasFeed = chart.steps.some((_, i) => fromFeed(i));

  const yTicks = axisTicks(bottom, top, logScale).map((v) => ({ v, y: y(v) }));
  // Percent labels that would overlap the previous one are left to the list below the chart.
  let lastLabel = -Infinity;
  const labelled = new Set<number>();
  chart.marks.forEach((mark, i) => {
    const at = x(mark.date);
    if (at - lastLabel >= 34) {
      labelled.add(i);
      lastLabel = at;
    }
  });
  const years: number[] = [];
  for (let year = new Date(start).getUTCFullYear() + 1; Date.UTC(year, 0, 1) < end; year++) years.push(year);

  return (
    <figure class="history">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={t('popup.detail.historyAlt', [modelName])}>
        {yTicks.map((tick) => (
          <g key={tick.v}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={tick.y} y2={tick.y} class="grid" />
            <text x={LEFT - 6} y={tick.y + 4} text-anchor="end" class="axis">
              {format.rate(tick.v)}
            </text>
          </g>
        ))}
        {years.map((year) => {
          return (
            <text key={year} x={xAt(Date.UTC(year, 0, 1))} y={HEIGHT - 4} text-anchor="middle" class="axis">
              {year}
            </text>
          );
        })}
        {chart.marks.map((mark, i) => {
          const at = x(mark.date);
          const pct = mark.change.input ?? mark.change.output;
          return (
            <g key={`${mark.date}-${mark.modelId}`} class="mark">
              <title>{mark.date}</title>
              <line x1={at} x2={at} y1={TOP - 6} y2={HEIGHT - BOTTOM} class="change" />
              {labelled.has(i) && pct !== undefined && (
                <text x={at + 2} y={TOP - 9} class="label">
                  {formatPercentChange(pct, locale)}
                </text>
              )}
            </g>
          );
        })}
        <path d={path('input', false)} class="line input" />
        <path d={path('output', false)} class="line output" />
        {hasFeed && (
          <>
            <path d={path('input', true)} class="line input feed" stroke-dasharray="5 4" data-origin="feed" />
            <path d={path('output', true)} class="line output feed" stroke-dasharray="5 4" data-origin="feed" />
          </>
        )}
      </svg>
      <figcaption class="legend">
        <span>
          <span class="swatch input" aria-hidden="true" /> {t('popup.detail.inputLine')}
        </span>
        <span>
          <span class="swatch output" aria-hidden="true" /> {t('popup.detail.outputLine')}
        </span>
        {hasFeed && (
          <span data-legend="feed">
            <span class="swatch dashed" aria-hidden="true" /> {t('feed.chartLegend')}
          </span>
        )}
      </figcaption>
    </figure>
  );
}
