// OpenAI's dashboard Activity CSV (`completions_usage_<from>_<to>.csv`): one row per bucket and model.
import { csvReader } from './csv-reader';
import { type LineReader, type RecordSink, UNGROUPED_SPELLING } from './record';
import { bool, count, dayOfIso, dayOfUnixSeconds, normaliseTier } from './text';

/** Whether a header is this format's. */
export function isOpenAiCsv(columns: readonly string[]): boolean {
  return (
    ['model', 'num_model_requests', 'input_tokens', 'output_tokens'].every((c) => columns.includes(c)) &&
    (columns.includes('start_time') || columns.includes('start_time_iso'))
  );
}

export function openAiCsvReader(columns: readonly string[], sink: RecordSink): LineReader {
  return csvReader(columns, sink, (row) => {
    const iso = row('start_time_iso');
    const day = iso ? dayOfIso(iso, 'start_time_iso') : dayOfUnixSeconds(row('start_time'), 'start_time');
    const input = count(row('input_tokens'), 'input_tokens');
    const cached = count(row('input_cached_tokens'), 'input_cached_tokens');
    const writes = count(row('input_cache_write_tokens'), 'input_cache_write_tokens');
    const uncachedField = row('input_uncached_tokens');
    // input_tokens includes cached and cache-write tokens.
    const uncached = uncachedField ? count(uncachedField, 'input_uncached_tokens') : input - cached - writes;
    if (uncached < 0) throw new Error('input_cached_tokens and input_cache_write_tokens exceed input_tokens');
    return {
      day,
      spelling: row('model')?.trim() || UNGROUPED_SPELLING,
      seller: 'openai',
      requests: count(row('num_model_requests'), 'num_model_requests'),
      uncachedInput: uncached,
      cachedInput: cached,
      cacheWrite5m: writes,
      cacheWrite1h: 0,
      output: count(row('output_tokens'), 'output_tokens'),
      reasoning: 0,
      webSearches: 0,
      serviceTier: normaliseTier(row('service_tier'), bool(row('batch'), 'batch')),
      longContext: false,
    };
  });
}
