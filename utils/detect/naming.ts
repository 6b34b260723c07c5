// Compiles the vendors' and sellers' naming rules (pricing-data/naming.ts) into what the detector's scanner reads.
import type { NamingInput } from '../../pricing-data/schema';
import { expandShape, foldName } from '../../pricing-data/spelling';

/** What the detector needs of a naming rule; the catalog's `naming` entries fit. */
export type DetectorNaming = Pick<NamingInput, 'families' | 'shapes' | 'tierWords' | 'optionalLeadingWords' | 'notBefore'>;

export interface CompiledNaming {
  /** The folded keys a spelling is known by: its fold, and the other word orders and short forms. */
  keysOf(spelling: string): string[];
  /** Words that may begin a model-shaped name. */
  families: ReadonlySet<string>;
  /** The union of every shape (sticky, case-insensitive), without the variant words that may follow. */
  shapeSource: string | undefined;
  /** Per last word of a name: what, right after it, makes it name an API instead (`chat` + ` Completions`). */
  notBefore: ReadonlyMap<string, RegExp>;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function compileNaming(rules: readonly DetectorNaming[]): CompiledNaming {
  const tierRules = rules
    .flatMap((r) => (r.tierWords ? [r.tierWords] : []))
    .map(({ family, tiers }) => {
      const tier = tiers.map(escape).join('|');
      const version = '\\d+(?:-\\d+)?';
      return { family, pattern: new RegExp(`^${escape(family)}-(?:(${tier})-(${version})|(${version})-(${tier}))$`) };
    });
  const leading = rules.flatMap((r) => r.optionalLeadingWords ?? []).map((w) => `${w}-`);
  const notBefore = new Map<string, RegExp>();
  for (const rule of rules.flatMap((r) => r.notBefore ?? [])) {
    notBefore.set(rule.after, new RegExp(`^[\\s\\u00a0]+(?:${rule.words.map(escape).join('|')})\\b`, 'i'));
  }
  const shapes = rules.flatMap((r) => r.shapes ?? []).map(expandShape);

  return {
    keysOf(spelling) {
      const key = foldName(spelling);
      // A single word without a digit (Cohere's `command`, Mistral's `Codestral`) is ordinary prose or
      // names a whole line of models: it would tag sentences, not models.
      if (!/\d/.test(key) && !key.includes('-')) return [];
      for (const { family, pattern } of tierRules) {
        const m = pattern.exec(key);
        if (!m) continue;
        const tier = m[1] ?? m[4]!;
        const version = m[2] ?? m[3]!;
        return [`${family}-${tier}-${version}`, `${family}-${version}-${tier}`, `${tier}-${version}`];
      }
      const dropped = leading.find((word) => key.startsWith(word) && key.length > word.length);
      return dropped ? [key, key.slice(dropped.length)] : [key];
    },
    families: new Set(rules.flatMap((r) => r.families ?? [])),
    shapeSource: shapes.length > 0 ? `(?:${shapes.join('|')})` : undefined,
    notBefore,
  };
}
