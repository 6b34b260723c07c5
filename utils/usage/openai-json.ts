// OpenAI's Usage API JSON (`/v1/organization/usage/completions`): buckets of results per model.
import { readBucketResults } from './buckets';
import { type RecordSink, UNGROUPED_SPELLING, type UsageRecord } from './record';
import { bool, count, dayOfUnixSeconds, normaliseTier, objectOf } from './text';

/** Whether a parsed document is this format's: buckets whose results count model requests. */
export function isOpenAiUsageJson(doc: Record<string, unknown>): boolean {
  const first = firstResult(doc);
  return first !== undefined && 'num_model_requests' in first && 'input_tokens' in first;
}

function firstResult(doc: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!Array.isArray(doc.data)) return undefined;
  for (const bucket of doc.data) {
    const results = objectOf(bucket)?.results;
    if (Array.isArray(results) && results.length > 0) return objectOf(results[0]);
  }
  return undefined;
}

export function readOpenAiUsageJson(doc: Record<string, unknown>, sink: RecordSink): void {
  readBucketResults(doc, sink, (fields) => dayOfUnixSeconds(fields.start_time, 'start_time'), toRecord);
}

function toRecord(day: string, result: Record<string, unknown>): UsageRecord {
  const input = count(result.input_tokens, 'input_tokens');
  const cached = count(result.input_cached_tokens, 'input_cached_tokens');
  const writes = count(result.input_cache_write_tokens, 'input_cache_write_tokens');
  // input_tokens includes cached and cache-write tokens.
  const uncached =
    result.input_uncached_tokens != null ? count(result.input_uncached_tokens, 'input_uncached_tokens') : input - cached - writes;
  if (uncached < 0) throw new Error('input_cached_tokens and input_cache_write_tokens exceed input_tokens');
  return {
    day,
    spelling: typeof result.model === 'string' && result.model !== '' ? result.model : UNGROUPED_SPELLING,
    seller: 'openai',
    requests: count(result.num_model_requests, 'num_model_requests'),
    uncachedInput: uncached,
    cachedInput: cached,
    cacheWrite5m: writes,
    cacheWrite1h: 0,
    output: count(result.output_tokens, 'output_tokens'),
    reasoning: 0,
    webSearches: 0,
    serviceTier: normaliseTier(result.service_tier, bool(result.batch, 'batch')),
    longContext: false,
  };
}
