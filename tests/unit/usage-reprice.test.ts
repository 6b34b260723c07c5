// Re-pricing usage on another model or seller follows the cost engine: a tier the target does not sell is "tier not offered", never priced at standard.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { findModel } from '../../utils/catalog';
import { estimateCost } from '../../utils/cost';
import { createTranslator } from '../../utils/i18n';
import { usageCsv, usageMarkdown } from '../../utils/usage/export';
import { usageTable } from '../../utils/usage/format-table';
import { repriceRecord } from '../../utils/usage/price-usage';
import type { UsageFileResult } from '../../utils/usage/read-file';
import { emptyRecord, type UsageRecord } from '../../utils/usage/record';
import { buildUsageReport, parseRepriceTarget, repricedKey, sortRepriced } from '../../utils/usage/report';
import type { ServiceTier } from '../../utils/workloads';
import { testCatalog } from '../fixtures/test-catalog';
import { workloadOf } from '../fixtures/workload';

const DAY = '2026-01-15';
const acme52 = findModel(testCatalog, 'acme-5.2')!;

/** A record of one million uncached input tokens and 100,000 output tokens in one request. */
function record(serviceTier: string, spelling = 'acme-5.2'): UsageRecord {
  return { ...emptyRecord('2026-01-10', spelling, serviceTier), requests: 1, uncachedInput: 1_000_000, output: 100_000 };
}

/** The same tokens as a workload, so that the cost engine prices them: the test's independent figure. */
function engineUsd(serviceTier: ServiceTier, offer: { seller?: string; region?: string } = {}): number | undefined {
  const workload = workloadOf({ inputTokens: 1_000_000, outputTokens: 100_000, serviceTier });
  const estimate = estimateCost(acme52, workload, { date: DAY, ...offer });
  return estimate.status === 'priced' ? estimate.taskTotal : undefined;
}

const file = (records: UsageRecord[]): UsageFileResult => ({
  file: 'usage.csv',
  format: 'openai-activity-csv',
  records,
  recordsRead: records.length,
  skipped: 0,
  skippedLines: [],
  errors: [],
});

describe('repriceRecord', () => {
  it.each([
    ['standard', { seller: 'acme' }],
    ['priority', { seller: 'acme' }],
    ['flex', { seller: 'acme' }],
    ['batch', { seller: 'acme' }],
    ['standard', { seller: 'cloudy', region: 'regional' }],
    ['batch', { seller: 'cloudy', region: 'global' }],
  ] as const)('prices a %s record on %j as the cost engine prices the same tokens', (tier, offer) => {
    const price = repriceRecord(acme52, offer, record(tier), DAY);
    expect(price.status).toBe('priced');
    expect(price.status === 'priced' && price.usd).toBeCloseTo(engineUsd(tier, offer)!, 12);
  });

  it.each([
    ['priority', { seller: 'cloudy' }, 'tier-not-offered'],
    ['flex', { seller: 'cloudy', region: 'regional' }, 'tier-not-offered'],
    // Batch on an offer without a batch discount: the engine says not offered, so no standard price here either.
    ['batch', { seller: 'cloudy', region: 'regional' }, 'tier-not-offered'],
    ['standard', { seller: 'searchy' }, 'no-offer'],
    ['standard', { seller: 'cloudy', region: 'eu' }, 'no-offer'],
    ['incentivized-tier', { seller: 'acme' }, 'tier-unknown'],
  ] as const)('gives a %s record on %j no price: %s', (tier, offer, reason) => {
    expect(repriceRecord(acme52, offer, record(tier), DAY)).toEqual({ status: 'unpriced', reason });
    if (tier !== 'incentivized-tier') expect(engineUsd(tier, offer)).toBeUndefined();
  });

  it('says a seller’s offer had no price yet on the day, rather than using the creator’s', () => {
    expect(repriceRecord(acme52, { seller: 'cloudy' }, record('standard'), '2025-12-01')).toEqual({
      status: 'unpriced',
      reason: 'not-yet',
    });
  });
});

describe('a re-priced target that cannot price every record', () => {
  const records = [record('standard'), record('priority'), record('priority', 'gpt-5.2-2025-12-11')];
  const report = buildUsageReport([file(records)], testCatalog, {
    date: DAY,
    reprice: ['acme-5.2', { model: 'acme-5.2', seller: 'cloudy', region: 'global' }, { model: 'acme-5.2', seller: 'searchy' }],
  });
  const [own, cloudy, searchy] = report.repriced;

  it('has a total only where every record is priced; elsewhere its priced part and what it could not price, and why', () => {
    expect(own!.totalUsd).toBeCloseTo(engineUsd('standard')! + 2 * engineUsd('priority')!, 12);
    expect(own!.unpriced).toEqual([]);
    expect(cloudy).toMatchObject({ seller: 'cloudy', region: 'global', firstParty: false, totalUsd: null });
    expect(cloudy!.pricedUsd).toBeCloseTo(engineUsd('standard', { seller: 'cloudy', region: 'global' })!, 12);
    expect(cloudy!.unpriced).toEqual([
      expect.objectContaining({ spelling: 'acme-5.2', serviceTier: 'priority', reason: 'tier-not-offered', requests: 1 }),
      expect.objectContaining({ spelling: 'gpt-5.2-2025-12-11', serviceTier: 'priority', reason: 'tier-not-offered' }),
    ]);
    expect(searchy).toMatchObject({ totalUsd: null, pricedUsd: 0 });
    expect(searchy!.unpriced.map((g) => g.reason)).toEqual(['no-offer', 'no-offer', 'no-offer']);
    expect(searchy!.byMonth).toEqual([]);
  });

  it('sorts complete totals first and names each target by model and seller', () => {
    expect(sortRepriced(report.repriced).map(repricedKey)).toEqual(['acme-5.2', 'acme-5.2@cloudy/global', 'acme-5.2@searchy']);
  });

  it('says so in the CSV, the Markdown and the command line’s table', () => {
    const csv = usageCsv(report).trim().split('\n');
    expect(csv).toContain('repriced:2026-01-15,acme-5.2@cloudy/global,,,,,,,,,');
    expect(csv).toContain(
      'repriced-unpriced:tier-not-offered,acme-5.2@cloudy/global: acme-5.2 (priority),1,1000000,0,0,100000,0,0,,',
    );
    expect(csv).toContain('repriced-unpriced:no-offer,acme-5.2@searchy: acme-5.2 (standard),1,1000000,0,0,100000,0,0,,');
    const md = usageMarkdown(report, createTranslator('en'), testCatalog);
    expect(md).toContain(
      `| Acme-5.2 | Cloudy (global) | Not all priced: $${cloudy!.pricedUsd.toFixed(2)} for the usage it can price |`,
    );
    expect(md).toContain('acme-5.2 at priority: 1 requests not priced (service tier not offered by this seller)');
    const text = usageTable(report, createTranslator('en'));
    expect(text).toMatch(/acme-5\.2 +cloudy \(global\) +not all priced +\$/);
    expect(text).toMatch(/acme-5\.2@cloudy\/global +acme-5\.2 +priority +service tier not offered by this seller +1 +1,000,000/);
  });
});

describe('parseRepriceTarget', () => {
  it.each([
    ['gpt-5.2', { model: 'gpt-5.2' }],
    ['claude-sonnet-4-5@aws-bedrock', { model: 'claude-sonnet-4-5', seller: 'aws-bedrock' }],
    ['claude-sonnet-4-5@aws-bedrock/regional', { model: 'claude-sonnet-4-5', seller: 'aws-bedrock', region: 'regional' }],
    ['gpt-5.2@openai', { model: 'gpt-5.2', seller: 'openai' }],
    // Vertex spells a snapshot with @: not a seller, so the spelling stays whole.
    ['claude-sonnet-4-5@20250929', { model: 'claude-sonnet-4-5@20250929' }],
  ])('reads %j', (text, target) => {
    expect(parseRepriceTarget(text, catalog)).toEqual(target);
  });
});
