// The schema of saved usage reports (kept only when the user clicks "Save report"): the merged records, re-priced when opened.
import * as z from 'zod/mini';
import { usageFormats, type UsageFileResult } from './read-file';

const tokens = z.number().check(z.minimum(0));

export const usageRecordSchema = z.strictObject({
  day: z.iso.date(),
  spelling: z.string(),
  seller: z.optional(z.string()),
  requests: tokens,
  uncachedInput: tokens,
  cachedInput: tokens,
  cacheWrite5m: tokens,
  cacheWrite1h: tokens,
  output: tokens,
  reasoning: tokens,
  webSearches: tokens,
  serviceTier: z.string(),
  longContext: z.boolean(),
  reportedUsd: z.optional(z.number()),
});

export const savedReportSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  /** ISO date-time of the save. */
  savedAt: z.string(),
  /** The files read, with their formats, records (merged by pricing conditions) and skipped-line counts. */
  files: z.array(
    z.strictObject({
      file: z.string(),
      format: z.nullable(z.enum(usageFormats)),
      recordsRead: z.number(),
      skipped: z.number(),
      errors: z.array(z.string()),
      records: z.array(usageRecordSchema),
    }),
  ),
});

/** Version 1: `{ v: 1, reports: [...] }`. */
export const savedReportsSchema = z.strictObject({ v: z.literal(1), reports: z.array(savedReportSchema) });

export type SavedReport = z.infer<typeof savedReportSchema>;
export type SavedReports = z.infer<typeof savedReportsSchema>;

/** A report to save from what was read (skipped-line details are left out: the counts stay). */
export function toSavedReport(id: string, savedAt: string, files: readonly UsageFileResult[]): SavedReport {
  return {
    id,
    savedAt,
    files: files.map((f) => ({
      file: f.file,
      format: f.format,
      recordsRead: f.recordsRead,
      skipped: f.skipped,
      errors: f.errors,
      records: f.records,
    })),
  };
}

/** The files of a saved report, as the report builder reads them. */
export function savedFiles(report: SavedReport): UsageFileResult[] {
  return report.files.map((f) => ({ ...f, skippedLines: [] }));
}
