// Shared by the stories: the seeded personas, fetched from the mock backend the stories run on.
import type { components } from '../src/contract/types.js';
import type { AlisClient, MoneyRequestOptions, Payment, QuotePaymentRequest } from '../src/sdk/index.js';

export type Persona = components['schemas']['MockPersona'];

/** A Storybook loader that provides `loaded.personas`. */
export async function loadPersonas(): Promise<{ personas: Persona[] }> {
  const response = await fetch('/api/v1/__mock/personas');
  return { personas: ((await response.json()) as { items: Persona[] }).items };
}

/** The persona a story shows, by kind. */
export function pickPersona(personas: Persona[], kind: 'default-payer' | 'other-payer' | 'revoked' | 'staff'): Persona | undefined {
  const payers = personas.filter((p) => p.role === 'payer' && !/revoked/i.test(p.description));
  switch (kind) {
    case 'default-payer':
      return payers[0];
    case 'other-payer':
      return payers[1];
    case 'revoked':
      return personas.find((p) => /revoked/i.test(p.description));
    case 'staff':
      return personas.find((p) => p.role === 'staff');
  }
}

/** Waits until `predicate` returns something truthy (polling), or fails after `timeoutMs`. */
export async function until<T>(predicate: () => T | null | undefined | false, what: string, timeoutMs = 8000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = predicate();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`story play: ${what} did not happen`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The first element matching `selector` inside `host`'s shadow root, once it is there. */
export function inShadow<T extends Element>(host: Element, selector: string, what = selector): Promise<T> {
  return until(() => host.shadowRoot?.querySelector<T>(selector), what);
}

/** Clicks the button whose text starts with `label` inside `host`'s shadow root, once it is there. */
export async function clickButton(host: Element, label: string): Promise<void> {
  const button = await until(
    () => [...(host.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => (b.textContent ?? '').replace(/\s+/g, ' ').trim().startsWith(label)),
    `a "${label}" button`,
  );
  button.click();
}

/** Payments and pulls name the quote they were reviewed under; these are the quotes' paths. */
const QUOTE_OF: Readonly<Record<string, string>> = { '/payments': '/payments/quote', '/staff/payments': '/staff/payments/quote' };

/**
 * Calls the mock API as `token` (for stories that set up a situation through the real engine). A
 * payment or pull is quoted first, as the widgets do, and submitted under that quote.
 */
export async function api(token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const quotePath = QUOTE_OF[path];
  if (method === 'POST' && quotePath && typeof body === 'object' && body !== null && !('quoteId' in body)) {
    const { quoteId } = (await api(token, 'POST', quotePath, body)) as { quoteId: string };
    return api(token, method, path, { ...body, quoteId });
  }
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method === 'POST') headers['Idempotency-Key'] = crypto.randomUUID();
  const response = await fetch(`/api/v1${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** Pays as the pay flow does: quotes `body`, then submits it under that quote. */
export async function payQuoted(client: AlisClient, body: QuotePaymentRequest, opts?: MoneyRequestOptions): Promise<Payment> {
  const { quoteId } = await client.payments.quote(body);
  return client.payments.create({ ...body, quoteId }, opts);
}

