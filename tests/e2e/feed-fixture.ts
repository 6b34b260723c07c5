// The feed file the e2e tests serve: the fixture, with GPT-5.2's dated price moved to the day after its offer's last check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../pricing-data/bundled';
import { findModel, toIsoDay } from '../../utils/catalog';
import { lastCheckedDay } from '../../utils/feeds/merge-feed';

export const FEED_URL = 'https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json';

/** GPT-5.2's own OpenAI offer as bundled: the day it was last checked, and its rates (USD per 1M tokens). */
export const today = toIsoDay(new Date());
const gpt52 = findModel(catalog, 'gpt-5.2')!;
export const gpt52Checked = lastCheckedDay(gpt52.prices, today);
const gpt52Bundled = gpt52.prices.findLast((p) => p.from <= today)!;
/** The first day the offer's check does not cover: a feed price dated then is newer information. */
export const dayAfterCheck = new Date(Date.parse(`${gpt52Checked}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const newGpt52 = { input_mtok: 1.5, cache_read_mtok: 0.15, output_mtok: 12 };
const label = (input: number, output: number) => `$${input.toFixed(2)} / $${output.toFixed(2)}`;
/** GPT-5.2's input / output as a tag shows them: bundled, and from the feed. */
export const bundledLabel = label(gpt52Bundled.input, gpt52Bundled.output);
export const newLabel = label(newGpt52.input_mtok, newGpt52.output_mtok);

/** The fixture feed (a feed-only model, a bad entry, Groq), with GPT-5.2's new price dated the day after its last check. */
export function feedWithNewGpt52(): string {
  const providers = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/feeds/genai-prices-small.json'), 'utf8')) as {
    id: string;
    models: { id: string; prices: unknown }[];
  }[];
  const model = providers.find((p) => p.id === 'openai')!.models.find((m) => m.id === 'gpt-5.2')!;
  model.prices = [
    { prices: { input_mtok: gpt52Bundled.input, cache_read_mtok: gpt52Bundled.cachedInput, output_mtok: gpt52Bundled.output } },
    { constraint: { start_date: dayAfterCheck }, prices: newGpt52 },
  ];
  return JSON.stringify(providers, null, 2);
}
