// Waiting for a page change to reach the page's MutationObservers: a positive signal, not a pause.

/**
 * Makes `change` to the DOM under `root`, and resolves once its mutation records have been delivered to
 * every MutationObserver created before this call (the scanner's among them). Observers are notified in
 * the order they were created, so a probe created now is told last; a closing attribute write on `root`
 * makes sure the probe has a record even when `change` makes none the others would see.
 */
export async function afterMutations(root: Element, change: () => void): Promise<void> {
  let delivered!: () => void;
  const notified = new Promise<void>((resolve) => (delivered = resolve));
  const probe = new MutationObserver(() => delivered());
  probe.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
  try {
    change();
    root.toggleAttribute('data-mutation-probe');
    await notified;
  } finally {
    probe.disconnect();
  }
}
