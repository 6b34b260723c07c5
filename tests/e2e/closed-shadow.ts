// Looks inside TokenTag's closed shadow roots from a test, through the DevTools protocol (a page's own scripts cannot).
import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const cdp = (page: Page) => {
  let session = sessions.get(page);
  if (!session) sessions.set(page, (session = page.context().newCDPSession(page)));
  return session;
};

/**
 * Calls `fn(root, arg)` in the page with the closed shadow root of the `index`th light-DOM element
 * matching `selector`; undefined when there is no such element or it has no shadow root.
 */
export async function inShadow<T, A = undefined>(
  page: Page,
  selector: string,
  fn: (root: ShadowRoot, arg: A) => T,
  arg?: A,
  index = 0,
): Promise<T | undefined> {
  const session = await cdp(page);
  const { root } = await session.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await session.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector });
  const nodeId = nodeIds[index];
  if (nodeId === undefined) return undefined;
  const { node } = await session.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  const { result, exceptionDetails } = await session.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  });
  if (exceptionDetails)
    throw new Error(`in shadow of ${selector}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/** What a tag draws: its label (CSS generated content), its mode (`pill`, `marker`), and whether it is dark. */
export function tagLook(page: Page, selector: string, index = 0) {
  return inShadow(
    page,
    selector,
    (root) => {
      const pill = root.querySelector<HTMLElement>('.pill');
      if (!pill) return undefined;
      const content = getComputedStyle(pill, '::before').content;
      return {
        label: content === 'none' || content === 'normal' ? '' : (JSON.parse(content) as string),
        mode: pill.dataset.mode,
        dark: pill.classList.contains('dark'),
        textNodes: [...root.querySelectorAll('*')]
          .flatMap((el) => [...el.childNodes])
          .filter((n) => n.nodeType === 3 && n.textContent!.trim()).length,
      };
    },
    undefined,
    index,
  );
}

/** The label a tag shows, '' while it has none. */
export const tagLabel = async (page: Page, selector: string, index = 0) => (await tagLook(page, selector, index))?.label ?? '';

/** The open card: its text, whether it is dark, what has the focus inside it, and its box. */
export async function cardState(page: Page) {
  const hidden = await page.evaluate(() => document.querySelector('tokentag-card')?.hasAttribute('hidden') ?? true);
  if (hidden) return undefined;
  return inShadow(page, 'tokentag-card', (root) => {
    const card = root.querySelector<HTMLElement>('.card')!;
    const box = card.getBoundingClientRect();
    return {
      text: card.textContent ?? '',
      dark: card.classList.contains('dark'),
      background: getComputedStyle(card).backgroundColor,
      focused: root.activeElement ? `${root.activeElement.tagName.toLowerCase()}:${root.activeElement.textContent}` : undefined,
      box: { left: box.left, top: box.top, right: box.right, bottom: box.bottom },
      viewport: { width: innerWidth, height: innerHeight },
      /** Line boxes of each date: more than one means it wrapped at a hyphen. */
      dateLines: [...root.querySelectorAll('.date')].map((d) => d.getClientRects().length),
      buttons: [...root.querySelectorAll('button')].map((b) => {
        const r = b.getBoundingClientRect();
        return { text: b.textContent, x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    };
  });
}
