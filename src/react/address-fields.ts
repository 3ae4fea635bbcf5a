// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisAddressFields as AlisAddressFieldsElement } from '../components/payment-methods/address-fields.js';
import '../define/alis-add-payment-method.js';

/** `<alis-address-fields>` for React: The billing address of a payment method: a labelled, autofillable group of address fields. */
export const AlisAddressFields = createComponent({
  tagName: 'alis-address-fields',
  elementClass: AlisAddressFieldsElement,
  react: React,
  events: {
    /** Whenever a field changes, after `value` is updated. */
    onInput: 'input' as EventName<Event>,
    /** When the payer commits a change to a field (leaves a text field, picks an option, ticks the box). */
    onChange: 'change' as EventName<Event>,
  },
});
