import { AlisApiError, AlisNetworkError } from '../../sdk/index.js';

/** How an element should present a failed load: what to say, and whether trying again can help. */
export interface LoadFailure {
  kind: 'unauthenticated' | 'revoked' | 'forbidden' | 'network' | 'other';
  message: string;
  canRetry: boolean;
}

/**
 * Turns any error from an SDK call into words for a payer. Server messages are already written
 * for people, so they are shown as they are; only transport failures get our own sentence.
 */
export function describeLoadFailure(error: unknown, subject: string): LoadFailure {
  if (error instanceof AlisApiError) {
    switch (error.code) {
      case 'unauthenticated':
        return { kind: 'unauthenticated', message: `Please sign in to see your ${subject}.`, canRetry: false };
      case 'access_revoked':
        return { kind: 'revoked', message: error.message, canRetry: false };
      case 'forbidden':
      case 'portal_disabled':
        // The engine's sentence already names the billing office to contact; trying again cannot help.
        return { kind: 'forbidden', message: error.message, canRetry: false };
      default:
        return { kind: 'other', message: `We couldn't load your ${subject}. ${error.message}`, canRetry: true };
    }
  }
  if (error instanceof AlisNetworkError) {
    return {
      kind: 'network',
      message: `We couldn't reach the billing service to load your ${subject}. Check your connection and try again.`,
      canRetry: true,
    };
  }
  return { kind: 'other', message: `We couldn't load your ${subject}. Please try again.`, canRetry: true };
}
