// Starts the shared MSW handlers in this test page's service worker (once per page) and gives
// tests the seeded personas. The same handlers back Storybook and the demo.
import { startMockWorker } from '../../src/mock-server/browser.js';
import type { components } from '../../src/sdk/generated/openapi-schema.js';
import type { AlisClient, MoneyRequestOptions, Payment, PullPaymentRequest, QuotePaymentRequest } from '../../src/sdk/index.js';

export type Persona = components['schemas']['MockPersona'];

let started: ReturnType<typeof startMockWorker> | undefined;

/** The running worker; started on first use. */
export function mockWorker(): ReturnType<typeof startMockWorker> {
  started ??= startMockWorker();
  return started;
}

/** Restores the seed data and removes any per-test handler overrides. */
export async function resetMockBackend(): Promise<void> {
  const { worker } = await mockWorker();
  worker.resetHandlers();
  const response = await fetch('/api/v1/__mock/reset', { method: 'POST' });
  if (!response.ok) throw new Error(`mock reset failed: ${response.status}`);
}

/** Every seeded persona, in the backend's order (the default payer first, staff last). */
export async function personas(): Promise<Persona[]> {
  await mockWorker();
  const response = await fetch('/api/v1/__mock/personas');
  return ((await response.json()) as { items: Persona[] }).items;
}

/** The first persona matching `predicate`, or a clear failure. */
export async function persona(predicate: (p: Persona) => boolean, what: string): Promise<Persona> {
  const found = (await personas()).find(predicate);
  if (!found) throw new Error(`no seeded persona: ${what}`);
  return found;
}

/** Pays as the pay flow does: quotes `body`, then submits it under that quote. */
export async function payQuoted(client: AlisClient, body: QuotePaymentRequest, opts?: MoneyRequestOptions): Promise<Payment> {
  const { quoteId } = await client.payments.quote(body);
  return client.payments.create({ ...body, quoteId }, opts);
}

/** Pulls as the Payment Center does: quotes `body`, then pulls under that quote. */
export async function pullQuoted(client: AlisClient, body: Omit<PullPaymentRequest, 'quoteId'>, opts?: MoneyRequestOptions): Promise<Payment[]> {
  const { quoteId } = await client.staff.payments.quote(body);
  return client.staff.payments.pull({ ...body, quoteId }, opts);
}
