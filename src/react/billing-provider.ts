// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisBillingProvider as AlisBillingProviderElement } from '../components/billing-provider/billing-provider.js';
import type { AlisSessionExpiredEvent } from '../index.js';
import '../define/alis-billing-provider.js';

/** `<alis-billing-provider>` for React: Provides the billing API client to the ALIS elements inside it. */
export const AlisBillingProvider = createComponent({
  tagName: 'alis-billing-provider',
  elementClass: AlisBillingProviderElement,
  react: React,
  events: {
    /** The service no longer accepts the token; supply a new one to carry on. */
    onAlisSessionExpired: 'alis-session-expired' as EventName<AlisSessionExpiredEvent>,
  },
});
