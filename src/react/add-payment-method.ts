// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisAddPaymentMethod as AlisAddPaymentMethodElement } from '../components/add-payment-method/add-payment-method.js';
import type { AlisPaymentMethodAddedEvent } from '../index.js';
import '../define/alis-add-payment-method.js';

/** `<alis-add-payment-method>` for React: Adds a card (tokenized) or a bank account. */
export const AlisAddPaymentMethod = createComponent({
  tagName: 'alis-add-payment-method',
  elementClass: AlisAddPaymentMethodElement,
  react: React,
  events: {
    /** Not composed: the payer cancelled, or the method was saved. */
    onAlisAddPaymentMethodClose: 'alis-add-payment-method-close' as EventName<Event>,
    /** The method was saved. */
    onAlisPaymentMethodAdded: 'alis-payment-method-added' as EventName<AlisPaymentMethodAddedEvent>,
  },
});
