// Finds model names in text: every catalog id, name and alias, compiled once into one matcher.
import * as spelling from '../pricing-data/spelling';
import { compileNaming, type CompiledNaming, type DetectorNaming } from './detect/naming';

export type { DetectorNaming } from './detect/naming';

export { foldName } from '../pricing-data/spelling';

// Read once into module constants: the scanner calls these per character, and a transpiled
// import can be a property read each time.
const { foldName, HYPHEN, isAlnum, isDigit, isDot, isLower, isSeparator, isUpper, joinsWords, SEP } = spelling;

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
  /**
   * Set on a fine-tuned model's id (`ft:gpt-4o-mini:org::id`): the catalog id of its base model.
   * A fine-tune is billed at its own rates, so the match is `known: false`, never the base's price.
   */
  fineTuneOf?: string;
}

export interface Detector {
  scan(text: string): ModelMatch[];
}

/** One model's spellings, as the detector needs them. */
export interface DetectorModel {
  id: string;
  name: string;
  aliases: readonly string[];
  /** Sellers' own ids for it (`anthropic.claude-sonnet-4-5-20250929-v1:0`, `meta-llama/llama-4-maverick`). */
  sellerModelIds?: readonly string[];
  /** A catalog model's offers, whose `sellerModelId`s count as above (so the catalog itself is a source). */
  offers?: readonly { sellerModelId?: string }[];
}

/**
 * What the detector needs of a catalog: every model's spellings and the vendors' naming rules
 * (the catalog's, from `pricing-data/naming.ts`; without them, spellings only). `detectorSource(catalog)`
 * builds it. The rules travel with the spellings so that the content script does not bundle them.
 */
export interface DetectorSource {
  models: readonly DetectorModel[];
  naming?: readonly DetectorNaming[];
}

/**
 * A detector's trie, built ahead and packed into plain JSON (`prepareDetector`): the content script
 * only fills its table from it. Built in a page's fresh script engine, the trie took 27–66 ms of
 * the content script's start on the bench table (a long task of its own on some loads); with it
 * packed, the whole detector takes 8–13 ms there.
 */
export interface PackedTrieData {
  /** The keys' characters by symbol: symbol `i + 1` is `alphabet[i]` (symbol 0 is in no key). */
  alphabet: string;
  /** Each node after the root, in order (node `i + 1` at `2i`): its parent node and the symbol that leads to it. */
  edges: number[];
  /**
   * The nodes where a key ends: the node, the model the key names, whether the key is a bare family
   * id (1), and the key's last word where a naming rule says what may not follow it.
   */
  ends: [node: number, modelId: string, bare: 0 | 1, notBefore?: string][];
}

/**
 * A detector built ahead (`prepareDetector`): what the background sends the content script, which
 * then only unpacks it. Folding every spelling and building the trie were all but the whole of
 * `createDetector`. Plain JSON, as a message travels.
 */
export interface PreparedDetector {
  trie: PackedTrieData;
  /** The first word of every key, for the pattern that finds where a name may start. */
  firstWords: string[];
  naming: readonly DetectorNaming[];
  /** Every model the keys name, in catalog order. */
  modelIds: string[];
}

/** The distinct seller model ids of a catalog model's offers. */
function sellerModelIdsOf(model: DetectorModel): string[] {
  return [...new Set((model.offers ?? []).flatMap((o) => (o.sellerModelId ? [o.sellerModelId] : [])))];
}

/**
 * The detector's share of the catalog, small enough to send to a content script: each model's
 * spellings (its offers reduced to their seller model ids) and the naming rules.
 */
export function detectorSource(catalog: {
  models: readonly DetectorModel[];
  naming?: readonly DetectorNaming[];
}): DetectorSource {
  return {
    models: catalog.models.map((model) => {
      const { id, name, aliases } = model;
      const sellerModelIds = model.sellerModelIds ?? sellerModelIdsOf(model);
      return sellerModelIds.length > 0 ? { id, name, aliases, sellerModelIds } : { id, name, aliases };
    }),
    ...(catalog.naming ? { naming: catalog.naming } : {}),
  };
}

/**
 * A seller's model id without the seller's routing prefix, which the scanner skips anyway:
 * `us.anthropic.claude-…` → `claude-…`, `accounts/fireworks/models/qwen3-…` → `qwen3-…`.
 */
export function withoutSellerPrefix(sellerModelId: string): string {
  return sellerModelId.slice(sellerModelId.lastIndexOf('/') + 1).replace(/^(?:[a-z]{2,}(?:-[a-z]+)*\.)+(?=[a-z])/i, '');
}

/**
 * Every folded key and the model it names, catalog spellings first (the first to claim a key keeps
 * it). Then the keys spellings imply: a bare family id names what its `-latest` alias names
 * (`magistral-small` as `magistral-small-latest`), as vendors treat it.
 */
export type DetectorKey = [key: string, modelId: string, bare?: boolean];

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

/** A trie node's flags: a key ends here; that key is a bare family id; a `notBefore` rule applies to it. */
const KEY_END = 1;
const BARE = 2;
const NOT_BEFORE = 4;

/** Packs folded keys into a trie's plain form: the first key to claim a spelling keeps it. */
function packKeys(keys: readonly DetectorKey[], notBefore: ReadonlyMap<string, RegExp>): PackedTrieData {
  let alphabet = '';
  const symbolOf = new Map<string, number>();
  // By UTF-16 unit, as the scan reads text.
  for (const [key] of keys)
    for (let i = 0; i < key.length; i++)
      if (!symbolOf.has(key[i]!)) {
        alphabet += key[i];
        symbolOf.set(key[i]!, alphabet.length);
      }
  /** Per node, its children by symbol. */
  const children = [new Map<number, number>()];
  const edges: number[] = [];
  const claimed = new Set<number>();
  const ends: PackedTrieData['ends'] = [];
  for (const [key, modelId, isBare] of keys) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const symbol = symbolOf.get(key[i]!)!;
      let child = children[node]!.get(symbol);
      if (child === undefined) {
        child = children.length;
        children[node]!.set(symbol, child);
        children.push(new Map<number, number>());
        edges.push(node, symbol);
      }
      node = child;
    }
    if (claimed.has(node)) continue;
    claimed.add(node);
    const lastWord = key.slice(key.lastIndexOf('-') + 1);
    ends.push(notBefore.has(lastWord) ? [node, modelId, isBare ? 1 : 0, lastWord] : [node, modelId, isBare ? 1 : 0]);
  }
  return { alphabet, edges, ends };
}

/**
 * A trie over folded keys, packed into one typed array: `next[node * symbols + symbol]` is the
 * child node (0 for none; node 0 is the root). The scanner's inner loop is one array read per
 * character, which is what keeps it near the speed of a single regular expression.
 */
class PackedTrie {
  /** Symbol of each ASCII character code (0: in no key). */
  readonly symbolOf = new Uint8Array(128);
  readonly symbols: number;
  /** Uint16 while node ids fit (they do by far): half the memory, so more of the walk stays in cache. */
  readonly next: Uint16Array | Int32Array;
  readonly modelIds: (string | undefined)[];
  /** Per node: what, right after a name ending here, makes it name an API instead (or undefined). */
  readonly notBefore: (RegExp | undefined)[];
  /** Per node: KEY_END, BARE and NOT_BEFORE (0 where no key ends): one byte the walk reads per character. */
  readonly flags: Uint8Array;

  constructor({ alphabet, edges, ends }: PackedTrieData, notBefore: ReadonlyMap<string, RegExp>) {
    for (let i = 0; i < alphabet.length; i++) this.symbolOf[alphabet.charCodeAt(i)] = i + 1;
    this.symbols = alphabet.length + 1;
    const nodes = edges.length / 2 + 1;
    const width = this.symbols;
    const next = (this.next = nodes <= 0xffff ? new Uint16Array(nodes * width) : new Int32Array(nodes * width));
    for (let node = 1; node < nodes; node++) next[edges[2 * node - 2]! * width + edges[2 * node - 1]!] = node;
    // Filled, not sized: an array made with a length has holes, and reading one is slower for good.
    this.modelIds = [];
    this.notBefore = [];
    for (let node = 0; node < nodes; node++) {
      this.modelIds.push(undefined);
      this.notBefore.push(undefined);
    }
    this.flags = new Uint8Array(nodes);
    for (const [node, modelId, bare, lastWord] of ends) {
      const rule = lastWord === undefined ? undefined : notBefore.get(lastWord);
      this.modelIds[node] = modelId;
      this.notBefore[node] = rule;
      this.flags[node] = KEY_END | (bare ? BARE : 0) | (rule ? NOT_BEFORE : 0);
    }
  }
}

/** A set of lower-case words that answers for a stretch of text without slicing it (no garbage per look-up). */
class WordSet {
  /** The words by length: `byLength[n]` holds the words of `n` characters. */
  private readonly byLength: (string[] | undefined)[] = [];
  constructor(words: Iterable<string>) {
    for (const word of words) (this.byLength[word.length] ??= []).push(word);
  }
  /** Whether `text` from `at` to `end`, ignoring ASCII case, is one of the words. */
  has(text: string, at: number, end: number): boolean {
    const candidates = this.byLength[end - at];
    if (candidates === undefined) return false;
    for (let w = 0; w < candidates.length; w++) {
      const word = candidates[w]!;
      let i = 0;
      while (i < word.length && (text.charCodeAt(at + i) | 32) === word.charCodeAt(i)) i++;
      if (i === word.length) return true;
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
/** The variant words by first letter (`VARIANT_WORDS` are all lower-case ASCII letters). */
const variantsByFirst: (string[] | undefined)[] = [];
for (const word of VARIANT_WORDS) (variantsByFirst[word.charCodeAt(0)] ??= []).push(word);

/**
 * The end of the variant word that is the whole run of letters at `at` (ASCII case ignored), or -1:
 * what `wordEnd` and `WordSet.has` would find together, without measuring words that start no variant.
 */
function variantWordEnd(text: string, at: number): number {
  const candidates = variantsByFirst[text.charCodeAt(at) | 32];
  if (candidates === undefined) return -1;
  for (let w = 0; w < candidates.length; w++) {
    const word = candidates[w]!;
    let i = 1;
    while (i < word.length && (text.charCodeAt(at + i) | 32) === word.charCodeAt(i)) i++;
    // The run must end with the word: no letter or digit glued on (`Pro1`, `Mini5`).
    if (i === word.length && !isAlnum(text.charCodeAt(at + i))) return at + i;
  }
  return -1;
}
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
    const after = variantWordEnd(text, at + 1);
    if (after < 0) break;
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
 * letter, which regular-expression engines match markedly faster than a flat alternation. The
 * match is the first letter alone, the rest of the word a lookahead: the candidate starts one
 * character before `lastIndex`, with no walk back to the boundary. In a lookahead the order of the
 * words changes nothing, so they are sorted by code unit (the locale's order costs a collator).
 */
function startPattern(firstWords: Iterable<string>): RegExp {
  const words = [...new Set(firstWords)].filter((w) => /^[a-z0-9]+$/.test(w));
  const groups = new Map<string, string[]>();
  for (const word of words.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const rest = groups.get(word[0]!) ?? [];
    // A one-letter first word (`o3`, `c4ai`) counts only before a digit, or every "of" would be a candidate.
    rest.push(word.length === 1 ? '\\d' : word.slice(1));
    groups.set(word[0]!, rest);
  }
  const alternatives = [...groups].map(([first, rest]) => `${first}(?=${rest.join('|')})`);
  return new RegExp(`\\b(?:${alternatives.join('|')})`, 'gi');
}

/** A folded key's first word: `gpt` of `gpt-5-2`. */
function firstWordOf(key: string): string {
  const dash = key.indexOf('-');
  return dash < 0 ? key : key.slice(0, dash);
}

/** Builds a detector's trie ahead, for a detector built elsewhere (`createDetector` takes the result). */
export function prepareDetector(source: DetectorSource): PreparedDetector {
  const naming = source.naming ?? [];
  const compiled = compileNaming(naming);
  const keys = detectorKeys(source.models, compiled);
  return {
    trie: packKeys(keys, compiled.notBefore),
    firstWords: [...new Set(keys.map(([key]) => firstWordOf(key)))],
    naming,
    modelIds: source.models.map((model) => model.id),
  };
}

/** A detector for a catalog's spellings, or for a trie prepared ahead (`prepareDetector`). */
export function createDetector(source: DetectorSource | PreparedDetector): Detector {
  return unpackDetector('trie' in source ? source : prepareDetector(source));
}

/**
 * A detector from a trie prepared ahead. The content script calls this alone, so that the code
 * that folds spellings and builds the trie stays out of its bundle.
 */
export function unpackDetector({ trie: packed, firstWords, naming: namingSource }: PreparedDetector): Detector {
  const naming = compileNaming(namingSource ?? []);
  const trie = new PackedTrie(packed, naming.notBefore);
  const families = new WordSet(naming.families);
  const modelShape = naming.shapeSource ? new RegExp(`${naming.shapeSource}${VARIANT}(?![A-Za-z0-9])`, 'iy') : undefined;
  // Read into locals: the loop below runs once per character of every candidate.
  const { next, symbolOf, symbols, modelIds, notBefore, flags } = trie;
  /** The child of `node` for a symbol, or 0. */
  const child = (node: number, symbol: number): number => next[node * symbols + symbol]!;
  const starts = startPattern([...firstWords, ...naming.families]);

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

  /**
   * Whether the words right after a name ending at `end` make it name an API (`Chat` + ` Completions`).
   * The rule reads at most 16 characters and starts with a space, so most names need no regex run.
   */
  const apiFollows = (node: number, text: string, end: number): boolean => {
    const c = text.charCodeAt(end);
    if (c < 128 && !asciiSpace[c]) return false;
    return notBefore[node]!.test(text.slice(end, end + 16));
  };

  // What the last `longestKnown` call found (kept out of objects: this is the hot loop).
  let knownEnd = -1;
  let knownNode = 0;
  let knownOpenBrackets = 0;

  /** Per ASCII code: 1 for white space as a regular expression's `\s` has it, else 0. */
  const asciiSpace = new Uint8Array(128);
  for (const c of [9, 10, 11, 12, 13, 32]) asciiSpace[c] = 1;
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
    // The tables in locals: a closure's constants would be read again through its context per character.
    const classOf = asciiClass;
    const symbolOfCode = folded;
    const children = next;
    const width = symbols;
    const flagOf = flags;
    let node = 0;
    // The class of the previous character: 0 none yet, 1 digit, 2 letter, 3 a hyphen or literal.
    let previous = 0;
    let firstWord = true;
    let openBrackets = 0;
    const length = text.length;
    knownEnd = -1;
    for (let j = start; j < length;) {
      const c = text.charCodeAt(j);
      const cls = c < 128 ? classOf[c]! : 0;
      if (cls !== 0) {
        if (previous !== cls && previous !== 0 && previous !== 3) {
          // Between letters and digits (`gpt5`, `4o`) the keys have a hyphen.
          node = hyphenSymbol === 0 ? 0 : child(node, hyphenSymbol);
          firstWord = false;
          if (node === 0) break;
        }
        const symbol = symbolOfCode[c]!;
        if (symbol === 0) break;
        node = children[node * width + symbol]!;
        if (node === 0) break;
        previous = cls;
        j++;
        const flag = flagOf[node]!;
        if (flag !== 0 && endsAt(text, j) && ((flag & NOT_BEFORE) === 0 || !apiFollows(node, text, j))) {
          knownEnd = j;
          knownNode = node;
          knownOpenBrackets = openBrackets;
        }
      } else if (previous !== 0 && isSeparator(c)) {
        let k = j;
        let d = c;
        do {
          if (d === OPEN_PAREN) openBrackets++;
          d = ++k < length ? text.charCodeAt(k) : 0;
        } while (k < length && isSeparator(d));
        // `amazon.nova-pro`, `openai/…`: a dot right after the first word is a prefix, not a name.
        if (firstWord && isDot(c) && k - j === 1 && previous !== 1) break;
        if ((k - j !== 1 && !joinsWords(text, j, k)) || k >= length || !isAlnum(d)) break;
        node = hyphenSymbol === 0 ? 0 : child(node, hyphenSymbol);
        if (node === 0) break;
        previous = 3;
        firstWord = false;
        j = k;
      } else if (previous !== 0 && c < 128) {
        // A literal character of a name (`Command R+`).
        const symbol = symbolOf[c]!;
        node = symbol === 0 ? 0 : child(node, symbol);
        if (node === 0) break;
        previous = 3;
        j++;
        if (flagOf[node] !== 0 && (j >= length || !isAlnum(text.charCodeAt(j)))) {
          knownEnd = j;
          knownNode = node;
          knownOpenBrackets = openBrackets;
        }
      } else {
        break;
      }
    }
    return knownEnd >= 0;
  };

  /**
   * The matches of the scan under way, in an array kept between scans: growing a fresh array one
   * push at a time would allocate and copy about three times its final size, garbage that a scan
   * of a big page would then wait for the collector to clear.
   */
  const found: (ModelMatch | undefined)[] = [];

  return {
    scan(text) {
      let count = 0;
      starts.lastIndex = 0;
      // `test` rather than `exec`: no match array per candidate. The match is the candidate's first
      // character; after a candidate that names nothing, the search goes on from the next one.
      while (starts.test(text)) {
        const start = starts.lastIndex - 1;
        // `#gpt-55` is a page anchor, not a model.
        if (start > 0 && text.charCodeAt(start - 1) === HASH) continue;
        // One-letter names are written in lower case (`o3`); `O3 sensors` is hardware, not a model.
        if (isUpper(text.charCodeAt(start)) && isDigit(text.charCodeAt(start + 1))) continue;
        const fineTune = isFineTune(text, start);
        const known = longestKnown(text, start);
        let end = start;
        let modelId = '';
        const knownBare = known && (flags[knownNode]! & BARE) !== 0;
        if (known) {
          modelId = modelIds[knownNode]!;
          end = knownEnd;
          // A bracket the name opened closes with it: `Grok 4 Fast (Reasoning)`.
          if (knownOpenBrackets > 0 && text.charCodeAt(end) === CLOSE_PAREN) end++;
          // A bare family id names the newest version; with a date after it, it names an older one.
          if (!knownBare) end = suffixEnd(text, end);
        }
        if (fineTune && known) {
          const fineTuneEnd = idEnd(text, end);
          const written = text.slice(start - 3, fineTuneEnd);
          found[count++] = {
            modelId: written.toLowerCase(),
            start: start - 3,
            end: fineTuneEnd,
            text: written,
            known: false,
            fineTuneOf: modelId,
          };
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
          found[count++] = { modelId: foldName(written), start, end: unknownEnd, text: written, known: false };
          end = unknownEnd;
        } else if (known) {
          found[count++] = { modelId, start, end, text: text.slice(start, end), known: true };
        } else {
          continue;
        }
        starts.lastIndex = end;
      }
      // One array of the exact size, and the scratch emptied so that it keeps no page's text alive.
      const matches = found.slice(0, count) as ModelMatch[];
      found.fill(undefined, 0, count);
      return matches;
    },
  };
}
