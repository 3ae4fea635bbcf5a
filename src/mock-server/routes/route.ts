// What a mock route is: one operation of the OpenAPI document, implemented over the engine.
// handlers.ts does the HTTP work (auth first, input validation, response validation); a route only
// turns validated inputs into an engine call and its result into a reply.
import type { HttpMethod } from '../openapi/contract.js';
import { isObject } from '../openapi/json-schema.js';
import { INVOICE_STATUS_FILTERS, type ListInvoicesQuery } from '../engine/invoices.js';

/** What a route receives: the request, its path parameters, and inputs the document validated. */
export interface RouteContext {
  request: Request;
  params: Record<string, string>;
  query: Record<string, unknown>;
  body: unknown;
  authorization: string | null;
}

/** What a route answers: a status and a JSON body (none for 204). */
export interface Reply {
  status: number;
  body?: unknown;
}

/** One implemented operation, named by its document method and path template. */
export interface Route {
  method: HttpMethod;
  path: string;
  run: (context: RouteContext) => Reply;
}

/** A 200 reply. */
/** A path parameter of the matched route (the router only matches when every one is present). */
export function pathParam(context: RouteContext, name: string): string {
  return context.params[name] ?? '';
}

export const ok = (body: unknown): Reply => ({ status: 200, body });

/** A 201 reply. */
export const created = (body: unknown): Reply => ({ status: 201, body });

/** A property of a validated JSON body (or undefined). */
export function property(body: unknown, name: string): unknown {
  return isObject(body) ? body[name] : undefined;
}

/** The typed `GET /invoices` query from values the document already validated. */
export function invoiceQuery(query: Record<string, unknown>): ListInvoicesQuery {
  const result: ListInvoicesQuery = {};
  const status = INVOICE_STATUS_FILTERS.find((s) => s === query['status']);
  if (status) result.status = status;
  if (typeof query['limit'] === 'number') result.limit = query['limit'];
  if (typeof query['cursor'] === 'string') result.cursor = query['cursor'];
  return result;
}

