// "What changed": every price that differs from what the user last looked at: model, seller, old → new, day in force, cause.
import type { Catalog } from '../../pricing-data/validate';
import { sellerName as nameOfSeller } from '../../utils/compare';
import { formatDay } from '../../utils/i18n';
import type { PriceChange, SnapshotRates } from '../../utils/price-changes';
import { useLocalization } from '../../extension/stores/settings';
import { useFormatters } from '../hooks';

export function ChangesView({ catalog, changes, onClose }: { catalog: Catalog; changes: PriceChange[]; onClose(): void }) {
  const { t, locale } = useLocalization();
  const format = useFormatters();
  const modelName = (id: string) => catalog.models.find((m) => m.id === id)?.name ?? id;
  const sellerName = (id: string) => nameOfSeller(catalog, id);
  const rates = (r: SnapshotRates | undefined) => (r ? `${format.rate(r.input)} / ${format.rate(r.output)}` : t('changes.none'));
  return (
    <section aria-labelledby="changes-title" class="changes-view">
      <button type="button" class="link back" onClick={onClose}>
        ← {t('changes.back')}
      </button>
      <h2 id="changes-title">{t('changes.title')}</h2>
      {changes.length === 0 ? (
        <p class="muted">{t('changes.empty')}</p>
      ) : (
        <ul class="changes-list">
          {changes.map((c) => (
            <li key={`${c.modelId}@${c.seller}#${c.region ?? ''}`} data-change-model={c.modelId} data-cause={c.cause}>
              <strong>{modelName(c.modelId)}</strong>{' '}
              <span class="muted">
                {sellerName(c.seller)}
                {c.region ? ` (${c.region})` : ''}
              </span>
              <div class="num">
                {rates(c.before)} → {rates(c.after)}
              </div>
              <div class="muted small">
                {t('changes.inForce', [formatDay(c.inForceFrom, locale)])} · {t(`changes.cause.${c.cause}`)}
              </div>
            </li>
          ))}
        </ul>
      )}
      <p class="muted small">{t('changes.explain')}</p>
    </section>
  );
}
