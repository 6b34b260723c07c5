// Compares today's catalog prices, creators' and sellers' offers, with @pydantic/genai-prices and prints every disagreement (`npm run prices:audit`).
import { findProvider, type MatchLogic, type ModelInfo, type ModelPrice, type Provider } from '@pydantic/genai-prices';
import { catalog } from '../pricing-data/index';
import type { Model, ModelOffer, PricePeriod } from '../pricing-data/schema';
import { inForce, isRetired, priceAt, toIsoDay } from '../utils/catalog';

/** Their provider ids for our vendor ids (several where they split one vendor). */
const providerIds: Record<string, string[]> = {
  openai: ['openai'],
  google: ['google'],
  anthropic: ['anthropic'],
  xai: ['x-ai'],
  deepseek: ['deepseek'],
  mistral: ['mistral'],
  cohere: ['cohere'],
  amazon: ['aws'],
  moonshot: ['moonshotai'],
  zhipu: ['zai', 'zhipuai'],
  minimax: ['minimax'],
  alibaba: [],
};

/**
 * Their provider ids for our seller ids. DeepInfra and Nebius have no provider there; Vertex's Claude and
 * open models have none either (their `google` provider prices the Gemini API).
 */
const sellerProviderIds: Record<string, string[]> = {
  groq: ['groq'],
  cerebras: ['cerebras'],
  fireworks: ['fireworks'],
  together: ['together'],
  baseten: ['baseten'],
  ovhcloud: ['ovhcloud'],
  avian: ['avian'],
  'aws-bedrock': ['aws'],
  'google-vertex': ['google'],
  azure: ['azure'],
  openrouter: ['openrouter'],
  novita: ['novita'],
  deepinfra: [],
  nebius: [],
};

/** How they spell models that they know only under a platform's id (Bedrock's `amazon.nova-pro-v1:0`). */
const resellerSpellings: Record<string, (id: string) => string[]> = {
  amazon: (id) => [`amazon.${id}-v1:0`, `amazon.${id}-v1`, `us.amazon.${id}-v1:0`],
};

/** Their match rules, case-insensitively: some of their ids are upper-case (`GLM-4.5`), ours never are. */
function matches(logic: MatchLogic, id: string): boolean {
  if ('equals' in logic) return id === logic.equals.toLowerCase();
  if ('starts_with' in logic) return id.startsWith(logic.starts_with.toLowerCase());
  if ('ends_with' in logic) return id.endsWith(logic.ends_with.toLowerCase());
  if ('contains' in logic) return id.includes(logic.contains.toLowerCase());
  if ('regex' in logic) return new RegExp(logic.regex, 'i').test(id);
  if ('or' in logic) return logic.or.some((l) => matches(l, id));
  return logic.and.every((l) => matches(l, id));
}

/** Their model for ours: an exact id match first, else the first model whose rules match one of our spellings. */
function theirModel(
  providers: Provider[],
  model: Model,
  sellerModelId?: string,
): { provider: Provider; info: ModelInfo } | undefined {
  // A seller's own id names its deployment exactly: try it before the model's own spellings.
  if (sellerModelId !== undefined) {
    const id = sellerModelId.toLowerCase();
    for (const provider of providers) {
      const info = provider.models.find((m) => m.id.toLowerCase() === id) ?? provider.models.find((m) => matches(m.match, id));
      if (info) return { provider, info };
    }
    return undefined;
  }
  const spellings = [
    model.id,
    ...model.aliases.map((a) => a.toLowerCase()),
    ...(resellerSpellings[model.vendor]?.(model.id) ?? []),
  ];
  for (const exact of [true, false]) {
    for (const provider of providers) {
      const info = provider.models.find((m) =>
        exact ? m.id.toLowerCase() === model.id : spellings.some((s) => matches(m.match, s)),
      );
      if (info) return { provider, info };
    }
  }
  return undefined;
}

function theirPriceAt(info: ModelInfo, day: string): ModelPrice {
  if (!Array.isArray(info.prices)) return info.prices;
  let chosen = info.prices[0]!.prices;
  for (const conditional of info.prices) {
    const c = conditional.constraint;
    if (c === undefined) continue;
    if (c.type === 'start_date' && c.start_date <= day) chosen = conditional.prices;
  }
  return chosen;
}

type Rate = number | { base: number; tiers: { start: number; price: number }[] } | undefined;
const base = (rate: Rate) => (typeof rate === 'object' ? rate.base : rate);
const firstTier = (rate: Rate) => (typeof rate === 'object' ? rate.tiers[0] : undefined);

const fields: [keyof PricePeriod, string][] = [
  ['input', 'input_mtok'],
  ['output', 'output_mtok'],
  ['cachedInput', 'cache_read_mtok'],
  ['cacheWrite5m', 'cache_write_mtok'],
  ['cacheWrite1h', 'cache_write_1h_mtok'],
];

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const show = (n: number | undefined) => (n === undefined ? '—' : String(n));

const day = toIsoDay(process.argv[2] ?? new Date());
const rows: string[][] = [];
const missing: string[] = [];
let compared = 0;

/** Pushes a row for every field where our period and theirs disagree. */
function compare(label: string, theirLabel: string, ours: PricePeriod, price: ModelPrice): void {
  for (const [ourField, theirField] of fields) {
    const a = ours[ourField] as number | undefined;
    const b = base(price[theirField]);
    if (a === undefined && b === undefined) continue;
    if (a === undefined || b === undefined || !close(a, b)) rows.push([label, theirLabel, ourField, show(a), show(b)]);
  }
  // Long-context tiers: the first threshold and its input and output rates.
  const theirTier = firstTier(price.input_mtok);
  const ourTier = ours.tiers?.[0];
  if (theirTier || ourTier) {
    const theirOut = firstTier(price.output_mtok);
    const sameThreshold = theirTier && ourTier && Math.abs(theirTier.start - ourTier.above) <= 1;
    if (!sameThreshold || !close(theirTier.price, ourTier.input) || (theirOut && !close(theirOut.price, ourTier.output))) {
      rows.push([
        label,
        theirLabel,
        'tiers[0]',
        ourTier ? `>${ourTier.above}: ${ourTier.input}/${ourTier.output}` : '—',
        theirTier ? `>${theirTier.start}: ${theirTier.price}/${show(theirOut?.price)}` : '—',
      ]);
    }
  }
}

const providersOf = (ids: string[] | undefined) =>
  (ids ?? []).map((id) => findProvider({ providerId: id })).filter((p) => p !== undefined);

// The creators' own prices.
for (const vendor of catalog.vendors) {
  const providers = providersOf(providerIds[vendor.id]);
  for (const model of catalog.models.filter((m) => m.vendor === vendor.id)) {
    const ours = priceAt(model, day);
    if (!ours) continue;
    const theirs = providers.length > 0 ? theirModel(providers, model) : undefined;
    if (!theirs) {
      missing.push(`${vendor.id}/${model.id}`);
      continue;
    }
    compared++;
    compare(`${vendor.id}/${model.id}`, `${theirs.provider.id}/${theirs.info.id}`, ours, theirPriceAt(theirs.info, day));
  }
}

// The sellers' offers, matched by the seller's own model id where it has one.
/** The offer's period in force on the day; none once the model is retired. */
const offerPrice = (model: Model, offer: ModelOffer) =>
  isRetired(model, day) ? undefined : offer.prices.find((p) => inForce(p, day));
for (const model of catalog.models) {
  for (const offer of model.offers) {
    const ours = offerPrice(model, offer);
    if (!ours) continue;
    const label = `${offer.seller}${offer.region ? `[${offer.region}]` : ''}/${model.id}`;
    const providers = providersOf(sellerProviderIds[offer.seller]);
    const theirs = providers.length > 0 ? theirModel(providers, model, offer.sellerModelId) : undefined;
    if (!theirs) {
      missing.push(label);
      continue;
    }
    compared++;
    compare(label, `${theirs.provider.id}/${theirs.info.id}`, ours, theirPriceAt(theirs.info, day));
  }
}

console.log(`Catalog ${catalog.version} vs @pydantic/genai-prices, current prices on ${day} (USD per 1M tokens)`);
console.log(
  `${compared} prices compared (creators' and offers); ${missing.length} without a counterpart there; ${rows.length} disagreements.\n`,
);
if (rows.length > 0) {
  const header = ['model', 'genai-prices model', 'field', 'catalog', 'genai-prices'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}
if (missing.length > 0) console.log(`\nNo counterpart in genai-prices: ${missing.join(', ')}`);
