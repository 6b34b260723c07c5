// Claude Code session logs (JSONL): each API response's usage, counted once per (message.id, requestId).
import type { LineReader, RecordSink } from './record';
import { count, dayOfIso, jsonLineObject, normaliseTier, objectOf, errorText } from './text';

/** Whether a first JSON line looks like a Claude Code log line. */
export function isClaudeCodeLine(line: Record<string, unknown>): boolean {
  return 'sessionId' in line || ('uuid' in line && ('message' in line || line.type === 'summary')) || line.type === 'summary';
}

/**
 * `seen` is shared across the files of one import: Claude Code writes the same message once per
 * content block, and a resumed session repeats earlier lines in a new file.
 */
export function claudeCodeReader(sink: RecordSink, seen: Set<string> = new Set()): LineReader {
  return {
    line(text, lineNumber) {
      const line = jsonLineObject(text, lineNumber, (at, reason) => sink.skip(at, reason));
      if (!line || line.type !== 'assistant') return;
      const message = objectOf(line.message);
      const usage = objectOf(message?.usage);
      if (!message || !usage) return;
      const key = `${String(message.id)}\u0000${String(line.requestId)}`;
      if (seen.has(key)) return;
      seen.add(key);
      try {
        const creation = objectOf(usage.cache_creation);
        const writes = count(usage.cache_creation_input_tokens, 'cache_creation_input_tokens');
        // Older logs give only the total written; the 5-minute cache was then the only one.
        const write1h = creation ? count(creation.ephemeral_1h_input_tokens, 'ephemeral_1h_input_tokens') : 0;
        const write5m = creation ? count(creation.ephemeral_5m_input_tokens, 'ephemeral_5m_input_tokens') : writes;
        sink.record({
          day: dayOfIso(line.timestamp, 'timestamp'),
          spelling: typeof message.model === 'string' ? message.model : '(no model)',
          seller: 'anthropic',
          requests: 1,
          uncachedInput: count(usage.input_tokens, 'input_tokens'),
          cachedInput: count(usage.cache_read_input_tokens, 'cache_read_input_tokens'),
          cacheWrite5m: write5m,
          cacheWrite1h: write1h,
          output: count(usage.output_tokens, 'output_tokens'),
          reasoning: 0,
          webSearches: count(objectOf(usage.server_tool_use)?.web_search_requests, 'web_search_requests'),
          serviceTier: normaliseTier(usage.service_tier),
          longContext: false,
        });
      } catch (error) {
        sink.skip(lineNumber, errorText(error));
      }
    },
    end() {},
  };
}
