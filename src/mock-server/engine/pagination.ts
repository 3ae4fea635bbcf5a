// Keyset pagination: a cursor names the last item's sort key, so a page boundary stays put when
// records before it change (a payment settling an invoice does not shift or repeat the next page).
import { EngineError } from './errors.js';

/** Default and largest page sizes, as the contract's `Limit` parameter says. */
export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** One page of items and the cursor of the next (null on the last page). */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Page options of list queries. */
export interface PageQuery {
  limit?: number;
  cursor?: string;
}

/** How a list is ordered: each item's key parts, and the direction of each part. */
export interface SortOrder<T> {
  keyOf: (item: T) => string[];
  directions: readonly ('asc' | 'desc')[];
}

/** Sorts a copy of `items` in `order`. */
export function sortBy<T>(items: readonly T[], order: SortOrder<T>): T[] {
  return [...items].sort((a, b) => compareKeys(order.keyOf(a), order.keyOf(b), order.directions));
}

/** The page size a query asks for (a page by default), refused unless a whole number from 1 to the maximum. */
function pageLimit(query: PageQuery): number {
  const limit = query.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw EngineError.validation({ limit: `Must be a whole number from 1 to ${MAX_LIMIT}.` });
  }
  return limit;
}

/** The page after `query.cursor` of `sorted`, which must already be in `order` (see {@link sortBy}). */
export function paginate<T>(sorted: readonly T[], order: SortOrder<T>, query: PageQuery): Page<T> {
  const limit = pageLimit(query);
  let start = 0;
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    start = sorted.findIndex((item) => compareKeys(order.keyOf(item), after, order.directions) > 0);
    if (start === -1) start = sorted.length;
  }
  const items = sorted.slice(start, start + limit);
  const last = items[items.length - 1];
  const more = start + limit < sorted.length;
  return { items, nextCursor: more && last !== undefined ? encodeCursor(order.keyOf(last)) : null };
}

/** Compares two keys part by part (ISO dates and ids compare correctly as strings). */
export function compareKeys(a: readonly string[], b: readonly string[], directions: readonly ('asc' | 'desc')[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '';
    const y = b[i] ?? '';
    if (x !== y) return (x < y ? -1 : 1) * (directions[i] === 'desc' ? -1 : 1);
  }
  return 0;
}

const CURSOR_PREFIX = 'c1.';

function encodeCursor(key: string[]): string {
  return CURSOR_PREFIX + base64UrlEncode(JSON.stringify(key));
}

function decodeCursor(cursor: string): string[] {
  const invalid = (): EngineError =>
    EngineError.validation({ cursor: 'Not a cursor from this list; start again without one.' });
  if (!cursor.startsWith(CURSOR_PREFIX)) throw invalid();
  try {
    const key: unknown = JSON.parse(base64UrlDecode(cursor.slice(CURSOR_PREFIX.length)));
    if (Array.isArray(key) && key.every((part): part is string => typeof part === 'string')) return key;
  } catch {
    // falls through to the validation error
  }
  throw invalid();
}

// Cursors carry ids and dates, which are ASCII, so btoa/atob (in browsers and Node) suffice.
function base64UrlEncode(text: string): string {
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function base64UrlDecode(text: string): string {
  return atob(text.replaceAll('-', '+').replaceAll('_', '/'));
}

/** A list read in some order without copying it: its length and its `k`-th item in that order. */
export interface OrderedView<T> {
  length: number;
  at(k: number): T;
}

/**
 * The page after `query.cursor` of the items of `ordered` that `include` keeps: the same page,
 * cursor and `nextCursor` as {@link paginate} of the kept items, but found by a binary search for
 * the cursor and a walk that stops one item past the page, so a page costs what it shows (plus
 * what `include` skips), not the length of the list. `ordered` must be in `order`.
 */
export function paginateOrdered<T>(ordered: OrderedView<T>, order: SortOrder<T>, query: PageQuery, include: (item: T) => boolean): Page<T> {
  const limit = pageLimit(query);
  let start = 0;
  if (query.cursor !== undefined) {
    const after = decodeCursor(query.cursor);
    // The items after the cursor are a suffix of the order: the first of them, by bisection.
    let low = 0;
    let high = ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareKeys(order.keyOf(ordered.at(middle)), after, order.directions) > 0) high = middle;
      else low = middle + 1;
    }
    start = low;
  }
  const items: T[] = [];
  let more = false;
  for (let k = start; k < ordered.length; k++) {
    const item = ordered.at(k);
    if (!include(item)) continue;
    if (items.length === limit) {
      more = true;
      break;
    }
    items.push(item);
  }
  const last = items[items.length - 1];
  return { items, nextCursor: more && last !== undefined ? encodeCursor(order.keyOf(last)) : null };
}
