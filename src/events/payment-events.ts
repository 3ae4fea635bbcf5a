// The payer-side domain events. Each is a class (so listeners can `instanceof` it and read typed
// fields), bubbles and is composed (it leaves the element's shadow root and reaches the page).
import type { CreatePaymentRequest, ErrorCode, Payment, PaymentQuote } from '../sdk/types.js';

const crossesShadowRoots = { bubbles: true, composed: true } as const;

/**
 * Fired just before a payment is submitted, once the payer has confirmed the review. Cancel it
 * (`event.preventDefault()`) to stop the submission, e.g. to ask for a confirmation of your own;
 * the flow then stays on the review step with nothing charged.
 */
export class AlisPayRequestEvent extends Event {
  static readonly eventName = 'alis-pay-request';
  /** What will be sent to `POST /payments` (method, target, amount, currency). */
  readonly request: CreatePaymentRequest;
  /** The quote the payer reviewed: amount, fee, total charged and allocation. */
  readonly quote: PaymentQuote;

  constructor(request: CreatePaymentRequest, quote: PaymentQuote) {
    super(AlisPayRequestEvent.eventName, { ...crossesShadowRoots, cancelable: true });
    this.request = request;
    this.quote = quote;
  }
}

/**
 * Fired when the gateway has taken a payment: `payment.status` is `succeeded`, or `pending` for a
 * bank debit that settles in two business days. Other ALIS elements on the page refresh on it.
 */
export class AlisPaymentSubmittedEvent extends Event {
  static readonly eventName = 'alis-payment-submitted';
  /** The payment as the server recorded it, with its receipt data. */
  readonly payment: Payment;

  constructor(payment: Payment) {
    super(AlisPaymentSubmittedEvent.eventName, crossesShadowRoots);
    this.payment = payment;
  }
}

/** Why a payment did not go through: a server refusal code, a decline, or an unknown outcome. */
export type PaymentFailureReason = ErrorCode | 'declined' | 'network';

/**
 * Fired when a submission ends without a payment taken: the card was declined (`payment` is the
 * recorded failed payment), the server refused it (`reason` is its error code; nothing was
 * charged), or the outcome could not be confirmed after retries (`network`).
 */
export class AlisPaymentFailedEvent extends Event {
  static readonly eventName = 'alis-payment-failed';
  /** The stable reason code. */
  readonly reason: PaymentFailureReason;
  /** The sentence shown to the payer. */
  readonly message: string;
  /** The failed payment for a decline; null when nothing was recorded. */
  readonly payment: Payment | null;

  constructor(reason: PaymentFailureReason, message: string, payment: Payment | null = null) {
    super(AlisPaymentFailedEvent.eventName, crossesShadowRoots);
    this.reason = reason;
    this.message = message;
    this.payment = payment;
  }
}

/**
 * Fired when the payer asks to add a payment method from inside a pay flow. An
 * `<alis-payment-methods>` on the page answers it by opening its add form; a host may answer it
 * itself. Cancel it to say it was handled; otherwise the flow opens the add form in place. Either
 * way, when `alis-payment-method-added` reaches the window the flow offers and chooses the new method.
 */
export class AlisAddPaymentMethodRequestEvent extends Event {
  static readonly eventName = 'alis-add-payment-method-request';

  constructor() {
    super(AlisAddPaymentMethodRequestEvent.eventName, { ...crossesShadowRoots, cancelable: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alis-pay-request': AlisPayRequestEvent;
    'alis-payment-submitted': AlisPaymentSubmittedEvent;
    'alis-payment-failed': AlisPaymentFailedEvent;
    'alis-add-payment-method-request': AlisAddPaymentMethodRequestEvent;
  }
}
