// Saved usage reports in local storage (never synced): read, save, delete; an unreadable value is never written over.
import { storage } from 'wxt/utils/storage';
import { savedReportsSchema, type SavedReport, type SavedReports } from '../utils/usage/saved-reports';
import { logger } from './log';

const log = logger('usage');
const item = storage.defineItem<unknown>('local:usageReports');

export class UnreadableSavedReports extends Error {}

async function read(): Promise<SavedReports> {
  const raw = await item.getValue();
  if (raw === null || raw === undefined) return { v: 1, reports: [] };
  const parsed = savedReportsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  log.error('the saved usage reports are unreadable; they are left as they are', parsed.error.message);
  throw new UnreadableSavedReports(parsed.error.message);
}

export async function listSavedReports(): Promise<SavedReport[]> {
  return (await read()).reports;
}

export async function saveReport(report: SavedReport): Promise<void> {
  const current = await read();
  await item.setValue({ v: 1, reports: [...current.reports, report] } satisfies SavedReports);
}

export async function deleteSavedReport(id: string): Promise<void> {
  const current = await read();
  await item.setValue({ v: 1, reports: current.reports.filter((r) => r.id !== id) } satisfies SavedReports);
}
