// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisPayFlow as AlisPayFlowElement } from '../components/pay-flow/pay-flow.js';
import type { AlisAddPaymentMethodRequestEvent, AlisPayRequestEvent, AlisPaymentFailedEvent, AlisPaymentSubmittedEvent } from '../index.js';
import '../define/alis-pay-flow.js';

/** `<alis-pay-flow>` for React: Internal: the steps of one payment. */
export const AlisPayFlow = createComponent({
  tagName: 'alis-pay-flow',
  elementClass: AlisPayFlowElement,
  react: React,
  events: {
    /** Not composed: the payer closed the flow (Cancel or Done). */
    onAlisPayFlowClose: 'alis-pay-flow-close' as EventName<Event>,
    /** Cancelable; before the payment is submitted. */
    onAlisPayRequest: 'alis-pay-request' as EventName<AlisPayRequestEvent>,
    /** The payment was taken (succeeded, or pending for a bank debit). */
    onAlisPaymentSubmitted: 'alis-payment-submitted' as EventName<AlisPaymentSubmittedEvent>,
    /** Declined, refused, or the outcome could not be confirmed. */
    onAlisPaymentFailed: 'alis-payment-failed' as EventName<AlisPaymentFailedEvent>,
    /** The payer asked to add a method. */
    onAlisAddPaymentMethodRequest: 'alis-add-payment-method-request' as EventName<AlisAddPaymentMethodRequestEvent>,
  },
});
