// Finds model names in text: every catalog id, name and alias, compiled once into one matcher.

export interface ModelMatch {
  /** The catalog id, or for an unknown model-shaped name, its folded spelling (`gpt-7`). */
  modelId: string;
  /** UTF-16 offsets of the mention in the scanned text (`end` exclusive). */
  start: number;
  end: number;
  /** The mention as written, snapshot suffix included, reseller prefix not. */
  text: string;
  /** False for a name shaped like a model that the catalog does not have. */
  known: boolean;
}

export interface Detector {
  scan(text: string): ModelMatch[];
}

/** What the detector needs of a catalog: every model's spellings. The catalog itself fits. */
export interface DetectorSource {
  models: readonly { id: string; name: string; aliases: readonly string[] }[];
}

const HYPHEN = 45;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const HASH = 35;
const UNDERSCORE = 95;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isUpper = (c: number) => c >= 65 && c <= 90;
const isLower = (c: number) => c >= 97 && c <= 122;
const isAlnum = (c: number) => isDigit(c) || isUpper(c) || isLower(c);

/**
 * Characters that may stand between the words of a name: spaces, every Unicode hyphen and dash,
 * dot, underscore, and brackets (`Grok 4.1 Fast (Non-Reasoning)`).
 */
const separatorTable = new Uint8Array(0x10000);
for (const c of ' \u00a0\u2007\u2009\u202f-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d._()[]')
  separatorTable[c.charCodeAt(0)] = 1;
const isSeparator = (c: number) => separatorTable[c] === 1;
const isDot = (c: number) => c === 46;
/** The same set, less the brackets, as a regular-expression class. */
const SEP = '[ \\t\\u00a0\\u2007\\u2009\\u202f\\u2010-\\u2015\\u2212\\ufe63\\uff0d._-]';

/**
 * Whether a run of separators may join two words of one name: a single character, or a few spaces
 * and brackets and hyphens (`Fast (Non`, `Codex - High`) — but a dot only alone, between two
 * characters of a version: "GPT-5. 2 models" is two things.
 */
function joinsWords(text: string, from: number, to: number): boolean {
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

/** Anthropic writes both `Claude 3.7 Sonnet` and `Claude Sonnet 3.7`, and often drops `Claude`. */
const CLAUDE_TIER = /^claude-(?:(opus|sonnet|haiku|fable|mythos)-(\d+(?:-\d+)?)|(\d+(?:-\d+)?)-(opus|sonnet|haiku))$/;

/** The keys a spelling is known by: its fold, and the word orders and short forms vendors also use. */
function keysOf(spelling: string): string[] {
  const key = foldName(spelling);
  // A single word without a digit (Cohere's `command`, Mistral's `Codestral`) is ordinary prose or
  // names a whole line of models: it would tag sentences, not models.
  if (!/\d/.test(key) && !key.includes('-')) return [];
  const claude = CLAUDE_TIER.exec(key);
  if (claude) {
    const tier = claude[1] ?? claude[4]!;
    const version = claude[2] ?? claude[3]!;
    return [`claude-${tier}-${version}`, `claude-${version}-${tier}`, `${tier}-${version}`];
  }
  if (key.startsWith('amazon-nova-')) return [key, key.slice('amazon-'.length)];
  return [key];
}

/**
 * A trie over folded keys, packed into one typed array: `next[node * symbols + symbol]` is the
 * child node (0 for none; node 0 is the root). The scanner's inner loop is one array read per
 * character, which is what keeps it near the speed of a single regular expression.
 */
class PackedTrie {
  /** Symbol of each ASCII character code (0: in no key). */
  readonly symbolOf = new Uint8Array(128);
  symbols = 1;
  next: Int32Array = new Int32Array(0);
  private nodes = 1;
  readonly modelIds: (string | undefined)[] = [undefined];
  readonly endsInChat: boolean[] = [false];

  constructor(keys: readonly [key: string, modelId: string][]) {
    for (const [key] of keys) for (const ch of key) this.symbolOf[ch.charCodeAt(0)] ||= this.symbols++;
    const children: number[][] = [[]];
    for (const [key, modelId] of keys) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const symbol = this.symbolOf[key.charCodeAt(i)]!;
        let child = children[node]![symbol];
        if (child === undefined) {
          child = this.nodes++;
          children[node]![symbol] = child;
          children.push([]);
          this.modelIds.push(undefined);
          this.endsInChat.push(false);
        }
        node = child;
      }
      // The first spelling to claim a key keeps it; the catalog's tests forbid real clashes.
      this.modelIds[node] ??= modelId;
      if (key.endsWith('chat')) this.endsInChat[node] = true;
    }
    this.next = new Int32Array(this.nodes * this.symbols);
    children.forEach((row, node) => row.forEach((child, symbol) => (this.next[node * this.symbols + symbol] = child)));
  }
}

/** A set of lower-case words that answers for a stretch of text without slicing it (no garbage per look-up). */
class WordSet {
  private readonly words: ReadonlyMap<number, readonly string[]>;
  constructor(words: Iterable<string>) {
    const byLength = new Map<number, string[]>();
    for (const word of words) byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
    this.words = byLength;
  }
  /** Whether `text` from `at` to `end`, ignoring ASCII case, is one of the words. */
  has(text: string, at: number, end: number): boolean {
    const candidates = this.words.get(end - at);
    if (!candidates) return false;
    next: for (const word of candidates) {
      for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) continue next;
      return true;
    }
    return false;
  }
}

const VARIANT_WORDS = [
  'pro',
  'mini',
  'nano',
  'max',
  'codex',
  'chat',
  'turbo',
  'preview',
  'fast',
  'lite',
  'flash',
  'thinking',
  'reasoning',
  'reasoner',
  'instruct',
  'plus',
  'ultra',
  'heavy',
  'high',
  'low',
  'image',
  'vision',
  'audio',
  'realtime',
  'live',
  'tts',
  'search',
  'transcribe',
  'sonic',
  'omni',
  'embedding',
];
const variantWords = new WordSet(VARIANT_WORDS);
const VARIANT = `(?:${SEP}(?:${VARIANT_WORDS.join('|')}))*`;
const VERSION = `\\d+(?:${SEP}\\d+)?[a-z]?`;

/**
 * Names shaped like a model of a known family, for mentions the catalog lacks (`GPT-7`,
 * `Claude Opus 9`, `gemini-4-pro`): reported as unknown rather than dropped or mispriced.
 */
const SHAPES = [
  `gpt${SEP}?${VERSION}o?`,
  `o[1-9]`,
  `claude${SEP}(?:opus|sonnet|haiku|fable|mythos)${SEP}${VERSION}`,
  `claude${SEP}${VERSION}${SEP}(?:opus|sonnet|haiku)`,
  `(?:opus|sonnet|haiku)${SEP}${VERSION}`,
  `gemini${SEP}${VERSION}(?:${SEP}(?:pro|flash|ultra|nano))?`,
  `grok${SEP}${VERSION}`,
  `deepseek${SEP}[vr]${VERSION}`,
  `qwen${SEP}?${VERSION}(?:${SEP}(?:max|plus|coder))?`,
  `kimi${SEP}k${VERSION}`,
  `glm${SEP}${VERSION}`,
  `(?:mistral|ministral|magistral|codestral|devstral)${SEP}(?:large|medium|small|tiny)?${SEP}?${VERSION}`,
  `minimax${SEP}m${VERSION}`,
  `nova${SEP}${VERSION}(?:${SEP}(?:pro|lite|micro|premier))?`,
];
const MODEL_SHAPE = new RegExp(`(?:${SHAPES.join('|')})${VARIANT}(?![A-Za-z0-9])`, 'iy');

/** Family words: a model-shaped name begins with one (or with `o` and a digit), and so may a candidate. */
const FAMILY_WORDS = [
  'gpt',
  'claude',
  'opus',
  'sonnet',
  'haiku',
  'gemini',
  'grok',
  'deepseek',
  'qwen',
  'kimi',
  'glm',
  'mistral',
  'ministral',
  'magistral',
  'codestral',
  'devstral',
  'minimax',
  'nova',
];
const shapeStarts = new WordSet(FAMILY_WORDS);

/** The end of the run of letters (or of digits) at `at`: `GPT5` → the end of `GPT`. */
function wordEnd(text: string, at: number): number {
  let end = at;
  const digits = isDigit(text.charCodeAt(at));
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!isAlnum(c) || isDigit(c) !== digits) break;
    end++;
  }
  return end;
}

/** Whether a model-shaped name could start at `start`: most candidates are ordinary words. */
function mayBeShaped(text: string, start: number): boolean {
  const end = wordEnd(text, start);
  if (end - start === 1 && (text.charCodeAt(start) | 32) === 111) return isDigit(text.charCodeAt(start + 1));
  return shapeStarts.has(text, start, end);
}

/** Where a run of variant words after `end` stops (`GPT-6 Astra` + ` Pro`), or `end` when none follows. */
function variantsEnd(text: string, end: number): number {
  let at = end;
  while (
    at + 1 < text.length &&
    isSeparator(text.charCodeAt(at)) &&
    !isDot(text.charCodeAt(at)) &&
    isAlnum(text.charCodeAt(at + 1))
  ) {
    const after = wordEnd(text, at + 1);
    if ((after < text.length && isAlnum(text.charCodeAt(after))) || !variantWords.has(text, at + 1, after)) break;
    at = after;
  }
  return at;
}

/** Snapshot suffixes that still mean the same model: dates, build numbers, `-latest`, versions. */
const SNAPSHOT_SUFFIX = /(?:[-@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{2}-\d{2}|\d{3}|latest)|[- ]v\d+(?::\d+)?)(?![A-Za-z0-9])/y;

/** Consumes up to two snapshot suffixes (Bedrock writes a date and then a version: `-20250929-v1:0`). */
function suffixEnd(text: string, end: number): number {
  for (let n = 0; n < 2; n++) {
    const c = text.charCodeAt(end);
    if (c !== HYPHEN && c !== 64 && c !== 32) break;
    SNAPSHOT_SUFFIX.lastIndex = end;
    if (!SNAPSHOT_SUFFIX.test(text)) break;
    end = SNAPSHOT_SUFFIX.lastIndex;
  }
  return end;
}

/** `DeepSeek Chat Completions API` names an API, not the deepseek-chat model. */
const API_WORDS_AFTER_CHAT = /^[\s\u00a0]+completions?\b/i;

/**
 * Where a model name may start: a first word of some key at a word boundary. Grouped by first
 * letter, which regular-expression engines match markedly faster than a flat alternation.
 */
function startPattern(firstWords: Iterable<string>): RegExp {
  const words = [...new Set([...firstWords, ...FAMILY_WORDS])].filter((w) => /^[a-z0-9]+$/.test(w));
  const groups = new Map<string, string[]>();
  for (const word of words.sort((a, b) => b.length - a.length || a.localeCompare(b))) {
    const rest = groups.get(word[0]!) ?? [];
    // A one-letter first word (`o3`, `c4ai`) counts only before a digit, or every "of" would be a candidate.
    rest.push(word.length === 1 ? '(?=\\d)' : word.slice(1));
    groups.set(word[0]!, rest);
  }
  const alternatives = [...groups].map(([first, rest]) => `${first}(?:${rest.join('|')})`);
  return new RegExp(`\\b(?:${alternatives.join('|')})`, 'gi');
}

export function createDetector(source: DetectorSource): Detector {
  const keys: [string, string][] = [];
  for (const model of source.models) {
    for (const spelling of [model.id, model.name, ...model.aliases])
      for (const key of keysOf(spelling)) keys.push([key, model.id]);
  }
  const trie = new PackedTrie(keys);
  // Read into locals: the loop below runs once per character of every candidate.
  const { next, symbolOf, symbols, modelIds, endsInChat } = trie;
  /** The child of `node` for a (lower-cased) character code, or 0. */
  const step = (node: number, code: number): number => {
    const symbol = code < 128 ? symbolOf[code]! : 0;
    return symbol === 0 ? 0 : next[node * symbols + symbol]!;
  };
  const starts = startPattern(keys.map(([key]) => key.split('-')[0]!));

  /** A name may end at a word boundary, or where a capitalised word is glued on (`GPT-5.2Input`). */
  const endsAt = (text: string, end: number): boolean => {
    if (end >= text.length) return true;
    const next = text.charCodeAt(end);
    if (!isAlnum(next)) return true;
    const last = text.charCodeAt(end - 1);
    return isUpper(next) && end + 1 < text.length && isLower(text.charCodeAt(end + 1)) && !isUpper(last);
  };

  // What the last `longestKnown` call found (kept out of objects: this is the hot loop).
  let knownEnd = -1;
  let knownId = '';
  let knownOpenBrackets = 0;

  /** Finds the longest catalog spelling starting at `start`; false when there is none. */
  const longestKnown = (text: string, start: number): boolean => {
    let node = 0;
    let previous = -1;
    let firstWord = true;
    let openBrackets = 0;
    knownEnd = -1;
    for (let j = start; j < text.length;) {
      const c = text.charCodeAt(j);
      if (isAlnum(c)) {
        if (previous >= 0 && isAlnum(previous) && isDigit(previous) !== isDigit(c)) {
          node = step(node, HYPHEN);
          firstWord = false;
          if (node === 0) break;
        }
        node = step(node, isUpper(c) ? c + 32 : c);
        if (node === 0) break;
        previous = c;
        j++;
        const modelId = modelIds[node];
        if (modelId !== undefined && endsAt(text, j) && !(endsInChat[node] && API_WORDS_AFTER_CHAT.test(text.slice(j, j + 13)))) {
          knownEnd = j;
          knownId = modelId;
          knownOpenBrackets = openBrackets;
        }
      } else if (isSeparator(c) && previous >= 0) {
        let k = j;
        while (k < text.length && isSeparator(text.charCodeAt(k))) {
          if (text.charCodeAt(k) === OPEN_PAREN) openBrackets++;
          k++;
        }
        // `amazon.nova-pro`, `openai/…`: a dot right after the first word is a prefix, not a name.
        if (firstWord && isDot(c) && k - j === 1 && !isDigit(previous)) break;
        if (!joinsWords(text, j, k) || k >= text.length || !isAlnum(text.charCodeAt(k))) break;
        node = step(node, HYPHEN);
        if (node === 0) break;
        previous = HYPHEN;
        firstWord = false;
        j = k;
      } else if (previous >= 0 && c < 128 && !isSeparator(c)) {
        // A literal character of a name (`Command R+`).
        node = step(node, c);
        if (node === 0) break;
        previous = c;
        j++;
        const modelId = modelIds[node];
        if (modelId !== undefined && (j >= text.length || !isAlnum(text.charCodeAt(j)))) {
          knownEnd = j;
          knownId = modelId;
          knownOpenBrackets = openBrackets;
        }
      } else {
        break;
      }
    }
    return knownEnd >= 0;
  };

  return {
    scan(text) {
      const matches: ModelMatch[] = [];
      starts.lastIndex = 0;
      // `test` rather than `exec`: no match array per candidate. The candidate starts at the word
      // boundary before where the first word ended (all of it word characters).
      while (starts.test(text)) {
        let start = starts.lastIndex;
        while (start > 0 && (isAlnum(text.charCodeAt(start - 1)) || text.charCodeAt(start - 1) === UNDERSCORE)) start--;
        // `#gpt-55` is a page anchor, not a model.
        if (start > 0 && text.charCodeAt(start - 1) === HASH) continue;
        const known = longestKnown(text, start);
        let end = start;
        let modelId = '';
        if (known) {
          modelId = knownId;
          end = knownEnd;
          // A bracket the name opened closes with it: `Grok 4 Fast (Reasoning)`.
          if (knownOpenBrackets > 0 && text.charCodeAt(end) === CLOSE_PAREN) end++;
          end = suffixEnd(text, end);
        }
        let unknownEnd = start;
        if (known) {
          // Joined by a hyphen, more id means another model (`gpt-4o-transcribe`); after a space, only
          // a variant word does (`GPT-6 Astra Pro`).
          if (isDot(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
            // A longer version than any the catalog has: `GPT-4.5`, `Claude Sonnet 4.7`.
            let k = end + 1;
            while (k < text.length && isDigit(text.charCodeAt(k))) k++;
            unknownEnd = isAlnum(text.charCodeAt(k)) ? start : variantsEnd(text, k);
          } else if (text.charCodeAt(end) === HYPHEN && isAlnum(text.charCodeAt(end + 1))) {
            let k = end;
            while (
              k < text.length &&
              (isAlnum(text.charCodeAt(k)) ||
                text.charCodeAt(k) === HYPHEN ||
                (isDot(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1))))
            )
              k++;
            unknownEnd = k;
          } else {
            unknownEnd = variantsEnd(text, end);
            if (unknownEnd === end) unknownEnd = start;
          }
        } else if (mayBeShaped(text, start)) {
          MODEL_SHAPE.lastIndex = start;
          if (MODEL_SHAPE.test(text)) unknownEnd = suffixEnd(text, MODEL_SHAPE.lastIndex);
        }
        if (unknownEnd > end) {
          // A model-shaped name longer than any catalog spelling here: a model the catalog lacks.
          const written = text.slice(start, unknownEnd);
          matches.push({ modelId: foldName(written), start, end: unknownEnd, text: written, known: false });
          end = unknownEnd;
        } else if (known) {
          matches.push({ modelId, start, end, text: text.slice(start, end), known: true });
        } else {
          continue;
        }
        starts.lastIndex = end;
      }
      return matches;
    },
  };
}
