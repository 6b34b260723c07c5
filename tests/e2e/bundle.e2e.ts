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

function built(build: string, file: string): string {
  const path = join(output, build, file);
  if (!existsSync(path)) throw new Error(`${path} is missing: the e2e run builds it (npm run test:e2e)`);
  return readFileSync(path, 'utf8');
}

const contentScript = (build: string) => built(build, 'content-scripts/content.js');

/** A rule of the price card's own style (content/price-card.ts): only the card's script carries it. */
const CARD_RULE = '.card{pointer-events:auto;';

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

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s price card', (build) => {
  it('is not in the content script: it comes in its own script, loaded on demand', () => {
    expect(built(build, 'price-card.js')).toContain(CARD_RULE);
    expect(contentScript(build)).not.toContain(CARD_RULE);
  });

  it('is listed neither as a content script nor as a web-accessible resource (the background injects it)', () => {
    const manifest = JSON.parse(built(build, 'manifest.json')) as {
      content_scripts?: { js?: string[] }[];
      web_accessible_resources?: (string | { resources: string[] })[];
    };
    const listed = [
      ...(manifest.content_scripts ?? []).flatMap((script) => script.js ?? []),
      ...(manifest.web_accessible_resources ?? []).flatMap((entry) => (typeof entry === 'string' ? [entry] : entry.resources)),
    ];
    expect(listed.filter((file) => file.includes('price-card'))).toEqual([]);
    expect(listed).toContain('content-scripts/content.js');
  });
});
