// Comparisons: rows priced under a workload, cheapest first, what the money goes to, and the CSV and Markdown exports.
import { describe, expect, it } from 'vitest';
import {
  barSegments,
  comparisonTable,
  defaultOffer,
  offerChoices,
  priceModels,
  rowNotes,
  sortByTaskCost,
  sortRows,
  storedOffer,
  summarizeComparison,
  toCsv,
  toMarkdown,
  unpricedReason,
  type PricedRow,
} from '../../utils/compare';
import { catalog } from '../../pricing-data/index';
import { findModel } from '../../utils/catalog';
import { estimateCost } from '../../utils/cost';
import { createTranslator } from '../../utils/i18n';
import { defaultPresets, type Workload } from '../../utils/workloads';
import { testCatalog } from '../fixtures/test-catalog';

const chat = defaultPresets[0]!.workload;
const options = {
  t: createTranslator('en'),
  currency: { code: 'USD', perUsd: 1 },
  locale: 'en',
  presetName: 'Chat assistant',
  date: '2026-01-01',
  vendorName: () => 'Acme AI',
  sellerName: (id: string) => (id === 'acme' ? 'Acme AI' : id === 'cloudy' ? 'Cloudy' : id),
};

describe('priceModels and sortByTaskCost', () => {
  it('prices each model, skips ids the catalog lacks, says why a price is missing', () => {
    const rows = priceModels(testCatalog, ['acme-5.2', 'nope', 'acme-retired', 'acme-unpriced', 'acme-5'], chat, '2026-01-01');
    expect(rows.map((r) => [r.model.id, r.estimate.status, r.missing])).toEqual([
      ['acme-5.2', 'priced', undefined],
      ['acme-retired', 'unknown', 'retired'],
      ['acme-unpriced', 'unknown', 'unpriced'],
      ['acme-5', 'priced', undefined],
    ]);
    expect(priceModels(testCatalog, ['acme-5.2'], chat, '2025-01-01')[0]!.missing).toBe('not-yet');
  });

  it('puts the cheapest task first and the unpriced last, keeping their order', () => {
    const rows = sortByTaskCost(
      priceModels(testCatalog, ['acme-unpriced', 'acme-5.2', 'acme-retired', 'acme-plain', 'acme-5'], chat, '2026-01-01'),
    );
    expect(rows.map((r) => r.model.id)).toEqual(['acme-plain', 'acme-5', 'acme-5.2', 'acme-unpriced', 'acme-retired']);
  });

  it('reprices at another date: o3 before and after its cut', () => {
    const before = priceModels(testCatalog, ['acme-o3'], chat, '2025-06-09')[0]!.estimate;
    const after = priceModels(testCatalog, ['acme-o3'], chat, '2025-06-10')[0]!.estimate;
    expect(before.status === 'priced' && after.status === 'priced' && before.taskTotal / after.taskTotal).toBeCloseTo(5, 6);
  });
});

describe('barSegments', () => {
  it('splits a task by what the money goes to, tools together, shares adding up to one', () => {
    const [row] = priceModels(testCatalog, ['acme-5.2'], { ...defaultPresets[2]!.workload, fileSearches: 1 }, '2026-01-01');
    if (row!.estimate.status !== 'priced') throw new Error('unpriced');
    const segments = barSegments(row!.estimate.lines);
    expect(segments.map((s) => s.part)).toEqual(['uncachedInput', 'cachedInput', 'output', 'reasoning', 'tools']);
    expect(segments.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 12);
    expect(segments.reduce((sum, s) => sum + s.usd, 0)).toBeCloseTo(row!.estimate.taskTotal, 12);
  });
});

describe('exports', () => {
  const rows: PricedRow[] = priceModels(testCatalog, ['acme-5.2', 'acme-retired'], chat, '2026-01-01');

  it('writes CSV with plain numbers, quoting what needs it', () => {
    const csv = toCsv(comparisonTable(rows, 'csv', options));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Model,Vendor,API id,Prices as of,Workload,Seller,Region,Service tier,Input (USD per 1M),Output (USD per 1M),Cached input (USD per 1M),Per task (USD),Per month (USD),Input (USD per task),Cached input (USD per task),Cache writes (USD per task),Output (USD per task),Reasoning (USD per task),Tool fees (USD per task),Notes',
    );
    expect(lines[1]).toBe(
      'Acme-5.2,Acme AI,acme-5.2,2026-01-01,Chat assistant,Acme AI,,Standard,1.75,14,0.175,0.009338,280.14,0.00357,0.000168,0,0.0056,0,0,' +
        '"This model bills hidden reasoning tokens, but the workload counts none: the real cost can be higher."',
    );
    // No price: empty number cells, and why in the notes.
    expect(lines[2]).toBe(
      'Acme Retired,Acme AI,acme-retired,2026-01-01,Chat assistant,Acme AI,,Standard,,,,,,,,,,,,"Retired on Jul 14, 2025."',
    );
    expect(toCsv({ headers: ['a'], rows: [['x, "y"\nz']] })).toBe('a\r\n"x, ""y""\nz"\r\n');
  });

  it('writes a Markdown table with formatted money, escaping pipes', () => {
    const md = toMarkdown(comparisonTable(rows, 'markdown', { ...options, currency: { code: 'EUR', perUsd: 0.5 } }));
    const lines = md.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^\| Model \| Vendor \| API id \|/);
    expect(lines[1]).toMatch(/^\| --- \| --- \|/);
    expect(lines[2]).toContain('| €0.875 | €7.00 | €0.0875 | €0.00467 | €140.07 |');
    expect(toMarkdown({ headers: ['a|b'], rows: [['c\nd']] })).toBe('| a\\|b |\n| --- |\n| c d |\n');
  });

  it('speaks the UI language in its headers', () => {
    const table = comparisonTable(rows, 'csv', {
      ...options,
      t: createTranslator('zh_CN'),
      currency: { code: 'CNY', perUsd: 7 },
    });
    expect(table.headers.slice(0, 3)).toEqual(['模型', '厂商', 'API ID']);
    expect(table.headers[11]).toBe('每个任务（CNY）');
    expect(table.rows[0]![11]).toBe('0.065366');
    expect(table.headers.slice(5, 8)).toEqual(['销售方', '区域', '服务等级']);
  });
});

describe('where a price stands, in every row and export', () => {
  const rows = priceModels(testCatalog, ['beta-flash', 'beta-sol', 'beta-free'], chat, '2026-01-01');
  const words = {
    t: createTranslator('en'),
    locale: 'en',
    currency: { code: 'USD', perUsd: 1 },
    rateUnit: 'per-million' as const,
  };

  it('says a promotion, its end within 60 days with the cost after it, and an ended price in one wording', () => {
    const [flash, sol] = rows;
    expect(flash!.standing.kind).toBe('promotional');
    expect(flash!.upcoming?.on).toBe('2026-02-01');
    expect(rowNotes(flash!, words)).toEqual([
      'Promotional until Jan 31, 2026, then $1.50 / $7.50 per 1M tokens.',
      expect.stringMatching(/^Changes on Feb 1, 2026: \$[\d,.]+ per month\.$/),
      'This model bills hidden reasoning tokens, but the workload counts none: the real cost can be higher.',
    ]);
    // The month after the promotion costs what the announced price makes it.
    expect(flash!.upcoming!.estimate!.monthTotal).toBeCloseTo(
      (flash!.estimate.status === 'priced' ? flash!.estimate.monthTotal : NaN) * 2,
      9,
    );
    expect(sol!.missing).toBe('ended');
    expect(rowNotes(sol!, words)).toEqual([
      'Last known price $4.00 / $20.00 per 1M tokens (until Nov 20, 2025); current price not confirmed.',
    ]);
  });

  it('exports the same words, and Free rather than $0.00', () => {
    const md = toMarkdown(comparisonTable(rows, 'markdown', options));
    expect(md).toContain('Promotional until Jan 31, 2026, then $1.50 / $7.50 per 1M tokens.');
    expect(md).toContain('Last known price $4.00 / $20.00 per 1M tokens (until Nov 20, 2025); current price not confirmed.');
    expect(md.split('\n').find((line) => line.startsWith('| Beta Free'))).toContain('| Free | Free |');
  });

  it('says which part an incomplete total leaves out', () => {
    const [row] = priceModels(testCatalog, ['acme-plain'], { ...chat, fileSearches: 1 }, '2026-01-01');
    expect(rowNotes(row!, words)).toContain('File search is not offered for this model: not included.');
  });
});

describe('sortRows', () => {
  const rows = priceModels(testCatalog, ['acme-5.2', 'acme-unpriced', 'acme-plain', 'acme-o3'], chat, '2026-01-01');
  const ids = (sorted: readonly { model: { id: string } }[]) => sorted.map((r) => r.model.id);

  it('sorts by cost either way, models without a price last', () => {
    expect(ids(sortRows(rows, 'task', 'ascending'))).toEqual(['acme-plain', 'acme-o3', 'acme-5.2', 'acme-unpriced']);
    expect(ids(sortRows(rows, 'task', 'descending'))).toEqual(['acme-5.2', 'acme-o3', 'acme-plain', 'acme-unpriced']);
    expect(ids(sortRows(rows, 'month', 'descending'))).toEqual(['acme-5.2', 'acme-o3', 'acme-plain', 'acme-unpriced']);
  });

  it('sorts by name and by input rate', () => {
    // Names collate as the language does ("Acme o3" < "Acme Plain" < "Acme Unpriced" < "Acme-5.2": a space before a hyphen).
    expect(ids(sortRows(rows, 'name', 'ascending'))).toEqual(['acme-o3', 'acme-plain', 'acme-unpriced', 'acme-5.2']);
    expect(ids(sortRows(rows, 'name', 'descending'))).toEqual(['acme-5.2', 'acme-unpriced', 'acme-plain', 'acme-o3']);
    expect(ids(sortRows(rows, 'input', 'ascending'))).toEqual(['acme-plain', 'acme-5.2', 'acme-o3', 'acme-unpriced']);
  });
});

describe('row notes in Chinese', () => {
  it('end their sentences with Chinese punctuation', () => {
    const [row] = priceModels(testCatalog, ['beta-sol'], chat, '2026-01-01');
    const notes = rowNotes(row!, {
      t: createTranslator('zh_CN'),
      locale: 'zh-CN',
      currency: { code: 'CNY', perUsd: 7 },
      rateUnit: 'per-million',
    });
    expect(notes).toEqual(['最后已知价格为 ¥28.00 / ¥140.00（每百万 token），有效至 2025年11月20日；当前价格未确认。']);
  });
});

describe('rows priced at a chosen offer', () => {
  const words = {
    t: createTranslator('en'),
    locale: 'en',
    currency: { code: 'USD', perUsd: 1 },
    rateUnit: 'per-million' as const,
  };
  const acme52 = findModel(testCatalog, 'acme-5.2')!;
  const date = '2026-01-15';
  const taskAt = (workload: Workload, options: Parameters<typeof estimateCost>[2]) => {
    const estimate = estimateCost(acme52, workload, options);
    if (estimate.status !== 'priced') throw new Error(`no price: ${JSON.stringify(estimate)}`);
    return estimate.taskTotal;
  };

  it('prices a row at the seller and region it was switched to, and the rest at their creator', () => {
    const rows = priceModels(testCatalog, ['acme-5.2', 'acme-plain'], chat, date, {
      'acme-5.2': { seller: 'cloudy', region: 'regional' },
    });
    expect(rows.map((r) => [r.model.id, r.offer, r.estimate.status, r.gap])).toEqual([
      ['acme-5.2', { seller: 'cloudy', region: 'regional' }, 'priced', undefined],
      ['acme-plain', { seller: 'acme' }, 'priced', undefined],
    ]);
    const regional = rows[0]!.estimate;
    expect(regional.status === 'priced' && regional.taskTotal).toBe(taskAt(chat, { date, seller: 'cloudy', region: 'regional' }));
    // The regional offer is dearer than the creator's own: the switch changed the price.
    expect(regional.status === 'priced' && regional.taskTotal).toBeGreaterThan(taskAt(chat, { date }));
  });

  it.each([
    ['a seller that does not sell the model', { seller: 'searchy' }, chat, date, 'no-offer', 'Not offered by this seller'],
    [
      'a region the seller does not have',
      { seller: 'cloudy', region: 'eu' },
      chat,
      date,
      'no-offer',
      'Not offered by this seller',
    ],
    [
      'a day before the seller sold it',
      { seller: 'cloudy' },
      chat,
      '2025-12-15',
      'not-on-date',
      'Not offered by this seller on Dec 15, 2025',
    ],
    [
      'a tier the seller does not sell',
      { seller: 'cloudy' },
      { ...chat, serviceTier: 'priority' as const },
      date,
      'tier-not-offered',
      'Tier not offered: this seller does not sell Priority',
    ],
  ])('says %s, never falling back to another price', (_, offer, workload, day, gap, reason) => {
    const [row] = priceModels(testCatalog, ['acme-5.2'], workload, day, { 'acme-5.2': offer });
    expect(row!.estimate.status).not.toBe('priced');
    expect(row!.gap).toBe(gap);
    expect(unpricedReason(row!, words)).toBe(reason);
    expect(rowNotes(row!, words)).toEqual([`${reason}.`]);
    // Nothing is said from the creator's prices: no promotion, no coming change.
    expect(row!.upcoming).toBeUndefined();
  });

  it('prices the creator’s own offer at Priority where the seller’s does not sell it', () => {
    const priority = { ...chat, serviceTier: 'priority' as const };
    const [own] = priceModels(testCatalog, ['acme-5.2'], priority, date);
    expect(own!.estimate.status === 'priced' && own!.estimate.taskTotal).toBe(taskAt(priority, { date }));
  });

  it('leaves rows without a price out of Cheapest and lists them', () => {
    const rows = priceModels(testCatalog, ['acme-5.2', 'acme-o3', 'acme-retired', 'acme-plain'], chat, date, {
      'acme-5.2': { seller: 'searchy' },
    });
    const summary = summarizeComparison(rows);
    const month = (id: string) => {
      const e = rows.find((r) => r.model.id === id)!.estimate;
      return e.status === 'priced' ? e.monthTotal : Number.POSITIVE_INFINITY;
    };
    const cheapestId = ['acme-o3', 'acme-plain'].reduce((a, b) => (month(b) < month(a) ? b : a));
    expect(summary.cheapest?.model.id).toBe(cheapestId);
    expect(summary.skipped.map((r) => [r.model.id, r.gap ?? r.missing])).toEqual(
      rows.filter((r) => r.estimate.status !== 'priced').map((r) => [r.model.id, r.gap ?? r.missing]),
    );
    expect(summary.skipped.map((r) => r.model.id)).toEqual(['acme-5.2', 'acme-retired']);
    expect(summarizeComparison(summary.skipped)).toEqual({ skipped: summary.skipped });
  });

  it('exports the seller, region and tier of each row, and why a row has no price', () => {
    const flex = { ...chat, serviceTier: 'flex' as const };
    const rows = priceModels(testCatalog, ['acme-5.2', 'acme-plain'], flex, date, {
      'acme-5.2': { seller: 'cloudy', region: 'global' },
    });
    const table = comparisonTable(rows, 'csv', { ...options, date });
    const at = (name: string) => table.headers.indexOf(name);
    expect(table.rows.map((r) => [r[at('Seller')], r[at('Region')], r[at('Service tier')]])).toEqual([
      ['Cloudy', 'global', 'Flex'],
      ['Acme AI', '', 'Flex'],
    ]);
    expect(table.rows[0]![at('Per task (USD)')]).toBe('');
    expect(table.rows[0]!.at(-1)).toBe('Tier not offered: this seller does not sell Flex.');
  });

  it('offers the sellers that sell the model, the creator first, and shows a chosen offer that is gone as such', () => {
    const keys = (choices: readonly { key: string; offered: boolean }[]) => choices.map((c) => [c.key, c.offered]);
    expect(keys(offerChoices(testCatalog, acme52, { seller: 'acme' }))).toEqual([
      ['acme', true],
      ['cloudy/global', true],
      ['cloudy/regional', true],
    ]);
    expect(offerChoices(testCatalog, acme52, { seller: 'acme' }).map((c) => c.label)).toEqual([
      'Acme AI',
      'Cloudy (global)',
      'Cloudy (regional)',
    ]);
    expect(keys(offerChoices(testCatalog, acme52, { seller: 'searchy' })).at(-1)).toEqual(['searchy', false]);
  });

  it('defaults to the offer of the seller whose page the model was found on, else the creator’s', () => {
    expect(defaultOffer(testCatalog, acme52, 'https://cloudy.example/pricing')).toEqual({ seller: 'cloudy', region: 'global' });
    expect(defaultOffer(testCatalog, acme52, 'https://example.com/acme/pricing')).toEqual({ seller: 'acme' });
    expect(defaultOffer(testCatalog, acme52)).toEqual({ seller: 'acme' });
    // Cloudy does not sell Acme o3: on Cloudy's page it is compared at its creator's price.
    const o3 = findModel(testCatalog, 'acme-o3')!;
    expect(defaultOffer(testCatalog, o3, 'https://cloudy.example/pricing')).toEqual({ seller: 'acme' });
    expect(storedOffer(acme52, { seller: 'acme' })).toBeUndefined();
    expect(storedOffer(acme52, { seller: 'cloudy', region: 'global' })).toEqual({ seller: 'cloudy', region: 'global' });
  });

  it('says a creator that only hosts sell for does not offer its model, and lists it as such', () => {
    // An open-weight model of the real catalog: no first-party prices, sold by hosts.
    const hosted = catalog.models.find((m) => m.prices.length === 0 && m.offers.length > 0)!;
    expect(hosted).toBeDefined();
    const [row] = priceModels(catalog, [hosted.id], chat, '2026-11-30');
    expect(row!.gap).toBe('no-offer');
    expect(unpricedReason(row!, words)).toBe('Not offered by this seller');
    const choices = offerChoices(catalog, hosted, row!.offer);
    expect(choices[0]).toMatchObject({ offer: { seller: hosted.vendor }, offered: false });
    expect(choices.slice(1).every((c) => c.offered)).toBe(true);
  });
});
