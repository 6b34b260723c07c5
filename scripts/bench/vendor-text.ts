// Builds deterministic vendor-like text for the benchmarks: pricing tables, docs prose and model ids, with traps.
import type { Catalog } from '../../pricing-data/validate';
import { random } from '../../tests/fixtures/model-table';

const PROSE = (
  'the model supports tool calling structured outputs and streaming for every request you send to the API ' +
  'pricing is per million tokens and cached input is billed at a discount when the prompt prefix repeats ' +
  'batch requests complete within a day at half the price of synchronous calls with the same limits ' +
  'context windows differ by model and long prompts above the threshold are billed at the higher rate ' +
  'Gemini API quotas depend on your tier while largo3 and Pro1 are not model names nor is the minimum ' +
  'see the Chat Completions API reference and the Responses API guide for examples in Python and Node'
).split(' ');

/** About `bytes` of text (UTF-16 length) in which roughly one word in twelve is a model spelling. */
export function vendorText(catalog: Catalog, bytes: number, seed = 42): string {
  const next = random(seed);
  const spellings = catalog.models.flatMap((m) => [m.id, m.name, ...m.aliases]);
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    let chunk: string;
    if (next() < 0.4) {
      // A pricing-table row as a page's text content has it.
      chunk = `${pick(spellings)}\t$${(next() * 20).toFixed(2)}\t$${(next() * 2).toFixed(3)}\t$${(next() * 80).toFixed(2)}\n`;
    } else {
      const words: string[] = [];
      for (let i = 0; i < 24; i++) words.push(next() < 0.08 ? pick(spellings) : pick(PROSE));
      chunk = `${words.join(' ')}.\n`;
    }
    parts.push(chunk);
    length += chunk.length;
  }
  return parts.join('');
}
