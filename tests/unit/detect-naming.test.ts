// Naming rules as data: a new vendor's or seller's names are recognised by adding data, not by editing the detector.
import { describe, expect, it } from 'vitest';
import type { NamingInput, SellerInput, VendorInput } from '../../pricing-data/schema';
import { assembleCatalog, buildCatalog } from '../../pricing-data/validate';
import { createDetector, detectorSource, withoutSellerPrefix } from '../../utils/detect';

const source = { url: 'https://example.com/pricing', checked: '2026-11-27' };
const period = { from: '2025-01-01', input: 1, output: 2, source };

/** A vendor the detector has never heard of, with naming rules of its own. */
const zeta: VendorInput = {
  id: 'zeta',
  name: 'Zeta Labs',
  pricingUrl: 'https://example.com/pricing',
  models: [
    { id: 'zeta-swift-2', name: 'Zeta Swift 2', reasoning: false, prices: [period] },
    { id: 'zeta-grand-3-5', name: 'Zeta Grand 3.5', reasoning: true, prices: [period] },
    { id: 'zeta-nimbus-1', name: 'Zeta Nimbus 1', reasoning: false, prices: [period] },
    { id: 'zeta-talk-chat', name: 'Zeta Talk Chat', reasoning: false, prices: [period] },
  ],
};
const zetaNaming: NamingInput = {
  owner: 'zeta',
  families: ['zeta', 'swift', 'grand'],
  shapes: ['zeta{SEP}(?:swift|grand){SEP}{VERSION}'],
  tierWords: { family: 'zeta', tiers: ['swift', 'grand'] },
  optionalLeadingWords: ['zeta'],
  notBefore: [{ after: 'chat', words: ['api'] }],
};
const host: SellerInput = {
  id: 'hosty',
  name: 'Hosty',
  kind: 'host',
  pricingUrl: 'https://hosty.example/pricing',
  offers: [
    { model: 'zeta-swift-2', sellerModelId: 'zeta-labs/zeta-swift-2-instruct-fp8', prices: [period] },
    { model: 'zeta-grand-3-5', sellerModelId: 'hosty.zeta-grand-3-5-v1:0', prices: [period] },
  ],
};

const scan = (naming: NamingInput[], text: string) => {
  const detector = createDetector(detectorSource(buildCatalog([zeta], [host], naming)));
  return detector.scan(text).map((m) => [m.text, m.known ? m.modelId : `?${m.modelId}`]);
};

describe('naming rules compiled from data', () => {
  it('reads the other word order and the short form of tiered names', () => {
    expect(scan([zetaNaming], 'Zeta 3.5 Grand beats Swift 2')).toEqual([
      ['Zeta 3.5 Grand', 'zeta-grand-3-5'],
      ['Swift 2', 'zeta-swift-2'],
    ]);
    // Without the rules, only the spellings as written in the data are known.
    expect(scan([], 'Zeta 3.5 Grand beats Swift 2')).toEqual([]);
  });

  it('drops an optional leading word', () => {
    expect(scan([zetaNaming], 'Nimbus 1 is cheap')).toEqual([['Nimbus 1', 'zeta-nimbus-1']]);
    expect(scan([], 'Nimbus 1 is cheap')).toEqual([]);
  });

  it('reports a name of the vendor’s shape that the catalog lacks as unknown', () => {
    expect(scan([zetaNaming], 'Zeta Swift 9 is coming')).toEqual([['Zeta Swift 9', '?zeta-swift-9']]);
    expect(scan([], 'Zeta Swift 9 is coming')).toEqual([]);
  });

  it('does not read a name followed by its API words as the model', () => {
    expect(scan([zetaNaming], 'the Zeta Talk Chat API')).toEqual([]);
    expect(scan([], 'the Zeta Talk Chat API')).toEqual([['Zeta Talk Chat', 'zeta-talk-chat']]);
  });

  it("recognises sellers' model ids, without their routing prefix", () => {
    expect(scan([zetaNaming], 'zeta-labs/zeta-swift-2-instruct-fp8 and us.hosty.zeta-grand-3-5-v1:0')).toEqual([
      ['zeta-swift-2-instruct-fp8', 'zeta-swift-2'],
      ['zeta-grand-3-5-v1:0', 'zeta-grand-3-5'],
    ]);
  });

  it('sends the detector only spellings and rules (seller ids included), not prices', () => {
    const source = detectorSource(buildCatalog([zeta], [host], [zetaNaming]));
    expect(source.models[0]).toEqual({
      id: 'zeta-swift-2',
      name: 'Zeta Swift 2',
      aliases: [],
      sellerModelIds: ['zeta-labs/zeta-swift-2-instruct-fp8'],
    });
    expect(JSON.stringify(source)).not.toContain('"input"');
  });

  it.each([
    ['us.anthropic.claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5-20250929-v1:0'],
    ['meta-llama/llama-4-maverick', 'llama-4-maverick'],
    ['accounts/fireworks/models/qwen3-235b-a22b', 'qwen3-235b-a22b'],
    ['gpt-5.2', 'gpt-5.2'],
  ])('strips the routing prefix of %j', (id, bare) => {
    expect(withoutSellerPrefix(id)).toBe(bare);
  });
});

describe('naming rules and spellings in validation', () => {
  const problemsOf = (vendors: VendorInput[], sellers: SellerInput[] = [], naming: NamingInput[] = []) =>
    assembleCatalog(vendors, sellers, naming).problems.map((p) => `${p.path}: ${p.message}`);

  it('refuses rules of an unknown owner and a shape that is not a regular expression', () => {
    expect(problemsOf([zeta], [], [{ owner: 'nobody' }, { owner: 'zeta', shapes: ['zeta(('] }])).toEqual([
      'naming[0].owner: unknown vendor or seller nobody',
      expect.stringMatching(/^naming\[1\]\.shapes\[0\]: not a regular expression/),
    ]);
  });

  it("refuses a seller's model id that names another model, naming both", () => {
    const clash: SellerInput = {
      ...host,
      offers: [{ model: 'zeta-swift-2', sellerModelId: 'Zeta Grand 3.5', prices: [period] }],
    };
    expect(problemsOf([zeta], [clash])).toEqual([
      'hosty.offers[0].sellerModelId: "Zeta Grand 3.5" names both zeta-grand-3-5 (as "zeta-grand-3-5") and zeta-swift-2',
    ]);
  });

  it('refuses two models whose names fold alike (case, spaces, dots, hyphens)', () => {
    const twin: VendorInput = {
      ...zeta,
      id: 'twin',
      models: [{ id: 'twin-1', name: 'ZETA-SWIFT 2', reasoning: false, prices: [period] }],
    };
    expect(problemsOf([zeta, twin])).toEqual([
      'twin.models[0].name: "ZETA-SWIFT 2" names both zeta-swift-2 (as "zeta-swift-2") and twin-1',
    ]);
  });
});
