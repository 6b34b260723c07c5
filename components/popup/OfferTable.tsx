// Every seller's offer of one model, cheapest first under the active workload: the view a card's "Cheapest way to run this model" opens.
import { useEffect, useRef } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { describeOffers } from '../../utils/offer-list';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { workloadSentence } from '../../utils/workload-view';
import { useActivePreset } from '../hooks';

export function OfferTable({
  catalog,
  modelId,
  day,
  focus = false,
}: {
  catalog: Catalog;
  modelId: string;
  day: string;
  /** Move the keyboard focus to the heading (the view was opened for these offers). */
  focus?: boolean;
}) {
  const { t, locale } = useLocalization();
  const currency = useSettingsStore((s) => s.settings.currency);
  const { preset, name } = useActivePreset();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const list = describeOffers(catalog, modelId, { date: day, workload: preset.workload, presetName: name, currency, locale, t });
  if (!list) return null;
  return (
    <section aria-labelledby="offers-title" class="offers" data-offers={list.modelId}>
      <h3 id="offers-title" tabIndex={-1} ref={heading}>
        {list.title}
      </h3>
      <p class="muted small">{t('offers.viewHelp', [workloadSentence(preset.workload, t, locale)])}</p>
      {list.only && <p class="muted">{list.only}</p>}
      <table>
        <thead>
          <tr>
            <th scope="col">{t('popup.detail.seller')}</th>
            <th scope="col">{t('popup.detail.terms')}</th>
            <th scope="col" class="num">
              {t('popup.detail.perMonth')}
            </th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((row, index) => (
            <tr key={`${row.seller}:${row.region ?? ''}`} data-seller={row.seller} data-status={row.status}>
              <th scope="row">
                {row.sellerName}
                {index === 0 && row.status === 'priced' && <span class="badge">{t('popup.detail.cheapest')}</span>}
              </th>
              <td class="small">{row.notes.join(' · ')}</td>
              <td class={row.status === 'priced' || row.status === 'partial' ? 'num' : 'num muted'}>{row.cost}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
