// A step chart of a lineage's input and output price over time, each change marked with its date and percent.
import { labelledMarks, timeScale, valueScale, type HistoryChart as Chart } from '../../utils/history-chart';
import { formatDay } from '../../utils/i18n';
import { formatPercentChange } from '../../utils/money';
import { useLocalization } from '../../extension/stores/settings';
import { useFormatters } from '../hooks';

const WIDTH = 480;
const HEIGHT = 190;
const LEFT = 48;
const RIGHT = 12;
const TOP = 22;
const BOTTOM = 20;

export function HistoryChart({ chart, modelName }: { chart: Chart; modelName: string }) {
  const { t, locale } = useLocalization();
  const format = useFormatters();
  const time = timeScale(chart);
  const values = valueScale(chart);
  const x = (day: string) => LEFT + time.at(day) * (WIDTH - LEFT - RIGHT);
  const y = (usd: number) => TOP + (1 - values.at(usd)) * (HEIGHT - TOP - BOTTOM);

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

  const yTicks = values.ticks.map((v) => ({ v, y: y(v) }));
  // Percent labels closer than 34 units to the previous one are left to the list below the chart.
  const labelled = labelledMarks(
    chart.marks.map((mark) => x(mark.date)),
    34,
  );

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
        {time.years.map(({ year, at }) => (
          <text key={year} x={LEFT + at * (WIDTH - LEFT - RIGHT)} y={HEIGHT - 4} text-anchor="middle" class="axis">
            {year}
          </text>
        ))}
        {chart.marks.map((mark, i) => {
          const at = x(mark.date);
          const pct = mark.change.input ?? mark.change.output;
          return (
            <g key={`${mark.date}-${mark.modelId}`} class="mark">
              <title>{formatDay(mark.date, locale)}</title>
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
