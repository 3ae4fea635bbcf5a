// Why this exists: the payer page's four widgets arrive in one chunk, and defining them together
// upgraded all four and drew their loading shapes in one task of over 100 ms on a slow phone
// (issue 15: nothing longer than 50 ms). Each is defined in a task of its own instead, so the
// browser can paint and answer input in between, from the top of the page down: a widget drawn
// later never pushes down one already drawn (the imports that bring them resolve in no set order).

/** What the bundle defines: one of our element classes. */
interface Definable {
  define(tagName: string): void;
}

interface Waiting {
  element: Definable;
  defined: () => void;
}

const waiting = new Map<string, Waiting>();
let turns: Promise<void> | undefined;

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Defines `element` as `tag` in a task of its own; resolves once it is defined. */
export function defineInTurn(tag: string, element: Definable): Promise<void> {
  return new Promise((resolve) => {
    waiting.set(tag, { element, defined: resolve });
    turns ??= takeTurns();
  });
}

async function takeTurns(): Promise<void> {
  while (waiting.size > 0) {
    await nextTask();
    const [tag, next] = firstInDocument();
    waiting.delete(tag);
    if (!customElements.get(tag)) next.element.define(tag);
    next.defined();
  }
  turns = undefined;
}

/** The waiting tag whose first element comes first in the document; one not in it (in a shadow root) after those. */
function firstInDocument(): [string, Waiting] {
  let first: [string, Waiting] | undefined;
  let firstNode: Element | null = null;
  for (const entry of waiting) {
    const node = document.querySelector(entry[0]);
    if (node && (!firstNode || node.compareDocumentPosition(firstNode) & Node.DOCUMENT_POSITION_FOLLOWING)) {
      first = entry;
      firstNode = node;
    }
  }
  return first ?? (waiting.entries().next().value as [string, Waiting]);
}
