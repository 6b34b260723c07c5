// A page that registers <tokentag-badge> and <tokentag-card> itself: TokenTag draws nothing there, quietly, and throws nothing.
// @vitest-environment happy-dom
import { expect, it, vi } from 'vitest';
import { createTagController } from '../../content/tag-controller';
import { createTagElement, pageOwnsElement } from '../../content/tag-element';

it('detects the page’s own element, takes its tags out, shows no card and never throws', async () => {
  const constructed: string[] = [];
  customElements.define(
    'tokentag-badge',
    class extends HTMLElement {
      constructor() {
        super();
        constructed.push('badge');
      }
    },
  );
  customElements.define(
    'tokentag-card',
    class extends HTMLElement {
      constructor() {
        super();
        constructed.push('card');
        this.attachShadow({ mode: 'open' });
      }
    },
  );
  document.body.innerHTML = '<p id="p">GPT-5.2 and o3</p>';
  const fetchViews = vi.fn(async () => []);
  const controller = createTagController({
    fetchViews,
    onCompare: () => undefined,
    loadingLabel: 'Loading',
    readDisplay: async () => ({ codeTags: 'marker', tagDensity: 'every' }),
  });
  const tags = ['gpt-5.2', 'o3'].map((modelId) => createTagElement({ modelId, known: true } as never));
  document.getElementById('p')!.append(...tags);
  expect(pageOwnsElement(tags[0]!)).toBe(true);
  expect(() => tags.forEach((tag) => controller.mount(tag))).not.toThrow();
  await vi.waitFor(() => expect(document.querySelectorAll('tokentag-badge')).toHaveLength(0));
  expect(document.querySelector('tokentag-card')).toBeNull();
  expect(constructed).toContain('badge');
  expect(fetchViews).not.toHaveBeenCalled();
  // Plain elements are not mistaken for the page's own.
  expect(pageOwnsElement(document.createElement('tokentag-other'))).toBe(false);
  controller.destroy();
});
