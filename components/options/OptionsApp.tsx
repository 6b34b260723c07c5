// The options page: workload presets, import and export, display, live prices, your own prices, sites, and where the price data comes from.
import { useState } from 'preact/hooks';
import type { Catalog } from '../../pricing-data/validate';
import { setAsideFileText } from '../../utils/set-aside';
import { logger } from '../../extension/log';
import { quarantine, type QuarantinedValue } from '../../extension/storage';
import { useLocalization, useSettingsStore } from '../../extension/stores/settings';
import { downloadText } from '../download';
import { NewerVersionNotice } from '../NewerVersionNotice';
import { AboutSection } from './AboutSection';
import { DisplaySection } from './DisplaySection';
import { ImportExportSection } from './ImportExportSection';
import { saveOutcomeText } from './PresetEditor';
import { PresetsSection } from './PresetsSection';
import { PricesSection, type PricesSectionProps } from './PricesSection';
import { SitesSection, type SitesSectionProps } from './SitesSection';
import { UsageSection } from './UsageSection';
import { YourPricesSection } from './YourPricesSection';

const log = logger('options');

export interface OptionsAppProps extends SitesSectionProps {
  catalog: Catalog;
  /** The live price feed's switch and status (the section is left out without it). */
  prices?: PricesSectionProps;
  today: string;
  /** Stored values set aside as unreadable. */
  recovered: readonly QuarantinedValue[];
  /** Dismisses one (by its `id`, or `at` for an entry written before entries had ids). */
  onDismissRecovered(id: string): void;
}

const idOf = (entry: QuarantinedValue) => entry.id ?? entry.at;

/** One set-aside value: what it was and why, with Restore (when it was copied), Download (an importable file) and Dismiss. */
function Recovered({ entry, onDismiss }: { entry: QuarantinedValue; onDismiss(): void }) {
  const { t } = useLocalization();
  const [message, setMessage] = useState('');
  const name = t(`options.storedNames.${entry.key}`);
  const day = entry.at.slice(0, 10);
  const download = async () => {
    const full = await quarantine.full(idOf(entry));
    if (!full) return;
    downloadText(setAsideFileText(full), `tokentag-set-aside-${entry.key}-${day}.json`, 'application/json');
  };
  const restore = async () => {
    try {
      const result = await quarantine.restore(idOf(entry));
      if (!result) return;
      const restored = t('options.recovered.restored', [result.restored]);
      setMessage(
        result.skipped.length > 0 ? `${restored} ${t('options.recovered.stillBad', [result.skipped.join('; ')])}` : restored,
      );
    } catch (error) {
      log.warn(`could not restore the set-aside ${entry.key}`, error);
      setMessage(t('options.save.failed', [error instanceof Error ? error.message : String(error)]));
    }
  };
  return (
    <div class="banner" role="alert" data-set-aside={entry.key}>
      <strong>{t(entry.inPlace ? 'options.inPlace.title' : 'options.recovered.title')}</strong>
      <p>
        {entry.inPlace
          ? t('options.inPlace.body', [name, (entry.inPlace.bytes / 1e6).toFixed(1)])
          : t('options.recovered.body', [name, day])}
      </p>
      <p class="muted small">{entry.reason.length > 600 ? `${entry.reason.slice(0, 600)}…` : entry.reason}</p>
      <div class="toolbar">
        {!entry.inPlace && (
          <button type="button" onClick={() => void restore()}>
            {t('options.recovered.restore')}
          </button>
        )}
        <button type="button" onClick={() => void download()}>
          {t('options.recovered.download')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('options.recovered.dismiss')}
        </button>
      </div>
      {message && (
        <p role="status" class="small">
          {message}
        </p>
      )}
    </div>
  );
}

/** Says when the last settings change did not go to sync as it should: kept on this device only, or refused. */
function SettingsWriteNotice() {
  const { t } = useLocalization();
  const lastWrite = useSettingsStore((s) => s.lastWrite);
  if (lastWrite === undefined || lastWrite === 'sync') return null;
  const text =
    typeof lastWrite === 'string'
      ? saveOutcomeText(lastWrite, t)
      : lastWrite.refused === 'newer'
        ? t('options.save.refusedNewer')
        : lastWrite.refused === 'inPlace'
          ? t('options.save.refusedInPlace')
          : t('options.save.failed', [lastWrite.message]);
  return (
    <p role="status" class="warn small" data-notice="settings-write">
      {text}
    </p>
  );
}

export function OptionsApp({ catalog, prices, today, recovered, onDismissRecovered, ...sites }: OptionsAppProps) {
  const { t } = useLocalization();
  const sections = ['presets', 'importExport', 'display', 'prices', 'yourPrices', 'sites', 'usage', 'about'] as const;
  const anchors: Record<(typeof sections)[number], string> = {
    presets: 'presets',
    usage: 'usage',
    importExport: 'import-export',
    display: 'display',
    prices: 'prices',
    yourPrices: 'your-prices',
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
          {sections
            .filter((section) => section !== 'prices' || prices !== undefined)
            .map((section) => (
              <li key={section}>
                <a href={`#${anchors[section]}`}>{t(`options.nav.${section}`)}</a>
              </li>
            ))}
        </ul>
      </nav>
      <NewerVersionNotice />
      {recovered.map((entry) => (
        <Recovered key={idOf(entry)} entry={entry} onDismiss={() => onDismissRecovered(idOf(entry))} />
      ))}
      <PresetsSection catalog={catalog} today={today} />
      <ImportExportSection />
      <SettingsWriteNotice />
      <DisplaySection />
      {prices && <PricesSection {...prices} />}
      <YourPricesSection catalog={catalog} />
      <SitesSection {...sites} />
      <UsageSection catalog={catalog} today={today} />
      <AboutSection catalog={catalog} />
    </main>
  );
}
