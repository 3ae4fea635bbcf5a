// The signed-in payer's session, invoices and outstanding balance, and the community's public page.
import type { MockBackend } from '../engine/backend.js';
import { invoiceQuery, ok, type Route } from './route.js';

/** `GET /me`, `GET /community`, `GET /invoices`, `GET /invoices/{invoiceId}`, `GET /outstanding`. */
export function sessionRoutes(backend: MockBackend): Route[] {
  return [
    { method: 'get', path: '/me', run: ({ authorization }) => ok(backend.me(authorization)) },
    { method: 'get', path: '/community', run: () => ok(backend.community()) },
    {
      method: 'get',
      path: '/invoices',
      run: ({ authorization, query }) => ok(backend.listInvoices(authorization, invoiceQuery(query))),
    },
    {
      method: 'get',
      path: '/invoices/{invoiceId}',
      run: ({ authorization, params }) => ok(backend.getInvoice(authorization, params['invoiceId'] ?? '')),
    },
    { method: 'get', path: '/outstanding', run: ({ authorization }) => ok(backend.outstanding(authorization)) },
  ];
}
