// The payer bundle's early reads ask for exactly what each widget's first load asks, behind the
// same decision on `GET /me`: a user whose profile includes no billing, staff, or anyone while the
// portal is off is asked for nothing more (src/components/shared/first-reads.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { payerFirstReads } from '../../src/components/shared/first-reads.js';
import type { AlisClient } from '../../src/sdk/client.js';
import type { Me } from '../../src/sdk/types.js';

/** A client that records which reads were asked, with their queries. */
function recordingClient(): { api: AlisClient; asked: string[] } {
  const asked: string[] = [];
  const answer = (what: string) => (query?: unknown) => {
    asked.push(query === undefined ? what : `${what} ${JSON.stringify(query)}`);
    return Promise.resolve(what === 'outstanding' ? OUTSTANDING : { items: [{}, {}, {}], nextCursor: 'next' });
  };
  const api = {
    outstanding: { get: () => answer('outstanding')() },
    invoices: { list: (query: unknown) => answer('invoices')(query) },
    payments: { list: (query: unknown) => answer('payments')(query) },
    paymentMethods: { list: () => answer('payment-methods')() },
  } as unknown as AlisClient;
  return { api, asked };
}

const usd = (amountCents: number) => ({ amountCents, currency: 'USD' });
/** Three open invoices, nothing due to others, no credit. */
const OUTSTANDING = {
  total: usd(30_000),
  unappliedCredit: usd(0),
  invoices: [{}, {}, {}],
  dueToOthers: { total: usd(0), addressees: [] },
  allocationPolicy: 'oldest_first',
};

const me = (permissions: string[], { role = 'payer', portalEnabled = true } = {}): Me =>
  ({ user: { id: 'u1', role }, permissions, community: { portalEnabled, paymentsEnabled: true }, party: { id: 'p1' } }) as unknown as Me;

const element = (attributes: Record<string, string> = {}) => ({ getAttribute: (name: string) => attributes[name] ?? null }) as unknown as Element;

function readAll(who: Me, attributes: Record<string, string> = {}): string[] {
  const { api, asked } = recordingClient();
  for (const read of Object.values(payerFirstReads)) void read(api, who, element(attributes));
  return asked.sort();
}

describe('the early reads of the payer widgets', () => {
  it('set each widget’s loading shape from the answers, for a first visit’s skeleton', async () => {
    const stored = new Map<string, string>();
    const storage = { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) };
    Object.assign(globalThis, { sessionStorage: storage });
    try {
      const { api } = recordingClient();
      await Promise.all(Object.values(payerFirstReads).map((read) => read(api, me(['view_billing', 'pay_bills']), element())));
      assert.deepEqual(Object.fromEntries(stored), {
        'alis-rows:alis-pay-outstanding:invoices': '3',
        'alis-rows:alis-pay-outstanding:notes': '0',
        'alis-rows:alis-pay-outstanding:action': '1',
        'alis-rows:alis-invoices:all': '3',
        'alis-rows:alis-invoices:all:more': '1',
        'alis-rows:alis-payment-history:all': '3',
        'alis-rows:alis-payment-history:all:more': '1',
      });
    } finally {
      delete (globalThis as { sessionStorage?: unknown }).sessionStorage;
    }
  });

  it('ask what the four widgets ask first, with their default filters and page size', () => {
    assert.deepEqual(readAll(me(['view_billing', 'pay_bills'])), [
      'invoices {"status":"all","limit":24}',
      'outstanding',
      'outstanding',
      'payment-methods',
      'payments {"limit":24}',
    ]);
  });

  it('follow the page size and status the page set', () => {
    assert.deepEqual(readAll(me(['view_billing']), { 'page-size': '10', status: 'open' }).filter((read) => read.startsWith('invoices')), [
      'invoices {"status":"open","limit":10}',
    ]);
  });

  it('ask nothing for a profile without billing, for staff, or while the portal is off', () => {
    assert.deepEqual(readAll(me([])), []);
    assert.deepEqual(readAll(me(['view_billing', 'pay_bills'], { role: 'staff' })), []);
    assert.deepEqual(readAll(me(['view_billing', 'pay_bills'], { portalEnabled: false })), []);
  });

  it('ask for methods only where the methods widget would: paying bills or managing methods', () => {
    // Seeing without paying: the balance (its widget shows it), no hint for Pay buttons, no methods.
    assert.deepEqual(readAll(me(['view_billing'])), ['invoices {"status":"all","limit":24}', 'outstanding', 'payments {"limit":24}']);
    assert.deepEqual(readAll(me(['manage_payment_methods'])), ['payment-methods']);
  });
});
