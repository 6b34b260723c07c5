// The card's offers: asked for when it opens, loading, then cheapest first with the tag's own offer marked; one seller, failure; "Cheapest way" by a real click or key only.
// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPriceCard, type PriceCard } from '../../content/price-card';
import type { OfferList } from '../../utils/offer-list';
import type { OfferRef } from '../../utils/offers';
import type { KnownTagView } from '../../utils/tag-view';
import { watchShadowRoots } from './shadow-roots';

const roots = watchShadowRoots();

let card: PriceCard;
afterEach(() => {
  card?.destroy();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function viewOf(modelId: string, seller = 'groq'): KnownTagView {
  return {
    modelId,
    known: true,
    name: modelId,
    vendorName: 'OpenAI',
    seller,
    standing: 'regular',
    label: '$0.15 / $0.60',
    description: `${modelId}: $0.15 input, $0.60 output per 1M tokens`,
    status: 'priced',
    unitText: 'per 1M tokens',
    rates: [],
    tiers: [],
    text: {
      rates: 'Rates',
      tiers: 'Tiers',
      changes: 'Changes',
      source: 'Source',
      compare: 'Compare',
      offersLoading: 'Finding who sells it…',
      offersError: 'Could not load the other sellers’ prices.',
      cheapest: 'Cheapest way to run this model',
    },
  };
}

const list = (modelId: string, sellers: string[]): OfferList => ({
  modelId,
  title: 'Who sells it, cheapest first (Chat, per month)',
  rows: sellers.map((seller, i) => ({
    seller,
    sellerName: seller.toUpperCase(),
    notes: i === 1 ? ['regional endpoint +10%'] : [],
    cost: `$${i + 1}.00`,
    status: 'priced',
  })),
});

/** A promise the test settles. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setUp(answers: Record<string, Promise<OfferList | undefined>>, trusted = true) {
  const asked: string[] = [];
  const kept: OfferRef[] = [];
  const cheapest: string[] = [];
  card = createPriceCard({
    onCompare: () => undefined,
    fetchOffers: (modelId, keep) => {
      asked.push(modelId);
      kept.push(keep);
      return answers[modelId]!;
    },
    onCheapest: (modelId) => cheapest.push(modelId),
    isTrusted: () => trusted,
  });
  const anchor = document.createElement('button');
  document.body.append(anchor);
  const root = () => roots.get(document.querySelector('tokentag-card')!)!;
  return { asked, kept, cheapest, anchor, root, offers: () => root().querySelector<HTMLElement>('.offers')! };
}

describe('the card’s offers', () => {
  it('asks when it opens, says it is loading, then lists the offers cheapest first with the tag’s own marked', async () => {
    const answer = deferred<OfferList | undefined>();
    const { asked, anchor, offers } = setUp({ 'gpt-oss-120b': answer.promise });
    card.show(anchor, viewOf('gpt-oss-120b'));
    expect(asked).toEqual(['gpt-oss-120b']);
    expect(offers().getAttribute('aria-busy')).toBe('true');
    expect(offers().querySelector('[role="status"]')?.textContent).toBe('Finding who sells it…');
    answer.resolve(list('gpt-oss-120b', ['cerebras', 'groq', 'deepinfra']));
    await vi.waitFor(() => expect(offers().hasAttribute('aria-busy')).toBe(false));
    expect(offers().querySelector('h3')?.textContent).toBe('Who sells it, cheapest first (Chat, per month)');
    const rows = [...offers().querySelectorAll('li')];
    expect(rows.map((li) => li.dataset.seller)).toEqual(['cerebras', 'groq', 'deepinfra']);
    expect(rows[1]!.textContent).toBe('GROQ$2.00regional endpoint +10%');
    expect(rows.map((li) => li.getAttribute('aria-current'))).toEqual([null, 'true', null]);
  });

  it('asks for the offers with the tag’s own among them, and marks that one by seller and region, in the last row too', async () => {
    const answer = deferred<OfferList | undefined>();
    const { kept, anchor, offers } = setUp({ 'acme-5.2': answer.promise });
    card.show(anchor, { ...viewOf('acme-5.2', 'cloudy'), region: 'regional' });
    expect(kept).toEqual([{ seller: 'cloudy', region: 'regional' }]);
    const rows = list('acme-5.2', ['acme', 'cloudy', 'cloudy']).rows;
    answer.resolve({
      ...list('acme-5.2', []),
      rows: [rows[0]!, { ...rows[1]!, region: 'global' }, { ...rows[2]!, region: 'regional' }],
      more: 'and 4 more sellers',
    });
    await vi.waitFor(() => expect(offers().hasAttribute('aria-busy')).toBe(false));
    const items = [...offers().querySelectorAll('li')];
    expect(items.map((li) => li.getAttribute('aria-current'))).toEqual([null, null, 'true']);
    expect(offers().textContent).toContain('and 4 more sellers');
  });

  it('says when only one seller sells the model', async () => {
    const { anchor, offers } = setUp({
      'kimi-k2': Promise.resolve({ ...list('kimi-k2', ['moonshot']), only: 'Only Moonshot AI sells this model.' }),
    });
    card.show(anchor, viewOf('kimi-k2', 'moonshot'));
    await vi.waitFor(() => expect(offers().textContent).toContain('Only Moonshot AI sells this model.'));
    expect(offers().querySelector('ol')).toBeNull();
  });

  it('says so when the offers cannot be had, and logs why', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const failure = new Error('background gone');
    const { anchor, offers } = setUp({ broken: Promise.reject(failure), lacking: Promise.resolve(undefined) });
    card.show(anchor, viewOf('broken'));
    await vi.waitFor(() =>
      expect(offers().querySelector('.notice')?.textContent).toBe('Could not load the other sellers’ prices.'),
    );
    expect(error).toHaveBeenCalledWith('[tokentag:content]', 'could not load the offers of broken', failure);
    card.show(anchor, viewOf('lacking'));
    await vi.waitFor(() =>
      expect(offers().querySelector('.notice')?.textContent).toBe('Could not load the other sellers’ prices.'),
    );
  });

  it('opens the cheapest way on a real click or key press, a stop of the card’s Tab cycle, and not for a script', () => {
    const { anchor, root, cheapest } = setUp({ m: new Promise(() => undefined) });
    card.show(anchor, viewOf('m'), { focus: true });
    const button = root().querySelector<HTMLButtonElement>('[data-action="cheapest"]')!;
    expect(button.tagName).toBe('BUTTON');
    // Compare has the focus first (the view has no source); Tab moves on to "Cheapest way".
    expect(root().activeElement?.textContent).toBe('Compare');
    root()
      .querySelector('.card')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(root().activeElement).toBe(button);
    button.click();
    expect(cheapest).toEqual(['m']);
    card.destroy();
    const forged = setUp({ m: new Promise(() => undefined) }, false);
    card.show(forged.anchor, viewOf('m'));
    forged.root().querySelector<HTMLButtonElement>('[data-action="cheapest"]')!.click();
    expect(forged.cheapest).toEqual([]);
  });
});
