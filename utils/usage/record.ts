// The one usage record every import format is read into, and the sinks the format readers write to.
import type { TokenUsage } from '../cost';

/** Token usage of one model on one day under one set of conditions; counts are tokens. */
export interface UsageRecord extends TokenUsage {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  /** The model as the file wrote it (`gpt-5-2025-08-07`, `anthropic/claude-4.5-sonnet-20250929`). */
  spelling: string;
  /** Who served it, when the file says (OpenRouter's provider). */
  seller?: string;
  requests: number;
  webSearches: number;
  /**
   * How it was served. `standard`, `batch` (at the batch discount), `flex`, `priority` and `fast` are
   * priced; any other tier is kept as the file wrote it and shown as not priceable.
   */
  serviceTier: string;
  /** Billed at the model's long-context tier (Anthropic's `200k-1M` rows). */
  longContext: boolean;
  /** USD the file says was billed, when it says. */
  reportedUsd?: number;
}

/**
 * The spelling of usage a file does not break down by model (OpenAI's and Anthropic's reports when not
 * grouped by model): a stable code, kept as is in the data and the CSV, worded for people where shown.
 */
export const UNGROUPED_SPELLING = '(model not grouped)';

/** A line the reader could not use: kept as a count with its line number, never dropped unseen. */
export interface SkippedLine {
  line: number;
  reason: string;
}

export interface RecordSink {
  record(record: UsageRecord): void;
  skip(line: number, reason: string): void;
}

/** A format's reader: fed one line at a time (without its line break), then ended. */
export interface LineReader {
  line(text: string, lineNumber: number): void;
  /** Called once at the end of the file; throws when the file turned out truncated or unreadable. */
  end(): void;
}

export const tokenFields = [
  'requests',
  'uncachedInput',
  'cachedInput',
  'cacheWrite5m',
  'cacheWrite1h',
  'output',
  'reasoning',
  'webSearches',
] as const;

/** An empty record of these conditions. */
export function emptyRecord(
  day: string,
  spelling: string,
  serviceTier: string,
  longContext = false,
  seller?: string,
): UsageRecord {
  return {
    day,
    spelling,
    ...(seller ? { seller } : {}),
    requests: 0,
    uncachedInput: 0,
    cachedInput: 0,
    cacheWrite5m: 0,
    cacheWrite1h: 0,
    output: 0,
    reasoning: 0,
    webSearches: 0,
    serviceTier,
    longContext,
  };
}

/** The conditions a record is priced under: records with the same key add up without loss. */
export function recordKey(r: UsageRecord): string {
  return [r.day, r.spelling, r.seller ?? '', r.serviceTier, r.longContext ? 'long' : ''].join('\u0000');
}

/** Adds `from` into `into` (same key). */
export function addRecord(into: UsageRecord, from: UsageRecord): void {
  for (const field of tokenFields) into[field] += from[field];
  if (from.reportedUsd !== undefined) into.reportedUsd = (into.reportedUsd ?? 0) + from.reportedUsd;
}

/** Keeps records merged by their pricing conditions, so that a 100 MB log stays a few hundred records. */
export class RecordTotals {
  private readonly byKey = new Map<string, UsageRecord>();

  add(record: UsageRecord): void {
    const key = recordKey(record);
    const existing = this.byKey.get(key);
    if (existing) addRecord(existing, record);
    else this.byKey.set(key, { ...record });
  }

  records(): UsageRecord[] {
    return [...this.byKey.values()];
  }
}
