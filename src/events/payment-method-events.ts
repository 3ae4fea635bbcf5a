// Events of `<alis-payment-methods>`. Each bubbles and is composed, so a host page (or a pay flow
// elsewhere on the page) hears it.
import type { PaymentMethod } from '../sdk/types.js';

const crossesShadowRoots = { bubbles: true, composed: true } as const;

/** A card or bank account was saved. A pay flow waiting for a method offers it at once. */
export class AlisPaymentMethodAddedEvent extends Event {
  static readonly eventName = 'alis-payment-method-added';
  /** The saved method (masked: last four digits only). */
  readonly method: PaymentMethod;

  constructor(method: PaymentMethod) {
    super(AlisPaymentMethodAddedEvent.eventName, crossesShadowRoots);
    this.method = method;
  }
}

/** A method was removed (its past payments keep their record). */
export class AlisPaymentMethodRemovedEvent extends Event {
  static readonly eventName = 'alis-payment-method-removed';
  /** The id of the removed method. */
  readonly methodId: string;

  constructor(methodId: string) {
    super(AlisPaymentMethodRemovedEvent.eventName, crossesShadowRoots);
    this.methodId = methodId;
  }
}

/** Another method became the default (preselected when paying). */
export class AlisDefaultPaymentMethodChangedEvent extends Event {
  static readonly eventName = 'alis-default-payment-method-changed';
  /** The new default method. */
  readonly method: PaymentMethod;

  constructor(method: PaymentMethod) {
    super(AlisDefaultPaymentMethodChangedEvent.eventName, crossesShadowRoots);
    this.method = method;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alis-payment-method-added': AlisPaymentMethodAddedEvent;
    'alis-payment-method-removed': AlisPaymentMethodRemovedEvent;
    'alis-default-payment-method-changed': AlisDefaultPaymentMethodChangedEvent;
  }
}
