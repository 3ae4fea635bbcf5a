// Which idempotency key a payment submission uses. A key is made when the review step opens and
// reused for every retry of that submission, so double clicks and retries pay once. It is also
// remembered (in localStorage, for 15 minutes) under the payment's fingerprint — payer, target,
// amount, method and the balance shown — so a second tab reviewing the same payment sends the same key and gets the
// first payment back instead of paying again.
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

/** The part of `Storage` used; `localStorage` in browsers, a `Map`-backed stand-in in tests. */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** How long a remembered key is reused: long enough for a second tab, short enough not to surprise. */
export const PAYMENT_KEY_TTL_MS = 15 * 60 * 1000;

const PREFIX = 'alis-billing:payment-key:';

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
export function forgetPaymentKey(fingerprint: PaymentFingerprint, storage: KeyStorage | undefined): void {
  try {
    storage?.removeItem(storageKey(fingerprint));
  } catch {
    // Nothing to do: the entry expires on its own.
  }
}
