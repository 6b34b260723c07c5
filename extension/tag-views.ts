// What the content script asks the background for: its detector, whether its site is on, and tag views.
import { browser } from 'wxt/browser';
import type { Catalog } from '../pricing-data/validate';
import { toIsoDay } from '../utils/catalog';
import { detectorSource, prepareDetector, type PreparedDetector } from '../utils/detect';
import { localize } from '../utils/i18n';
import { activePreset, presetDisplayName } from '../utils/presets';
import { sellerOfPage } from '../utils/offers';
import { defaultSiteOf } from '../utils/sites';
import { describeForTag, type TagView } from '../utils/tag-view';
import { currentCatalog } from './catalog-view';
import { logger } from './log';
import { presetsStorage, settingsStorage } from './storage';

const log = logger('background');

/** The detector built for each catalog in use (`currentCatalog` keeps one object while its inputs stay). */
const prepared = new WeakMap<Catalog, PreparedDetector>();

/**
 * The detector for every spelling of every model of the catalog in use (with the live feed's and
 * the user's own models), built here and packed: the content script only unpacks it, and the catalog
 * stays here. Built once per catalog, not once per page.
 */
export async function getDetectorSource(): Promise<PreparedDetector> {
  const catalog = await currentCatalog();
  let detector = prepared.get(catalog);
  if (!detector) prepared.set(catalog, (detector = prepareDetector(detectorSource(catalog))));
  return detector;
}

/**
 * Whether TokenTag runs on a page: false only on a default site the user switched off. A failure to
 * read the settings is logged and thrown, so that the content script can tell it from "switched off".
 */
export async function isSiteEnabled(url: string): Promise<boolean> {
  const site = defaultSiteOf(url);
  if (site === undefined) return true;
  try {
    return !(await settingsStorage.get()).disabledSites.includes(site.id);
  } catch (error) {
    log.error(`could not read the settings to tell whether ${site.id} is switched off`, error);
    throw error;
  }
}

/**
 * Tag views for these mentions, in the user's settings and language, priced today; on a seller's own
 * page (`pageUrl`), at that seller's offer where it has one.
 */
export async function describeModels(
  mentions: readonly { modelId: string; known: boolean }[],
  pageUrl?: string,
): Promise<TagView[]> {
  const [settings, presets, catalog] = await Promise.all([settingsStorage.get(), presetsStorage.get(), currentCatalog()]);
  const { locale, t } = localize(settings.language, browser.i18n.getUILanguage());
  const preset = activePreset(presets, settings.activePresetId);
  const options = {
    date: toIsoDay(new Date()),
    preset,
    presetName: presetDisplayName(preset, t),
    tagDisplay: settings.tagDisplay,
    currency: settings.currency,
    rateUnit: settings.rateUnit,
    locale,
    t,
    pageSeller: pageUrl === undefined ? undefined : sellerOfPage(catalog, pageUrl),
  };
  return mentions.map((m) => describeForTag(catalog, m.modelId, m.known, options));
}
