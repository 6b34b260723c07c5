// Builds the catalog from vendor files: schema validation plus the rules a schema cannot state alone.
import {
  modelSchema,
  namingSchema,
  type Naming,
  type NamingInput,
  sellerSchema,
  vendorSchema,
  type Model,
  type PricePeriod,
  type Seller,
  type SellerInput,
  type Vendor,
  type Terms,
  type VendorInput,
} from './schema';
import { applyTerms, overlappingTerms } from './terms';
import { expandShape, foldName } from './spelling';

/**
 * A seller as the catalog lists it: its offers are on the models. Its `terms` stay, so that a price
 * added later (a feed's) gets the batch discount and cache ratios a checked period of that day gets;
 * `pages` and `terms` may be absent for a seller a feed or the user added.
 */
export type CatalogSeller = Omit<Seller, 'offers' | 'terms' | 'pages'> & { pages?: string[]; terms?: Terms[] };

export interface Catalog {
  /** The newest day any price in the catalog was checked (`YYYY-MM-DD`). */
  version: string;
  /** The vendors as their files declare them, `terms` included (see `termsOf`). */
  vendors: Vendor[];
  /** Sellers other than the creators (their offers are on the models, `models[].offers`). */
  sellers: CatalogSeller[];
  /** Every model of every vendor, with `vendor` set to the vendor's id. */
  models: Model[];
  /** How each vendor and seller names its models, for the detector (`pricing-data/naming.ts`). */
  naming: Naming[];
}

export interface CatalogProblem {
  /** Where, e.g. `openai.models[3].prices[1].to`. */
  path: string;
  message: string;
}

export class CatalogError extends Error {
  constructor(readonly problems: CatalogProblem[]) {
    super(`The price catalog is invalid:\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
    this.name = 'CatalogError';
  }
}

/** Lower-cases and trims a spelling so that ids and aliases compare as the detector will. */
export function spellingKey(spelling: string): string {
  return spelling.trim().toLowerCase();
}

/** Records which model a spelling names; a spelling of one model may not name another. */
type Claim = (spelling: string, modelId: string, path: string) => void;

/**
 * Every id, name, alias and seller's model id names one model, even once folded as the detector
 * reads it (case, spaces, dots and hyphens): otherwise a page's mention could mean either.
 */
function spellingClaims(problems: CatalogProblem[]): Claim {
  const owners = new Map<string, { modelId: string; spelling: string }>();
  return (spelling, modelId, path) => {
    const key = foldName(spelling);
    const owner = owners.get(key);
    if (owner === undefined) owners.set(key, { modelId, spelling });
    else if (owner.modelId !== modelId) {
      const as = owner.spelling === spelling ? '' : ` (as "${owner.spelling}")`;
      problems.push({ path, message: `"${spelling}" names both ${owner.modelId}${as} and ${modelId}` });
    }
  };
}

/** Naming rules belong to a known vendor or seller, and their shapes are valid regular expressions. */
function checkNaming(inputs: readonly NamingInput[], owners: ReadonlySet<string>, problems: CatalogProblem[]): Naming[] {
  const out: Naming[] = [];
  inputs.forEach((input, i) => {
    const parsed = namingSchema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ path: [`naming[${i}]`, ...issue.path.map(String)].join('.'), message: issue.message });
      return;
    }
    const rules = parsed.data;
    if (!owners.has(rules.owner))
      problems.push({ path: `naming[${i}].owner`, message: `unknown vendor or seller ${rules.owner}` });
    rules.shapes.forEach((shape, s) => {
      try {
        new RegExp(expandShape(shape), 'iy');
      } catch (error) {
        problems.push({ path: `naming[${i}].shapes[${s}]`, message: `not a regular expression: ${(error as Error).message}` });
      }
    });
    out.push(rules);
  });
  return out;
}

export function checkPeriods(prices: PricePeriod[], at: string, problems: CatalogProblem[]): void {
  prices.forEach((period, i) => {
    const next = prices[i + 1];
    if (!next) return;
    if (period.to === undefined) {
      problems.push({ path: `${at}[${i}].to`, message: 'only the last period may be open-ended' });
    } else if (period.to > next.from) {
      problems.push({ path: `${at}[${i + 1}].from`, message: `overlaps the period before, which ends ${period.to}` });
    }
    if (next.from <= period.from) {
      problems.push({ path: `${at}[${i + 1}].from`, message: 'periods must be in order, oldest first' });
    }
  });
}

/** Terms name existing models, and no two of them set one field for one model on one day. */
function checkTerms(terms: readonly Terms[], modelIds: ReadonlySet<string>, owner: string, problems: CatalogProblem[]): void {
  terms.forEach((t, i) => {
    for (const id of [...(t.models ?? []), ...(t.except ?? [])]) {
      if (!modelIds.has(id)) problems.push({ path: `${owner}.terms[${i}]`, message: `unknown model ${id}` });
    }
  });
  for (const clash of overlappingTerms(terms)) {
    problems.push({
      path: `${owner}.terms[${clash.second}]`,
      message: `sets ${clash.field} for the same models and days as terms[${clash.first}]`,
    });
  }
}

/**
 * Validates vendor files and assembles the catalog. Returns every problem found rather than the
 * first, so that a data change can be fixed in one pass.
 */
export function assembleCatalog(
  inputs: readonly VendorInput[],
  sellerInputs: readonly SellerInput[] = [],
  namingInputs: readonly NamingInput[] = [],
): { catalog?: Catalog; problems: CatalogProblem[] } {
  const problems: CatalogProblem[] = [];
  const vendors: Vendor[] = [];
  for (const [v, input] of inputs.entries()) {
    const parsed = vendorSchema.safeParse(input);
    const where = typeof input?.id === 'string' ? input.id : `vendors[${v}]`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: [where, ...issue.path.map(String)].join('.'), message: issue.message });
      }
      continue;
    }
    vendors.push(parsed.data);
  }

  const claim = spellingClaims(problems);

  const models: Model[] = [];
  const allModelIds = new Set<string>();
  const vendorIds = new Set<string>();
  for (const vendor of vendors) {
    if (vendorIds.has(vendor.id)) problems.push({ path: vendor.id, message: 'duplicate vendor id' });
    vendorIds.add(vendor.id);
    const modelIds = new Set(vendor.models.map((m) => m.id));
    vendor.models.forEach((m, i) => {
      const at = `${vendor.id}.models[${i}]`;
      if (allModelIds.has(m.id)) problems.push({ path: `${at}.id`, message: `duplicate id ${m.id}` });
      allModelIds.add(m.id);
      claim(m.id, m.id, `${at}.id`);
      claim(m.name, m.id, `${at}.name`);
      const listed = new Set([spellingKey(m.id)]);
      m.aliases.forEach((alias, a) => {
        if (listed.has(spellingKey(alias)))
          problems.push({ path: `${at}.aliases[${a}]`, message: `"${alias}" is listed twice for ${m.id}` });
        listed.add(spellingKey(alias));
        claim(alias, m.id, `${at}.aliases[${a}]`);
      });
      checkPeriods(m.prices, `${at}.prices`, problems);
      if (m.retired && m.released && m.retired <= m.released) {
        problems.push({ path: `${at}.retired`, message: 'retired before it was released' });
      }
      const toolFees = vendor.toolFees.filter((fee) => fee.models === undefined || fee.models.includes(m.id));
      const requestFees = vendor.requestFees.filter((fee) => fee.models === undefined || fee.models.includes(m.id));
      const prices = applyTerms(m.prices, vendor.terms, m.id);
      models.push(modelSchema.parse({ ...m, prices, vendor: vendor.id, toolFees, requestFees }));
    });
    checkTerms(vendor.terms, modelIds, vendor.id, problems);
    vendor.toolFees.forEach((fee, i) => {
      for (const id of fee.models ?? []) {
        if (!modelIds.has(id)) problems.push({ path: `${vendor.id}.toolFees[${i}].models`, message: `unknown model ${id}` });
      }
    });
  }

  const byId = new Map(models.map((m) => [m.id, m]));
  const sellers = attachOffers(sellerInputs, byId, vendorIds, problems, claim);
  const naming = checkNaming(namingInputs, new Set([...vendorIds, ...sellers.map((s) => s.id)]), problems);
  for (const model of models) {
    if (model.predecessor === undefined) continue;
    if (!byId.has(model.predecessor)) {
      problems.push({ path: `${model.vendor}.${model.id}.predecessor`, message: `unknown model ${model.predecessor}` });
      continue;
    }
    // A lineage must end: follow it and fail on a cycle.
    const seen = new Set<string>([model.id]);
    for (let p = byId.get(model.predecessor); p; p = p.predecessor ? byId.get(p.predecessor) : undefined) {
      if (seen.has(p.id)) {
        problems.push({ path: `${model.vendor}.${model.id}.predecessor`, message: 'the lineage loops' });
        break;
      }
      seen.add(p.id);
    }
  }

  if (problems.length > 0) return { problems };
  const checkedDays = models.flatMap((m) => m.prices.map((p) => p.source.checked));
  const version = checkedDays.reduce((a, b) => (a > b ? a : b), '0000-00-00');
  return { catalog: { version, vendors, sellers, models, naming }, problems };
}

/** Validates seller files and puts each offer on its model; returns the sellers without their offers. */
function attachOffers(
  inputs: readonly SellerInput[],
  byId: Map<string, Model>,
  vendorIds: Set<string>,
  problems: CatalogProblem[],
  claim: Claim,
): CatalogSeller[] {
  const sellers: CatalogSeller[] = [];
  const sellerIds = new Set<string>();
  for (const [s, input] of inputs.entries()) {
    const parsed = sellerSchema.safeParse(input);
    const where = typeof input?.id === 'string' ? input.id : `sellers[${s}]`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ path: [where, ...issue.path.map(String)].join('.'), message: issue.message });
      }
      continue;
    }
    const { offers, terms, ...rest } = parsed.data;
    // Kept for prices added later (`termsOf`); a seller without terms lists none.
    const seller: CatalogSeller = terms.length > 0 ? { ...rest, terms } : rest;
    checkTerms(terms, new Set(offers.map((o) => o.model)), seller.id, problems);
    if (sellerIds.has(seller.id) || vendorIds.has(seller.id)) problems.push({ path: seller.id, message: 'duplicate seller id' });
    sellerIds.add(seller.id);
    sellers.push(seller);
    const seen = new Set<string>();
    offers.forEach((offer, i) => {
      const at = `${seller.id}.offers[${i}]`;
      const model = byId.get(offer.model);
      if (!model) return problems.push({ path: `${at}.model`, message: `unknown model ${offer.model}` });
      const key = `${offer.model}@${offer.region ?? ''}`;
      if (seen.has(key))
        problems.push({ path: at, message: `${offer.model} is offered twice${offer.region ? ` in ${offer.region}` : ''}` });
      seen.add(key);
      checkPeriods(offer.prices, `${at}.prices`, problems);
      if (offer.sellerModelId !== undefined) claim(offer.sellerModelId, offer.model, `${at}.sellerModelId`);
      const applies = (fee: { models?: string[] }) => fee.models === undefined || fee.models.includes(offer.model);
      const { model: _model, ...rest } = offer;
      model.offers.push({
        ...rest,
        prices: applyTerms(rest.prices, terms, offer.model),
        seller: seller.id,
        toolFees: seller.toolFees.filter(applies),
        requestFees: seller.requestFees.filter(applies),
      });
    });
  }
  return sellers;
}

/**
 * The dated terms (batch discount, cache ratios) of whoever sells the offer: the vendor's for its own
 * API, the seller's otherwise; none for a seller the catalog does not know.
 */
export function termsOf(catalog: Pick<Catalog, 'vendors' | 'sellers'>, sellerId: string): readonly Terms[] {
  return catalog.vendors.find((v) => v.id === sellerId)?.terms ?? catalog.sellers.find((s) => s.id === sellerId)?.terms ?? [];
}

/** Like `assembleCatalog`, but throws a `CatalogError` naming every problem. */
export function buildCatalog(
  inputs: readonly VendorInput[],
  sellers: readonly SellerInput[] = [],
  naming: readonly NamingInput[] = [],
): Catalog {
  const { catalog, problems } = assembleCatalog(inputs, sellers, naming);
  if (!catalog) throw new CatalogError(problems);
  return catalog;
}

/**
 * The rules an assembled catalog must still keep after something outside the bundled data changed
 * it (a price feed, the user's prices): ordered periods on every model and offer, and no spelling
 * naming two models.
 */
export function checkAssembledCatalog(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const owners = new Map<string, string>();
  for (const model of catalog.models) {
    checkPeriods(model.prices, `${model.id}.prices`, problems);
    model.offers.forEach((offer, i) => checkPeriods(offer.prices, `${model.id}.offers[${i}].prices`, problems));
    for (const spelling of new Set([model.id, ...model.aliases].map(spellingKey))) {
      const owner = owners.get(spelling);
      if (owner !== undefined && owner !== model.id) {
        problems.push({ path: `${model.id}`, message: `"${spelling}" names both ${owner} and ${model.id}` });
      }
      owners.set(spelling, model.id);
    }
  }
  return problems;
}
