// Saved usage reports: version 1 read from its fixture and re-priced, saved and deleted, an unreadable value never written over.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalog } from '../../pricing-data/index';
import { findModel, priceAt } from '../../utils/catalog';
import { buildUsageReport } from '../../utils/usage/report';
import { savedFiles, savedReportsSchema, toSavedReport } from '../../utils/usage/saved-reports';
import { deleteSavedReport, listSavedReports, saveReport, UnreadableSavedReports } from '../../extension/usage-reports';

const v1 = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/storage/usage-reports.v1.json'), 'utf8')) as unknown;

beforeEach(() => fakeBrowser.reset());

describe('saved usage reports', () => {
  it('reads version 1 and prices it again at the list price of each record day', async () => {
    await fakeBrowser.storage.local.set({ usageReports: v1 });
    const [saved] = await listSavedReports();
    const report = buildUsageReport(savedFiles(saved!), catalog, { date: '2026-11-27', reprice: [] });
    const s = priceAt(findModel(catalog, 'claude-sonnet-4-5')!, '2025-10-20')!;
    expect(report.totalUsd).toBeCloseTo((3_000 * s.input + 3_000 * s.cachedInput! + 700 * s.output) / 1e6, 6);
    expect(report.reportedUsd).toBeCloseTo(0.0285, 6);
    expect(report.files[1]!.errors).toEqual(['bad.csv: the file is empty']);
  });

  it('saves, lists and deletes', async () => {
    const files = savedFiles(savedReportsSchema.parse(v1).reports[0]!);
    await saveReport(toSavedReport('a', '2026-11-30T00:00:00.000Z', files));
    await saveReport(toSavedReport('b', '2026-11-30T01:00:00.000Z', files));
    expect((await listSavedReports()).map((r) => r.id)).toEqual(['a', 'b']);
    await deleteSavedReport('a');
    expect((await listSavedReports()).map((r) => r.id)).toEqual(['b']);
  });

  it('refuses to write over an unreadable value, and keeps it', async () => {
    await fakeBrowser.storage.local.set({ usageReports: { v: 1, reports: [{ id: 7 }] } });
    await expect(listSavedReports()).rejects.toBeInstanceOf(UnreadableSavedReports);
    await expect(saveReport(toSavedReport('c', '2026-11-30T00:00:00.000Z', []))).rejects.toBeInstanceOf(UnreadableSavedReports);
    expect(await fakeBrowser.storage.local.get('usageReports')).toEqual({ usageReports: { v: 1, reports: [{ id: 7 }] } });
  });
});
