// Builds the catalog from vendor files: schema validation plus the rules a schema cannot state alone.
import { modelSchema, vendorSchema, type Model, type PricePeriod, type Vendor, type VendorInput } from './schema';

export interface Catalog {
  /** The newest day any price in the catalog was checked (`YYYY-MM-DD`). */
  version: string;
  vendors: Vendor[];
  /** Every model of every vendor, with `vendor` set to the vendor's id. */
  models: Model[];
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

function checkPeriods(prices: PricePeriod[], at: string, problems: CatalogProblem[]): void {
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

/**
 * Validates vendor files and assembles the catalog. Returns every problem found rather than the
 * first, so that a data change can be fixed in one pass.
 */
export function assembleCatalog(inputs: readonly VendorInput[]): { catalog?: Catalog; problems: CatalogProblem[] } {
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

  const owners = new Map<string, string>();
  const claim = (spelling: string, modelId: string, path: string) => {
    const key = spellingKey(spelling);
    const owner = owners.get(key);
    if (owner !== undefined && owner !== modelId) {
      problems.push({ path, message: `"${spelling}" already names ${owner}` });
    } else if (owner === modelId && spellingKey(modelId) !== key) {
      problems.push({ path, message: `"${spelling}" is listed twice for ${modelId}` });
    } else {
      owners.set(key, modelId);
    }
  };

  const models: Model[] = [];
  const vendorIds = new Set<string>();
  for (const vendor of vendors) {
    if (vendorIds.has(vendor.id)) problems.push({ path: vendor.id, message: 'duplicate vendor id' });
    vendorIds.add(vendor.id);
    const modelIds = new Set(vendor.models.map((m) => m.id));
    vendor.models.forEach((m, i) => {
      const at = `${vendor.id}.models[${i}]`;
      if (owners.get(spellingKey(m.id)) === m.id) problems.push({ path: `${at}.id`, message: `duplicate id ${m.id}` });
      claim(m.id, m.id, `${at}.id`);
      m.aliases.forEach((alias, a) => claim(alias, m.id, `${at}.aliases[${a}]`));
      checkPeriods(m.prices, `${at}.prices`, problems);
      if (m.retired && m.released && m.retired <= m.released) {
        problems.push({ path: `${at}.retired`, message: 'retired before it was released' });
      }
      const toolFees = vendor.toolFees.filter((fee) => fee.models === undefined || fee.models.includes(m.id));
      models.push(modelSchema.parse({ ...m, vendor: vendor.id, toolFees }));
    });
    vendor.toolFees.forEach((fee, i) => {
      for (const id of fee.models ?? []) {
        if (!modelIds.has(id)) problems.push({ path: `${vendor.id}.toolFees[${i}].models`, message: `unknown model ${id}` });
      }
    });
  }

  const byId = new Map(models.map((m) => [m.id, m]));
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
  return { catalog: { version: newestCheck(models), vendors, models }, problems };
}

export interface BuildOptions {
  /**
   * `false` for vendor files already validated (the bundled ones: by `npm run build` and the tests):
   * they are assembled without parsing them again, so that opening the popup does not re-run zod over
   * the whole catalog. Input from outside (storage, imports, feeds) is always validated.
   */
  validate?: boolean;
}

/** Like `assembleCatalog`, but throws a `CatalogError` naming every problem. */
export function buildCatalog(inputs: readonly VendorInput[], options: BuildOptions = {}): Catalog {
  if (options.validate === false) return assembleValidated(inputs);
  const { catalog, problems } = assembleCatalog(inputs);
  if (!catalog) throw new CatalogError(problems);
  return catalog;
}

/**
 * Assembles vendor files known to be valid: the schema's defaults are filled in (aliases, tool fees,
 * a period's status) and each model gets its vendor and tool fees, as `assembleCatalog` does. A test
 * checks that both give the same catalog for the bundled files.
 */
function assembleValidated(inputs: readonly VendorInput[]): Catalog {
  const vendors: Vendor[] = inputs.map((input) => ({
    ...input,
    toolFees: input.toolFees ?? [],
    models: input.models.map((m) => ({
      ...m,
      aliases: m.aliases ?? [],
      prices: m.prices.map((p) => ({ ...p, status: p.status ?? 'applied' })),
    })),
  }));
  const models: Model[] = vendors.flatMap((vendor) =>
    vendor.models.map((m) => ({
      ...m,
      vendor: vendor.id,
      toolFees: vendor.toolFees.filter((fee) => fee.models === undefined || fee.models.includes(m.id)),
    })),
  );
  return { version: newestCheck(models), vendors, models };
}

/** The newest day any price was checked: the catalog's version. */
function newestCheck(models: readonly Model[]): string {
  const checkedDays = models.flatMap((m) => m.prices.map((p) => p.source.checked));
  return checkedDays.reduce((a, b) => (a > b ? a : b), '0000-00-00');
}
