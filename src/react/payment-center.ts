// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisPaymentCenter as AlisPaymentCenterElement } from '../components/payment-center/payment-center.js';
import type { AlisDepositCreatedEvent, AlisInvoiceAddresseeChangedEvent, AlisPaymentPulledEvent, AlisPaymentRefundedEvent, AlisPaymentRepresentedEvent, AlisPaymentReturnedEvent, AlisPaymentVoidedEvent } from '../index.js';
import '../define/alis-payment-center.js';

/** `<alis-payment-center>` for React: The billing team's Payment Center. */
export const AlisPaymentCenter = createComponent({
  tagName: 'alis-payment-center',
  elementClass: AlisPaymentCenterElement,
  react: React,
  events: {
    /** Undeposited payments were deposited. */
    onAlisDepositCreated: 'alis-deposit-created' as EventName<AlisDepositCreatedEvent>,
    /** Staff pulled a payment. */
    onAlisPaymentPulled: 'alis-payment-pulled' as EventName<AlisPaymentPulledEvent>,
    /** A payment was voided. */
    onAlisPaymentVoided: 'alis-payment-voided' as EventName<AlisPaymentVoidedEvent>,
    /** A payment was refunded. */
    onAlisPaymentRefunded: 'alis-payment-refunded' as EventName<AlisPaymentRefundedEvent>,
    /** A bank return was recorded. */
    onAlisPaymentReturned: 'alis-payment-returned' as EventName<AlisPaymentReturnedEvent>,
    /** A returned debit was presented again. */
    onAlisPaymentRepresented: 'alis-payment-represented' as EventName<AlisPaymentRepresentedEvent>,
    /** An invoice was readdressed. */
    onAlisInvoiceAddresseeChanged: 'alis-invoice-addressee-changed' as EventName<AlisInvoiceAddresseeChangedEvent>,
  },
});
