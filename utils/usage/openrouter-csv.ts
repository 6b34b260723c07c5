// OpenRouter's activity CSV: one row per generation; `cost_total` is what was billed (USD).
import { csvReader } from './csv-reader';
import type { LineReader, RecordSink } from './record';
import { count, dayOfIso, usd } from './text';

export function isOpenRouterCsv(columns: readonly string[]): boolean {
  return ['generation_id', 'created_at', 'tokens_prompt', 'tokens_completion'].every((c) => columns.includes(c));
}

export function openRouterCsvReader(columns: readonly string[], sink: RecordSink): LineReader {
  return csvReader(columns, sink, (row) => {
    const prompt = count(row('tokens_prompt'), 'tokens_prompt');
    const cached = count(row('tokens_cached'), 'tokens_cached');
    if (cached > prompt) throw new Error('tokens_cached exceeds tokens_prompt');
    const reportedUsd = usd(row('cost_total'), 'cost_total');
    const seller = row('provider_name')?.trim();
    return {
      day: dayOfIso(row('created_at'), 'created_at'),
      spelling: (row('model_permaslug') ?? row('model'))?.trim() || '(no model)',
      ...(seller ? { seller } : {}),
      requests: 1,
      // tokens_prompt includes the cached tokens; tokens_completion the reasoning tokens.
      uncachedInput: prompt - cached,
      cachedInput: cached,
      cacheWrite5m: 0,
      cacheWrite1h: 0,
      output: count(row('tokens_completion'), 'tokens_completion'),
      reasoning: count(row('tokens_reasoning'), 'tokens_reasoning'),
      webSearches: 0,
      serviceTier: 'standard',
      longContext: false,
      ...(reportedUsd !== undefined ? { reportedUsd } : {}),
    };
  });
}
