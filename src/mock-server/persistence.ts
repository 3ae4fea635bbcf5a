// Keeps the browser mock's store and clock across page reloads, so a payment made in the demo is
// still there after a reload. Only the engine's own state is written: it never holds a card number
// or a full bank account number (tokens and last four digits only), and the serializer below drops
// any `accountNumber` key as a second line of defence. Storage is injected, so Node tests use a Map.
import type { MockBackend } from './engine/backend.js';
import { STATE_SCHEMA_VERSION, type BillingState } from './engine/state.js';

/** The `localStorage` key of the saved mock state. Bump the suffix when the format changes. */
export const STORAGE_KEY = 'alis-mock-backend/v1';

/** The part of the Web Storage API persistence needs (`localStorage` fits; tests pass a fake). */
export type StateStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What is saved: the store and the clock's time. */
export interface SavedMockState {
  format: 1;
  now: string;
  state: BillingState;
}

/** Keys whose values must never reach storage, whatever a future record carries. */
const NEVER_STORED = new Set(['accountNumber', 'cardNumber', 'cvc', 'cvv']);

/** Serializes the store and the clock, leaving out any key that could hold full account data. */
export function serializeState(state: BillingState, now: Date): string {
  const saved: SavedMockState = { format: 1, now: now.toISOString(), state };
  return JSON.stringify(saved, (key, value: unknown) => (NEVER_STORED.has(key) ? undefined : value));
}

/**
 * The saved store and clock, or undefined when there is none or it cannot be used (unreadable JSON,
 * or an older shape of the store): the caller then keeps the seed data.
 */
export function loadSavedState(storage: StateStorage, current?: BillingState): SavedMockState | undefined {
  let text: string | null;
  try {
    text = storage.getItem(STORAGE_KEY);
  } catch {
    return undefined; // storage blocked (private mode, sandboxed iframe): run without it
  }
  if (text === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!isSavedState(parsed)) return undefined;
    return current === undefined || sameShape(parsed.state, current) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the store and the clock; a full or blocked storage only loses persistence, never a request. */
export function saveState(storage: StateStorage, state: BillingState, now: Date): void {
  try {
    storage.setItem(STORAGE_KEY, serializeState(state, now));
  } catch (error) {
    console.warn('[mock backend] could not save the mock state; it will not survive a reload.', error);
  }
}

/** Forgets the saved state. */
export function clearSavedState(storage: StateStorage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // nothing saved that could be removed
  }
}

/**
 * Restores `backend` from `storage` (if a usable copy is there) and saves it after every change from
 * then on. `POST /__mock/reset` re-seeds the backend, which saves the fresh seed, so a reset survives
 * a reload too. Returns a function that stops saving.
 */
export function persistBackend(backend: MockBackend, storage: StateStorage): () => void {
  const saved = loadSavedState(storage, backend.state);
  if (saved) {
    try {
      backend.load(saved.state, saved.now);
    } catch {
      clearSavedState(storage); // e.g. an unreadable clock: start again from the seed
    }
  } else {
    clearSavedState(storage);
  }
  const listener = (state: BillingState, now: Date): void => saveState(storage, state, now);
  backend.onChange = listener;
  return () => {
    if (backend.onChange === listener) backend.onChange = undefined;
  };
}

/**
 * Whether a saved store has the shape of the running engine's: the same top-level keys and the same
 * fields in the first record of each list. The engine grows fields without bumping
 * `schemaVersion` while it is developed, and a copy missing one would fail far from here.
 */
export function sameShape(saved: BillingState, current: BillingState): boolean {
  const keys = (value: unknown): string =>
    typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.keys(value).sort().join(',') : typeof value;
  if (keys(saved) !== keys(current)) return false;
  for (const name of Object.keys(current) as (keyof BillingState)[]) {
    const mine = current[name];
    const theirs = saved[name];
    if (Array.isArray(mine)) {
      if (!Array.isArray(theirs)) return false;
      if (mine.length > 0 && theirs.length > 0 && keys(mine[0]) !== keys(theirs[0])) return false;
    } else if (typeof mine === 'object' && mine !== null) {
      if (keys(mine) !== keys(theirs)) return false;
    } else if (typeof mine !== typeof theirs) {
      return false;
    }
  }
  return true;
}

function isSavedState(value: unknown): value is SavedMockState {
  if (typeof value !== 'object' || value === null) return false;
  const saved = value as Partial<Record<keyof SavedMockState, unknown>>;
  if (saved.format !== 1 || typeof saved.now !== 'string' || typeof saved.state !== 'object' || saved.state === null) return false;
  const state = saved.state as Partial<Record<keyof BillingState, unknown>>;
  // An older store shape would break the engine in odd places; dropping it costs only demo data.
  return (
    state.schemaVersion === STATE_SCHEMA_VERSION &&
    Array.isArray(state.users) &&
    Array.isArray(state.invoices) &&
    Array.isArray(state.payments) &&
    Array.isArray(state.invitations) &&
    typeof state.sequences === 'object' &&
    state.sequences !== null
  );
}
