// The detector against real spellings and traps collected from the vendors' pages (see detect-spellings.ts).
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { findModel } from '../../utils/catalog';
import { createDetector } from '../../utils/detect';
import { spellingCases } from './detect-spellings';

const detector = createDetector(catalog);

describe('real spellings from vendor pages', () => {
  it('has at least 200 cases, each from a page, each naming models the catalog has', () => {
    expect(spellingCases.length).toBeGreaterThanOrEqual(200);
    for (const c of spellingCases) {
      expect(c.page).toMatch(/^https:\/\//);
      for (const [, id] of c.expected) if (id !== null) expect(findModel(catalog, id)?.id, id).toBe(id);
    }
  });

  it.each(spellingCases.map((c) => [c.text, c.expected, c.page] as const))('%j', (text, expected) => {
    const found = detector.scan(text).map((m) => [m.text, m.known ? m.modelId : null]);
    expect(found).toEqual(expected);
  });
});
