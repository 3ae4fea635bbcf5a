// What each payer widget reads first, for the bundle's early reads (../../bundles/head-start.ts):
// sent through an SDK client that keeps the answers (./preloads.ts) while the widgets' code is
// still loading, the widgets' own first requests then find them instead of going out again. Each
// read here is the request its widget's first load makes, with the widget's defaults read from its
// attributes, behind the same decision on `GET /me` (core/billing-access.ts): a user whose profile
// includes no billing is asked for nothing more, here as in the widget. A read that does not match
// (a property set by a script, another filter) is simply not taken and expires. Nothing here
// imports Lit. As each answer arrives it also sets the widget's loading shape (how many rows, the
// balance card's lines; ./shape-memory.ts), so the skeleton a widget draws when its code arrives
// is the size of what replaces it, even on a first visit.
import { readsPayerBilling, readsPaymentMethods } from '../../core/billing-access.js';
import { outstandingCardShape, outstandingShapeKeys } from '../../core/outstanding-shape.js';
import { rememberRows } from './shape-memory.js';
import type { AlisClient } from '../../sdk/client.js';
import type { Me } from '../../sdk/types.js';

/** The first page `<alis-invoices>` and `<alis-payment-history>` show without a `page-size`. */
export const FIRST_PAGE_SIZE = 24;

/** Where a page of `list` remembers how many rows it showed, and whether there were more. */
export function rowsShapeKeys(list: 'alis-invoices' | 'alis-payment-history', status: string): { rows: string; more: string } {
  return { rows: `${list}:${status}`, more: `${list}:${status}:more` };
}

/** Remembers a first page's shape (see {@link rowsShapeKeys}). */
export function rememberPageShape(list: 'alis-invoices' | 'alis-payment-history', status: string, page: { items: readonly unknown[]; nextCursor: string | null }): void {
  const keys = rowsShapeKeys(list, status);
  rememberRows(keys.rows, page.items.length);
  rememberRows(keys.more, page.nextCursor ? 1 : 0);
}

/** Sends the reads a widget's first load will make; answers are kept by the client's `fetch`. */
export type FirstRead = (api: AlisClient, me: Me, element: Element) => Promise<unknown> | null;

const pageSizeOf = (element: Element): number => {
  const size = Number(element.getAttribute('page-size') ?? FIRST_PAGE_SIZE);
  return Number.isFinite(size) && size > 0 ? size : FIRST_PAGE_SIZE;
};

/** The first reads of each payer widget, by tag. */
export const payerFirstReads: Readonly<Record<string, FirstRead>> = {
  'alis-pay-outstanding': (api, me) =>
    readsPayerBilling(me)
      ? api.outstanding.get().then((outstanding) => {
          const shape = outstandingCardShape(me, outstanding);
          for (const kind of ['invoices', 'notes', 'action'] as const) rememberRows(outstandingShapeKeys[kind], shape[kind]);
        })
      : null,
  'alis-invoices': (api, me, element) => {
    if (!readsPayerBilling(me)) return null;
    const status = element.getAttribute('status') ?? 'all';
    if (status !== 'all' && status !== 'open' && status !== 'paid') return null;
    return Promise.all([
      api.invoices.list({ status, limit: pageSizeOf(element) }).then((page) => rememberPageShape('alis-invoices', status, page)),
      me.permissions.includes('pay_bills') ? api.outstanding.get() : null,
    ]);
  },
  'alis-payment-history': (api, me, element) => {
    if (!readsPayerBilling(me)) return null;
    const status = element.getAttribute('status') ?? 'all';
    // Any other filter is the widget's to validate; an unknown one is simply not read ahead.
    if (status !== 'all') return null;
    return api.payments.list({ limit: pageSizeOf(element) }).then((page) => rememberPageShape('alis-payment-history', status, page));
  },
  'alis-payment-methods': (api, me) => (readsPaymentMethods(me) ? api.paymentMethods.list() : null),
};
