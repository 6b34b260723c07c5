// Model names in text: spellings that fold together, longest matches, word boundaries, unknown names.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { createDetector, foldName } from '../../utils/detect';

const detector = createDetector(catalog);
const found = (text: string) => detector.scan(text).map((m) => [m.text, m.known ? m.modelId : `?${m.modelId}`]);

describe('foldName', () => {
  it.each([
    ['GPT-5.2', 'gpt-5-2'],
    ['gpt 5.2', 'gpt-5-2'],
    ['gpt5.2', 'gpt-5-2'],
    ['gpt\u20115\u20112', 'gpt-5-2'],
    ['Claude Opus 4.5', 'claude-opus-4-5'],
    ['gemini-2.5-flash-lite', 'gemini-2-5-flash-lite'],
  ])('folds %j to %j', (spelling, key) => {
    expect(foldName(spelling)).toBe(key);
  });
});

describe('createDetector', () => {
  it.each([
    ['Try GPT-5.2 Pro today', [['GPT-5.2 Pro', 'gpt-5.2-pro']]],
    [
      'GPT 5.2, gpt-5-2 and gpt-5.2-2025-12-11',
      [
        ['GPT 5.2', 'gpt-5.2'],
        ['gpt-5-2', 'gpt-5.2'],
        ['gpt-5.2-2025-12-11', 'gpt-5.2'],
      ],
    ],
    [
      'Gemini 2.5 Flash-Lite beats Gemini 2.5 Flash',
      [
        ['Gemini 2.5 Flash-Lite', 'gemini-2.5-flash-lite'],
        ['Gemini 2.5 Flash', 'gemini-2.5-flash'],
      ],
    ],
    ['Gemini costs less; largo3 is a word', []],
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', [['claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5']]],
    ['openai/gpt-5.1', [['gpt-5.1', 'gpt-5.1']]],
    [
      'gpt-5-2025-08-07 is GPT-5',
      [
        ['gpt-5-2025-08-07', 'gpt-5'],
        ['GPT-5', 'gpt-5'],
      ],
    ],
    ['gpt-4o-2024-05-13 kept its price', [['gpt-4o-2024-05-13', 'gpt-4o-2024-05-13']]],
    [
      'GPT-7 and Claude Opus 9',
      [
        ['GPT-7', '?gpt-7'],
        ['Claude Opus 9', '?claude-opus-9'],
      ],
    ],
  ])('in %j finds %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('reports offsets into the scanned text', () => {
    const [match] = detector.scan('Price of o3: $2');
    expect(match).toMatchObject({ start: 9, end: 11, text: 'o3', modelId: 'o3', known: true });
  });
});
