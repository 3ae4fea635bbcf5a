// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisInvoices as AlisInvoicesElement } from '../components/invoices/invoices.js';
import type { AlisAddPaymentMethodRequestEvent, AlisPayRequestEvent, AlisPaymentFailedEvent, AlisPaymentSubmittedEvent } from '../index.js';
import '../define/alis-invoices.js';

/** `<alis-invoices>` for React: The invoices the signed-in user may see, with Pay Invoice on those addressed to them. */
export const AlisInvoices = createComponent({
  tagName: 'alis-invoices',
  elementClass: AlisInvoicesElement,
  react: React,
  events: {
    /** Cancelable; before a payment is submitted. */
    onAlisPayRequest: 'alis-pay-request' as EventName<AlisPayRequestEvent>,
    /** A payment was taken. */
    onAlisPaymentSubmitted: 'alis-payment-submitted' as EventName<AlisPaymentSubmittedEvent>,
    /** Declined, refused, or the outcome could not be confirmed. */
    onAlisPaymentFailed: 'alis-payment-failed' as EventName<AlisPaymentFailedEvent>,
    /** The payer asked to add a method. */
    onAlisAddPaymentMethodRequest: 'alis-add-payment-method-request' as EventName<AlisAddPaymentMethodRequestEvent>,
  },
});
