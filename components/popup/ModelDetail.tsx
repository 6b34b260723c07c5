// One model in full: every current rate and tier, its tool fees, its price history with the lineage, and where the price comes from.
import type { Catalog } from '../../pricing-data/validate';
import { findModel, priceStanding, vendorName } from '../../utils/catalog';
import { toolComponents, toolFeeAt } from '../../utils/cost';
import { historyChart } from '../../utils/history-chart';
import { formatDay } from '../../utils/i18n';
import { formatTokens } from '../../utils/money';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import {
  describeChange,
  describeOrigin,
  describeStanding,
  rateUnitText,
  ratesOf,
  tiersOf,
  type LabelledValue,
} from '../../utils/tag-view';
import { useFormatters } from '../hooks';
import { HistoryChart } from './HistoryChart';
import { OfferTable } from './OfferTable';

function Rows({ rows }: { rows: LabelledValue[] }) {
  return (
    <dl class="rates">
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd class="num">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ModelDetail({
  catalog,
  modelId,
  day,
  onBack,
  backLabel,
  focusOffers = false,
}: {
  catalog: Catalog;
  modelId: string;
  day: string;
  onBack(): void;
  /** Where "Back" returns to ("On this page", "Compare"). */
  backLabel: string;
  /** Opened for the model's offers (a card's "Cheapest way to run this model"): focus goes there. */
  focusOffers?: boolean;
}) {
  const { t, locale } = useLocalization();
  const settings = useSettingsStore((s) => s.settings);
  const format = useFormatters();
  const model = findModel(catalog, modelId);
  if (!model) return null;
  const rateOptions = { currency: settings.currency, rateUnit: settings.rateUnit, locale, t };
  const standing = priceStanding(model, day);
  const standingText = describeStanding(standing, rateOptions);
  // A retired model keeps its last rates on show; an ended price's last rates are in the standing's wording.
  const shown =
    standing.kind === 'regular' || standing.kind === 'promotional'
      ? standing.period
      : standing.kind === 'retired'
        ? standing.last
        : undefined;
  const chart = historyChart(catalog, model, day);
  const tools = toolComponents.flatMap((tool) => {
    const fee = toolFeeAt(model, tool, day);
    return fee ? [{ tool, fee }] : [];
  });

  return (
    <section aria-labelledby="detail-title" class="detail">
      <button type="button" class="link back" onClick={onBack}>
        ← {t('popup.detail.backTo', [backLabel])}
      </button>
      <h2 id="detail-title" class="title">
        {model.name}
      </h2>
      <p class="muted small">
        {vendorName(catalog, model.vendor)} · {model.id}
        {model.released && <> · {t('popup.detail.released', [formatDay(model.released, locale)])}</>}
        {model.contextWindow !== undefined && <> · {t('popup.detail.context', [formatTokens(model.contextWindow, locale)])}</>}
        {model.reasoning && <> · {t('popup.detail.reasons')}</>}
      </p>
      {standingText && <p class="warn">{standingText}</p>}
      {shown?.origin && (
        <p class="origin small" data-origin={shown.origin}>
          {describeOrigin(shown, rateOptions)}
        </p>
      )}

      {shown && (
        <>
          <h3>
            {t(standing.kind === 'retired' ? 'price.lastPrice' : 'popup.detail.current')}{' '}
            <span class="muted small">({rateUnitText(settings.rateUnit, t)})</span>
          </h3>
          <Rows rows={[...ratesOf(shown, rateOptions), ...tiersOf(shown, rateOptions)]} />
        </>
      )}

      <OfferTable catalog={catalog} modelId={model.id} day={day} focus={focusOffers} />

      {tools.length > 0 && (
        <>
          <h3>{t('popup.detail.tools')}</h3>
          <dl class="rates">
            {tools.map(({ tool, fee }) => (
              <div key={tool}>
                <dt>{fee.name}</dt>
                <dd class="num">
                  {fee.per === 1
                    ? t('popup.detail.toolFeeOne', [format.money(fee.usd), t(`popup.detail.unitsOne.${fee.unit}`)])
                    : t('popup.detail.toolFee', [
                        format.money(fee.usd),
                        fee.per.toLocaleString(locale),
                        t(`popup.detail.units.${fee.unit}`),
                      ])}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}

      <h3>{t('popup.detail.history')}</h3>
      {chart ? (
        <>
          <HistoryChart chart={chart} modelName={model.name} />
          <ol class="changes">
            {chart.marks.map((mark) => {
              const change = describeChange(mark.change, t, locale);
              return (
                <li key={`${mark.date}-${mark.modelId}`}>
                  <time dateTime={mark.date}>{formatDay(mark.date, locale)}</time>{' '}
                  {mark.kind === 'successor'
                    ? change
                      ? t('popup.detail.changeSuccessor', [mark.modelName, mark.previousName ?? '', change])
                      : t('popup.detail.changeSuccessorSame', [mark.modelName, mark.previousName ?? ''])
                    : t('popup.detail.changePrice', [mark.modelName, change ?? '±0%'])}
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p class="muted">{t('popup.detail.noHistory')}</p>
      )}

      {shown && (
        <p class="small">
          <a href={shown.source.url} target="_blank" rel="noreferrer">
            {t('popup.detail.source', [new URL(shown.source.url).hostname, formatDay(shown.source.checked, locale)])}
          </a>
        </p>
      )}
    </section>
  );
}
