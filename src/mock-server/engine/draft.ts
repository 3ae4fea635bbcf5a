// Structural sharing for the store, so a change costs what it touches rather than the size of the
// store. `MockBackend.mutate` runs each change on a copy-on-write draft: a proxy that reads the
// current store and copies a record (and the lists and objects above it) only when the change
// writes it. Whatever the change did not write is shared with the previous store, and a change
// that throws leaves the store object and every record in it untouched.
//
// The engine imports nothing but the contract (it runs in Node and in service workers alike), and
// the store is plain JSON data — objects and arrays, no Maps, Dates or classes — so a small draft
// of our own suffices where a library (immer, mutative) would otherwise sit.
//
// Reading through a draft costs a proxy per record read, so code that scans a whole list inside a
// change reads it through `readable` (a plain snapshot), and answers leave it through `detached`.
import type { BillingState } from './state.js';

/** What a draft knows: the object it stands for, its copy once written, and who holds it. */
interface DraftState {
  readonly base: object;
  /** A shallow copy of `base`, made on the first write or the first child draft. */
  copy: Record<PropertyKey, unknown> | null;
  /** True once the draft or anything below it was written. */
  modified: boolean;
  /** Keys assigned a value that did not come from `base` (it may hold drafts to replace). */
  readonly assigned: Set<PropertyKey>;
  readonly parent: DraftState | null;
  readonly proxy: object;
  /** The finished value once the change ended; writing then throws. */
  finished: { value: unknown } | null;
}

const DRAFT = Symbol('draft');

function stateOf(value: unknown): DraftState | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return (value as { [DRAFT]?: DraftState })[DRAFT];
}

/** Whether `value` is a draft (a proxy made by this module). */
export function isDraft(value: unknown): boolean {
  return stateOf(value) !== undefined;
}

/** Plain data the draft copies on write: arrays and plain objects. */
function isDraftable(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function latest(state: DraftState): Record<PropertyKey, unknown> {
  return state.copy ?? (state.base as Record<PropertyKey, unknown>);
}

function prepareCopy(state: DraftState): Record<PropertyKey, unknown> {
  state.copy ??= (Array.isArray(state.base) ? [...(state.base as unknown[])] : { ...state.base }) as Record<PropertyKey, unknown>;
  return state.copy;
}

function markModified(state: DraftState): void {
  for (let s: DraftState | null = state; s !== null && !s.modified; s = s.parent) {
    prepareCopy(s);
    s.modified = true;
  }
}

function requireWritable(state: DraftState, key: PropertyKey): void {
  if (state.finished) throw new TypeError(`draft: property ${String(key)} written after its change ended`);
  // Frozen records (audit entries, emails) stay unwritable, as they are outside a draft.
  if (Object.isFrozen(state.base)) throw new TypeError(`Cannot assign to read only property '${String(key)}' of object`);
}

/** The value at `key`: a record still as it was in the store reads as a draft of its own. */
function read(state: DraftState, key: PropertyKey): unknown {
  const source = latest(state);
  if (!Object.prototype.hasOwnProperty.call(source, key)) return Reflect.get(source, key);
  const value = source[key];
  if (state.finished || !isDraftable(value) || stateOf(value)) return value;
  // Kept in the copy, so the same record always reads as the same draft. Values the change
  // assigned are its own already (a record it moved was read, and so drafted, on the way).
  if (value !== (state.base as Record<PropertyKey, unknown>)[key]) return value;
  const child = createDraft(value, state);
  prepareCopy(state)[key] = child;
  return child;
}

const handler: ProxyHandler<object> = {
  get(target, key) {
    const state = (target as { state: DraftState }).state;
    return key === DRAFT ? state : read(state, key);
  },
  set(target, key, value: unknown) {
    const state = (target as { state: DraftState }).state;
    requireWritable(state, key);
    const source = latest(state);
    if (Object.prototype.hasOwnProperty.call(source, key) && source[key] === value && (value !== undefined || key in source)) return true;
    markModified(state);
    const copy = prepareCopy(state);
    copy[key] = value;
    state.assigned.add(key);
    return true;
  },
  deleteProperty(target, key) {
    const state = (target as { state: DraftState }).state;
    requireWritable(state, key);
    if (!Object.prototype.hasOwnProperty.call(latest(state), key)) return true;
    markModified(state);
    Reflect.deleteProperty(prepareCopy(state), key);
    return true;
  },
  has(target, key) {
    return key in latest((target as { state: DraftState }).state);
  },
  ownKeys(target) {
    return Reflect.ownKeys(latest((target as { state: DraftState }).state));
  },
  getOwnPropertyDescriptor(target, key) {
    const state = (target as { state: DraftState }).state;
    const source = latest(state);
    const descriptor = Reflect.getOwnPropertyDescriptor(source, key);
    if (!descriptor) return undefined;
    // An array's `length` is not configurable on the proxy's target either (a proxy invariant).
    const configurable = !(Array.isArray(state.base) && key === 'length');
    return { writable: true, configurable, enumerable: descriptor.enumerable ?? false, value: read(state, key) };
  },
  defineProperty() {
    throw new TypeError('draft: defineProperty is not supported on the store');
  },
  getPrototypeOf(target) {
    return Object.getPrototypeOf((target as { state: DraftState }).state.base) as object | null;
  },
  setPrototypeOf() {
    throw new TypeError('draft: setPrototypeOf is not supported on the store');
  },
};

// Proxies of arrays must have an array as their target, or `Array.isArray` says no; the target
// only carries the state, every trap reads `base` or `copy`.
function createDraft(base: object, parent: DraftState | null): object {
  const target = (Array.isArray(base) ? Object.assign([], { state: undefined }) : { state: undefined }) as unknown as { state: DraftState };
  const proxy = new Proxy(target, handler);
  target.state = { base, copy: null, modified: false, assigned: new Set(), parent, proxy, finished: null };
  return proxy;
}

/** The plain value a draft stands for at the end of its change (its copy, with drafts inside replaced). */
function finish(state: DraftState): unknown {
  if (state.finished) return state.finished.value;
  if (!state.modified) {
    state.finished = { value: state.base };
    return state.base;
  }
  const copy = prepareCopy(state);
  state.finished = { value: copy };
  for (const key of Reflect.ownKeys(copy)) {
    const value = copy[key];
    const child = stateOf(value);
    if (child) copy[key] = finish(child);
    else if (state.assigned.has(key)) copy[key] = finishAssigned(value);
  }
  return copy;
}

/** A value the change assigned: new data that may hold drafts (a record moved or spread into it). */
function finishAssigned(value: unknown): unknown {
  const child = stateOf(value);
  if (child) return finish(child);
  if (!isDraftable(value)) return value;
  const record = value as Record<PropertyKey, unknown>;
  for (const key of Object.keys(record)) {
    const inner = record[key];
    const plain = finishAssigned(inner);
    if (plain !== inner) {
      if (Object.isFrozen(record)) throw new TypeError('draft: a frozen record holds a draft');
      record[key] = plain;
    }
  }
  return value;
}

/** What a draft holds right now as plain data, leaving the draft as it is. */
function snapshot(state: DraftState): unknown {
  if (state.finished) return state.finished.value;
  if (!state.modified) return state.base;
  const source = latest(state);
  const copy = (Array.isArray(source) ? [...(source as unknown[])] : { ...source }) as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(copy)) {
    const value = copy[key];
    const child = stateOf(value);
    if (child) copy[key] = snapshot(child);
    else if (state.assigned.has(key)) copy[key] = snapshotAssigned(value);
  }
  return copy;
}

function snapshotAssigned(value: unknown): unknown {
  const child = stateOf(value);
  if (child) return snapshot(child);
  if (!isDraftable(value)) return value;
  const record = value as Record<PropertyKey, unknown>;
  let copy: Record<PropertyKey, unknown> | undefined;
  for (const key of Object.keys(record)) {
    const plain = snapshotAssigned(record[key]);
    if (plain !== record[key]) (copy ??= (Array.isArray(record) ? [...(record as unknown[])] : { ...record }) as Record<PropertyKey, unknown>)[key] = plain;
  }
  return copy ?? value;
}

/**
 * The next store: `base` with `change` applied to a draft of it, sharing every record `change`
 * did not write. Throws whatever `change` throws, and then nothing of the change is anywhere:
 * `base` and its records are never written.
 */
export function nextState(base: BillingState, change: (draft: BillingState) => void): BillingState {
  const draft = createDraft(base, null) as BillingState;
  change(draft);
  const root = stateOf(draft);
  if (!root) throw new Error('draft: lost its state');
  const next = finish(root) as BillingState;
  publish(next);
  return next;
}

/**
 * What `plan` returns when run on a scratch draft of `state` (a draft itself or a store) that is
 * then dropped: what a change would do, changing nothing, at the cost of what it touches.
 */
export function rehearse<T>(state: BillingState, plan: (scratch: BillingState) => T): T {
  const scratch = createDraft(readable(state), null) as BillingState;
  return detached(plan(scratch));
}

/**
 * What `value` holds now as plain data when it is a draft, `value` itself otherwise. A snapshot:
 * read it at once and write through the draft. It costs a pointer copy of the lists the change
 * has written so far, not a proxy per record, so filters and sums over thousands of invoices or
 * payments stay cheap inside a change.
 */
export function readable<T>(value: T): T {
  const state = stateOf(value);
  return state ? (snapshot(state) as T) : value;
}

/**
 * `value` with every draft inside it replaced by its plain value, for an answer that outlives the
 * change. Walks arrays and plain objects, copying only what holds a draft.
 */
export function detached<T>(value: T): T {
  return snapshotAssigned(value) as T;
}

/** The store's lists as the backend holds them: no change writes them in place again. */
const published = new WeakSet<object>();

/**
 * Marks the lists of `state` as a version of the store (a change's result, a seed, a loaded copy).
 * Each change copies a list it writes, so a published list never changes again, and what is
 * derived from it (indexes, sums: `indexes.ts`) can be kept as long as the list lives.
 */
export function publish(state: BillingState): void {
  for (const value of Object.values(state)) if (Array.isArray(value)) published.add(value);
}

/** Whether `list` is a list of a store version (see {@link publish}). */
export function isPublished(list: object): boolean {
  return published.has(list);
}
