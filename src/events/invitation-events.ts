// Apart from the other staff events: `<alis-accept-invitation>` is a payer page's, and the payer
// bundle's small entry exports this one event without the rest.
import type { Session } from '../sdk/types.js';
const crossesShadowRoots = { bubbles: true, composed: true } as const;

/** An invitation was accepted: the host page signs the new user in with `session.token`. */
export class AlisInvitationAcceptedEvent extends Event {
  static readonly eventName = 'alis-invitation-accepted';
  /** The new user's session. */
  readonly session: Session;
  constructor(session: Session) {
    super(AlisInvitationAcceptedEvent.eventName, crossesShadowRoots);
    this.session = session;
  }
}

