// docs/cost-model.md's worked example is what utils/cost.ts computes: the page and the engine cannot drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findModel } from '../../utils/catalog';
import { estimateCost } from '../../utils/cost';
import { testCatalog } from '../fixtures/test-catalog';
import { workedExample } from '../fixtures/workload';

const doc = readFileSync(new URL('../../docs/cost-model.md', import.meta.url), 'utf8');
const example = doc.slice(doc.indexOf('## Worked example'));

/** The USD per task the page's table gives a line ("| uncached input | 12,200 | 1.75 | 0.02135 |"). */
function documented(line: string): number {
  const row = example.split('\n').find((r) => r.startsWith(`| ${line} `));
  if (!row) throw new Error(`docs/cost-model.md has no "${line}" line in its worked example`);
  return Number(row.split('|').at(-2)!.replaceAll('*', '').trim());
}

describe('docs/cost-model.md', () => {
  // acme-5.2 carries GPT-5.2's standard rates and a $10 per 1,000 web search.
  const estimate = estimateCost(findModel(testCatalog, 'acme-5.2')!, workedExample, { date: '2026-01-01' });
  if (estimate.status !== 'priced') throw new Error('acme-5.2 has no price');
  const usd = (component: string) => estimate.lines.find((l) => l.component === component)!.usd;

  it('gives every line of the worked example as the engine computes it', () => {
    expect(usd('uncachedInput')).toBeCloseTo(documented('uncached input'), 12);
    expect(usd('cachedInput')).toBeCloseTo(documented('cached input'), 12);
    expect(usd('output')).toBeCloseTo(documented('output'), 12);
    expect(usd('reasoning')).toBeCloseTo(documented('reasoning'), 12);
    expect(usd('webSearch')).toBeCloseTo(documented('web search'), 12);
  });

  it('states the total the engine computes: $0.0868425 per task', () => {
    expect(estimate.taskTotal).toBeCloseTo(documented('**task total**'), 12);
    expect(example).toContain(`**$${estimate.taskTotal.toFixed(7)} per task**`);
    expect(estimate.taskTotal).toBeCloseTo(0.0868425, 12);
  });
});
