// The mock backend's store: plain JSON-serializable data (no classes, Maps or Dates), so it can be
// deep-copied, compared in tests and later persisted to localStorage. Amounts are integer cents; a
// record holding money names its currency. Derived facts (an invoice's total, paid amount, balance,
// status) are computed from the records by `ledger.ts`, never stored, so they cannot disagree.
import { positionOfId } from './indexes.js';
import type { components } from '../../contract/types.js';

type Schemas = components['schemas'];

/** An ISO 8601 date-time in UTC, e.g. `2026-11-25T15:00:00.000Z`. */
export type Instant = string;
/** An ISO calendar date, `YYYY-MM-DD`, in the community's time zone. */
export type CalendarDate = string;
/** An ISO 4217 currency code. */
export type CurrencyCode = string;

/** A permission a user profile grants. */
export type Permission = Schemas['Permission'];
/** Whether a user pays bills or works in the billing office. */
export type UserRole = Schemas['UserRole'];
/** How Pay Outstanding spreads a payment over open invoices. */
export type AllocationPolicy = Schemas['AllocationPolicy'];
/** What an invoice line is for. */
export type LineItemCategory = Schemas['LineItemCategory'];
/** A card network. */
export type CardBrand = Schemas['CardBrand'];
/** How a card is funded: credit, debit, prepaid, or unknown. */
export type CardFunding = Schemas['CardFunding'];
/** Whether a refund gives back the convenience fee. */
export type FeeOnRefund = Schemas['FeeOnRefund'];
/** Checking or savings. */
export type BankAccountType = Schemas['BankAccountType'];
/** Where a payment came from: the payer's portal or a pull by the billing team. */
export type PaymentSource = Schemas['PaymentSource'];
/** A payment's lifecycle state. */
export type PaymentStatus = Schemas['PaymentStatus'];
/** A Nacha bank return code. */
export type ReturnCode = Schemas['ReturnCode'];
/** An action recorded in a payment's history. */
export type AuditAction = Schemas['AuditEntry']['action'];
/** What a request changed, as the audit log names it. */
export type AuditLogAction = Schemas['AuditLogAction'];
/** What an audit-log entry can concern. */
export type AuditSubjectType = Schemas['AuditSubjectType'];
/** An email the billing service sends. */
export type NoticeType = Schemas['NoticeType'];

/** A postal address (the contract's `Address`, with `line2` always present). */
export interface AddressRecord {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  state: string;
  postalCode: string;
  country: string;
}

/** Who payers contact about billing. */
export interface BillingOfficeRecord {
  name: string;
  phone: string | null;
  email: string | null;
  hours: string | null;
}

/**
 * The community's billing settings. The portal (ALIS Connect) lets payers see and pay; the gateway
 * (ALIS Pay) moves money. Payers pay online only when both are on.
 */
export interface SettingsRecord {
  communityName: string;
  currency: CurrencyCode;
  /** IANA zone of the community: "today", due dates and overdue are judged here. */
  timeZone: string;
  gatewayEnabled: boolean;
  portalEnabled: boolean;
  cardFeeBasisPoints: number;
  bankFeeBasisPoints: number;
  allocationPolicy: AllocationPolicy;
  billingOffice: BillingOfficeRecord;
  /** Days before each billing-team pull that the payer is told its amount, method and date. */
  pullNoticeLeadDays: number;
  /** Which card fundings pay the card fee (default credit only: networks forbid surcharging debit and prepaid). */
  cardFeeFundings: CardFunding[];
  /** A flat part of each fee, added to the percentage; 0 for none. */
  cardFeeFlatCents: number;
  bankFeeFlatCents: number;
  /** The most a fee may be; null for no cap. */
  cardFeeCapCents: number | null;
  bankFeeCapCents: number | null;
  /** "Card surcharges are not allowed in our state": no card pays a fee, whatever else is set. */
  cardSurchargesProhibited: boolean;
  /** Whether refunds give back (a share of) the fee. */
  feeOnRefund: FeeOnRefund;
}

/** A named set of permissions given to portal users. */
export interface ProfileRecord {
  id: string;
  name: string;
  description: string;
  /** Which kind of user the profile is meant for; staff profiles are never given to payers. */
  role: UserRole;
  permissions: Permission[];
  /**
   * When staff deleted it. Deleted profiles are kept so that revoked users and the audit log still
   * name them, but they are never listed or given again.
   */
  deletedAt: Instant | null;
}

/** A person living in the community. A resident is also a party invoices can be addressed to. */
export interface ResidentRecord {
  id: string;
  name: string;
  /** Apartment or room, e.g. "Apt 214". */
  unit: string;
  /** Care level as printed, e.g. "Assisted Living, Level 2". */
  careLevel: string;
  address: AddressRecord;
  /** The resident or contact new invoices are addressed to. */
  financiallyResponsiblePartyId: string;
}

/** A resident's family member or representative; also a party invoices can be addressed to. */
export interface ContactRecord {
  id: string;
  residentId: string;
  name: string;
  /** How they relate to the resident, e.g. "Son", "Spouse", "Daughter (POA)". */
  relationship: string;
  email: string | null;
  /** Home address, the default billing address of their payment methods. */
  address: AddressRecord;
}

/** A portal or staff user. Pending invitations are {@link InvitationRecord}s, not users. */
export interface UserRecord {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  profileId: string;
  /** The resident or contact a payer is; null for staff. */
  partyId: string | null;
  status: 'active' | 'revoked';
  /** The bearer token of the user's session (the mock keeps one per user). */
  token: string;
  createdAt: Instant;
  acceptedAt: Instant | null;
  revokedAt: Instant | null;
  /** The invitation the user accepted, if they joined through one. */
  invitationId: string | null;
  /** Optional emails the user turned off (see `notices.ts` for which may be). */
  noticeOptOuts: NoticeType[];
}

/** One line of an invoice. The line's amount is quantity × unit amount. */
export interface LineItemRecord {
  id: string;
  description: string;
  category: LineItemCategory;
  serviceDate: CalendarDate | null;
  quantity: number;
  unitAmountCents: number;
  amountCents: number;
}

/** A monthly statement. Its total, paid amount and balance are derived (see `ledger.ts`). */
export interface InvoiceRecord {
  id: string;
  /** The number printed on the invoice, e.g. "INV-2026-0114". */
  number: string;
  residentId: string;
  /** The party (resident or contact) who sees and pays it. Staff may change it. */
  addresseeId: string;
  currency: CurrencyCode;
  periodStart: CalendarDate;
  periodEnd: CalendarDate;
  issueDate: CalendarDate;
  dueDate: CalendarDate;
  lineItems: LineItemRecord[];
}

/** The payer's "use for recurring payments" authorization, which staff pulls require. */
export interface RecurringAuthorizationRecord {
  authorizedAt: Instant;
  authorizedBy: string;
}

/** Why a bank method can no longer be used (set by a blocking return). */
export interface MethodBlockRecord {
  returnCode: ReturnCode;
  reason: string;
  blockedAt: Instant;
}

interface PaymentMethodBase {
  id: string;
  ownerPartyId: string;
  nickname: string | null;
  isDefault: boolean;
  status: 'active' | 'blocked';
  block: MethodBlockRecord | null;
  recurringAuthorization: RecurringAuthorizationRecord | null;
  billingAddress: AddressRecord;
  createdAt: Instant;
  /** Removed methods are kept (payments point at them) but no longer listed or usable. */
  removedAt: Instant | null;
}

/** A saved card: only the tokenizer's token, brand, last four digits and expiry. */
export interface CardMethodRecord extends PaymentMethodBase {
  type: 'card';
  card: {
    /** The tokenizer's payment-method token; never a card number. */
    token: string;
    brand: CardBrand;
    last4: string;
    expMonth: number;
    expYear: number;
    /** As the tokenizer reported it; decides whether the card fee applies. */
    funding: CardFunding;
  };
}

/** A saved bank account: the routing number (not secret) and only the last four account digits. */
export interface BankMethodRecord extends PaymentMethodBase {
  type: 'bank_account';
  bankAccount: {
    bankName: string | null;
    accountType: BankAccountType;
    holderName: string;
    routingNumber: string;
    last4: string;
  };
}

/** A saved payment method. */
export type PaymentMethodRecord = CardMethodRecord | BankMethodRecord;

/** Who did something: a user, or the system (gateway, clock) with `userId` null. */
export interface ActorRecord {
  userId: string | null;
  name: string;
  role: UserRole | 'system';
}

/** One state change of a payment; history is append-only. */
export interface AuditEntryRecord {
  at: Instant;
  actor: ActorRecord;
  action: AuditAction;
  detail: string | null;
}

/** Part of a payment applied to one invoice. */
export interface AllocationRecord {
  invoiceId: string;
  amountCents: number;
}

/**
 * Part of a payment's unapplied credit that staff applied to one invoice (`credit.ts`). It counts
 * towards the invoice exactly while the payment counts, like an allocation.
 */
export interface CreditApplicationRecord {
  id: string;
  invoiceId: string;
  amountCents: number;
  appliedAt: Instant;
  appliedBy: ActorRecord;
}

/** A (partial) refund; `reversals` say which invoices it reopened and by how much. */
export interface RefundRecord {
  id: string;
  amountCents: number;
  /** The part of the payment's fee given back on top of `amountCents` (0 when the community keeps fees). */
  feeCents: number;
  reason: string;
  createdAt: Instant;
  createdBy: ActorRecord;
  reversals: AllocationRecord[];
}

/** A bank return of a payment. */
export interface ReturnRecord {
  code: ReturnCode;
  description: string;
  returnedAt: Instant;
  /** How many times this debit has been presented in all (the first presentment counts). */
  presentmentCount: number;
}

/**
 * A payment. `amountCents` is what is applied to invoices (allocations + unapplied); the fee is
 * charged on top. Which statuses count towards invoices is decided in `ledger.ts`.
 */
export interface PaymentRecord {
  id: string;
  /** Receipt number, e.g. "PAY-20261125-0007". */
  reference: string;
  payerPartyId: string;
  residentId: string;
  source: PaymentSource;
  methodId: string;
  /** The method as it was when paying, so removing or renaming it never changes this record. */
  method: { type: PaymentMethodRecord['type']; label: string };
  currency: CurrencyCode;
  amountCents: number;
  feeCents: number;
  status: PaymentStatus;
  failure: { code: string; message: string } | null;
  allocations: AllocationRecord[];
  unappliedCents: number;
  /** Where staff applied the unapplied credit since, oldest first; append-only. */
  creditApplications: CreditApplicationRecord[];
  refunds: RefundRecord[];
  return: ReturnRecord | null;
  representmentOf: string | null;
  /** The quote the payment was reviewed under (`quotes.ts`); null for imported history and re-presentments. */
  quoteId: string | null;
  depositId: string | null;
  createdAt: Instant;
  createdBy: ActorRecord;
  updatedAt: Instant;
  history: AuditEntryRecord[];
}

/**
 * Money that left the bank after a deposit: a bank return of one of its payments (the whole debit,
 * amount plus fee) or a refund (what the refund gave back). Appended, never edited.
 */
export interface DepositAdjustmentRecord {
  /** `<deposit id>-adj-N`, N counting the deposit's adjustments from 1. */
  id: string;
  kind: 'return' | 'refund';
  paymentId: string;
  returnCode: ReturnCode | null;
  /** The refund this adjustment records, for `refund`. */
  refundId: string | null;
  /** The return code's meaning, or the refund's reason. */
  reason: string;
  amountCents: number;
  createdAt: Instant;
}

/**
 * A batch of settled payments the billing team deposited together. Only `adjustments` ever grows
 * afterwards; the batch itself is never rewritten.
 */
export interface DepositRecord {
  id: string;
  reference: string;
  currency: CurrencyCode;
  paymentIds: string[];
  createdAt: Instant;
  createdBy: ActorRecord;
  adjustments: DepositAdjustmentRecord[];
}

/** One method of a billing-team pull: by fixed amount, by share, or neither for a single method. */
export interface ArrangementPartRecord {
  methodId: string;
  amountCents: number | null;
  basisPoints: number | null;
}

/** The payer pays on their own (also what a payer without a record has). */
export interface SelfPayArrangementRecord {
  payerPartyId: string;
  mode: 'self_pay';
  updatedAt: Instant;
  updatedByUserId: string | null;
  /** Set when the payer ended billing-team pulls by withdrawing or removing a pulled method. */
  endedByPayer?: ArrangementEndRecord;
}

/** How and when a payer ended their billing-team pulls. */
export interface ArrangementEndRecord {
  at: Instant;
  /** The payer user's display name. */
  byName: string;
  reason: 'authorization_withdrawn' | 'method_removed';
  methodId: string;
  /** The first pull date that no longer happens. */
  firstSkippedPullDate: CalendarDate;
}

/** What the payer was emailed about a coming pull. */
export interface AdvanceNoticeRecord {
  pullDate: CalendarDate;
  sentAt: Instant;
  amountCents: number;
  methodIds: string[];
  /** Where it went; empty when the payer had no address to send it to (staff are told). */
  recipients: string[];
}

/** The billing team pulls on `dayOfMonth` from the payer's authorized method(s). */
export interface PullArrangementRecord {
  payerPartyId: string;
  mode: 'billing_team_pulls';
  dayOfMonth: number;
  split: 'single' | 'fixed_amounts' | 'percentages';
  parts: ArrangementPartRecord[];
  updatedAt: Instant;
  updatedByUserId: string | null;
  /** The latest advance notice sent; one per pull date. */
  advanceNotice: AdvanceNoticeRecord | null;
}

/** How a payer pays: on their own, or pulled by the billing team. */
export type ArrangementRecord = SelfPayArrangementRecord | PullArrangementRecord;

/** An invitation to the portal; accepting it creates a {@link UserRecord}. */
export interface InvitationRecord {
  id: string;
  email: string;
  partyId: string;
  profileId: string;
  /** Single-use secret in the invitation link; replaced when the invitation is resent. */
  token: string;
  sentAt: Instant;
  expiresAt: Instant;
  sentCount: number;
  invitedByUserId: string;
  acceptedAt: Instant | null;
  acceptedUserId: string | null;
  /** When staff withdrew the invitation before it was accepted; its link then stops working. */
  revokedAt: Instant | null;
}

/** A JSON value, as stored for idempotent replays. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The first response to an idempotency key, replayed for retries with the same body. */
export interface IdempotencyRecord {
  key: string;
  /** The user who sent it: keys are scoped per user. */
  userId: string;
  /** `METHOD /path` of the request. */
  operation: string;
  /** A canonical rendering of the request body; a different body with the same key is refused. */
  fingerprint: string;
  state: 'in_progress' | 'completed';
  /**
   * The first reply, its body kept as JSON text: every change clones the whole store, and one string
   * clones far faster than the object tree of a payment (see `npm run bench:engine`).
   */
  response: { status: number; bodyText: string } | null;
  createdAt: Instant;
}

/** An email the mock "sent", for `/__mock/outbox`: the same message as plain text and as HTML. */
export interface EmailRecord {
  id: string;
  notice: NoticeType;
  to: string;
  subject: string;
  /** The plain-text version. */
  body: string;
  /** The HTML version: a fragment with every interpolated value escaped. */
  html: string;
  link: string | null;
  sentAt: Instant;
}

/** One field of an audited record before and after a change (null when absent). */
export interface AuditChangeRecord {
  field: string;
  before: JsonValue;
  after: JsonValue;
}

/**
 * One accepted request that changed something: who, when, what, and each field before and after.
 * Append-only; the audit log is how staff answer "who changed this, and from what?".
 */
export interface AuditLogRecord {
  id: string;
  at: Instant;
  actor: ActorRecord;
  action: AuditLogAction;
  summary: string;
  subjects: { type: AuditSubjectType; id: string }[];
  changes: AuditChangeRecord[];
}

/** Counters for new record ids, kept in the state so ids stay deterministic across a save/restore. */
export interface SequenceRecord {
  paymentMethod: number;
  payment: number;
  deposit: number;
  refund: number;
  invitation: number;
  user: number;
  email: number;
  setupIntent: number;
  audit: number;
  profile: number;
}

/** The store's shape version; persisted copies of another version are discarded. */
export const STATE_SCHEMA_VERSION = 4;

/** Everything the mock backend knows about one community. */
export interface BillingState {
  /** Bumped when the shape changes, so a persisted copy of an older shape can be discarded. */
  schemaVersion: typeof STATE_SCHEMA_VERSION;
  /** The seed the data was generated from. */
  seed: number;
  /** The clock time the seed data was generated for. */
  seededAt: Instant;
  settings: SettingsRecord;
  profiles: ProfileRecord[];
  residents: ResidentRecord[];
  contacts: ContactRecord[];
  users: UserRecord[];
  invoices: InvoiceRecord[];
  paymentMethods: PaymentMethodRecord[];
  payments: PaymentRecord[];
  deposits: DepositRecord[];
  arrangements: ArrangementRecord[];
  invitations: InvitationRecord[];
  idempotency: IdempotencyRecord[];
  outbox: EmailRecord[];
  auditLog: AuditLogRecord[];
  sequences: SequenceRecord;
}

/** A resident or a contact: someone an invoice can be addressed to. */
export type PartyRecord =
  | { kind: 'resident'; record: ResidentRecord }
  | { kind: 'contact'; record: ContactRecord };

/** The resident or contact with this id, if any. */
export function findParty(state: BillingState, partyId: string): PartyRecord | undefined {
  const resident = byId(state.residents, partyId);
  if (resident) return { kind: 'resident', record: resident };
  const contact = byId(state.contacts, partyId);
  return contact ? { kind: 'contact', record: contact } : undefined;
}

/** The resident a party belongs to (a resident belongs to themself). */
export function residentOfParty(state: BillingState, party: PartyRecord): ResidentRecord | undefined {
  return party.kind === 'resident' ? party.record : byId(state.residents, party.record.residentId);
}

/**
 * The record with this id in a list, if any: the first, as a scan would find it, but through an
 * index kept per version of the list (`indexes.ts`). On a draft list it is the draft record.
 */
export function byId<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
  const position = positionOfId(records, id);
  return position === -1 ? undefined : records[position];
}
