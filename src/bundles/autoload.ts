// Why this exists: the self-contained bundles used to define every element they carry, so a page
// with four payer widgets downloaded the pay flow, the forms, notification settings, the guide and
// accept-invitation too (issue 15). Instead each tag gets a loader, run the first time that tag is
// in the document: at once for the tags already there when the bundle runs, and later, through a
// MutationObserver on the document, for tags a page adds. Elements that our elements render inside
// their own shadow roots (the pay flow, the add-method form, Payment Center panels) are loaded by
// the element that renders them (components/shared/on-demand.ts), not found here.

/** For each tag, what loads and defines it. */
export type TagLoaders = Readonly<Record<string, () => Promise<unknown>>>;

/** Watches one more root for the tags of an {@link autoload}; returns a function that stops it. */
export type WatchRoot = (root: Document | DocumentFragment | Element) => () => void;

/**
 * Loads each tag's definition the first time the tag is in `root` (the document by default), now
 * or later. `customElements.whenDefined(tag)` resolves once it has loaded. A failed load (a dropped
 * connection) is tried again the next time the tag is added. Returns a function that watches one
 * more root the same way: a host app that puts our tags inside its own components' shadow roots,
 * which no observer on the document can see, hands each such root to it.
 */
export function autoload(loaders: TagLoaders, root: Document = document): WatchRoot {
  const waiting = new Map(Object.entries(loaders));

  const load = (tag: string): void => {
    const loader = waiting.get(tag);
    if (!loader || customElements.get(tag)) return;
    waiting.delete(tag);
    loader().catch((error: unknown) => {
      waiting.set(tag, loader);
      console.error(`<${tag}> could not be loaded`, error);
    });
  };

  // In document order: elements defined in turn (./define-in-turn.ts) then draw from the top down,
  // and one drawn first never pushes down another already drawn.
  const scan = (node: ParentNode & Node): void => {
    if (node instanceof Element && waiting.has(node.localName)) load(node.localName);
    if (waiting.size === 0) return;
    for (const element of node.querySelectorAll([...waiting.keys()].join(','))) load(element.localName);
  };

  const watch: WatchRoot = (watched) => {
    scan(watched);
    const observer = new MutationObserver((records) => {
      if (waiting.size === 0) return;
      for (const record of records) {
        for (const added of record.addedNodes) {
          if (added instanceof Element) scan(added);
        }
      }
    });
    observer.observe(watched, { childList: true, subtree: true });
    return () => observer.disconnect();
  };
  watch(root);
  return watch;
}
