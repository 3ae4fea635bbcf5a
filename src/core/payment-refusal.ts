// Where a refused payment's message belongs in the pay flow, and what the flow should do next.
// The server's message is written for people and is shown as it is to English readers (other
// languages read our sentence for its code, see refusal-words.ts); this only decides placement.
import { paymentQuoteOf, type AlisApiError } from '../sdk/errors.js';
import type { PaymentQuote } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';

/** Where the flow shows a refusal and which step it returns to. */
export type RefusalPlacement =
  /** Beside the amount field (`amount_exceeds_balance`, an invalid amount). */
  | { where: 'amount'; message: string; balanceCents: number | null }
  /** Beside the method choice (`method_unusable`). */
  | { where: 'method'; message: string }
  /** The total changed (`balance_changed`): review again with `currentAmountCents`. */
  | { where: 'balance'; message: string; currentAmountCents: number }
  /** The reviewed quote no longer holds (`quote_changed` / `quote_expired`): review `quote` instead. */
  | { where: 'quote'; message: string; quote: PaymentQuote; expired: boolean }
  /** Nothing the payer can change here (`gateway_disabled`, `portal_disabled`, `not_addressee`, `forbidden`, sign-in problems…). */
  | { where: 'flow'; message: string; final: boolean };

const FINAL_CODES = new Set(['gateway_disabled', 'portal_disabled', 'not_addressee', 'forbidden', 'unauthenticated', 'access_revoked', 'not_found']);

/**
 * Places a refusal of `POST /payments` or `/payments/quote`, its message in `t`'s language: the
 * engine's (or the field's) words for English readers, our sentence for the code otherwise.
 */
export function placeRefusal(error: Pick<AlisApiError, 'code' | 'message' | 'fields' | 'details'>, t: Translate = english): RefusalPlacement {
  const message = refusalSentence(error, t);
  const field = (name: string): string | undefined => {
    const said = error.fields[name];
    return said ? refusedFieldSentence(said, t) : undefined;
  };
  switch (error.code) {
    case 'amount_exceeds_balance': {
      const balance = error.details['balanceCents'];
      return { where: 'amount', message, balanceCents: typeof balance === 'number' ? balance : null };
    }
    case 'method_unusable':
      return { where: 'method', message: error.fields['methodId'] !== undefined && t.lang === 'en' ? error.fields['methodId'] : message };
    case 'balance_changed': {
      const current = error.details['currentAmountCents'];
      if (typeof current === 'number') return { where: 'balance', message, currentAmountCents: current };
      return { where: 'flow', message, final: false };
    }
    case 'quote_changed':
    case 'quote_expired': {
      const quote = paymentQuoteOf(error);
      if (quote) return { where: 'quote', message, quote, expired: error.code === 'quote_expired' };
      return { where: 'flow', message, final: false };
    }
    case 'validation_failed': {
      const amount = field('amountCents');
      if (amount) return { where: 'amount', message: amount, balanceCents: null };
      const method = field('methodId');
      if (method) return { where: 'method', message: method };
      return { where: 'flow', message, final: false };
    }
    default:
      return { where: 'flow', message, final: FINAL_CODES.has(error.code) };
  }
}
