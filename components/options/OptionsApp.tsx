// The options page: workload presets, import and export, display, sites, and where the price data comes from.
import type { Catalog } from '../../pricing-data/validate';
import type { QuarantinedValue } from '../../extension/storage';
import { useLocalization } from '../../extension/stores/settings';
import { downloadText } from '../download';
import { AboutSection } from './AboutSection';
import { DisplaySection } from './DisplaySection';
import { ImportExportSection } from './ImportExportSection';
import { PresetsSection } from './PresetsSection';
import { PricesSection, type PricesSectionProps } from './PricesSection';
import { SitesSection, type SitesSectionProps } from './SitesSection';

export interface OptionsAppProps extends SitesSectionProps {
  catalog: Catalog;
  /** The live price feed's switch and status. */
  prices: PricesSectionProps;
  today: string;
  /** Stored values set aside as unreadable. */
  recovered: readonly QuarantinedValue[];
  onDismissRecovered(at: string): void;
}

function Recovered({ entry, onDismiss }: { entry: QuarantinedValue; onDismiss(): void }) {
  const { t } = useLocalization();
  const download = () =>
    downloadText(JSON.stringify(entry, null, 2), `tokentag-kept-${entry.key}-${entry.at.slice(0, 10)}.json`, 'application/json');
  return (
    <div class="banner" role="alert">
      <strong>{t('options.recovered.title')}</strong>
      <p>{t('options.recovered.body', [entry.key, entry.at.slice(0, 10)])}</p>
      <p class="muted small">{entry.reason}</p>
      <div class="toolbar">
        <button type="button" onClick={download}>
          {t('options.recovered.download')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('options.recovered.dismiss')}
        </button>
      </div>
    </div>
  );
}

export function OptionsApp({ catalog, prices, today, recovered, onDismissRecovered, ...sites }: OptionsAppProps) {
  const { t } = useLocalization();
  const sections = ['presets', 'importExport', 'display', 'prices', 'sites', 'about'] as const;
  const anchors: Record<(typeof sections)[number], string> = {
    presets: 'presets',
    importExport: 'import-export',
    display: 'display',
    prices: 'prices',
    sites: 'sites',
    about: 'about',
  };
  return (
    <main class="options">
      <header>
        <h1>{t('options.title')}</h1>
        <span class="muted small">{t('options.about.version', [catalog.version])}</span>
      </header>
      <nav aria-label={t('options.title')}>
        <ul>
          {sections.map((section) => (
            <li key={section}>
              <a href={`#${anchors[section]}`}>{t(`options.nav.${section}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {recovered.map((entry) => (
        <Recovered key={entry.at} entry={entry} onDismiss={() => onDismissRecovered(entry.at)} />
      ))}
      <PresetsSection catalog={catalog} today={today} />
      <ImportExportSection />
      <DisplaySection />
      <PricesSection {...prices} />
      <SitesSection {...sites} />
      <AboutSection catalog={catalog} />
    </main>
  );
}
