// What a page names: matches summarised per model, and the badge that counts them.
import { describe, expect, it } from 'vitest';
import { badgeText, summarizeMatches } from '../../utils/tab-models';

const match = (modelId: string, text = modelId, known = true) => ({ modelId, text, known, start: 0, end: text.length });

describe('summarizeMatches', () => {
  it('counts mentions per model in order of first mention', () => {
    const page = summarizeMatches('https://openai.com/api/pricing', [
      match('gpt-5.2', 'GPT-5.2'),
      match('o3'),
      match('gpt-5.2', 'gpt-5.2'),
      match('gpt-7', 'GPT-7', false),
    ]);
    expect(page).toEqual({
      url: 'https://openai.com/api/pricing',
      models: [
        { modelId: 'gpt-5.2', known: true, mentions: 2, text: 'GPT-5.2' },
        { modelId: 'o3', known: true, mentions: 1, text: 'o3' },
        { modelId: 'gpt-7', known: false, mentions: 1, text: 'GPT-7' },
      ],
    });
  });
});

describe('badgeText', () => {
  it.each([
    [null, ''],
    [{ url: 'u', models: [] }, ''],
    [{ url: 'u', models: [match('a')].map((m) => ({ ...m, mentions: 1 })) }, '1'],
    [
      { url: 'u', models: Array.from({ length: 120 }, (_, i) => ({ modelId: `m${i}`, known: true, mentions: 1, text: '' })) },
      '99+',
    ],
  ])('shows %j as %j', (page, text) => {
    expect(badgeText(page)).toBe(text);
  });
});
