// Starts the shared MSW handlers in this test page's service worker (once per page) and gives
// tests the seeded personas. The same handlers back Storybook and the demo.
import { startMockWorker } from '../../src/mock-server/browser.js';
import type { Fault, FaultLayer } from '../../src/mock-server/faults.js';
import type { components } from '../../src/contract/types.js';
import type { AlisClient, MoneyRequestOptions, Payment, PullPaymentRequest, QuotePaymentRequest } from '../../src/sdk/index.js';

export type Persona = components['schemas']['MockPersona'];

let started: ReturnType<typeof startMockWorker> | undefined;

/**
 * How long a test page waits for the mock worker to control it before failing. Generous: on a
 * loaded 2-core machine with two test pages opening at once, activation has taken several seconds.
 */
export const WORKER_CONTROL_TIMEOUT_MS = 20_000;

/**
 * The running worker; started on first use. A test page is never reloaded to get the worker's
 * control (the runner would report the file as interrupted): it waits up to
 * {@link WORKER_CONTROL_TIMEOUT_MS} and then fails, naming the worker it waited for.
 */
export function mockWorker(): ReturnType<typeof startMockWorker> {
  started ??= startMockWorker({ controlTimeoutMs: WORKER_CONTROL_TIMEOUT_MS, neverReload: true });
  return started;
}

/** The mock's fault layer, with nothing scheduled until a test schedules it. */
export async function mockFaults(): Promise<FaultLayer> {
  return (await mockWorker()).faults;
}

/** Replaces the mock's fault schedule with `faults` (see `src/mock-server/faults.ts`). */
export async function scheduleFaults(faults: readonly Fault[]): Promise<FaultLayer> {
  const layer = await mockFaults();
  layer.schedule(faults);
  return layer;
}

/** Restores the seed data and removes any per-test handler overrides and scheduled faults. */
export async function resetMockBackend(): Promise<void> {
  const { worker, faults } = await mockWorker();
  worker.resetHandlers();
  faults.clear();
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
