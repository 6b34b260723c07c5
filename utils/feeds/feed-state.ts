// What TokenTag keeps about the live price feed: whether it is on, the last good download, and what went wrong last.
import * as z from 'zod/mini';
import { isoDate } from '../../pricing-data/schema';

const refSchema = z.object({ modelId: z.string(), seller: z.string() });
const ratesSchema = z.object({ input: z.number(), output: z.number(), cachedInput: z.optional(z.number()) });

export const feedReportSchema = z.object({
  added: z.array(refSchema),
  updated: z.array(z.extend(refSchema, { from: isoDate })),
  disagreements: z.array(z.extend(refSchema, { day: isoDate, bundled: ratesSchema, feed: ratesSchema })),
  rejected: z.array(z.object({ provider: z.string(), model: z.string(), reason: z.string() })),
});

export const feedStateSchema = z.object({
  /** The user turned the feed on (and granted its one host). */
  enabled: z.boolean(),
  /** The last good download: its text, the day it was made, and the server's ETag for a conditional request. */
  text: z.optional(z.string()),
  downloadedOn: z.optional(isoDate),
  etag: z.optional(z.string()),
  /** When the last good download (or "unchanged" answer) arrived, ISO time. */
  lastGood: z.optional(z.string()),
  /** When the background last asked, ISO time. */
  lastChecked: z.optional(z.string()),
  /** Why the last check failed; absent after a good one. */
  lastError: z.optional(z.string()),
  /** What the last good download changed. */
  report: z.optional(feedReportSchema),
});

export type FeedState = z.infer<typeof feedStateSchema>;

export const feedOff: FeedState = { enabled: false };

/** A check is due when the feed is on and the last one was a day or more ago (or never). */
export function feedCheckDue(state: FeedState, now: Date): boolean {
  if (!state.enabled) return false;
  if (state.lastChecked === undefined) return true;
  return now.getTime() - Date.parse(state.lastChecked) >= 24 * 60 * 60 * 1000;
}
