// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisPayOutstanding as AlisPayOutstandingElement } from '../components/pay-outstanding/pay-outstanding.js';
import type { AlisAddPaymentMethodRequestEvent, AlisPayRequestEvent, AlisPaymentFailedEvent, AlisPaymentSubmittedEvent } from '../index.js';
import '../define/alis-pay-outstanding.js';

/** `<alis-pay-outstanding>` for React: What the signed-in user owes, what else is due on the resident's account and to whom, and Pay Outstanding. */
export const AlisPayOutstanding = createComponent({
  tagName: 'alis-pay-outstanding',
  elementClass: AlisPayOutstandingElement,
  react: React,
  events: {
    /** Cancelable; before the payment is submitted. */
    onAlisPayRequest: 'alis-pay-request' as EventName<AlisPayRequestEvent>,
    /** The payment was taken. */
    onAlisPaymentSubmitted: 'alis-payment-submitted' as EventName<AlisPaymentSubmittedEvent>,
    /** Declined, refused, or the outcome could not be confirmed. */
    onAlisPaymentFailed: 'alis-payment-failed' as EventName<AlisPaymentFailedEvent>,
    /** The payer asked to add a method. */
    onAlisAddPaymentMethodRequest: 'alis-add-payment-method-request' as EventName<AlisAddPaymentMethodRequestEvent>,
  },
});
