// The bundled catalog is validated in the tests and by the build, and ships as JSON that the extension loads without zod.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, vendorFiles } from '../../pricing-data/index';
import type { VendorInput } from '../../pricing-data/schema';
import { buildCatalog, CatalogError } from '../../pricing-data/validate';
import { bundledCatalogJson } from '../../scripts/catalog-plugin';
import { acme } from '../fixtures/test-catalog';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the bundled catalog', () => {
  it('passes its schema and rules', () => {
    expect(() => buildCatalog(vendorFiles)).not.toThrow();
  });

  it('refuses a bad file with every problem named', () => {
    const bad = {
      ...acme,
      models: [{ ...acme.models[0]!, prices: [{ from: 'soon', input: -1, output: 1 }] }],
    } as unknown as VendorInput;
    expect(() => buildCatalog([bad])).toThrow(CatalogError);
  });

  it('ships as JSON: the build replaces pricing-data/bundled.ts with the assembled catalog', async () => {
    const plugin = bundledCatalogJson();
    const load = plugin.load as (id: string) => Promise<string | null>;
    expect(await load('/anywhere/pricing-data/index.ts')).toBeNull();
    const code = (await load(join(root, 'pricing-data/bundled.ts')))!;
    expect(code).toMatch(/^export const catalog = JSON\.parse\(".*"\);$/s);
    const json = JSON.parse(JSON.parse(code.slice('export const catalog = JSON.parse('.length, -2)) as string) as unknown;
    expect(json).toEqual(JSON.parse(JSON.stringify(catalog)));
  });

  it('is loaded by the extension only through pricing-data/bundled.ts, never by assembling the data files', () => {
    const importers = ['extension', 'content', 'components', 'entrypoints'].flatMap(sourceFiles);
    for (const file of importers) {
      expect(readFileSync(join(root, file), 'utf8'), file).not.toMatch(/from '[./]*pricing-data\/(index|[a-z-]+\/index)'/);
    }
    expect(importers.some((file) => readFileSync(join(root, file), 'utf8').includes("pricing-data/bundled'"))).toBe(true);
  });

  it('is checked before every build (npm run build runs scripts/check-catalog.ts first)', { timeout: 60_000 }, () => {
    const out = execFileSync('npx', ['tsx', 'scripts/check-catalog.ts'], { encoding: 'utf8', cwd: root });
    expect(out).toMatch(/^\[tokentag\] catalog \d{4}-\d{2}-\d{2}: \d+ models from \d+ vendors, valid/);
  });
});
