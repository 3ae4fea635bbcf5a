// What a refusal says to the reader, by its stable code. The engine's `message` is written for
// people, in English, and often names the very payment or amount involved, so English readers keep
// it; a reader in another language gets our sentence for the code, and the engine's English only
// for a code we have no sentence for (a newer service than these widgets). The sentences are keyed
// `refusal|<code>` and live only in the translations (refusal-words.es.ts): an English page never
// downloads sentences it never shows. A host may still give English ones with overrideWords().
import type { ErrorCode } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

const sentences: Record<ErrorCode, (t: Translate) => string> = {
  validation_failed: (t) => t.ctx('refusal', 'validation_failed'),
  unauthenticated: (t) => t.ctx('refusal', 'unauthenticated'),
  forbidden: (t) => t.ctx('refusal', 'forbidden'),
  access_revoked: (t) => t.ctx('refusal', 'access_revoked'),
  portal_disabled: (t) => t.ctx('refusal', 'portal_disabled'),
  gateway_disabled: (t) => t.ctx('refusal', 'gateway_disabled'),
  not_addressee: (t) => t.ctx('refusal', 'not_addressee'),
  not_found: (t) => t.ctx('refusal', 'not_found'),
  balance_changed: (t) => t.ctx('refusal', 'balance_changed'),
  quote_changed: (t) => t.ctx('refusal', 'quote_changed'),
  quote_expired: (t) => t.ctx('refusal', 'quote_expired'),
  idempotency_in_progress: (t) => t.ctx('refusal', 'idempotency_in_progress'),
  conflict: (t) => t.ctx('refusal', 'conflict'),
  profile_in_use: (t) => t.ctx('refusal', 'profile_in_use'),
  already_deposited: (t) => t.ctx('refusal', 'already_deposited'),
  not_settled: (t) => t.ctx('refusal', 'not_settled'),
  invalid_state: (t) => t.ctx('refusal', 'invalid_state'),
  amount_exceeds_balance: (t) => t.ctx('refusal', 'amount_exceeds_balance'),
  idempotency_key_reused: (t) => t.ctx('refusal', 'idempotency_key_reused'),
  method_unusable: (t) => t.ctx('refusal', 'method_unusable'),
  refund_exceeds_paid: (t) => t.ctx('refusal', 'refund_exceeds_paid'),
  not_representable: (t) => t.ctx('refusal', 'not_representable'),
  invalid_addressee: (t) => t.ctx('refusal', 'invalid_addressee'),
  no_credit: (t) => t.ctx('refusal', 'no_credit'),
  amount_exceeds_credit: (t) => t.ctx('refusal', 'amount_exceeds_credit'),
  invitation_expired: (t) => t.ctx('refusal', 'invitation_expired'),
  invitation_used: (t) => t.ctx('refusal', 'invitation_used'),
  payload_too_large: (t) => t.ctx('refusal', 'payload_too_large'),
  rate_limited: (t) => t.ctx('refusal', 'rate_limited'),
  internal_error: (t) => t.ctx('refusal', 'internal_error'),
  not_implemented: (t) => t.ctx('refusal', 'not_implemented'),
};

/** A refusal's sentence for the reader: the engine's own words in English, ours by code otherwise. */
export function refusalSentence(error: { readonly code: string; readonly message: string }, t: Translate = english): string {
  const sentence = (sentences as Record<string, ((t: Translate) => string) | undefined>)[error.code]?.(t);
  // Untranslated, a code reads as itself: the engine's sentence is then the better one.
  return sentence === undefined || sentence === error.code ? error.message : sentence;
}

/**
 * A refused field's message, for the reader: the engine's English for English readers, else the
 * field's generic sentence (the widgets check fields before sending, so this is the rare case).
 */
export function refusedFieldSentence(message: string, t: Translate = english): string {
  return t.lang === 'en' ? message : t('This field is not valid.');
}
