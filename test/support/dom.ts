import { waitUntil } from './wait.js';

/** Waits until `element`'s shadow root shows `text` (or a predicate over its text holds). */
export async function waitForText(element: Element, text: string | ((content: string) => boolean), message?: string): Promise<void> {
  const matches = typeof text === 'string' ? (content: string) => content.includes(text) : text;
  await waitUntil(
    () => matches(element.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? ''),
    message ?? `expected the element to show ${typeof text === 'string' ? `"${text}"` : 'the expected text'}`,
    { timeout: 5000 },
  );
}

/** The visible text of a node, whitespace collapsed. */
export function textOf(node: Node | null | undefined): string {
  return node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}
