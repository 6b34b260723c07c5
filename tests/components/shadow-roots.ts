// Every shadow root a component test makes, closed ones included, so that the test can look inside them.
import { afterEach, beforeEach, vi } from 'vitest';

/** Records each shadow root attached during a test (host → root); call once at the top of a test file. */
export function watchShadowRoots(): Map<Element, ShadowRoot> {
  const roots = new Map<Element, ShadowRoot>();
  const attachShadow = HTMLElement.prototype.attachShadow;
  let spy: { mockRestore(): void } | undefined;
  beforeEach(() => {
    spy = vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
      const root = attachShadow.call(this, init);
      roots.set(this, root);
      return root;
    });
  });
  afterEach(() => {
    spy?.mockRestore();
    roots.clear();
  });
  return roots;
}
