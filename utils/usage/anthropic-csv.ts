// Anthropic Console usage CSV, with its older variants (no inference_geo/speed/web_search_count; no context_window).
import { csvReader } from './csv-reader';
import type { LineReader, RecordSink } from './record';
import { count, dayOfIso, normaliseTier } from './text';

export function isAnthropicCsv(columns: readonly string[]): boolean {
  return ['usage_date_utc', 'model_version', 'usage_input_tokens_no_cache', 'usage_output_tokens'].every((c) =>
    columns.includes(c),
  );
}

/** `usage_type` / `speed` as a service tier: batch rows at the batch rate, fast mode at its own. */
function tierOf(usageType: string | undefined, speed: string | undefined): string {
  const type = (usageType ?? '').toLowerCase();
  if (type.includes('batch')) return 'batch';
  if ((speed ?? '').trim().toLowerCase() === 'fast') return 'fast';
  return normaliseTier(type.includes('priority') ? 'priority' : 'standard');
}

export function anthropicCsvReader(columns: readonly string[], sink: RecordSink): LineReader {
  return csvReader(columns, sink, (row) => ({
    day: dayOfIso(row('usage_date_utc'), 'usage_date_utc'),
    spelling: row('model_version')?.trim() || '(no model)',
    seller: 'anthropic',
    // The Console does not count requests.
    requests: 0,
    uncachedInput: count(row('usage_input_tokens_no_cache'), 'usage_input_tokens_no_cache'),
    cachedInput: count(row('usage_input_tokens_cache_read'), 'usage_input_tokens_cache_read'),
    cacheWrite5m: count(row('usage_input_tokens_cache_write_5m'), 'usage_input_tokens_cache_write_5m'),
    cacheWrite1h: count(row('usage_input_tokens_cache_write_1h'), 'usage_input_tokens_cache_write_1h'),
    output: count(row('usage_output_tokens'), 'usage_output_tokens'),
    reasoning: 0,
    webSearches: count(row('web_search_count'), 'web_search_count'),
    serviceTier: tierOf(row('usage_type'), row('speed')),
    longContext: (row('context_window') ?? '').trim().toLowerCase().startsWith('200k-'),
  }));
}
