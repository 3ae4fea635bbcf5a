// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { AlisPaymentHistory as AlisPaymentHistoryElement } from '../components/payment-history/payment-history.js';
import '../define/alis-payment-history.js';

/** `<alis-payment-history>` for React: The payments the signed-in user may see, with who paid and a printable receipt for each. */
export const AlisPaymentHistory = createComponent({
  tagName: 'alis-payment-history',
  elementClass: AlisPaymentHistoryElement,
  react: React,
  events: {},
});
