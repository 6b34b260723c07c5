// About the data: catalog version, counts, how many models lack a price, and the vendors' pricing pages.
import type { Catalog } from '../../pricing-data/validate';
import { useLocalization } from '../../extension/stores/settings';

export function AboutSection({ catalog }: { catalog: Catalog }) {
  const { t } = useLocalization();
  const periods = catalog.models.reduce((n, m) => n + m.prices.length, 0);
  const sources = new Set(catalog.models.flatMap((m) => m.prices.map((p) => p.source.url))).size;
  const unpriced = catalog.models.filter((m) => m.prices.length === 0).length;
  return (
    <section id="about" aria-labelledby="about-title">
      <h2 id="about-title">{t('options.nav.about')}</h2>
      <p>{t('options.about.version', [catalog.version])}</p>
      <p>
        {t('options.about.counts', [
          t('common.models', catalog.models.length),
          t('common.vendors', catalog.vendors.length),
          periods,
          sources,
        ])}
      </p>
      {unpriced > 0 && <p class="muted">{t('options.about.unknownPrices', unpriced)}</p>}
      <h3>{t('options.about.sources')}</h3>
      <ul>
        {catalog.vendors.map((vendor) => (
          <li key={vendor.id}>
            <a href={vendor.pricingUrl} target="_blank" rel="noreferrer">
              {vendor.name}
            </a>{' '}
            <span class="muted">({t('common.models', vendor.models.length)})</span>
          </li>
        ))}
      </ul>
      <p class="muted">{t('options.about.privacy')}</p>
    </section>
  );
}
