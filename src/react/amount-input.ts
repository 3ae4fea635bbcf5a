// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisAmountInput as AlisAmountInputElement } from '../components/amount-input/amount-input.js';
import '../define/alis-amount-input.js';

/** `<alis-amount-input>` for React: A money amount field that reads what the payer types as integer cents. */
export const AlisAmountInput = createComponent({
  tagName: 'alis-amount-input',
  elementClass: AlisAmountInputElement,
  react: React,
  events: {
    /** Whenever the text changes, after `valueCents` and the validity are updated. */
    onInput: 'input' as EventName<Event>,
    /** When the payer commits an edit by leaving the field; `valueCents` is current. */
    onChange: 'change' as EventName<Event>,
  },
});
