// The built content script (the e2e run builds first): within its size budget, and without what belongs to the background.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { defaultSites } from '../../utils/sites';

const output = resolve(import.meta.dirname, '../../.output');

/**
 * The content script runs on every vendor page, so it is parsed on every visit: 40 KB minified
 * (KB of 1,024 bytes, as `npm run bench` reports it), gzip not counted.
 */
const CONTENT_SCRIPT_BUDGET_BYTES = 40 * 1024;

function contentScript(build: string): string {
  const path = join(output, build, 'content-scripts/content.js');
  if (!existsSync(path)) throw new Error(`${path} is missing: the e2e run builds it (npm run test:e2e)`);
  return readFileSync(path, 'utf8');
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s content script', (build) => {
  it(`is at most ${CONTENT_SCRIPT_BUDGET_BYTES / 1024} KB`, () => {
    const bytes = Buffer.byteLength(contentScript(build));
    expect({ build, bytes, withinBudget: bytes <= CONTENT_SCRIPT_BUDGET_BYTES }).toEqual({ build, bytes, withinBudget: true });
  });

  it('carries no catalog data, no site list and no naming rules: the background has them and sends what the page needs', () => {
    const code = contentScript(build);
    // Prices and offers: every period's source address is catalog data.
    const sources = new Set(
      catalog.models.flatMap((m) => [...m.prices, ...(m.offers ?? []).flatMap((o) => o.prices)].map((p) => p.source.url)),
    );
    expect(sources.size).toBeGreaterThan(10);
    expect([...sources].filter((url) => code.includes(url))).toEqual([]);
    // The default sites are the manifest's business.
    expect(defaultSites.filter((site) => code.includes(site.name)).map((site) => site.name)).toEqual([]);
    // The naming rules' shapes travel in the detector source.
    const shapes = catalog.naming.flatMap((rule) => rule.shapes ?? []);
    expect(shapes.length).toBeGreaterThan(5);
    expect(shapes.filter((shape) => code.includes(shape))).toEqual([]);
  });
});
