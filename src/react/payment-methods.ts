// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { AlisPaymentMethods as AlisPaymentMethodsElement } from '../components/payment-methods/payment-methods.js';
import type { AlisDefaultPaymentMethodChangedEvent, AlisPaymentMethodAddedEvent, AlisPaymentMethodRemovedEvent } from '../index.js';
import '../define/alis-payment-methods.js';

/** `<alis-payment-methods>` for React: My payment methods. */
export const AlisPaymentMethods = createComponent({
  tagName: 'alis-payment-methods',
  elementClass: AlisPaymentMethodsElement,
  react: React,
  events: {
    /** A method was saved. */
    onAlisPaymentMethodAdded: 'alis-payment-method-added' as EventName<AlisPaymentMethodAddedEvent>,
    /** A method was removed. */
    onAlisPaymentMethodRemoved: 'alis-payment-method-removed' as EventName<AlisPaymentMethodRemovedEvent>,
    /** Another method became the default. */
    onAlisDefaultPaymentMethodChanged: 'alis-default-payment-method-changed' as EventName<AlisDefaultPaymentMethodChangedEvent>,
  },
});
