// How a model name is spelled: the characters that join its words, and the folded key two spellings share when they name one model.

export const HYPHEN = 45;
export const isDigit = (c: number) => c >= 48 && c <= 57;
export const isUpper = (c: number) => c >= 65 && c <= 90;
export const isLower = (c: number) => c >= 97 && c <= 122;
export const isAlnum = (c: number) => isDigit(c) || isUpper(c) || isLower(c);

/**
 * Characters that may stand between the words of a name: spaces, every Unicode hyphen and dash,
 * dot, underscore, and brackets (`Grok 4.1 Fast (Non-Reasoning)`).
 */
const separatorTable = new Uint8Array(0x10000);
for (const c of ' \u00a0\u2007\u2009\u202f-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d._()[]')
  separatorTable[c.charCodeAt(0)] = 1;
export const isSeparator = (c: number) => separatorTable[c] === 1;
export const isDot = (c: number) => c === 46;
/** The same set, less the brackets, as a regular-expression class. */
export const SEP = '[ \\t\\u00a0\\u2007\\u2009\\u202f\\u2010-\\u2015\\u2212\\ufe63\\uff0d._-]';

/**
 * Whether a run of separators may join two words of one name: a single character, or a few spaces
 * and brackets and hyphens (`Fast (Non`, `Codex - High`) — but a dot only alone, between two
 * characters of a version: "GPT-5. 2 models" is two things.
 */
export function joinsWords(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length === 1) return true;
  if (length > 3) return false;
  for (let i = from; i < to; i++) if (isDot(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Folds a spelling to its key: lower case, one hyphen for each run of separators, and a hyphen
 * between letters and digits, so that `GPT 5.2`, `gpt-5-2` and `gpt5.2` all read `gpt-5-2`.
 * Other characters (`+` of `Command R+`) stay as they are.
 */
export function foldName(spelling: string): string {
  let out = '';
  let previous = -1;
  for (let i = 0; i < spelling.length; i++) {
    const code = spelling.charCodeAt(i);
    if (isAlnum(code)) {
      if (previous >= 0 && isAlnum(previous) && isDigit(previous) !== isDigit(code)) out += '-';
      out += String.fromCharCode(isUpper(code) ? code + 32 : code);
      previous = code;
    } else if (isSeparator(code)) {
      if (previous >= 0 && previous !== HYPHEN) out += '-';
      previous = HYPHEN;
    } else {
      out += spelling[i];
      previous = code;
    }
  }
  return out.replace(/-+$/, '');
}

/** A version number in a name: `5`, `4.5`, `3b`, `2-5` (as a regular-expression source). */
export const VERSION = `\\d+(?:${SEP}\\d+)?[a-z]?`;

/** A naming rule's shape with its placeholders (`{SEP}`, `{VERSION}`) written out as regular-expression source. */
export function expandShape(shape: string): string {
  return shape.replaceAll('{SEP}', SEP).replaceAll('{VERSION}', VERSION);
}
