import { AlisApiError, AlisNetworkError } from '../../sdk/errors.js';

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
 * Turns any error from an SDK call into words for a payer. Server messages are already written
 * for people, so they are shown as they are; only transport failures get our own sentence.
 */
export function describeLoadFailure(error: unknown, subject: string): LoadFailure {
  if (error instanceof AlisApiError) {
    switch (error.code) {
      case 'unauthenticated':
        return { kind: 'unauthenticated', message: `Please sign in to see your ${subject}.`, canRetry: false, calm: true };
      case 'access_revoked':
        return { kind: 'revoked', message: error.message, canRetry: false, calm: false };
      case 'portal_disabled':
        // The community switched the portal off on purpose: nothing went wrong. The engine's
        // sentence names the billing office to contact; trying again cannot help.
        return { kind: 'portal_off', message: error.message, canRetry: false, calm: true };
      case 'forbidden':
        // The engine's sentence already names the billing office to contact; trying again cannot help.
        return { kind: 'forbidden', message: error.message, canRetry: false, calm: false };
      default:
        return { kind: 'other', message: `We couldn't load your ${subject}. ${error.message}`, canRetry: true, calm: false };
    }
  }
  if (error instanceof AlisNetworkError) {
    return {
      kind: 'network',
      message: `We couldn't reach the billing service to load your ${subject}. Check your connection and try again.`,
      canRetry: true,
      calm: false,
    };
  }
  return { kind: 'other', message: `We couldn't load your ${subject}. Please try again.`, canRetry: true, calm: false };
}
