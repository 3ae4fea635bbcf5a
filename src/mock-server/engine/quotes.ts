// Binding reviews: the id of a quote commits to its terms, so a payment can name the quote it was
// reviewed under and the engine can tell whether anything changed since.
//
// Quotes are not stored (nothing grows with every review): the id is `qt_<expiry>_<digest>`, where
// the digest covers a canonical rendering of every term the payer or staff agreed to — payer,
// source, target, method, amount, fee and its basis points, allocations, unapplied credit,
// currency — and the expiry itself. At submission the engine plans the payment again and renders
// the same terms with the expiry read from the id; a different digest means the terms changed.
//
// The digest is a small non-cryptographic hash on purpose: the id is a commitment, not a secret or
// a credential. Forging one only claims to have reviewed terms that the engine re-plans and checks
// itself anyway (every balance, method and permission rule runs again), and a forged expiry
// changes the digest; the worst a forger gets is `quote_changed`.
import { canonicalJson } from './idempotency.js';

/** How long a quote may be submitted after it was made. */
export const QUOTE_TTL_MS = 15 * 60 * 1000;

/** What a quote commits to, in a form that renders the same way every time. */
export interface QuoteTerms {
  payerPartyId: string;
  source: 'portal' | 'staff_pull';
  target: { type: 'invoice'; invoiceId: string } | { type: 'outstanding' };
  currency: string;
  /** One entry per payment the submission would make (a portal payment has one; a split pull one per part). */
  parts: {
    methodId: string;
    amountCents: number;
    feeCents: number;
    feeBasisPoints: number;
    allocations: { invoiceId: string; amountCents: number }[];
    unappliedCents: number;
  }[];
}

/** A quote's id and expiry. */
export interface QuoteStamp {
  quoteId: string;
  expiresAt: string;
}

/** FNV-1a, 64 bits, over the UTF-16 code units of `text`: 16 hex digits. */
function fnv1a64(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function digest(terms: QuoteTerms, expiresAtMs: number): string {
  // Allocations by invoice: the same amounts to the same invoices are the same terms, whatever
  // order the allocation policy listed them in.
  const parts = terms.parts.map((part) => ({
    ...part,
    allocations: [...part.allocations].sort((a, b) => (a.invoiceId < b.invoiceId ? -1 : a.invoiceId > b.invoiceId ? 1 : 0)),
  }));
  return fnv1a64(canonicalJson({ ...terms, parts, expiresAt: expiresAtMs }));
}

/** The id and expiry of a quote of `terms` made at `now`. */
export function stampQuote(terms: QuoteTerms, now: Date): QuoteStamp {
  const expiresAtMs = now.getTime() + QUOTE_TTL_MS;
  return { quoteId: `qt_${expiresAtMs.toString(36)}_${digest(terms, expiresAtMs)}`, expiresAt: new Date(expiresAtMs).toISOString() };
}

/**
 * How `quoteId` relates to the `terms` the engine would charge now: `matches` (the same terms, not
 * yet expired), `expired` (the same terms, past the expiry) or `changed` (other terms — or an id
 * that is not one of the engine's, which commits to nothing).
 */
export function compareQuote(quoteId: string, terms: QuoteTerms, now: Date): 'matches' | 'expired' | 'changed' {
  const match = /^qt_([0-9a-z]{1,12})_([0-9a-f]{16})$/.exec(quoteId);
  if (!match) return 'changed';
  const expiresAtMs = parseInt(match[1] ?? '', 36);
  if (!Number.isSafeInteger(expiresAtMs) || digest(terms, expiresAtMs) !== match[2]) return 'changed';
  return now.getTime() > expiresAtMs ? 'expired' : 'matches';
}
