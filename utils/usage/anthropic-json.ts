// Anthropic's usage report JSON (Admin API `usage_report/messages` and the analytics usage API).
import { readBucketResults } from './buckets';
import { type RecordSink, UNGROUPED_SPELLING, type UsageRecord } from './record';
import { count, dayOfIso, normaliseTier, objectOf, scalarText } from './text';

export function isAnthropicUsageJson(doc: Record<string, unknown>): boolean {
  if (!Array.isArray(doc.data)) return false;
  return doc.data.some((bucket) => {
    const results = objectOf(bucket)?.results;
    return Array.isArray(results) && results.some((r) => objectOf(r) && 'uncached_input_tokens' in (r as object));
  });
}

export function readAnthropicUsageJson(doc: Record<string, unknown>, sink: RecordSink): void {
  readBucketResults(doc, sink, (fields) => dayOfIso(fields.starting_at, 'starting_at'), toRecord);
}

function toRecord(day: string, result: Record<string, unknown>): UsageRecord {
  const creation = objectOf(result.cache_creation) ?? {};
  const tools = objectOf(result.server_tool_use) ?? {};
  return {
    day,
    spelling: typeof result.model === 'string' && result.model !== '' ? result.model : UNGROUPED_SPELLING,
    seller: 'anthropic',
    // The report does not count requests.
    requests: 0,
    uncachedInput: count(result.uncached_input_tokens, 'uncached_input_tokens'),
    cachedInput: count(result.cache_read_input_tokens, 'cache_read_input_tokens'),
    cacheWrite5m: count(creation.ephemeral_5m_input_tokens, 'cache_creation.ephemeral_5m_input_tokens'),
    cacheWrite1h: count(creation.ephemeral_1h_input_tokens, 'cache_creation.ephemeral_1h_input_tokens'),
    output: count(result.output_tokens, 'output_tokens'),
    reasoning: 0,
    webSearches: count(tools.web_search_requests, 'server_tool_use.web_search_requests'),
    serviceTier: normaliseTier(result.service_tier),
    longContext: scalarText(result.context_window).toLowerCase().startsWith('200k-'),
  };
}
