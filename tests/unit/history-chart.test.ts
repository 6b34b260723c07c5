// The lineage history as a step line: the newest model of the line at each date, with every change marked.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { findModel } from '../../utils/catalog';
import { axisTicks, historyChart, labelledMarks, timeScale, valueScale, type HistoryChart } from '../../utils/history-chart';
import { testCatalog } from '../fixtures/test-catalog';

describe('historyChart', () => {
  it('follows a lineage: each successor takes over at its first price', () => {
    const chart = historyChart(testCatalog, findModel(testCatalog, 'acme-5.2')!, '2026-06-01')!;
    expect(chart.steps.map((s) => [s.modelId, s.from, s.to, s.input, s.output])).toEqual([
      ['acme-5', '2025-08-07', '2025-11-13', 1.25, 10],
      ['acme-5.1', '2025-11-13', '2025-12-11', 1.25, 10],
      ['acme-5.2', '2025-12-11', '2026-06-01', 1.75, 14],
    ]);
    expect(chart.marks.map((m) => [m.date, m.kind, m.previousName, m.change.input])).toEqual([
      ['2025-11-13', 'successor', 'Acme-5', 0],
      ['2025-12-11', 'successor', 'Acme-5.1', 40],
    ]);
    expect(chart.max).toBe(14);
  });

  it("marks a model's own price change", () => {
    const chart = historyChart(testCatalog, findModel(testCatalog, 'acme-o3')!, '2026-01-01')!;
    expect(chart.marks).toEqual([
      expect.objectContaining({
        date: '2025-06-10',
        kind: 'price',
        change: expect.objectContaining({ input: -80, output: -80 }),
      }),
    ]);
  });

  it('stops at the day asked, and at a retirement', () => {
    expect(historyChart(testCatalog, findModel(testCatalog, 'acme-o3')!, '2025-05-01')!.steps).toEqual([
      expect.objectContaining({ from: '2025-04-16', to: '2025-05-01', input: 10 }),
    ]);
    expect(historyChart(testCatalog, findModel(testCatalog, 'acme-retired')!, '2026-01-01')!.steps[0]!.to).toBe('2025-07-14');
    expect(historyChart(testCatalog, findModel(testCatalog, 'acme-unpriced')!, '2026-01-01')).toBeUndefined();
  });

  it('tells the real lines the design names: GPT-5 → 5.1 → 5.2, Gemini 1.5 Pro → 2.5 Pro → 3 Pro, Opus 4.1 → 4.5', () => {
    const gpt = historyChart(catalog, findModel(catalog, 'gpt-5.2')!, '2026-01-01')!;
    expect(gpt.steps.map((s) => s.modelId).slice(-3)).toEqual(['gpt-5', 'gpt-5.1', 'gpt-5.2']);
    const gemini = historyChart(catalog, findModel(catalog, 'gemini-3-pro-preview')!, '2026-01-01')!;
    expect(gemini.steps.map((s) => s.modelId)).toEqual(
      expect.arrayContaining(['gemini-1.5-pro', 'gemini-2.5-pro', 'gemini-3-pro-preview']),
    );
    const opus = historyChart(catalog, findModel(catalog, 'claude-opus-4-5')!, '2026-01-01')!;
    expect(opus.marks.at(-1)).toMatchObject({
      modelId: 'claude-opus-4-5',
      previousName: 'Claude Opus 4.1',
      change: expect.objectContaining({ input: expect.closeTo(-66.67, 1) }),
    });
  });
});

describe('axisTicks', () => {
  it.each([
    [0, 14, false, [0, 5, 10]],
    [0, 0.6, false, [0, 0.2, 0.4, 0.6]],
    [0.5, 90, true, [0.5, 2, 10, 50]],
    [1, 4, true, [1, 2]],
  ])('between %s and %s (log %s) gives %j', (bottom, top, log, ticks) => {
    expect(axisTicks(bottom, top, log)).toEqual(ticks);
  });
});

describe('the chart scales', () => {
  const chartOf = (steps: [from: string, to: string, input: number, output: number][]): HistoryChart => ({
    start: steps[0]![0],
    end: steps.at(-1)![1],
    steps: steps.map(([from, to, input, output]) => ({ from, to, input, output, modelId: 'm', modelName: 'M' })),
    marks: [],
    max: Math.max(...steps.flatMap(([, , i, o]) => [i, o])),
  });

  it('is linear within a 20-fold range, from zero, with headroom above the dearest price', () => {
    const scale = valueScale(chartOf([['2025-01-01', '2025-06-01', 1.25, 10]]));
    expect(scale.log).toBe(false);
    expect(scale.bottom).toBe(0);
    expect(scale.at(0)).toBe(0);
    expect(scale.at(10)).toBeCloseTo(1 / 1.15, 12);
  });

  it('turns logarithmic past a 20-fold range, so that cheap recent prices do not lie flat', () => {
    const scale = valueScale(
      chartOf([
        ['2024-01-01', '2025-01-01', 60, 240],
        ['2025-01-01', '2026-01-01', 0.4, 1.6],
      ]),
    );
    expect(scale.log).toBe(true);
    // Equal ratios are equal distances.
    expect(scale.at(1.6) - scale.at(0.4)).toBeCloseTo(scale.at(240) - scale.at(60), 12);
    expect(scale.at(0.4)).toBeGreaterThan(0);
    expect(scale.ticks.length).toBeLessThanOrEqual(4);
  });

  it('survives a free model (all prices zero)', () => {
    const scale = valueScale(chartOf([['2025-01-01', '2025-06-01', 0, 0]]));
    expect(scale.log).toBe(false);
    expect(scale.top).toBe(1);
    expect(Number.isFinite(scale.at(0))).toBe(true);
  });

  it('spans at least 30 days and marks each new year', () => {
    const short = timeScale(chartOf([['2025-12-30', '2025-12-31', 1, 2]]));
    expect((short.endMs - short.startMs) / 86_400_000).toBe(30);
    expect(short.years).toEqual([{ year: 2026, at: 2 / 30 }]);
    const long = timeScale(chartOf([['2024-06-01', '2026-06-01', 1, 2]]));
    expect(long.years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(long.at('2024-06-01')).toBe(0);
    expect(long.at('2026-06-01')).toBe(1);
  });

  it('labels a change mark only when it clears the previous label', () => {
    expect([...labelledMarks([0, 10, 40, 50, 80], 34)]).toEqual([0, 2, 4]);
    expect([...labelledMarks([], 34)]).toEqual([]);
  });
});

describe('feed-sourced steps', () => {
  it('carry their origin, so that the chart can draw them apart from checked prices', () => {
    const catalog = structuredClone(testCatalog);
    const model = catalog.models.find((m) => m.id === 'acme-5.2')!;
    model.prices[model.prices.length - 1] = { ...model.prices.at(-1)!, origin: 'feed' };
    const chart = historyChart(catalog, model, '2026-06-01')!;
    expect(chart.steps.at(-1)).toMatchObject({ modelId: 'acme-5.2', origin: 'feed' });
    expect(chart.steps.slice(0, -1).every((s) => s.origin === undefined)).toBe(true);
  });
});
