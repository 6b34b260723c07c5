// Least privilege in the source: no HTML parsing of page or catalog text, no code from strings, no network calls (the built manifests: tests/e2e/manifest.e2e.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}
const shipped = ['entrypoints', 'components', 'content', 'extension', 'utils', 'pricing-data'].flatMap(sources);

describe('the shipped source', () => {
  it.each([
    ['sets no HTML from strings', /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML/],
    ['runs no code from strings', /\beval\s*\(|new Function\s*\(|setTimeout\(\s*['"`]/],
    ['loads no remote script', /<script[^>]+src=["']https?:/],
  ])('%s', (_rule, pattern) => {
    const offenders = shipped
      .filter((file) => pattern.test(readFileSync(join(root, file), 'utf8')))
      .map((file) => relative(root, join(root, file)));
    expect(offenders).toEqual([]);
  });

  it('makes network requests only in the opt-in price feed, and only to the feed', () => {
    const network = /\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/;
    const offenders = shipped.filter((file) => network.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders.map((file) => relative(root, join(root, file)))).toEqual(['extension/price-feed.ts']);
    const feed = readFileSync(join(root, 'extension/price-feed.ts'), 'utf8');
    expect(feed.match(/\bfetch\([^,]*/g)).toEqual(['fetch(GENAI_PRICES_FEED.url']);
  });
});
