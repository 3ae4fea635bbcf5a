// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent } from '@lit/react';
import { AlisPaymentGuide as AlisPaymentGuideElement } from '../components/payment-guide/payment-guide.js';
import '../define/alis-payment-guide.js';

/** `<alis-payment-guide>` for React: The printable "How to pay bills" guide. */
export const AlisPaymentGuide = createComponent({
  tagName: 'alis-payment-guide',
  elementClass: AlisPaymentGuideElement,
  react: React,
  events: {},
});
