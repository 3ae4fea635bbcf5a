// What a refusal says to the reader, by its stable code. The engine's `message` is written for
// people, in English, and often names the very payment or amount involved, so English readers keep
// it; a reader in another language gets our sentence for the code, and the engine's English only
// for a code we have no sentence for (a newer service than these widgets).
import type { ErrorCode } from '../sdk/types.js';
import { english, type Translate } from './i18n/translate.js';

const sentences: Record<ErrorCode, (t: Translate) => string> = {
  validation_failed: (t) => t('Some details are not valid. Check the highlighted fields and try again.'),
  unauthenticated: (t) => t('Please sign in to continue.'),
  forbidden: (t) => t('You do not have permission to do this. Contact the billing office if you think you should.'),
  access_revoked: (t) => t('Your access to billing here was removed. Contact the billing office if you think this is a mistake.'),
  portal_disabled: (t) => t('The community has switched online billing off for now. Contact the billing office for help.'),
  gateway_disabled: (t) => t('Online payments are switched off for now. Contact the billing office to pay another way.'),
  not_addressee: (t) => t('This invoice is addressed to someone else, so only they can pay it online.'),
  not_found: (t) => t('We could not find what you asked for. It may have been removed.'),
  balance_changed: (t) => t('The balance changed since you reviewed it. Review the new amount and try again.'),
  quote_changed: (t) => t('The amount or fee changed since you reviewed it. Review the new total and confirm again.'),
  quote_expired: (t) => t('Your review expired. Review the payment again and confirm.'),
  idempotency_in_progress: (t) => t('This request is still being processed. Wait a moment; it will not be made twice.'),
  conflict: (t) => t('Someone else changed this at the same time. Reload and try again.'),
  profile_in_use: (t) => t('This access profile is still given to people. Give them another profile first.'),
  already_deposited: (t) => t('This payment is already deposited. Refund it instead of voiding it.'),
  not_settled: (t) => t('This payment is still settling. A deposit holds settled money only.'),
  invalid_state: (t) => t('This cannot be done in the state it is in now. Reload to see its current state.'),
  amount_exceeds_balance: (t) => t('The amount is more than the balance owed. Enter a smaller amount.'),
  idempotency_key_reused: (t) => t('This request was already made with different details. Start again to make a new one.'),
  method_unusable: (t) => t('This payment method can no longer be used. Choose or add another one.'),
  refund_exceeds_paid: (t) => t('The refund is more than what is left of the payment. Enter a smaller amount.'),
  not_representable: (t) => t('This returned payment cannot be presented again.'),
  invalid_addressee: (t) => t('An invoice can be addressed only to the resident or one of the resident’s contacts.'),
  no_credit: (t) => t('There is no credit on account to apply.'),
  amount_exceeds_credit: (t) => t('The amount is more than the credit on account. Enter a smaller amount.'),
  invitation_expired: (t) => t('This invitation has expired. Ask the community to send it again.'),
  invitation_used: (t) => t('This invitation was already accepted. Sign in with your email instead.'),
  payload_too_large: (t) => t('What was sent is too large. Shorten it and try again.'),
  rate_limited: (t) => t('Too many requests just now. Wait a minute and try again.'),
  internal_error: (t) => t('Something went wrong on our side. Nothing was changed; please try again.'),
  not_implemented: (t) => t('This is not available yet.'),
};

/** A refusal's sentence for the reader: the engine's own words in English, ours by code otherwise. */
export function refusalSentence(error: { readonly code: string; readonly message: string }, t: Translate = english): string {
  if (t.lang === 'en') return error.message;
  const sentence = (sentences as Record<string, ((t: Translate) => string) | undefined>)[error.code];
  return sentence ? sentence(t) : error.message;
}

/**
 * A refused field's message, for the reader: the engine's English for English readers, else the
 * field's generic sentence (the widgets check fields before sending, so this is the rare case).
 */
export function refusedFieldSentence(message: string, t: Translate = english): string {
  return t.lang === 'en' ? message : t('This field is not valid.');
}
