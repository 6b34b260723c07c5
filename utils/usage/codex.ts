// Codex CLI rollout logs (JSONL): each turn's `last_token_usage`, on the model of the latest turn_context.
import type { LineReader, RecordSink } from './record';
import { count, dayOfIso, jsonLineObject, objectOf, errorText } from './text';

const CODEX_TYPES = new Set(['session_meta', 'turn_context', 'event_msg', 'response_item', 'compacted']);

export function isCodexLine(line: Record<string, unknown>): boolean {
  return typeof line.type === 'string' && CODEX_TYPES.has(line.type) && 'payload' in line;
}

export function codexReader(sink: RecordSink): LineReader {
  let model: string | undefined;
  let lastTotal: string | undefined;
  return {
    line(text, lineNumber) {
      const line = jsonLineObject(text, lineNumber, (at, reason) => sink.skip(at, reason));
      const payload = objectOf(line?.payload);
      if (!line || !payload) return;
      if (line.type === 'turn_context' && typeof payload.model === 'string') model = payload.model;
      if (line.type !== 'event_msg' || payload.type !== 'token_count') return;
      const info = objectOf(payload.info);
      const last = objectOf(info?.last_token_usage);
      if (!info || !last) return;
      // Codex repeats a token_count event with unchanged totals; only a new cumulative total is a new turn.
      const total = info.total_token_usage === undefined ? undefined : JSON.stringify(info.total_token_usage);
      if (total !== undefined && total === lastTotal) return;
      lastTotal = total;
      try {
        const input = count(last.input_tokens, 'input_tokens');
        const cached = count(last.cached_input_tokens, 'cached_input_tokens');
        if (cached > input) throw new Error('cached_input_tokens exceeds input_tokens');
        sink.record({
          day: dayOfIso(line.timestamp, 'timestamp'),
          spelling: model ?? '(no turn_context before this turn)',
          seller: 'openai',
          requests: 1,
          // input_tokens includes the cached tokens; output_tokens the reasoning tokens.
          uncachedInput: input - cached,
          cachedInput: cached,
          cacheWrite5m: 0,
          cacheWrite1h: 0,
          output: count(last.output_tokens, 'output_tokens'),
          reasoning: count(last.reasoning_output_tokens, 'reasoning_output_tokens'),
          webSearches: 0,
          serviceTier: 'standard',
          longContext: false,
        });
      } catch (error) {
        sink.skip(lineNumber, errorText(error));
      }
    },
    end() {},
  };
}
