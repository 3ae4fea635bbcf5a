// Chromium's own accessibility tree (what a screen reader is given), through the test runner's
// a11y-snapshot command (puppeteer's `page.accessibility.snapshot()`), flattened to its words.
import { a11ySnapshot } from '@web/test-runner-commands';

interface AxNode {
  role?: string;
  name?: string;
  value?: string | number;
  description?: string;
  children?: AxNode[];
}

/**
 * Every name, value and description in the page's accessibility tree, joined with " | ". It reads
 * the tree the browser computed, not the DOM: text hidden from assistive technology is not in it,
 * and text only assistive technology gets (visually hidden, aria-label) is.
 */
export async function accessibilityTreeText(): Promise<string> {
  const root = (await a11ySnapshot({})) as unknown as AxNode | null;
  const words: string[] = [];
  const visit = (node: AxNode): void => {
    for (const part of [node.name, node.value, node.description]) {
      if (part !== undefined && part !== '') words.push(String(part));
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (root) visit(root);
  return words.join(' | ');
}
