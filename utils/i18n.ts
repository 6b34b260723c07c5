// UI text in the user's language: the @wxt-dev/i18n message files, looked up at run time so that the language can be switched.
import en from '../locales/en.json';
import zhCN from '../locales/zh_CN.json';

/** The languages TokenTag speaks, as extension locale codes. */
export const languages = ['en', 'zh_CN'] as const;
export type Language = (typeof languages)[number];

type Messages = typeof en;
/** A plural message: `0` (optional), `1` and `n` forms, as @wxt-dev/i18n writes them. */
type Plural = { 1: string; n: string; 0?: string };

/** Every message key, dotted (`popup.compare.title`). */
export type MessageKey = Keys<Messages>;
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string | Plural ? `${Prefix}${K}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type Translate = (
  key: MessageKey,
  ...args: (number | readonly (string | number)[] | Record<string, string | number>)[]
) => string;

const catalogs: Record<Language, unknown> = { en, zh_CN: zhCN };

function lookup(messages: unknown, key: string): string | Plural | undefined {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' || (typeof node === 'object' && node !== null && 'n' in node)
    ? (node as string | Plural)
    : undefined;
}

/** Replaces `$1`…`$9` (and `$$` for a dollar sign) and `{name}` placeholders. */
function substitute(message: string, positional: readonly (string | number)[], named: Record<string, string | number>): string {
  const withPositional = message.replace(/\$(\$|[1-9])/g, (match, which: string) =>
    which === '$' ? '$' : String(positional[Number(which) - 1] ?? match),
  );
  return withPositional.replace(/\{(\w+)\}/g, (match, name: string) => (name in named ? String(named[name]) : match));
}

/**
 * A translator with @wxt-dev/i18n's calling convention: `t(key)`, `t(key, ['a'])`, `t(key, { name })`,
 * `t(key, count)`, `t(key, count, ['a'])`. A key missing in the language falls back to English.
 */
export function createTranslator(language: Language): Translate {
  const messages = catalogs[language];
  const plurals = new Intl.PluralRules(intlLocale(language));
  return (key, ...args) => {
    let count: number | undefined;
    let positional: readonly (string | number)[] = [];
    let named: Record<string, string | number> = {};
    for (const arg of args) {
      if (typeof arg === 'number') count = arg;
      else if (Array.isArray(arg)) positional = arg;
      else named = arg as Record<string, string | number>;
    }
    if (count !== undefined && positional.length === 0) positional = [count];
    const found = lookup(messages, key) ?? lookup(en, key);
    if (found === undefined) return key;
    // The language's own plural rule picks the form (Chinese has one form; English "one" and "other").
    const message =
      typeof found === 'string'
        ? found
        : count === 0 && found[0] !== undefined
          ? found[0]
          : count !== undefined && plurals.select(count) === 'one'
            ? found[1]
            : found.n;
    return substitute(message, positional, named);
  };
}

/** The language to show: the user's choice, else the browser's (Chinese variants → zh_CN), else English. */
export function resolveLanguage(choice: 'auto' | Language, browserLanguage: string): Language {
  if (choice !== 'auto') return choice;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** The BCP 47 tag for Intl (`zh_CN` → `zh-CN`). */
export function intlLocale(language: Language): string {
  return language.replace('_', '-');
}

export interface Localization {
  language: Language;
  /** For Intl: `en`, `zh-CN`. */
  locale: string;
  t: Translate;
}

const translators = new Map<Language, Translate>();

/** The language to show for a setting and the browser's language, with its (shared) translator. */
export function localize(choice: 'auto' | Language, browserLanguage: string): Localization {
  const language = resolveLanguage(choice, browserLanguage);
  let t = translators.get(language);
  if (!t) translators.set(language, (t = createTranslator(language)));
  return { language, locale: intlLocale(language), t };
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** A calendar day (`YYYY-MM-DD`) in the one date format of the language: "Dec 31, 2026", "2026年12月31日". */
export function formatDay(day: string, locale: string): string {
  let format = dayFormats.get(locale);
  if (!format) dayFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' })));
  const ms = Date.parse(`${day}T00:00:00Z`);
  // A day that is not a date is shown as given rather than as "Invalid Date".
  return Number.isNaN(ms) ? day : format.format(ms);
}

const listFormats = new Map<string, Intl.ListFormat>();

/** Items joined as the language joins a list: "a, b, c", "a、b、c". */
export function formatList(items: readonly string[], locale: string): string {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' })));
  return format.format(items);
}
