// "What changed": the prices the user last looked at, kept in local storage, so that the popup can list what differs since.
import { storage } from 'wxt/utils/storage';
import type { Catalog } from '../pricing-data/validate';
import { priceSnapshotSchema, snapshotPrices, type PriceSnapshot } from '../utils/price-changes';
import type { IsoDay } from '../utils/catalog';
import { logger } from './log';

const log = logger('price-changes');

/** Local storage: a snapshot of every offer's rates is far past sync's 8 KB per item. */
const seenItem = storage.defineItem<unknown>('local:seenPrices');

/** The prices as the user last saw them; undefined before the first look (an unreadable value is reported and replaced). */
export async function readSeenPrices(): Promise<PriceSnapshot | undefined> {
  const raw = await seenItem.getValue();
  if (raw === null || raw === undefined) return undefined;
  const parsed = priceSnapshotSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log.error('the stored "what changed" snapshot is unreadable; starting afresh', parsed.error.message);
  return undefined;
}

/** Records that the user has seen the prices of `catalog` on `day`. */
export async function markPricesSeen(catalog: Catalog, day: IsoDay): Promise<PriceSnapshot> {
  const snapshot = snapshotPrices(catalog, day);
  await seenItem.setValue(snapshot);
  return snapshot;
}

/** Keeps a first snapshot (at install, before any feed or price of the user's), so that later changes have a "before". */
export async function ensureSeenBaseline(catalog: Catalog, day: IsoDay): Promise<void> {
  if (!(await readSeenPrices())) await markPricesSeen(catalog, day);
}

export function watchSeenPrices(callback: (snapshot: PriceSnapshot | undefined) => void): () => void {
  return seenItem.watch(() => void readSeenPrices().then(callback));
}
