// The user's values in browser storage (settings, presets), defined once; readable from every context.
import { storage } from 'wxt/utils/storage';
import { defaultSettings, parseSettings, type Settings } from './settings';

/** Display settings, synced across the user's browsers. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', { fallback: defaultSettings, version: 1 });

/** The settings, or the defaults when what is stored does not fit the schema. */
export async function readSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue()).settings;
}
