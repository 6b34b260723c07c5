// Where the price card script, injected on demand into the content script's isolated world, leaves its factory for the content script to find.
import { version } from '../package.json';
import type { PriceCard, PriceCardOptions } from './price-card';

/** Makes a price card (content/price-card.ts `createPriceCard`). */
export type PriceCardFactory = (options: PriceCardOptions) => PriceCard;

/**
 * The isolated world's global the factory is kept under. The page's scripts run in another world and
 * cannot see or replace it; a symbol, so that it clashes with nothing of the content script's own.
 * Named with the release: after an update the new content script shares the world with the old
 * one's leftovers, and must load its own card rather than take the old version's.
 */
const SLOT = Symbol.for(`tokentag.priceCard@${version}`);

type Slot = { [SLOT]?: PriceCardFactory };

/** Leaves the factory for the content script (the price card script does this when it runs). */
export function registerPriceCard(factory: PriceCardFactory, world: object = globalThis): void {
  (world as Slot)[SLOT] = factory;
}

/** The factory, once the price card script has run in this world. */
export function registeredPriceCard(world: object = globalThis): PriceCardFactory | undefined {
  const factory = (world as Slot)[SLOT];
  return typeof factory === 'function' ? factory : undefined;
}
