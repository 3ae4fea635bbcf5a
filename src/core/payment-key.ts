// Which idempotency key a payment submission uses. A key is made when the review step opens and
// reused for every retry of that submission, so double clicks and retries pay once. It is also
// remembered (in localStorage, for 15 minutes) under the payment's fingerprint — payer, target,
// amount, method and the balance shown — so a second tab reviewing the same payment sends the same key and gets the
// first payment back instead of paying again. Every read or write also removes a few expired
// entries (see {@link removeExpiredKeys}), so a shared computer's storage does not fill up with them.
import { createIdempotencyKey } from '../sdk/idempotency.js';

/**
 * What makes two submissions "the same payment": the same payer paying the same amount from the
 * same method towards the same target *while it shows the same balance*. The balance is what tells
 * a second tab's copy of one payment (same balance) from a deliberate second payment made after
 * the first one lowered it, which must not be answered with the first one's receipt.
 */
export interface PaymentFingerprint {
  userId: string;
  target: string;
  amountCents: number;
  methodId: string;
  /** The target's balance (an invoice's, or the whole outstanding amount) shown at review. */
  balanceCents: number;
}

/**
 * The part of `Storage` used; `localStorage` in browsers, a `Map`-backed stand-in in tests. With
 * `key` and `length` (as `localStorage` has), expired entries are also swept.
 */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

/** How long a remembered key is reused: long enough for a second tab, short enough not to surprise. */
export const PAYMENT_KEY_TTL_MS = 15 * 60 * 1000;

const PREFIX = 'alis-billing:payment-key:';

/** The most storage entries one sweep looks at, so a page with a crowded `localStorage` pays little. */
export const KEY_SWEEP_BATCH = 32;

/** Where the next sweep starts: sweeps take turns over the storage, a batch at a time. */
let sweepCursor = 0;

/** Whether a stored `{ key, savedAt }` is past `ttlMs` at `now` (or is not one at all). */
function isExpiredEntry(text: string | null, ttlMs: number, now: number): boolean {
  if (text === null) return false;
  try {
    const parsed = JSON.parse(text) as Partial<StoredKey> | null;
    const savedAt = parsed?.savedAt;
    // A time a little ahead is another tab's clock, not garbage; a whole lifetime ahead never expires otherwise.
    return typeof parsed?.key !== 'string' || typeof savedAt !== 'number' || now - savedAt >= ttlMs || savedAt - now >= ttlMs;
  } catch {
    return true;
  }
}

/**
 * Removes remembered keys under `prefix` that are older than `ttlMs` (or unreadable). Looks at no
 * more than {@link KEY_SWEEP_BATCH} entries per call, continuing where the last call stopped, so
 * every entry is looked at within a few calls and none costs a scan of the whole storage. Returns
 * how many it removed; storage without `key`/`length`, or that throws, is left alone.
 */
export function removeExpiredKeys(storage: KeyStorage | undefined, prefix: string, ttlMs: number, now = Date.now()): number {
  if (!storage || typeof storage.key !== 'function' || typeof storage.length !== 'number') return 0;
  try {
    const total = storage.length;
    if (total === 0) return 0;
    const count = Math.min(KEY_SWEEP_BATCH, total);
    const start = sweepCursor % total;
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      const name = storage.key((start + i) % total);
      if (name?.startsWith(prefix)) names.push(name);
    }
    let removed = 0;
    for (const name of names) {
      if (!isExpiredEntry(storage.getItem(name), ttlMs, now)) continue;
      storage.removeItem(name);
      removed += 1;
    }
    // The entries after the batch moved down by what it removed; the next batch starts at them.
    sweepCursor = Math.max(0, start + count - removed);
    return removed;
  } catch {
    // Storage that refuses to be read is not ours to clean.
    return 0;
  }
}

interface StoredKey {
  key: string;
  savedAt: number;
}

function storageKey(fingerprint: PaymentFingerprint): string {
  const { userId, target, amountCents, methodId, balanceCents } = fingerprint;
  return `${PREFIX}${userId}|${target}|${amountCents}|${methodId}|${balanceCents}`;
}

/** `localStorage` when the page may use it (private modes and sandboxed frames may refuse). */
export function browserKeyStorage(): KeyStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The key for this payment: the one remembered for the same fingerprint within the last 15
 * minutes, or a new one (then remembered). Storage failures only lose the cross-tab guarantee.
 */
export function paymentKeyFor(fingerprint: PaymentFingerprint, storage: KeyStorage | undefined, now = Date.now()): string {
  removeExpiredKeys(storage, PREFIX, PAYMENT_KEY_TTL_MS, now);
  const name = storageKey(fingerprint);
  try {
    const saved = storage?.getItem(name);
    if (saved) {
      const parsed = JSON.parse(saved) as Partial<StoredKey>;
      if (typeof parsed.key === 'string' && typeof parsed.savedAt === 'number' && now - parsed.savedAt < PAYMENT_KEY_TTL_MS && parsed.savedAt <= now) {
        return parsed.key;
      }
    }
  } catch {
    // An unreadable entry is replaced below.
  }
  const key = createIdempotencyKey();
  try {
    storage?.setItem(name, JSON.stringify({ key, savedAt: now } satisfies StoredKey));
  } catch {
    // Quota or privacy settings: the key still protects this tab's retries.
  }
  return key;
}

/**
 * Forgets the key of a submission whose result must not be replayed (a declined card the payer
 * may try again after calling the bank), so the next review makes a new one.
 */
export function forgetPaymentKey(fingerprint: PaymentFingerprint, storage: KeyStorage | undefined, now = Date.now()): void {
  removeExpiredKeys(storage, PREFIX, PAYMENT_KEY_TTL_MS, now);
  try {
    storage?.removeItem(storageKey(fingerprint));
  } catch {
    // Nothing to do: the entry expires on its own.
  }
}
