// UI text: the translator's conventions, language choice, and English and Chinese saying the same things.
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zh from '../../locales/zh_CN.json';
import { createTranslator, formatDay, formatList, intlLocale, resolveLanguage } from '../../utils/i18n';

/** Every leaf of a message tree, as dotted key → text (plural forms under `key.1`, `key.n`…). */
function leaves(tree: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree as Record<string, unknown>)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const placeholders = (text: string) => [...text.matchAll(/\$([1-9])|\{(\w+)\}/g)].map((m) => m[0]).sort();

describe('createTranslator', () => {
  const t = createTranslator('en');

  it('substitutes $1…$9, keeps $$ as a dollar sign, and picks plural forms', () => {
    expect(t('popup.compare.copyFailed', ['denied'])).toBe('Could not copy: denied');
    expect(t('common.models', 1)).toBe('1 model');
    expect(t('common.models', 237)).toBe('237 models');
    expect(t('popup.page.count', 3)).toBe('3 models named on this page');
  });

  it('falls back to English for a key a language lacks, and to the key itself when none has it', () => {
    expect(t('no.such.key' as never)).toBe('no.such.key');
  });

  it('speaks Chinese', () => {
    expect(createTranslator('zh_CN')('popup.tabs.compare')).toBe('比较');
  });
});

describe('the message files', () => {
  it('have the same keys in English and Chinese, with the same placeholders', () => {
    const english = leaves(en);
    const chinese = leaves(zh);
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) expect(placeholders(chinese.get(key)!), key).toEqual(placeholders(text));
  });

  it('use only key names the browser accepts (ASCII letters, digits, underscore)', () => {
    for (const key of leaves(en).keys())
      expect(
        key.split('.').every((part) => /^[A-Za-z0-9_]+$/.test(part)),
        key,
      ).toBe(true);
  });
});

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'zh-CN', 'zh_CN'],
    ['auto', 'zh-TW', 'zh_CN'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr', 'en'],
    ['en', 'zh-CN', 'en'],
    ['zh_CN', 'en-US', 'zh_CN'],
  ] as const)('%s with a %s browser is %s', (choice, browser, language) => {
    expect(resolveLanguage(choice, browser)).toBe(language);
    expect(intlLocale(language)).toBe(language.replace('_', '-'));
  });
});

describe('Intl: dates, lists and plurals', () => {
  it('writes a day in one format per language, and leaves a non-date as given', () => {
    expect(formatDay('2026-12-31', 'en')).toBe('Dec 31, 2026');
    expect(formatDay('2026-12-31', 'zh-CN')).toBe('2026年12月31日');
    // UTC, whatever the machine's time zone: the first of the month stays the first.
    expect(formatDay('2027-01-01', 'en')).toBe('Jan 1, 2027');
    expect(formatDay('someday', 'en')).toBe('someday');
  });

  it('joins a list as the language does', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, c');
    expect(formatList(['甲', '乙'], 'zh-CN')).toBe('甲、乙');
  });

  it('picks a plural form by the language rule', () => {
    const t = createTranslator('en');
    expect(t('common.models', 1)).toBe('1 model');
    expect(t('common.models', 2)).toBe('2 models');
    expect(t('common.models', 1.5)).toBe('1.5 models');
    expect(createTranslator('zh_CN')('common.models', 1)).toBe('1 个模型');
  });
});

describe('workload field labels', () => {
  it('do not repeat their unit ("Output tokens tokens")', () => {
    for (const messages of [en, zh]) {
      for (const [field, { label, unit }] of Object.entries(messages.options.fields)) {
        const words = unit.split(/\s+/).filter((w) => w.length > 0);
        for (const word of words)
          expect(label.toLowerCase(), `${field}: "${label}" + "${unit}"`).not.toContain(word.toLowerCase());
      }
    }
  });
});
