// What a page names: matches summarised per model, and the badge that counts them.
import { describe, expect, it } from 'vitest';
import {
  badgeText,
  capPageModels,
  MAX_NAME_LENGTH,
  MAX_PAGE_BYTES,
  MAX_PAGE_MODELS,
  MAX_URL_LENGTH,
  leftPage,
  summarizeMatches,
  type PageModel,
} from '../../utils/tab-models';

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

const model = (modelId: string, text = modelId): PageModel => ({ modelId, known: false, mentions: 1, text });
const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe('capPageModels: what one tab may put in session storage', () => {
  it('keeps a normal report as it is', () => {
    const report = { url: 'https://openai.com/api/pricing', models: [model('gpt-5.2'), model('o3')] };
    expect(capPageModels(report)).toEqual(report);
  });

  it('drops a "name" longer than any model name, and counts it as omitted', () => {
    const huge = 'gpt-' + 'x'.repeat(6_000_000);
    const capped = capPageModels({ url: 'https://example.net/', models: [model('o3'), model(huge.toLowerCase(), huge)] });
    expect(capped.models.map((m) => m.modelId)).toEqual(['o3']);
    expect(capped.omitted).toBe(1);
    // One character under the limit stays.
    const longest = 'm'.repeat(MAX_NAME_LENGTH);
    expect(capPageModels({ url: 'u', models: [model(longest)] }).models).toHaveLength(1);
    expect(capPageModels({ url: 'u', models: [model(longest + 'm')] }).models).toHaveLength(0);
  });

  it('keeps at most the first models in order of mention', () => {
    const models = Array.from({ length: 5_000 }, (_, i) => model(`m${i}`));
    const capped = capPageModels({ url: 'u', models });
    expect(capped.models).toHaveLength(MAX_PAGE_MODELS);
    expect(capped.models[0]!.modelId).toBe('m0');
    expect(capped.omitted).toBe(5_000 - MAX_PAGE_MODELS);
  });

  it('stays within its byte budget, multi-byte names included, and cuts an over-long address', () => {
    // 200 names of 100 four-byte characters would be 80 kB: the budget stops them earlier.
    const models = Array.from({ length: MAX_PAGE_MODELS }, (_, i) => model(`m${i}`, '😀'.repeat(MAX_NAME_LENGTH / 2)));
    const capped = capPageModels({ url: 'https://example.net/' + 'p'.repeat(100_000), models });
    expect(capped.url).toHaveLength(MAX_URL_LENGTH);
    expect(bytes(capped)).toBeLessThanOrEqual(MAX_PAGE_BYTES);
    expect(capped.models.length).toBeGreaterThan(0);
    expect(capped.models.length + capped.omitted!).toBe(MAX_PAGE_MODELS);
  });

  it('caps what summarizeMatches reports from the page', () => {
    const matches = Array.from({ length: 800 }, (_, i) => match(`model-${i}`));
    const page = summarizeMatches('u', matches);
    expect(page.models).toHaveLength(MAX_PAGE_MODELS);
    expect(page.omitted).toBe(800 - MAX_PAGE_MODELS);
  });
});

describe('leftPage', () => {
  const reported = { url: 'https://openai.com/api/pricing#top', models: [] };
  it.each([
    [null, 'https://x.ai/', false],
    [reported, 'https://openai.com/api/pricing', false],
    [reported, 'https://openai.com/api/pricing#gpt', false],
    [reported, 'https://openai.com/api/other', true],
    [reported, undefined, true],
  ])('after %j, loading %s: %s', (page, url, left) => {
    expect(leftPage(page, url)).toBe(left);
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
