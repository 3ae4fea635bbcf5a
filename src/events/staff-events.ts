// Events of the billing team's elements (`<alis-payment-center>`, `<alis-connect-access>`,
// `<alis-access-profiles>`) and of `<alis-accept-invitation>`. Each bubbles and is composed, so the
// host page hears it.
import type { ConnectUser, CreditApplicationResult, Deposit, Invoice, NoticeSent, Payment, StaffProfile } from '../sdk/types.js';

const crossesShadowRoots = { bubbles: true, composed: true } as const;

/** Undeposited payments were deposited as one batch. */
export class AlisDepositCreatedEvent extends Event {
  static readonly eventName = 'alis-deposit-created';
  /** The deposit batch with its total. */
  readonly deposit: Deposit;
  constructor(deposit: Deposit) {
    super(AlisDepositCreatedEvent.eventName, crossesShadowRoots);
    this.deposit = deposit;
  }
}

/** Staff pulled a payment from a payer's authorized method(s); a split makes several payments. */
export class AlisPaymentPulledEvent extends Event {
  static readonly eventName = 'alis-payment-pulled';
  /** The payments created, one per method. */
  readonly payments: Payment[];
  constructor(payments: Payment[]) {
    super(AlisPaymentPulledEvent.eventName, crossesShadowRoots);
    this.payments = payments;
  }
}

/** A payment not yet deposited was voided; its invoices reopened. */
export class AlisPaymentVoidedEvent extends Event {
  static readonly eventName = 'alis-payment-voided';
  /** The voided payment. */
  readonly payment: Payment;
  constructor(payment: Payment) {
    super(AlisPaymentVoidedEvent.eventName, crossesShadowRoots);
    this.payment = payment;
  }
}

/** A payment was refunded in part or in full; its invoices reopened by the amount. */
export class AlisPaymentRefundedEvent extends Event {
  static readonly eventName = 'alis-payment-refunded';
  /** The payment with its new refund. */
  readonly payment: Payment;
  constructor(payment: Payment) {
    super(AlisPaymentRefundedEvent.eventName, crossesShadowRoots);
    this.payment = payment;
  }
}

/** A bank return was recorded; the invoices reopened and a blocking code blocked the method. */
export class AlisPaymentReturnedEvent extends Event {
  static readonly eventName = 'alis-payment-returned';
  /** The returned payment. */
  readonly payment: Payment;
  constructor(payment: Payment) {
    super(AlisPaymentReturnedEvent.eventName, crossesShadowRoots);
    this.payment = payment;
  }
}

/** A returned bank debit (R01 or R09) was presented again as a new pending payment. */
export class AlisPaymentRepresentedEvent extends Event {
  static readonly eventName = 'alis-payment-represented';
  /** The returned payment, as presented. */
  readonly original: Payment;
  /** The new pending payment. */
  readonly payment: Payment;
  constructor(original: Payment, payment: Payment) {
    super(AlisPaymentRepresentedEvent.eventName, crossesShadowRoots);
    this.original = original;
    this.payment = payment;
  }
}

/** An invoice was readdressed: from now on only the new addressee sees and pays it. */
export class AlisInvoiceAddresseeChangedEvent extends Event {
  static readonly eventName = 'alis-invoice-addressee-changed';
  /** The invoice with its new addressee. */
  readonly invoice: Invoice;
  /** The party it was addressed to before. */
  readonly previousAddresseeId: string;
  constructor(invoice: Invoice, previousAddresseeId: string) {
    super(AlisInvoiceAddresseeChangedEvent.eventName, crossesShadowRoots);
    this.invoice = invoice;
    this.previousAddresseeId = previousAddresseeId;
  }
}

/** An invitation was sent (or sent again, which kills the old link). */
export class AlisInvitationSentEvent extends Event {
  static readonly eventName = 'alis-invitation-sent';
  /** The invited user, status `invited`. */
  readonly user: ConnectUser;
  /** True when this was a resend. */
  readonly resent: boolean;
  constructor(user: ConnectUser, resent = false) {
    super(AlisInvitationSentEvent.eventName, crossesShadowRoots);
    this.user = user;
    this.resent = resent;
  }
}

/** A user's portal access was revoked; every request of theirs is refused from now on. */
export class AlisUserRevokedEvent extends Event {
  static readonly eventName = 'alis-user-revoked';
  /** The revoked user. */
  readonly user: ConnectUser;
  constructor(user: ConnectUser) {
    super(AlisUserRevokedEvent.eventName, crossesShadowRoots);
    this.user = user;
  }
}

import { AlisInvitationAcceptedEvent } from './invitation-events.js';

export { AlisInvitationAcceptedEvent };

/** A portal profile was created. */
export class AlisProfileCreatedEvent extends Event {
  static readonly eventName = 'alis-profile-created';
  /** The new profile (nobody has it yet). */
  readonly profile: StaffProfile;
  constructor(profile: StaffProfile) {
    super(AlisProfileCreatedEvent.eventName, crossesShadowRoots);
    this.profile = profile;
  }
}

/** A portal profile was renamed, described or given other permissions; everyone with it is affected at once. */
export class AlisProfileChangedEvent extends Event {
  static readonly eventName = 'alis-profile-changed';
  /** The profile as it is now. */
  readonly profile: StaffProfile;
  /** The profile as it was before the change. */
  readonly previous: StaffProfile;
  constructor(profile: StaffProfile, previous: StaffProfile) {
    super(AlisProfileChangedEvent.eventName, crossesShadowRoots);
    this.profile = profile;
    this.previous = previous;
  }
}

/** An unused portal profile was deleted. */
export class AlisProfileDeletedEvent extends Event {
  static readonly eventName = 'alis-profile-deleted';
  /** The profile as it was last listed. */
  readonly profile: StaffProfile;
  constructor(profile: StaffProfile) {
    super(AlisProfileDeletedEvent.eventName, crossesShadowRoots);
    this.profile = profile;
  }
}

/** Staff emailed a payer's portal users asking them to add a payment method. */
export class AlisPaymentMethodRequestedEvent extends Event {
  static readonly eventName = 'alis-payment-method-requested';
  /** The payer (resident or contact) asked. */
  readonly partyId: string;
  /** Who was emailed, and when. */
  readonly notice: NoticeSent;
  constructor(partyId: string, notice: NoticeSent) {
    super(AlisPaymentMethodRequestedEvent.eventName, crossesShadowRoots);
    this.partyId = partyId;
    this.notice = notice;
  }
}

/** Staff applied a payer's credit on account to their open invoices. */
export class AlisCreditAppliedEvent extends Event {
  static readonly eventName = 'alis-credit-applied';
  /** What was applied to which invoice, the credit left and what the payer owes now. */
  readonly result: CreditApplicationResult;
  constructor(result: CreditApplicationResult) {
    super(AlisCreditAppliedEvent.eventName, crossesShadowRoots);
    this.result = result;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'alis-deposit-created': AlisDepositCreatedEvent;
    'alis-payment-pulled': AlisPaymentPulledEvent;
    'alis-payment-voided': AlisPaymentVoidedEvent;
    'alis-payment-refunded': AlisPaymentRefundedEvent;
    'alis-payment-returned': AlisPaymentReturnedEvent;
    'alis-payment-represented': AlisPaymentRepresentedEvent;
    'alis-invoice-addressee-changed': AlisInvoiceAddresseeChangedEvent;
    'alis-invitation-sent': AlisInvitationSentEvent;
    'alis-user-revoked': AlisUserRevokedEvent;
    'alis-invitation-accepted': AlisInvitationAcceptedEvent;
    'alis-profile-created': AlisProfileCreatedEvent;
    'alis-profile-changed': AlisProfileChangedEvent;
    'alis-profile-deleted': AlisProfileDeletedEvent;
    'alis-payment-method-requested': AlisPaymentMethodRequestedEvent;
    'alis-credit-applied': AlisCreditAppliedEvent;
  }
}
