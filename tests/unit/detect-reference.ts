// The detector's scan as it was before it was tuned for speed (commit 1754c34), frozen as the reference the new scan must equal.
// Do not edit to follow utils/detect.ts: the differential test in detect-differential.test.ts compares the two.
import * as spelling from '../../pricing-data/spelling';
import { compileNaming, type CompiledNaming } from '../../utils/detect/naming';
import type { Detector, DetectorModel, DetectorSource, ModelMatch } from '../../utils/detect';

const { foldName, HYPHEN, isAlnum, isDigit, isDot, isLower, isSeparator, isUpper, joinsWords, SEP } = spelling;

/** A seller's model id without the seller's routing prefix. */
function withoutSellerPrefix(sellerModelId: string): string {
  return sellerModelId.slice(sellerModelId.lastIndexOf('/') + 1).replace(/^(?:[a-z]{2,}(?:-[a-z]+)*\.)+(?=[a-z])/i, '');
}

/** The distinct seller model ids of a catalog model's offers. */
function sellerModelIdsOf(model: DetectorModel): string[] {
  return [...new Set((model.offers ?? []).flatMap((o) => (o.sellerModelId ? [o.sellerModelId] : [])))];
}

/**
 * Every folded key and the model it names, catalog spellings first (the first to claim a key keeps
 * it). Then the keys spellings imply: a bare family id names what its `-latest` alias names
 * (`magistral-small` as `magistral-small-latest`), as vendors treat it.
 */
type DetectorKey = [key: string, modelId: string, bare?: boolean];

function detectorKeys(models: readonly DetectorModel[], naming: CompiledNaming): DetectorKey[] {
  const keys: DetectorKey[] = [];
  for (const model of models) {
    for (const spelling of [model.id, model.name, ...model.aliases])
      for (const key of naming.keysOf(spelling)) keys.push([key, model.id]);
    for (const spelling of model.sellerModelIds ?? sellerModelIdsOf(model))
      for (const key of naming.keysOf(withoutSellerPrefix(spelling))) keys.push([key, model.id]);
  }
  const taken = new Set(keys.map(([key]) => key));
  for (const model of models) {
    for (const alias of model.aliases) {
      const key = foldName(alias);
      if (!key.endsWith('-latest')) continue;
      const stem = key.slice(0, -'-latest'.length);
      if (!taken.has(stem) && (/\d/.test(stem) || stem.includes('-'))) {
        keys.push([stem, model.id, true]);
        taken.add(stem);
      }
    }
  }
  return keys;
}

const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const HASH = 35;
const UNDERSCORE = 95;

/**
 * A trie over folded keys, packed into one typed array: `next[node * symbols + symbol]` is the
 * child node (0 for none; node 0 is the root). The scanner's inner loop is one array read per
 * character, which is what keeps it near the speed of a single regular expression.
 */
class PackedTrie {
  /** Symbol of each ASCII character code (0: in no key). */
  readonly symbolOf = new Uint8Array(128);
  symbols = 1;
  /** Uint16 while node ids fit (they do by far): half the memory, so more of the walk stays in cache. */
  next: Uint16Array | Int32Array = new Uint16Array(0);
  private nodes = 1;
  readonly modelIds: (string | undefined)[] = [undefined];
  /** Per node: what, right after a name ending here, makes it name an API instead (or undefined). */
  readonly notBefore: (RegExp | undefined)[] = [undefined];
  /** Per node: whether its key is a bare family id (`magistral-small`), which takes no snapshot suffix. */
  readonly bare: boolean[] = [false];

  constructor(keys: readonly DetectorKey[], notBefore: ReadonlyMap<string, RegExp>) {
    for (const [key] of keys) for (const ch of key) this.symbolOf[ch.charCodeAt(0)] ||= this.symbols++;
    const children: number[][] = [[]];
    for (const [key, modelId, bare] of keys) {
      let node = 0;
      for (let i = 0; i < key.length; i++) {
        const symbol = this.symbolOf[key.charCodeAt(i)]!;
        let child = children[node]![symbol];
        if (child === undefined) {
          child = this.nodes++;
          children[node]![symbol] = child;
          children.push([]);
          this.modelIds.push(undefined);
          this.notBefore.push(undefined);
          this.bare.push(false);
        }
        node = child;
      }
      // The first spelling to claim a key keeps it; the catalog's validation forbids real clashes.
      if (this.modelIds[node] === undefined) this.bare[node] = bare === true;
      this.modelIds[node] ??= modelId;
      this.notBefore[node] ??= notBefore.get(key.slice(key.lastIndexOf('-') + 1));
    }
    this.next = this.nodes <= 0xffff ? new Uint16Array(this.nodes * this.symbols) : new Int32Array(this.nodes * this.symbols);
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

/**
 * Whether a model-shaped name could start at `start`: most candidates are ordinary words. A
 * one-letter family word (`o` of `o3`) counts only before a digit.
 */
function mayBeShaped(families: WordSet, text: string, start: number): boolean {
  const end = wordEnd(text, start);
  if (end - start === 1 && !isDigit(text.charCodeAt(end))) return false;
  return families.has(text, start, end);
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

/** A preview's date written after its name with a space: ` 09-2025`, ` 03-25`. */
const PREVIEW_DATE = / \d{2}-(?:\d{4}|\d{2})(?![A-Za-z0-9-])/y;

/** Whether the name at `start` follows a fine-tune's `ft:` prefix (OpenAI's and Mistral's `ft:<base>:<org>::<id>`). */
function isFineTune(text: string, start: number): boolean {
  if (start < 3 || text.charCodeAt(start - 1) !== 58) return false;
  if ((text.charCodeAt(start - 3) | 32) !== 102 || (text.charCodeAt(start - 2) | 32) !== 116) return false;
  return start === 3 || !isAlnum(text.charCodeAt(start - 4));
}

/** The end of an id's run of letters, digits and `-_.:` (a fine-tune's `:org::id` tail). */
function idEnd(text: string, end: number): number {
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (!(isAlnum(c) || c === HYPHEN || c === UNDERSCORE || c === 58 || (isDot(c) && isAlnum(text.charCodeAt(end + 1))))) break;
    end++;
  }
  return end;
}

/** Snapshot suffixes that still mean the same model: dates, build numbers, `-latest`, versions. */
const SNAPSHOT_SUFFIX =
  /(?:[-@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{2}-\d{2}|\d{3}|latest)|[- ]v\d+(?::\d+)?|:\d+)(?![A-Za-z0-9])/y;

/**
 * Consumes up to two snapshot suffixes (Bedrock writes a date and then a version: `-20250929-v1:0`);
 * after a name that already ends in its version (a seller's `nova-micro-v1`), just its `:0`.
 */
function suffixEnd(text: string, end: number): number {
  for (let n = 0; n < 2; n++) {
    const c = text.charCodeAt(end);
    if (c !== HYPHEN && c !== 64 && c !== 32 && !(c === 58 && isDigit(text.charCodeAt(end - 1)))) break;
    // Every suffix goes on with a digit, `v` or `latest`: most names are followed by none (no regex run).
    const first = text.charCodeAt(end + 1);
    if (!isDigit(first) && first !== 118 && first !== 108) break;
    SNAPSHOT_SUFFIX.lastIndex = end;
    if (!SNAPSHOT_SUFFIX.test(text)) break;
    end = SNAPSHOT_SUFFIX.lastIndex;
  }
  return end;
}

/**
 * Where a model name may start: a first word of some key at a word boundary. Grouped by first
 * letter, which regular-expression engines match markedly faster than a flat alternation.
 */
function startPattern(firstWords: Iterable<string>): RegExp {
  const words = [...new Set(firstWords)].filter((w) => /^[a-z0-9]+$/.test(w));
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

export function createReferenceDetector(source: DetectorSource): Detector {
  const naming = compileNaming(source.naming ?? []);
  const keys = detectorKeys(source.models, naming);
  const trie = new PackedTrie(keys, naming.notBefore);
  const families = new WordSet(naming.families);
  const modelShape = naming.shapeSource ? new RegExp(`${naming.shapeSource}${VARIANT}(?![A-Za-z0-9])`, 'iy') : undefined;
  // Read into locals: the loop below runs once per character of every candidate.
  const { next, symbolOf, symbols, modelIds, notBefore, bare } = trie;
  /** The child of `node` for a (lower-cased) character code, or 0. */
  const step = (node: number, code: number): number => {
    const symbol = code < 128 ? symbolOf[code]! : 0;
    return symbol === 0 ? 0 : next[node * symbols + symbol]!;
  };
  const starts = startPattern([...keys.map(([key]) => key.split('-')[0]!), ...naming.families]);

  /**
   * A name may end at a word boundary, or where a word is glued on that plainly starts anew: a
   * capitalised word (`GPT-5.2Input`), or after a version a word in mixed case (`grok-4.20xAI256K`,
   * table cells run together).
   */
  const endsAt = (text: string, end: number): boolean => {
    if (end >= text.length) return true;
    const next = text.charCodeAt(end);
    if (!isAlnum(next)) return true;
    const last = text.charCodeAt(end - 1);
    const after = end + 1 < text.length ? text.charCodeAt(end + 1) : 0;
    if (isDigit(last) && isLower(next) && isUpper(after)) return true;
    return isUpper(next) && isLower(after) && !isUpper(last);
  };

  // What the last `longestKnown` call found (kept out of objects: this is the hot loop).
  let knownEnd = -1;
  let knownId = '';
  let knownOpenBrackets = 0;
  let knownBare = false;

  /** Per ASCII code: 1 digit, 2 letter, 0 other. */
  const asciiClass = new Uint8Array(128);
  for (let c = 48; c <= 57; c++) asciiClass[c] = 1;
  for (let c = 65; c <= 90; c++) asciiClass[c] = asciiClass[c + 32] = 2;
  /** Per ASCII code: its trie symbol, upper case folded to lower (0: in no key). */
  const folded = new Uint8Array(128);
  for (let c = 0; c < 128; c++) folded[c] = symbolOf[c >= 65 && c <= 90 ? c + 32 : c]!;
  const hyphenSymbol = symbolOf[HYPHEN]!;
  /** Finds the longest catalog spelling starting at `start`; false when there is none. */
  const longestKnown = (text: string, start: number): boolean => {
    let node = 0;
    // The class of the previous character: 0 none yet, 1 digit, 2 letter, 3 a hyphen or literal.
    let previous = 0;
    let firstWord = true;
    let openBrackets = 0;
    const length = text.length;
    knownEnd = -1;
    for (let j = start; j < length;) {
      const c = text.charCodeAt(j);
      const cls = c < 128 ? asciiClass[c]! : 0;
      if (cls !== 0) {
        if (previous !== cls && previous !== 0 && previous !== 3) {
          node = hyphenSymbol === 0 ? 0 : next[node * symbols + hyphenSymbol]!;
          firstWord = false;
          if (node === 0) break;
        }
        const symbol = folded[c]!;
        node = symbol === 0 ? 0 : next[node * symbols + symbol]!;
        if (node === 0) break;
        previous = cls;
        j++;
        const modelId = modelIds[node];
        if (modelId !== undefined && endsAt(text, j)) {
          const apiWords = notBefore[node];
          if (!(apiWords && apiWords.test(text.slice(j, j + 16)))) {
            knownEnd = j;
            knownId = modelId;
            knownOpenBrackets = openBrackets;
            knownBare = bare[node]!;
          }
        }
      } else if (previous !== 0 && isSeparator(c)) {
        let k = j;
        while (k < length && isSeparator(text.charCodeAt(k))) {
          if (text.charCodeAt(k) === OPEN_PAREN) openBrackets++;
          k++;
        }
        // `amazon.nova-pro`, `openai/…`: a dot right after the first word is a prefix, not a name.
        if (firstWord && isDot(c) && k - j === 1 && previous !== 1) break;
        if (!joinsWords(text, j, k) || k >= length || !isAlnum(text.charCodeAt(k))) break;
        node = hyphenSymbol === 0 ? 0 : next[node * symbols + hyphenSymbol]!;
        if (node === 0) break;
        previous = 3;
        firstWord = false;
        j = k;
      } else if (previous !== 0 && c < 128) {
        // A literal character of a name (`Command R+`).
        node = step(node, c);
        if (node === 0) break;
        previous = 3;
        j++;
        const modelId = modelIds[node];
        if (modelId !== undefined && (j >= length || !isAlnum(text.charCodeAt(j)))) {
          knownEnd = j;
          knownId = modelId;
          knownOpenBrackets = openBrackets;
          knownBare = bare[node]!;
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
        // One-letter names are written in lower case (`o3`); `O3 sensors` is hardware, not a model.
        if (isUpper(text.charCodeAt(start)) && isDigit(text.charCodeAt(start + 1))) continue;
        const fineTune = isFineTune(text, start);
        const known = longestKnown(text, start);
        let end = start;
        let modelId = '';
        if (known) {
          modelId = knownId;
          end = knownEnd;
          // A bracket the name opened closes with it: `Grok 4 Fast (Reasoning)`.
          if (knownOpenBrackets > 0 && text.charCodeAt(end) === CLOSE_PAREN) end++;
          // A bare family id names the newest version; with a date after it, it names an older one.
          if (!knownBare) end = suffixEnd(text, end);
        }
        if (fineTune && known) {
          const fineTuneEnd = idEnd(text, end);
          const written = text.slice(start - 3, fineTuneEnd);
          matches.push({
            modelId: written.toLowerCase(),
            start: start - 3,
            end: fineTuneEnd,
            text: written,
            known: false,
            fineTuneOf: modelId,
          });
          starts.lastIndex = fineTuneEnd;
          continue;
        }
        let unknownEnd = start;
        if (known) {
          // Joined by a hyphen, more id means another model (`gpt-4o-transcribe`); after a space, only
          // a variant word does (`GPT-6 Astra Pro`).
          if (isDot(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
            // A longer version than any the catalog has: `GPT-4.5`, `Claude Sonnet 4.7`. It never
            // means the shorter name, even with more text glued on (`grok-4.21xAI`).
            let k = end + 1;
            while (k < text.length && isDigit(text.charCodeAt(k))) k++;
            unknownEnd = isAlnum(text.charCodeAt(k)) ? k : variantsEnd(text, k);
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
          } else if (knownBare && isSeparator(text.charCodeAt(end)) && isDigit(text.charCodeAt(end + 1))) {
            // A version after a bare family name (`Mistral Large 4`) names a version, not the newest.
            let k = end + 1;
            while (
              k < text.length &&
              (isDigit(text.charCodeAt(k)) || (isDot(text.charCodeAt(k)) && isDigit(text.charCodeAt(k + 1))))
            )
              k++;
            unknownEnd = isAlnum(text.charCodeAt(k)) ? start : variantsEnd(text, k);
          } else {
            PREVIEW_DATE.lastIndex = end;
            // A dated preview written after the name (`Gemini 2.5 Flash-Lite Preview 09-2025`) is another model.
            unknownEnd =
              text.charCodeAt(end) === 32 && isDigit(text.charCodeAt(end + 1)) && PREVIEW_DATE.test(text)
                ? PREVIEW_DATE.lastIndex
                : variantsEnd(text, end);
            if (unknownEnd === end) unknownEnd = start;
          }
        } else if (modelShape && mayBeShaped(families, text, start)) {
          modelShape.lastIndex = start;
          if (modelShape.test(text)) unknownEnd = suffixEnd(text, modelShape.lastIndex);
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
