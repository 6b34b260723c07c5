// axe-core in an e2e page: put it in, then read its violations as `rule: element`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** Puts axe-core into the page: evaluated through the debugger protocol, which is no page script, so a CSP that refuses inline scripts lets it in. */
export async function injectAxe(page: Page): Promise<void> {
  await page.evaluate(axeSource);
}

/** axe-core's violations on the whole page, as `rule: element` (the element's HTML cut at 120 characters); call `injectAxe` first. */
export function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(context?: unknown): Promise<{ violations: { id: string; nodes: { html: string }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 120)}`));
  });
}
