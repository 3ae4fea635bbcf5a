// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisBankAccountFields as AlisBankAccountFieldsElement } from '../components/payment-methods/bank-account-fields.js';
import '../define/alis-add-payment-method.js';

/** `<alis-bank-account-fields>` for React: The bank account of a payment method: holder, type, routing and account numbers, checked as typed. */
export const AlisBankAccountFields = createComponent({
  tagName: 'alis-bank-account-fields',
  elementClass: AlisBankAccountFieldsElement,
  react: React,
  events: {
    /** Whenever a field changes, after `value` is updated. */
    onInput: 'input' as EventName<Event>,
    /** When the payer commits a change to a field (leaves a text field, picks an account type). */
    onChange: 'change' as EventName<Event>,
  },
});
