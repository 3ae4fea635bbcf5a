// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisAcceptInvitation as AlisAcceptInvitationElement } from '../components/accept-invitation/accept-invitation.js';
import type { AlisInvitationAcceptedEvent } from '../index.js';
import '../define/alis-accept-invitation.js';

/** `<alis-accept-invitation>` for React: Accepts a portal invitation from its emailed link. */
export const AlisAcceptInvitation = createComponent({
  tagName: 'alis-accept-invitation',
  elementClass: AlisAcceptInvitationElement,
  react: React,
  events: {
    /** The invitation was accepted; `session.token` signs the new user in. */
    onAlisInvitationAccepted: 'alis-invitation-accepted' as EventName<AlisInvitationAcceptedEvent>,
  },
});
