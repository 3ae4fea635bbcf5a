import { AlisApiError, AlisNetworkError } from '../../sdk/errors.js';
import { english, type Translate } from '../../core/i18n/translate.js';
import { refusalSentence } from '../../core/refusal-words.js';

/**
 * How an element should present a failed load: what to say, whether trying again can help, and
 * whether it is a calm state to explain (signed out, the portal switched off: an info notice,
 * announced politely) rather than an error (an alert).
 */
export interface LoadFailure {
  kind: 'unauthenticated' | 'portal_off' | 'revoked' | 'forbidden' | 'network' | 'other';
  message: string;
  canRetry: boolean;
  calm: boolean;
}

/**
 * The subjects the widgets name in English, as they read after "your" in the reader's language
 * (Spanish puts its own possessive or article: "sus pagos", "su saldo", "el formulario de pago").
 * A subject not listed here is taken as the caller gives it.
 */
function knownSubject(subject: string, t: Translate): string | null {
  switch (subject) {
    case 'balance':
      return t.ctx('your …', 'balance');
    case 'billing settings':
      return t.ctx('your …', 'billing settings');
    case 'deposits':
      return t.ctx('your …', 'deposits');
    case 'details':
      return t.ctx('your …', 'details');
    case 'email settings':
      return t.ctx('your …', 'email settings');
    case 'guide':
      return t.ctx('your …', 'guide');
    case 'history':
      return t.ctx('your …', 'history');
    case 'invitation':
      return t.ctx('your …', 'invitation');
    case 'invoices':
      return t.ctx('your …', 'invoices');
    case 'payer':
      return t.ctx('your …', 'payer');
    case 'payers':
      return t.ctx('your …', 'payers');
    case 'Payment Center':
      return t.ctx('your …', 'Payment Center');
    case 'payment methods':
      return t.ctx('your …', 'payment methods');
    case 'payments':
      return t.ctx('your …', 'payments');
    case 'portal users':
      return t.ctx('your …', 'portal users');
    case 'pulls due today':
      return t.ctx('your …', 'pulls due today');
    case 'residents':
      return t.ctx('your …', 'residents');
    case 'residents and contacts':
      return t.ctx('your …', 'residents and contacts');
    case 'the payment form':
      return t.ctx('your …', 'the payment form');
    case 'undeposited payments':
      return t.ctx('your …', 'undeposited payments');
    case 'user profiles':
      return t.ctx('your …', 'user profiles');
    default:
      return null;
  }
}

/**
 * `subject` as it stands after "your" (and after "Loading") in `t`'s language: the widgets'
 * English subjects are translated here; any other is taken as given (already translated by the
 * caller as it reads after "your", e.g. a deposit's report with its reference: in Spanish "el
 * informe del depósito DEP-7").
 */
export function loadSubject(subject: string, t: Translate = english): string {
  return knownSubject(subject, t) ?? subject;
}

/**
 * Turns any error from an SDK call into words for a payer. Server messages are already written
 * for people, so English readers see them as they are (other languages our sentence for the
 * refusal's code, see `refusalSentence`); only transport failures get our own sentence.
 *
 * `subject` names what failed to load as it reads after "your": "payments" gives "We couldn't load
 * your payments." Pass it in English (the widgets' subjects are translated here, with Spanish's own
 * possessive: "No pudimos cargar sus pagos.") or already translated as such a phrase.
 */
export function describeLoadFailure(error: unknown, subject: string, t: Translate = english): LoadFailure {
  const what = loadSubject(subject, t);
  if (error instanceof AlisApiError) {
    switch (error.code) {
      case 'unauthenticated':
        return { kind: 'unauthenticated', message: t('Please sign in to see your {subject}.', { subject: what }), canRetry: false, calm: true };
      case 'access_revoked':
        return { kind: 'revoked', message: refusalSentence(error, t), canRetry: false, calm: false };
      case 'portal_disabled':
        // The community switched the portal off on purpose: nothing went wrong. The engine's
        // sentence names the billing office to contact; trying again cannot help.
        return { kind: 'portal_off', message: refusalSentence(error, t), canRetry: false, calm: true };
      case 'forbidden':
        // The engine's sentence already names the billing office to contact; trying again cannot help.
        return { kind: 'forbidden', message: refusalSentence(error, t), canRetry: false, calm: false };
      default:
        return {
          kind: 'other',
          message: t("We couldn't load your {subject}. {reason}", { subject: what, reason: refusalSentence(error, t) }),
          canRetry: true,
          calm: false,
        };
    }
  }
  if (error instanceof AlisNetworkError) {
    return {
      kind: 'network',
      message: t("We couldn't reach the billing service to load your {subject}. Check your connection and try again.", { subject: what }),
      canRetry: true,
      calm: false,
    };
  }
  return { kind: 'other', message: t("We couldn't load your {subject}. Please try again.", { subject: what }), canRetry: true, calm: false };
}
