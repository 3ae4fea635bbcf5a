// Indexes and sums derived from the store's lists, kept per version of a list. A change copies
// every list it writes (`draft.ts`), so a published list never changes and what is derived from it
// stays true while the list lives; the next version of a list is indexed again when first asked.
// This is what keeps a request's cost from growing with the store: looking up a record, summing
// what is paid per invoice or listing a payer's invoices no longer scans every record each time.
import { isPublished, readable } from './draft.js';

/** How a list differs from an earlier version of it: positions written, and positions added at its end. */
export interface ListChanges {
  /** Positions below the earlier length whose record is another object now. */
  changed: number[];
  /** The first position past the earlier list (every later one is new). */
  addedFrom: number;
}

/** What is derived from a list, and how to derive it for a later version from an earlier one's. */
export interface Derivation<T, R> {
  compute: (list: readonly T[]) => R;
  /** The value for `next` from `previous`'s value and the changes; undefined to compute afresh. */
  update?: (previous: { list: readonly T[]; value: R }, next: readonly T[], changes: ListChanges) => R | undefined;
}

/** How many lines of versions (backends) an index follows at once. */
const RECENT_LINES = 4;

/** Past this many changed records, deriving again from scratch is as cheap as following them. */
const MAX_FOLLOWED_CHANGES = 64;

/**
 * `compute` of a list, kept for each published version of it; a later version is derived from the
 * last one computed by `update` when only a few records differ (a change writes one or two), so a
 * request after a payment costs what the payment changed, not the store. Lists still being written
 * (a draft's snapshot) are derived the same way but not kept. A length check guards against a list
 * edited in place outside a change.
 */
export function perVersion<T, R>(derivation: Derivation<T, R> | ((list: readonly T[]) => R)): (list: readonly T[]) => R {
  const { compute, update } = typeof derivation === 'function' ? { compute: derivation, update: undefined } : derivation;
  const kept = new WeakMap<readonly T[], { length: number; value: R }>();
  // The last few versions computed, newest first: several backends (tests, benchmarks) each keep
  // their own line of versions, told apart by their first record.
  const recent: { list: readonly T[]; value: R }[] = [];
  const derive = (plain: readonly T[]): R => {
    const last = update ? recent.find((entry) => entry.list.length <= plain.length && entry.list[0] === plain[0]) : undefined;
    if (update && last) {
      const changes = changesSince(last.list, plain);
      if (changes) {
        const value = update(last, plain, changes);
        if (value !== undefined) return value;
      }
    }
    return compute(plain);
  };
  return (list) => {
    const plain = readable(list);
    if (!isPublished(plain)) return derive(plain);
    const hit = kept.get(plain);
    if (hit && hit.length === plain.length) return hit.value;
    const value = derive(plain);
    kept.set(plain, { length: plain.length, value });
    recent.unshift({ list: plain, value });
    if (recent.length > RECENT_LINES) recent.pop();
    return value;
  };
}

/** The changes from `before` to `after` (no shorter), or undefined when there are too many to follow. */
function changesSince<T>(before: readonly T[], after: readonly T[]): ListChanges | undefined {
  const changed: number[] = [];
  for (let i = 0; i < before.length; i++) {
    if (before[i] !== after[i] && changed.push(i) > MAX_FOLLOWED_CHANGES) return undefined;
  }
  if (after.length - before.length > MAX_FOLLOWED_CHANGES) return undefined;
  return { changed, addedFrom: before.length };
}

/**
 * A map made of layers: each version of an index adds a small layer of what changed over the one
 * before, and reads look through the layers top down. Past {@link MAX_LAYERS} the index is derived
 * afresh, so a read looks through at most that many small maps.
 */
export class LayeredMap<K, V> {
  readonly #own = new Map<K, V>();
  readonly #below: LayeredMap<K, V> | null;
  /** How many layers lie below this one. */
  readonly depth: number;

  constructor(below: LayeredMap<K, V> | null = null) {
    this.#below = below;
    this.depth = below === null ? 0 : below.depth + 1;
  }

  get(key: K): V | undefined {
    const value = this.#own.get(key);
    return value !== undefined || this.#own.has(key) ? value : this.#below?.get(key);
  }

  has(key: K): boolean {
    return this.#own.has(key) || (this.#below?.has(key) ?? false);
  }

  /** Sets `key` in this layer: only while the index is being derived. */
  set(key: K, value: V): this {
    this.#own.set(key, value);
    return this;
  }
}

/** Layers an index may stack before it is derived afresh. */
export const MAX_LAYERS = 16;

/** A new layer over `below`, or null when `below` is deep enough that deriving afresh is due. */
export function layerOver<K, V>(below: LayeredMap<K, V>): LayeredMap<K, V> | null {
  return below.depth >= MAX_LAYERS ? null : new LayeredMap(below);
}

const positionsById = perVersion<{ id: string }, LayeredMap<string, number>>({
  compute: (records) => {
    const positions = new LayeredMap<string, number>();
    records.forEach((record, index) => {
      if (!positions.has(record.id)) positions.set(record.id, index);
    });
    return positions;
  },
  update: (previous, next, { changed, addedFrom }) => {
    // A record written in place keeps its id; anything else (a list reordered) is derived afresh.
    if (changed.some((i) => previous.list[i]?.id !== next[i]?.id)) return undefined;
    const positions = layerOver(previous.value);
    if (!positions) return undefined;
    for (let i = addedFrom; i < next.length; i++) {
      const id = next[i]?.id;
      if (id !== undefined && !positions.has(id)) positions.set(id, i);
    }
    return positions;
  },
});

/**
 * Where the first record with this id is in `records`, or -1. On a draft list the position is
 * the draft's, so `records[position]` is the record to write.
 */
export function positionOfId(records: readonly { id: string }[], id: string): number {
  const plain = readable(records);
  if (!isPublished(plain)) return plain.findIndex((record) => record.id === id);
  const position = positionsById(plain).get(id);
  // A list edited in place (tests may) falls back to a scan rather than answering wrongly.
  if (position === undefined) return -1;
  return plain[position]?.id === id ? position : plain.findIndex((record) => record.id === id);
}

/**
 * Groups `records` by a key, in list order, once per version of the list (derived from the last).
 * Records whose key is undefined are left out of every group.
 */
export function groupedBy<T extends { id: string }>(keyOf: (record: T) => string | undefined): (records: readonly T[]) => LayeredMap<string, readonly T[]> {
  return perVersion<T, LayeredMap<string, readonly T[]>>({
    compute: (records) => {
      const groups = new Map<string, T[]>();
      for (const record of records) {
        const key = keyOf(record);
        if (key === undefined) continue;
        const group = groups.get(key);
        if (group) group.push(record);
        else groups.set(key, [record]);
      }
      const layered = new LayeredMap<string, readonly T[]>();
      for (const [key, group] of groups) layered.set(key, group);
      return layered;
    },
    update: (previous, next, { changed, addedFrom }) => {
      // Only records written in place are followed; a record removed or moved (ids shifting along
      // the list) would be mistaken for its neighbour: derive afresh.
      if (changed.some((i) => previous.list[i]?.id !== next[i]?.id)) return undefined;
      const groups = layerOver(previous.value);
      if (!groups) return undefined;
      for (const i of changed) {
        const before = previous.list[i] as T;
        const after = next[i] as T;
        // A record that moved to another group changes the groups' order: derive afresh.
        const key = keyOf(after);
        if (keyOf(before) !== key) return undefined;
        if (key === undefined) continue;
        groups.set(key, (groups.get(key) ?? []).map((record) => (record === before ? after : record)));
      }
      for (let i = addedFrom; i < next.length; i++) {
        const record = next[i] as T;
        const key = keyOf(record);
        if (key !== undefined) groups.set(key, [...(groups.get(key) ?? []), record]);
      }
      return groups;
    },
  });
}

/**
 * The positions of a list's records in `order`, kept per version of the list: sorted once, and for
 * a later version merged with the records it added (a record written in place keeps its place, as
 * long as its sort key did not change). Read a record in order as `list[positions[k]]`.
 */
export function sortedPositions<T>(order: { keyOf: (item: T) => string[]; directions: readonly ('asc' | 'desc')[] }): (list: readonly T[]) => readonly number[] {
  const compare = (a: readonly string[], b: readonly string[]): number => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i] ?? '';
      const y = b[i] ?? '';
      if (x !== y) return (x < y ? -1 : 1) * (order.directions[i] === 'desc' ? -1 : 1);
    }
    return 0;
  };
  // Ties keep list order, as a stable sort of the list would.
  const sortPositions = (list: readonly T[], positions: number[]): number[] => {
    const keys = new Map(positions.map((p) => [p, order.keyOf(list[p] as T)]));
    return positions.sort((a, b) => compare(keys.get(a) ?? [], keys.get(b) ?? []) || a - b);
  };
  return perVersion<T, readonly number[]>({
    compute: (list) => sortPositions(list, list.map((_, i) => i)),
    update: (previous, next, { changed, addedFrom }) => {
      for (const i of changed) {
        if (compare(order.keyOf(previous.list[i] as T), order.keyOf(next[i] as T)) !== 0) return undefined;
      }
      if (addedFrom === next.length) return previous.value;
      const added = sortPositions(next, Array.from({ length: next.length - addedFrom }, (_, k) => addedFrom + k));
      const merged: number[] = [];
      let a = 0;
      let b = 0;
      const old = previous.value;
      while (a < old.length || b < added.length) {
        const x = old[a];
        const y = added[b];
        if (y === undefined || (x !== undefined && compare(order.keyOf(next[x] as T), order.keyOf(next[y] as T)) <= 0)) {
          merged.push(x as number);
          a++;
        } else {
          merged.push(y);
          b++;
        }
      }
      return merged;
    },
  });
}
