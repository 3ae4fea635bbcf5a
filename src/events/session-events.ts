// Events of `<alis-billing-provider>` about the signed-in session. Each bubbles and is composed.

/**
 * The billing service no longer accepts the signed-in user's token (it expired, or the user was
 * signed out elsewhere). The widgets keep what the user typed and wait: give the provider a new
 * `token` (or make `getToken` return one) and, when it belongs to the same user, they carry on;
 * when it belongs to someone else, they start afresh as that user.
 */
export class AlisSessionExpiredEvent extends Event {
  static readonly eventName = 'alis-session-expired';

  constructor() {
    super(AlisSessionExpiredEvent.eventName, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alis-session-expired': AlisSessionExpiredEvent;
  }
}
