// What the switch-of-user tests share: switching the provider's token, typing like a person, and
// checking that nothing of the previous user is left on screen, in a live region, in what
// assistive technology is given (computed from the DOM, and Chromium's own tree).
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { accessibilityTreeText } from './accessibility-tree.js';
import { textOf } from './dom.js';
import { mockWorker } from './mock-backend.js';

/** Everything a person could read from `root`: text, field values and ARIA names, through shadow roots. */
export function composedText(root: Node): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element) {
      for (const name of ['aria-label', 'aria-description', 'title', 'alt', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
      if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) parts.push(node.value);
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * The names, descriptions and values assistive technology computes in `root`, from the DOM
 * (through shadow roots): `aria-label`, `aria-description`, `aria-valuetext`, `alt`, what
 * `aria-labelledby` / `aria-describedby` point to, and fields' labels and values.
 */
export function accessibleNames(root: Node): string {
  const names: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      const scope = node.getRootNode() as Document | ShadowRoot;
      for (const attribute of ['aria-label', 'aria-description', 'aria-valuetext', 'alt']) {
        const value = node.getAttribute(attribute);
        if (value) names.push(value);
      }
      for (const attribute of ['aria-labelledby', 'aria-describedby']) {
        for (const id of (node.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) names.push(textOf(scope.getElementById(id)));
      }
      if (node instanceof HTMLInputElement || node instanceof HTMLSelectElement || node instanceof HTMLTextAreaElement) {
        names.push(node.value, ...[...(node.labels ?? [])].map(textOf));
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return names.join(' | ');
}

/** Every live region's text in `root` (through shadow roots): what a screen reader was last told. */
export function liveRegionTexts(root: Node): string[] {
  const found: string[] = [];
  const visit = (node: Node): void => {
    if (node instanceof Element) {
      if (node.matches('[aria-live], [role="status"], [role="alert"]')) found.push(textOf(node));
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found.filter((text) => text !== '');
}

/**
 * Fails when any of `traces` (what only `who`'s screen had) is still on screen, in the names
 * assistive technology computes, in a live region, or in Chromium's accessibility tree.
 */
export async function expectNothingOf(who: string, element: Element, traces: readonly string[]): Promise<void> {
  await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  const text = composedText(element);
  const tree = accessibleNames(element);
  const live = liveRegionTexts(element).join(' | ');
  const chromium = await accessibilityTreeText();
  for (const trace of traces) {
    expect(text.includes(trace), `${who}'s "${trace}" is still on screen`).to.equal(false);
    expect(tree.includes(trace), `${who}'s "${trace}" is still in the accessibility tree`).to.equal(false);
    expect(live.includes(trace), `${who}'s "${trace}" is still in a live region`).to.equal(false);
    expect(chromium.includes(trace), `${who}'s "${trace}" is still in Chromium's accessibility tree`).to.equal(false);
  }
}

/** Sets the provider's token and waits until it has checked it (GET /me) and started the new user's session. */
export async function switchTo(provider: AlisBillingProvider, token: string | undefined): Promise<void> {
  const before = provider.providedClient;
  provider.token = token;
  await waitUntil(() => provider.providedClient !== before, 'the provider never started the new session', { timeout: 5000 });
}

/** The focused element, looking inside shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Types `text` into `field` (an input, or an element that takes focus into its own input) with
 * real key presses, once focus has settled there: a widget that moves focus as it opens (to its
 * heading) would otherwise take the keys on a loaded machine.
 */
export async function typeInto(field: HTMLElement, text: string): Promise<void> {
  const focused = (): boolean => {
    const active = deepActiveElement();
    return active !== null && (active === field || field.contains(active) || (field.shadowRoot?.contains(active) ?? false));
  };
  field.focus();
  await waitUntil(() => {
    if (!focused()) field.focus();
    return focused();
  }, `focus never settled on <${field.localName}${field.id ? `#${field.id}` : ''}>`);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  field.focus();
  if (field instanceof HTMLInputElement) field.select();
  await sendKeys({ type: text });
}

/**
 * Lets `refreshed` stand for `real` in the mock: the same user's new token, as a host gets from a
 * token refresh or when the user signs in again. The mock knows one token per user, so requests
 * carrying `refreshed` are sent on with `real`.
 */
export async function acceptRefreshedToken(refreshed: string, real: string): Promise<void> {
  const { worker } = await mockWorker();
  worker.use(
    http.all('*/api/v1/*', ({ request }) => {
      if (request.headers.get('Authorization') !== `Bearer ${refreshed}`) return undefined;
      const headers = new Headers(request.headers);
      headers.set('Authorization', `Bearer ${real}`);
      return fetch(new Request(request, { headers }));
    }),
  );
}
