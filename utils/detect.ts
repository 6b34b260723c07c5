// Finds model names in text: every catalog id, name and alias, compiled once into one matcher.
import type { Catalog } from '../pricing-data/validate';

export interface ModelMatch {
  /** The catalog id, or for an unknown model-shaped name, its folded spelling. */
  modelId: string;
  /** UTF-16 offsets of the mention in the scanned text (`end` exclusive). */
  start: number;
  end: number;
  /** The mention as written. */
  text: string;
  /** False for a name shaped like a model that the catalog does not have. */
  known: boolean;
}

export interface Detector {
  scan(text: string): ModelMatch[];
}

const isAlnum = (code: number) => (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
const isDigit = (code: number) => code >= 48 && code <= 57;

/** Characters that separate the words of a name: spaces, every Unicode hyphen and dash, dot, underscore. */
const SEPARATORS = new Set(
  [
    ' ',
    '\u00a0',
    '\u2009',
    '\u202f',
    '\u2007',
    '-',
    '\u2010',
    '\u2011',
    '\u2012',
    '\u2013',
    '\u2014',
    '\u2212',
    '\ufe63',
    '\uff0d',
    '.',
    '_',
  ].map((c) => c.charCodeAt(0)),
);

/**
 * Folds a spelling to its key: lower case, one separator between words (a single space, hyphen,
 * dot or underscore), and a separator between letters and digits, so that `GPT 5.2`, `gpt-5-2` and
 * `gpt5.2` all read `gpt-5-2`.
 */
export function foldName(spelling: string): string {
  let out = '';
  let previous = -1;
  for (let i = 0; i < spelling.length; i++) {
    const code = spelling.charCodeAt(i);
    if (isAlnum(code)) {
      if (previous >= 0 && isAlnum(previous) && isDigit(previous) !== isDigit(code)) out += '-';
      out += String.fromCharCode(code >= 65 && code <= 90 ? code + 32 : code);
      previous = code;
    } else if (SEPARATORS.has(code)) {
      if (previous >= 0 && isAlnum(previous)) out += '-';
      previous = 45;
    } else {
      out += spelling[i];
      previous = code;
    }
  }
  return out.replace(/-+$/, '');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  modelId?: string;
}

/** Snapshot suffixes that still mean the same model: dates, build numbers, `-latest`, Bedrock versions. */
const SNAPSHOT_SUFFIX = /^(?:[-@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{2}-\d{2}|\d{3}|latest)|-v\d+(?::\d+)?)(?![A-Za-z0-9])/;

/**
 * Names shaped like a model of a known family, for mentions the catalog lacks (`GPT-7`,
 * `Claude Opus 9`, `gemini-4-pro`): reported as unknown rather than dropped or mispriced.
 */
const MODEL_SHAPE = new RegExp(
  '^(?:' +
    [
      'gpt[- ]?\\d+(?:\\.\\d+)?o?(?:[- ](?:pro|mini|nano|codex|chat|turbo|preview))*',
      'o\\d(?:[- ](?:pro|mini|preview))*',
      'claude[- ](?:opus|sonnet|haiku|fable|mythos)[- ]\\d+(?:[.-]\\d+)?',
      'claude[- ]\\d+(?:[.-]\\d+)?[- ](?:opus|sonnet|haiku)',
      'gemini[- ]\\d+(?:\\.\\d+)?(?:[- ](?:pro|flash|ultra|nano|lite))*',
      'grok[- ]\\d+(?:\\.\\d+)?(?:[- ](?:fast|mini|heavy))*',
      'deepseek[- ][vr]\\d+(?:\\.\\d+)?',
    ].join('|') +
    ')(?![A-Za-z0-9])',
  'i',
);

export function createDetector(catalog: Catalog): Detector {
  const root: TrieNode = { next: new Map() };
  const insert = (spelling: string, modelId: string) => {
    let node = root;
    for (const ch of foldName(spelling)) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map() }));
      node = child;
    }
    node.modelId ??= modelId;
  };
  for (const model of catalog.models) {
    insert(model.id, model.id);
    insert(model.name, model.id);
    for (const alias of model.aliases) insert(alias, model.id);
  }

  return {
    scan(text) {
      const matches: ModelMatch[] = [];
      let i = 0;
      while (i < text.length) {
        const code = text.charCodeAt(i);
        const atBoundary = isAlnum(code) && (i === 0 || !isAlnum(text.charCodeAt(i - 1)));
        if (!atBoundary) {
          i++;
          continue;
        }
        let node: TrieNode | undefined = root;
        let best: { end: number; modelId: string } | undefined;
        let previous = -1;
        for (let j = i; j < text.length && node; j++) {
          const c = text.charCodeAt(j);
          if (isAlnum(c)) {
            if (previous >= 0 && isAlnum(previous) && isDigit(previous) !== isDigit(c)) {
              node = node.next.get('-');
              if (!node) break;
            }
            node = node.next.get(String.fromCharCode(c >= 65 && c <= 90 ? c + 32 : c));
            previous = c;
            if (node?.modelId && (j + 1 === text.length || !isAlnum(text.charCodeAt(j + 1)))) {
              best = { end: j + 1, modelId: node.modelId };
            }
          } else if (SEPARATORS.has(c) && isAlnum(previous)) {
            node = node.next.get('-');
            previous = 45;
          } else {
            break;
          }
        }
        if (!best) {
          const shape = MODEL_SHAPE.exec(
            text.slice(i, i + 48).replace(/[\u00a0\u2010-\u2013\u2212]/g, (c) => (c === '\u00a0' ? ' ' : '-')),
          );
          if (shape) {
            const end = i + shape[0].length;
            matches.push({ modelId: foldName(shape[0]), start: i, end, text: text.slice(i, end), known: false });
            i = end;
            continue;
          }
          while (i < text.length && isAlnum(text.charCodeAt(i))) i++;
          continue;
        }
        let end = best.end;
        const suffix = SNAPSHOT_SUFFIX.exec(text.slice(end, end + 16));
        if (suffix) end += suffix[0].length;
        matches.push({ modelId: best.modelId, start: i, end, text: text.slice(i, end), known: true });
        i = end;
      }
      return matches;
    },
  };
}
