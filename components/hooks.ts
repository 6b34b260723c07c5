// Hooks shared by the popup and options: the active preset, money and rates in the user's currency and language, and actions that fail visibly.
import { useMemo } from 'preact/hooks';
import { errorMessage } from '../utils/log';
import { logger } from '../extension/log';
import { formatMoney, formatRate } from '../utils/money';
import { activePreset, presetDisplayName } from '../utils/presets';
import { usePresetsStore } from '../extension/stores/presets';
import { useLocalization, useSettingsStore } from '../extension/stores/settings';
import type { WorkloadPreset } from '../utils/workloads';

export interface Formatters {
  /** An amount in USD, in the display currency. */
  money(usd: number): string;
  /** A rate in USD per 1M tokens, in the display currency and unit. */
  rate(usdPerMillion: number): string;
  /** A count, in the UI language. */
  count(n: number): string;
}

export function useFormatters(): Formatters {
  const { locale } = useLocalization();
  const currency = useSettingsStore((s) => s.settings.currency);
  const unit = useSettingsStore((s) => s.settings.rateUnit);
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale);
    return {
      money: (usd) => formatMoney(usd, { currency, locale }),
      rate: (usd) => formatRate(usd, { currency, locale, unit }),
      count: (n) => numbers.format(n),
    };
  }, [locale, currency, unit]);
}

/** The preset the popup and tags price under: the chosen one, else the first. */
export function useActivePreset(): { preset: WorkloadPreset; name: string } {
  const { t } = useLocalization();
  const presets = usePresetsStore((s) => s.presets);
  const activeId = useSettingsStore((s) => s.settings.activePresetId);
  const preset = activePreset(presets, activeId);
  return { preset, name: presetDisplayName(preset, t) };
}

const log = logger('ui');

/**
 * Runs what a click or a submit starts (a store write, a permission request) so that a failure is never
 * silent: it is logged with `context` and its message handed to `onFailure` to show the user.
 */
export function runAction(context: string, action: () => Promise<unknown>, onFailure: (message: string) => void): void {
  action().catch((error: unknown) => {
    log.error(context, error);
    onFailure(errorMessage(error));
  });
}
