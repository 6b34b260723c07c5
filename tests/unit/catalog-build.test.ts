// The bundled catalog is validated in the tests and at build time, and assembled without zod at run time.
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { catalog, validatedCatalog, vendorFiles } from '../../pricing-data/index';
import { modelSchema, vendorSchema, type VendorInput } from '../../pricing-data/schema';
import { buildCatalog, CatalogError } from '../../pricing-data/validate';
import { acme } from '../fixtures/test-catalog';

describe('the bundled catalog', () => {
  it('passes its schema and rules', () => {
    expect(() => validatedCatalog()).not.toThrow();
  });

  it('assembled without re-parsing is the same catalog as validated, defaults and all', () => {
    expect(catalog).toEqual(validatedCatalog());
    expect(buildCatalog([acme], { validate: false })).toEqual(buildCatalog([acme]));
  });

  it('is assembled at run time without running zod', () => {
    const vendorParse = vi.spyOn(vendorSchema, 'safeParse');
    const modelParse = vi.spyOn(modelSchema, 'parse');
    buildCatalog(vendorFiles, { validate: false });
    expect(vendorParse).not.toHaveBeenCalled();
    expect(modelParse).not.toHaveBeenCalled();
    buildCatalog([acme]);
    expect(vendorParse).toHaveBeenCalled();
    vi.restoreAllMocks();
  });

  it('still validates by default: a bad file is refused with every problem named', () => {
    const bad = {
      ...acme,
      models: [{ ...acme.models[0]!, prices: [{ from: 'soon', input: -1, output: 1 }] }],
    } as unknown as VendorInput;
    expect(() => buildCatalog([bad])).toThrow(CatalogError);
  });

  it('is checked before every build (npm run build runs scripts/check-catalog.ts first)', { timeout: 60_000 }, () => {
    const out = execFileSync('npx', ['tsx', 'scripts/check-catalog.ts'], { encoding: 'utf8' });
    expect(out).toMatch(/^\[tokentag\] catalog \d{4}-\d{2}-\d{2}: \d+ models from \d+ vendors, valid/);
  });
});
