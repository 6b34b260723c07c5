// The inline tag and its card in a DOM: no copyable text, a private model id, one tab stop per section, code markers, density, trusted events only.
// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createTagController, VIEWS_PER_MESSAGE, type TagController } from '../../content/tag-controller';
import { createTagElement, mentionOf } from '../../content/tag-element';
import { createPriceCard, withDates } from '../../content/price-card';
import type { PriceCardLoader } from '../../content/price-card-loader';
import type { PriceCardFactory } from '../../content/price-card-slot';
import { createThemeReader, luminance, parseColor, sectionOf } from '../../content/tag-context';
import { anchorOf, createTableOverlays } from '../../content/table-overlay';
import { defaultTagDisplay, readTagDisplay, tagDisplayOf, type TagDisplay } from '../../content/tag-display';
import { defaultSettings } from '../../utils/settings';
import type { TagView } from '../../utils/tag-view';
import { watchShadowRoots } from './shadow-roots';

const roots = watchShadowRoots();

/** A view as the background would send it: list prices only in the description. */
function viewOf(modelId: string): TagView {
  return {
    modelId,
    known: true,
    name: modelId.toUpperCase(),
    standing: 'regular',
    vendorName: 'Acme',
    seller: 'acme',
    label: '$1.75 / $14.00',
    description: `${modelId.toUpperCase()}: $1.75 input, $14.00 output per 1M tokens`,
    status: 'priced',
    unitText: 'per 1M tokens',
    rates: [{ label: 'Input', value: '$1.75' }],
    tiers: [],
    latestChange: 'Latest change: −80% input on 2025-06-10',
    preset: { name: 'Secret bot', perTask: '€0.0484', perMonth: '€48.40', lines: [], notices: [] },
    source: { url: 'https://example.com/pricing', checked: '2026-11-27' },
    text: {
      rates: 'Rates',
      tiers: 'Tiers',
      changes: 'Changes',
      source: 'Source',
      checked: 'Checked 2026-11-27',
      compare: 'Compare',
      offersLoading: 'Loading offers',
      offersError: 'No offers',
      cheapest: 'Cheapest',
      preset: 'Preset: Secret bot',
      presetTotals: '€0.0484 per task · €48.40 per month',
    },
  };
}

let controller: TagController;
let fetched: { modelId: string; known: boolean }[][];
let compared: string[];

function setUp(
  html: string,
  display: TagDisplay = { codeTags: 'marker', tagDensity: 'first-per-section' },
  trusted = true,
  // The card's script has run already (the loader itself: price-card-loader.test.ts).
  cardLoader: PriceCardLoader = { loaded: () => createPriceCard, load: async () => createPriceCard },
) {
  document.body.innerHTML = html;
  fetched = [];
  compared = [];
  controller = createTagController({
    fetchViews: async (mentions) => {
      fetched.push(mentions);
      return mentions.map((m) => viewOf(m.modelId));
    },
    onCompare: (id) => compared.push(id),
    readDisplay: async () => display,
    isTrusted: () => trusted,
    hoverDelay: 0,
    loadingLabel: 'Loading',
    cardLoader,
  });
}

/** Puts a tag for `modelId` after the text of every element matching `selector`, and draws it. */
function tagAll(selector: string, modelId = 'gpt-5.2'): HTMLElement[] {
  return [...document.querySelectorAll(selector)].map((holder) => {
    const tag = createTagElement({ modelId, known: true } as never);
    holder.append(tag);
    return tag;
  });
}
const mountAll = (tags: HTMLElement[]) => tags.forEach((t) => controller.mount(t));
const settled = (tags: HTMLElement[]) =>
  vi.waitFor(() => expect(tags.every((t) => t.getAttribute('data-state') === 'ready')).toBe(true));
const pill = (tag: HTMLElement) => roots.get(tag)!.querySelector<HTMLElement>('.pill')!;

afterEach(() => {
  controller?.destroy();
  vi.restoreAllMocks();
});

describe('a drawn tag', () => {
  it('has no text to copy: its label is an attribute that CSS draws, in a closed shadow root', async () => {
    setUp('<p id="p">GPT-5.2 is here.</p>');
    const tags = tagAll('#p');
    mountAll(tags);
    await settled(tags);
    const [tag] = tags as [HTMLElement];
    expect(tag.shadowRoot).toBeNull();
    expect(tag.textContent).toBe('');
    expect(roots.get(tag)!.textContent).toBe('');
    expect(pill(tag).dataset.label).toBe('$1.75 / $14.00');
    expect(document.getElementById('p')!.textContent).toBe('GPT-5.2 is here.');
    expect(tag.getAttribute('aria-label')).toBe('GPT-5.2: $1.75 input, $14.00 output per 1M tokens');
  });

  it('keeps the model it was made for when the page rewrites its attributes', async () => {
    setUp('<p id="p">GPT-5.2</p>');
    const [tag] = tagAll('#p') as [HTMLElement];
    tag.setAttribute('data-model-id', 'gpt-99');
    tag.setAttribute('data-known', 'false');
    void controller.mount(tag);
    await settled([tag]);
    expect(fetched.flat()).toEqual([{ modelId: 'gpt-5.2', known: true }]);
    expect(mentionOf(tag)).toEqual({ modelId: 'gpt-5.2', known: true });
    expect(tag.getAttribute('aria-label')).toMatch(/^GPT-5\.2:/);
  });

  it('ignores a tag it did not make', () => {
    setUp('<p id="p">GPT-5.2<tokentag-badge data-model-id="gpt-5.2" data-known="true"></tokentag-badge></p>');
    const forged = document.querySelector<HTMLElement>('tokentag-badge')!;
    void controller.mount(forged);
    expect(roots.has(forged)).toBe(false);
    expect(forged.hasAttribute('tabindex')).toBe(false);
  });
});

describe('sections, density and tab stops', () => {
  const html = `<main><h2>One</h2><p class="a">x</p><p class="a">y</p><h2>Two</h2><p class="b">z</p>
    <table><tr><td class="t">1</td></tr><tr><td class="t">2</td></tr></table>
    <p><a href="#x" class="link">gpt</a> <button class="btn">gpt</button></p><pre class="code">x</pre></main>`;

  it('finds a section by its root and the heading before the mention; a table is one', () => {
    setUp(html);
    const [a1, a2] = tagAll('.a');
    const [b] = tagAll('.b');
    const [t1, t2] = tagAll('.t');
    expect(sectionOf(a1!)).toEqual(sectionOf(a2!));
    expect(sectionOf(a1!).heading?.textContent).toBe('One');
    expect(sectionOf(b!).heading?.textContent).toBe('Two');
    expect(sectionOf(t1!)).toEqual(sectionOf(t2!));
    expect(sectionOf(t1!).root.tagName).toBe('TABLE');
  });

  it('draws the first mention per section as a pill and tab stop, the repeats as nothing', async () => {
    setUp(html);
    const tags = [...tagAll('.a'), ...tagAll('.b'), ...tagAll('.t')];
    // Drawn out of document order: the later one first, as when the reader scrolls up.
    mountAll([...tags].reverse());
    await settled(tags);
    expect(tags.map((t) => t.getAttribute('data-display'))).toEqual(['pill', 'none', 'pill', 'pill', 'none']);
    expect(tags.map((t) => t.getAttribute('tabindex'))).toEqual(['0', null, '0', '0', null]);
    // Every drawn tag names the seller whose offer it shows.
    expect(tags.map((t) => t.getAttribute('data-seller'))).toEqual(['acme', 'acme', 'acme', 'acme', 'acme']);
    expect(tags[1]!.getAttribute('aria-hidden')).toBe('true');
  });

  it('gives a repeat no shadow root: its own important inline style hides it, until it is first shown', async () => {
    setUp(html);
    const tags = tagAll('.a');
    const [first, repeat] = tags as [HTMLElement, HTMLElement];
    mountAll(tags);
    await settled(tags);
    expect(roots.has(first)).toBe(true);
    expect(first.hasAttribute('style')).toBe(false);
    expect(roots.has(repeat)).toBe(false);
    expect(repeat.getAttribute('style')).toBe('display:none !important');
    expect(repeat.getAttribute('data-display')).toBe('none');
    // The first one goes: the repeat becomes the first, gets its pill and loses the inline style.
    first.remove();
    controller.refresh([repeat]);
    await settled([repeat]);
    expect(repeat.getAttribute('data-display')).toBe('pill');
    expect(roots.has(repeat)).toBe(true);
    expect(pill(repeat).dataset.label).toBe('$1.75 / $14.00');
    expect(repeat.hasAttribute('style')).toBe(false);
  });

  it('is ready at once for a model whose view was asked for ahead, and draws it without asking again', async () => {
    setUp(html);
    await controller.prefetch([{ modelId: 'gpt-5.2', known: true }]);
    expect(fetched).toEqual([[{ modelId: 'gpt-5.2', known: true }]]);
    const detached = createTagElement({ modelId: 'gpt-5.2', known: true } as never);
    // Nothing to wait for: the scanner can put the tag in at once, at its final size.
    expect(controller.mount(detached)).toBeUndefined();
    document.querySelector('.b')!.append(detached);
    controller.placed([detached]);
    expect(detached.getAttribute('data-state')).toBe('ready');
    expect(fetched).toHaveLength(1);
    // A model not asked for ahead is still waited for.
    const other = createTagElement({ modelId: 'o3', known: true } as never);
    await controller.mount(other);
    expect(fetched).toHaveLength(2);
  });

  it('asks for a whole catalog’s views in messages of at most VIEWS_PER_MESSAGE, each answer read apart', async () => {
    setUp(html);
    const mentions = Array.from({ length: 2 * VIEWS_PER_MESSAGE + 3 }, (_, i) => ({ modelId: `model-${i}`, known: true }));
    await controller.prefetch(mentions);
    expect(fetched.map((asked) => asked.length)).toEqual([VIEWS_PER_MESSAGE, VIEWS_PER_MESSAGE, 3]);
    // Each mention asked for once, in order; every one is known after, so no tag waits.
    expect(fetched.flat()).toEqual(mentions);
    for (const mention of [mentions[0]!, mentions[VIEWS_PER_MESSAGE]!, mentions.at(-1)!])
      expect(controller.mount(createTagElement(mention as never))).toBeUndefined();
    expect(fetched).toHaveLength(3);
  });

  it('keeps the views of the messages answered when another fails, and asks again only for the failed ones', async () => {
    document.body.innerHTML = html;
    const asked: string[][] = [];
    controller = createTagController({
      fetchViews: async (mentions) => {
        asked.push(mentions.map((m) => m.modelId));
        // The second message of the first round fails (the extension was busy reloading, say).
        if (asked.length === 2) throw new Error('Receiving end does not exist');
        return mentions.map((m) => viewOf(m.modelId));
      },
      onCompare: () => undefined,
      readDisplay: async () => defaultTagDisplay,
      loadingLabel: 'Loading',
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const mentions = Array.from({ length: VIEWS_PER_MESSAGE + 1 }, (_, i) => ({ modelId: `model-${i}`, known: true }));
    await controller.prefetch(mentions);
    expect(asked.map((ids) => ids.length)).toEqual([VIEWS_PER_MESSAGE, 1]);
    expect(controller.mount(createTagElement(mentions[0] as never))).toBeUndefined();
    // The one whose message failed is asked for again when a tag names it.
    const late = createTagElement(mentions[VIEWS_PER_MESSAGE] as never);
    await controller.mount(late);
    expect(asked.at(-1)).toEqual([`model-${VIEWS_PER_MESSAGE}`]);
  });

  it('keeps the pills of a scan’s earlier writes hidden until its last write, then shows them all', async () => {
    setUp(html);
    await controller.prefetch([{ modelId: 'gpt-5.2', known: true }]);
    const [first, repeat] = tagAll('.a');
    const [other] = tagAll('.b');
    for (const tag of [first!, repeat!, other!]) void controller.mount(tag);
    controller.placed([first!, repeat!], false);
    // Drawn, but hidden: showing a pill lays a big table out again, so all are shown in one go.
    expect([first, repeat].map((t) => t!.getAttribute('data-display'))).toEqual(['none', 'none']);
    expect(first!.getAttribute('role')).toBeNull();
    // The one to be shown has its pill made already, hidden by its own root's style; the repeat has no root.
    expect(pill(first!).dataset.label).toBe('$1.75 / $14.00');
    expect(first!.hasAttribute('style')).toBe(false);
    expect(roots.has(repeat!)).toBe(false);
    controller.placed([other!], true);
    expect([first, repeat, other].map((t) => t!.getAttribute('data-display'))).toEqual(['pill', 'none', 'pill']);
    expect(first!.getAttribute('tabindex')).toBe('0');
  });

  it('with every mention shown, still keeps one tab stop per model per section', async () => {
    setUp(html, { codeTags: 'marker', tagDensity: 'every' });
    const tags = [...tagAll('.a'), ...tagAll('.t')];
    mountAll(tags);
    await settled(tags);
    expect(tags.map((t) => t.getAttribute('data-display'))).toEqual(['pill', 'pill', 'pill', 'pill']);
    expect(tags.map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '0', '-1']);
  });

  it('is a plain hidden label inside the page’s own link or button', async () => {
    setUp(html);
    const tags = [...tagAll('.link'), ...tagAll('.btn', 'o3')];
    mountAll(tags);
    await settled(tags);
    for (const tag of tags) {
      expect(tag.getAttribute('role')).toBeNull();
      expect(tag.getAttribute('tabindex')).toBeNull();
      expect(tag.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('still gives a keyboard a tab stop when a model is first named inside a link', async () => {
    setUp('<main><p><a href="#m" class="l">gpt</a> then <span class="s">gpt</span> and <span class="s">gpt</span></p></main>');
    const tags = [...tagAll('.l'), ...tagAll('.s')];
    mountAll(tags);
    await settled(tags);
    expect(tags.map((t) => t.getAttribute('data-display'))).toEqual(['pill', 'pill', 'none']);
    expect(tags.map((t) => t.getAttribute('tabindex'))).toEqual([null, '0', null]);
  });

  it.each([
    ['marker', 'marker'],
    ['none', 'none'],
    ['full', 'pill'],
  ] as const)('draws a name in code as the setting says (%s)', async (codeTags, mode) => {
    setUp(html, { codeTags, tagDensity: 'first-per-section' });
    const [tag] = tagAll('.code') as [HTMLElement];
    void controller.mount(tag);
    await settled([tag]);
    expect(tag.getAttribute('data-display')).toBe(mode);
    if (mode !== 'none') expect(pill(tag).dataset.mode).toBe(mode);
  });
});

describe('tags drawn over a big table', () => {
  it('take their section, order, code and link rules from the mention they price, not from the layer', async () => {
    setUp(`<h2>Above</h2><p class="p">gpt-5.2</p><table>
      <tr><td class="t">gpt-5.2</td></tr><tr><td><code class="c">gpt-5.2</code></td></tr>
      <tr><td class="t">gpt-5.2</td></tr><tr><td><a href="#m" class="l">gpt-5.2</a></td></tr></table>`);
    const overlays = createTableOverlays();
    const table = document.querySelector('table')!;
    const overTable = (selector: string) =>
      [...document.querySelectorAll(selector)].map((cell) => {
        const tag = createTagElement({ modelId: 'gpt-5.2', known: true } as never);
        overlays.add(table, tag, { text: cell.firstChild as Text, start: 0, end: 7 });
        return tag;
      });
    const [t1, t2] = overTable('.t');
    const [code] = overTable('.c');
    const [link] = overTable('.l');
    overlays.commit();
    const [above] = tagAll('.p');
    // All four stand in the layer after the table; each one's place is its mention's text.
    expect(t1!.closest('tokentag-overlay')?.previousElementSibling).toBe(table);
    expect(anchorOf(t1!)).toBe(document.querySelector('.t')!.firstChild);
    expect(anchorOf(above!)).toBe(above);
    expect(sectionOf(anchorOf(t1!)).root).toBe(table);
    const tags = [above!, link!, t2!, code!, t1!];
    // Drawn out of document order (the layer's order is not the page's): the first cell still wins.
    mountAll(tags);
    await settled(tags);
    expect(above!.getAttribute('data-display')).toBe('pill');
    expect(t1!.getAttribute('data-display')).toBe('pill');
    expect(t1!.getAttribute('tabindex')).toBe('0');
    expect(t2!.getAttribute('data-display')).toBe('none');
    expect(code!.getAttribute('data-display')).toBe('none');
    // In the page's own link, a plain label: counted apart, and no control.
    expect(link!.getAttribute('data-display')).toBe('pill');
    expect(link!.getAttribute('role')).toBeNull();
    expect(link!.getAttribute('aria-hidden')).toBe('true');
    overlays.stop({ removeLayers: true });
    expect(document.querySelector('tokentag-overlay')).toBeNull();
  });
});

describe('events', () => {
  it('ignores forged clicks and keys: no card, nothing compared', async () => {
    setUp('<p id="p">GPT-5.2</p>', undefined, false);
    const [tag] = tagAll('#p') as [HTMLElement];
    void controller.mount(tag);
    await settled([tag]);
    for (let i = 0; i < 15; i++) tag.click();
    tag.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(document.querySelector('tokentag-card')).toBeNull();
    expect(tag.getAttribute('aria-expanded')).toBe('false');
    expect(compared).toEqual([]);
  });

  it('opens the card on Enter with the focus inside, cycles Tab, compares on a real click, and returns on Escape', async () => {
    setUp('<p id="p">GPT-5.2</p>');
    const [tag] = tagAll('#p') as [HTMLElement];
    void controller.mount(tag);
    await settled([tag]);
    tag.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const host = document.querySelector<HTMLElement>('tokentag-card')!;
    expect(host.hidden).toBe(false);
    expect(host.shadowRoot).toBeNull();
    const root = roots.get(host)!;
    const card = root.querySelector<HTMLElement>('.card')!;
    expect(card.textContent).toContain('Secret bot');
    expect(root.activeElement?.textContent).toBe('Source');
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(root.activeElement?.textContent).toBe('Compare');
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(root.activeElement?.textContent).toBe('Cheapest');
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(root.activeElement?.textContent).toBe('Source');
    root.querySelector<HTMLElement>('.foot button')!.click();
    expect(compared).toEqual(['gpt-5.2']);
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(host.hidden).toBe(true);
    expect(document.activeElement).toBe(tag);
    // Nothing private reached the page's DOM.
    expect(document.documentElement.outerHTML).not.toMatch(/Secret|€/);
  });
});

describe('a first open before the card’s script has loaded', () => {
  /** A loader whose script arrives (or fails) when the test says; the card it makes records the tags it shows. */
  function slowLoader() {
    let available: PriceCardFactory | undefined;
    let settle!: { resolve: (factory: PriceCardFactory) => void; reject: (error: unknown) => void };
    const pending = new Promise<PriceCardFactory>((resolve, reject) => (settle = { resolve, reject }));
    const shown: HTMLElement[] = [];
    const factory: PriceCardFactory = (options) => {
      const card = createPriceCard(options);
      return { ...card, show: (anchor, ...rest) => (shown.push(anchor), card.show(anchor, ...rest)) };
    };
    const loader: PriceCardLoader = { loaded: () => available, load: () => pending };
    const arrive = () => {
      available = factory;
      settle.resolve(factory);
    };
    return { loader, shown, arrive, fail: (error: Error) => settle.reject(error) };
  }
  const hover = (tag: HTMLElement) => tag.dispatchEvent(new MouseEvent('mouseenter'));
  const leave = (tag: HTMLElement) => tag.dispatchEvent(new MouseEvent('mouseleave'));
  const cardHost = () => document.querySelector<HTMLElement>('tokentag-card');
  /** A page naming GPT-5.2 once, with its tag drawn and clicked before the card's script is there: busy. */
  async function clickedBeforeScript(slow: ReturnType<typeof slowLoader>): Promise<HTMLElement> {
    setUp('<p id="p">GPT-5.2</p>', undefined, true, slow.loader);
    const [tag] = tagAll('#p') as [HTMLElement];
    void controller.mount(tag);
    await settled([tag]);
    tag.click();
    expect(tag.getAttribute('aria-busy')).toBe('true');
    return tag;
  }

  it('marks the hovered tag busy, then opens the card for it when the script arrives', async () => {
    const slow = slowLoader();
    setUp('<p id="p">GPT-5.2</p>', undefined, true, slow.loader);
    const [tag] = tagAll('#p') as [HTMLElement];
    void controller.mount(tag);
    await settled([tag]);
    hover(tag);
    await vi.waitFor(() => expect(tag.getAttribute('aria-busy')).toBe('true'));
    expect(cardHost()).toBeNull();
    slow.arrive();
    await vi.waitFor(() => expect(cardHost()?.hidden).toBe(false));
    expect(slow.shown).toEqual([tag]);
    expect(tag.getAttribute('aria-expanded')).toBe('true');
    expect(tag.hasAttribute('aria-busy')).toBe(false);
  });

  it('opens nothing for a tag the pointer left before the script arrived, and opens the next one hovered', async () => {
    const slow = slowLoader();
    setUp('<p id="a">GPT-5.2</p><p id="b">o3</p>', undefined, true, slow.loader);
    const [a] = tagAll('#a') as [HTMLElement];
    const [b] = tagAll('#b', 'o3') as [HTMLElement];
    mountAll([a, b]);
    await settled([a, b]);
    hover(a);
    await vi.waitFor(() => expect(a.getAttribute('aria-busy')).toBe('true'));
    leave(a);
    await vi.waitFor(() => expect(a.hasAttribute('aria-busy')).toBe(false));
    slow.arrive();
    hover(b);
    await vi.waitFor(() => expect(cardHost()?.hidden).toBe(false));
    expect(slow.shown).toEqual([b]);
    expect(a.getAttribute('aria-expanded')).toBe('false');
  });

  it('opens a clicked tag when the script arrives, though the pointer has left it', async () => {
    const slow = slowLoader();
    const tag = await clickedBeforeScript(slow);
    leave(tag);
    slow.arrive();
    await vi.waitFor(() => expect(cardHost()?.hidden).toBe(false));
    expect(slow.shown).toEqual([tag]);
  });

  it('logs a failed load with the model, and the tag is no longer busy', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const slow = slowLoader();
    const tag = await clickedBeforeScript(slow);
    slow.fail(new Error('Missing host permission for the tab'));
    await vi.waitFor(() => expect(tag.hasAttribute('aria-busy')).toBe(false));
    expect(error.mock.calls.flat().map(String).join(' ')).toContain('could not load the price card (to open gpt-5.2)');
    expect(cardHost()).toBeNull();
  });
});

describe('helpers', () => {
  it('keeps dates whole in the card', () => {
    const parts = withDates('Checked 2026-11-27, before 2025-06-10.');
    expect(parts.map((p) => (typeof p === 'string' ? p : `[${p.className}:${p.textContent}]`))).toEqual([
      'Checked ',
      '[date:2026-11-27]',
      ', before ',
      '[date:2025-06-10]',
      '.',
    ]);
    const localized = withDates('checked Nov 27, 2026 · 核对于 2026年11月27日');
    expect(localized.filter((p) => typeof p !== 'string').map((p) => p.textContent)).toEqual(['Nov 27, 2026', '2026年11月27日']);
  });

  it('reads colours and tells dark from light', () => {
    expect(parseColor('rgb(13, 17, 23)')).toEqual({ r: 13, g: 17, b: 23, a: 1 });
    expect(parseColor('rgba(0, 0, 0, 0)')?.a).toBe(0);
    expect(parseColor('transparent')).toBeUndefined();
    expect(luminance({ r: 13, g: 17, b: 23 })).toBeLessThan(0.02);
    expect(luminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1);
  });

  it('takes the theme from the nearest painted background, not the OS', () => {
    document.body.innerHTML =
      '<div id="dark" style="background-color: rgb(13, 17, 23)"><p id="in-dark">x</p><pre id="light-code" style="background-color: rgb(246, 248, 250)">y</pre><div id="faint" style="background-color: rgba(255, 255, 255, 0.02)">z</div></div><p id="plain">w</p>';
    const themeAt = createThemeReader();
    const at = (id: string) => themeAt(document.getElementById(id)!);
    expect([at('in-dark'), at('light-code'), at('faint'), at('plain')]).toEqual(['dark', 'light', 'dark', 'light']);
  });

  it('reads the display settings field by field, and defaults what is missing or bad', async () => {
    expect(tagDisplayOf({ codeTags: 'none', tagDensity: 'sometimes' })).toEqual({
      codeTags: 'none',
      tagDensity: 'first-per-section',
    });
    expect(tagDisplayOf(undefined)).toEqual({ codeTags: 'marker', tagDensity: 'first-per-section' });
    expect(defaultTagDisplay).toEqual({ codeTags: defaultSettings.codeTags, tagDensity: defaultSettings.tagDensity });
    fakeBrowser.reset();
    await fakeBrowser.storage.sync.set({ settings: { codeTags: 'full', tagDensity: 'every' } });
    expect(await readTagDisplay()).toEqual({ codeTags: 'full', tagDensity: 'every' });
    await fakeBrowser.storage.local.set({ settings: { codeTags: 'none' } });
    expect(await readTagDisplay()).toEqual({ codeTags: 'none', tagDensity: 'first-per-section' });
  });
});
