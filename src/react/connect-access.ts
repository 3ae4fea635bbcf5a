// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisConnectAccess as AlisConnectAccessElement } from '../components/connect-access/connect-access.js';
import type { AlisInvitationSentEvent, AlisPaymentMethodRequestedEvent, AlisProfileChangedEvent, AlisProfileCreatedEvent, AlisProfileDeletedEvent, AlisUserRevokedEvent } from '../index.js';
import '../define/alis-connect-access.js';

/** `<alis-connect-access>` for React: Invite payers to the portal, and manage their profiles and access (staff only). */
export const AlisConnectAccess = createComponent({
  tagName: 'alis-connect-access',
  elementClass: AlisConnectAccessElement,
  react: React,
  events: {
    /** An invitation was sent, or sent again (`resent: true`). */
    onAlisInvitationSent: 'alis-invitation-sent' as EventName<AlisInvitationSentEvent>,
    /** A user's or invitation's access was revoked. */
    onAlisUserRevoked: 'alis-user-revoked' as EventName<AlisUserRevokedEvent>,
    /** An active user was asked to add a payment method. */
    onAlisPaymentMethodRequested: 'alis-payment-method-requested' as EventName<AlisPaymentMethodRequestedEvent>,
    /** A profile was created (from User profiles). */
    onAlisProfileCreated: 'alis-profile-created' as EventName<AlisProfileCreatedEvent>,
    /** A profile was changed (from User profiles). */
    onAlisProfileChanged: 'alis-profile-changed' as EventName<AlisProfileChangedEvent>,
    /** A profile was deleted (from User profiles). */
    onAlisProfileDeleted: 'alis-profile-deleted' as EventName<AlisProfileDeletedEvent>,
  },
});
