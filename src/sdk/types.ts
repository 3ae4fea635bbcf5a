// Friendly names for the generated OpenAPI types, so callers never spell `components['schemas'][…]`.
// Every schema of the document except the mock backend's own has an alias here (a test checks it).
import type { components, operations, paths } from '../contract/types.js';

export type { components, operations, paths };

type Schemas = components['schemas'];
type QueryOf<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;

/** An opaque identifier. */
export type Id = Schemas['Id'];
/** An ISO 4217 currency code such as `USD`. */
export type CurrencyCode = Schemas['CurrencyCode'];
/** An amount in integer minor units (cents) of a currency; never a float. */
export type Money = Schemas['Money'];
/** The stable machine code of every refusal. */
export type ErrorCode = Schemas['ErrorCode'];
/** The JSON body of every refusal (`{ code, message, fields?, details? }`). */
export type ApiErrorBody = Schemas['Error'];
/** One permission a user profile grants. */
export type Permission = Schemas['Permission'];
/** `payer` or `staff`. */
export type UserRole = Schemas['UserRole'];
/** `resident` or `contact`. */
export type PartyKind = Schemas['PartyKind'];
/** A resident or contact: someone an invoice can be addressed to. */
export type PartyRef = Schemas['PartyRef'];
/** A postal (billing or home) address. */
export type Address = Schemas['Address'];
/** A resident with their contacts. */
export type Resident = Schemas['Resident'];
/** How Pay Outstanding spreads a payment over open invoices. */
export type AllocationPolicy = Schemas['AllocationPolicy'];
/** The community's billing settings (enablement, fees, allocation). */
export type BillingOffice = Schemas['BillingOffice'];
export type CommunitySettings = Schemas['CommunitySettings'];
export type PublicCommunity = Schemas['PublicCommunity'];
export type ResidentRef = Schemas['ResidentRef'];
/** A partial change of the community's billing settings. */
export type UpdateSettingsRequest = Schemas['UpdateSettingsRequest'];
/** A signed-in portal or staff user. */
export type User = Schemas['User'];
/** The session: user, party, permissions and community settings. */
export type Me = Schemas['Me'];
/** An invoice's payment status. */
export type InvoiceStatus = Schemas['InvoiceStatus'];
/** The `status` filter of invoice lists: `open`, `paid` or `all`. */
export type InvoiceStatusFilter = Schemas['InvoiceStatusFilter'];
/** What a line item charges for. */
export type LineItemCategory = Schemas['LineItemCategory'];
/** One line of an invoice. */
export type LineItem = Schemas['LineItem'];
/** An invoice with its line items. */
export type Invoice = Schemas['Invoice'];
/** A page of invoices. */
export type InvoicePage = Schemas['InvoicePage'];
/** An open invoice as Pay Outstanding would settle it. */
export type OutstandingInvoice = Schemas['OutstandingInvoice'];
/** The payer's full remaining balance, its allocation and the payer's arrangement. */
export type Outstanding = Schemas['Outstanding'];
export type DueToOthers = Schemas['DueToOthers'];
/** `card` or `bank_account`. */
export type PaymentMethodType = Schemas['PaymentMethodType'];
/** `active`, or `blocked` after a blocking bank return. */
export type PaymentMethodStatus = Schemas['PaymentMethodStatus'];
/** A card network. */
export type CardBrand = Schemas['CardBrand'];
/** How a card is funded (`credit`, `debit`, `prepaid` or `unknown`); which pay a fee is a setting. */
export type CardFunding = Schemas['CardFunding'];
/** Whether refunds give the convenience fee back: `kept` or `refunded`. */
export type FeeOnRefund = Schemas['FeeOnRefund'];
/** A saved card's brand, last four digits, expiry and funding. */
export type CardDetails = Schemas['CardDetails'];
/** `checking` or `savings`. */
export type BankAccountType = Schemas['BankAccountType'];
/** A saved bank account, masked to its last four digits. */
export type BankAccountDetails = Schemas['BankAccountDetails'];
/** The payer's "use for recurring payments" authorization. */
export type RecurringAuthorization = Schemas['RecurringAuthorization'];
/** Why a bank method is blocked (its return code). */
export type MethodBlock = Schemas['MethodBlock'];
/** A saved card or bank account. */
export type PaymentMethod = Schemas['PaymentMethod'];
/** The answer to removing a method: whether the billing team's pulls ended with it. */
export type RemovedPaymentMethod = Schemas['RemovedPaymentMethod'];
/** The payer ended the billing team's pulls by withdrawing or removing a pulled method. */
export type ArrangementEnded = Schemas['ArrangementEnded'];
/** Save a card from a tokenizer's token. */
export type CreateCardMethodRequest = Schemas['CreateCardMethodRequest'];
/** Save a bank account. */
export type CreateBankAccountMethodRequest = Schemas['CreateBankAccountMethodRequest'];
/** Save a card or a bank account. */
export type CreatePaymentMethodRequest = Schemas['CreatePaymentMethodRequest'];
/** Rename, make default, or grant or withdraw the recurring authorization. */
export type UpdatePaymentMethodRequest = Schemas['UpdatePaymentMethodRequest'];
/** What a card tokenizer needs to collect a card. */
export type SetupIntent = Schemas['SetupIntent'];
/** What a payment settles: one invoice or everything outstanding. */
export type PaymentTarget = Schemas['PaymentTarget'];
/** Pay Invoice's target. */
export type InvoiceTarget = Schemas['InvoiceTarget'];
/** Pay Outstanding's target. */
export type OutstandingTarget = Schemas['OutstandingTarget'];
/** Names a quote and commits to its terms; submitted with the payment or pull it was reviewed for. */
export type QuoteId = Schemas['QuoteId'];
/** The body of a payment's quote (`payments.quote`). */
export type QuotePaymentRequest = Schemas['QuotePaymentRequest'];
/** The body of a payment: what was quoted, and the `quoteId` of the quote the payer reviewed. */
export type CreatePaymentRequest = Schemas['CreatePaymentRequest'];
/** The part of a payment applied to one invoice. */
export type Allocation = Schemas['Allocation'];
/** A payment method's id, type and masked label. */
export type MethodSummary = Schemas['MethodSummary'];
/** What a payment would charge and settle, without charging anything. */
export type PaymentQuote = Schemas['PaymentQuote'];
/** A payment's lifecycle status. */
export type PaymentStatus = Schemas['PaymentStatus'];
/** `portal` (the payer paid) or `staff_pull`. */
export type PaymentSource = Schemas['PaymentSource'];
/** A Nacha bank return code. */
export type ReturnCode = Schemas['ReturnCode'];
/** Who did something: a payer, a staff member or the system. */
export type Actor = Schemas['Actor'];
/** One state change of a payment. */
export type AuditEntry = Schemas['AuditEntry'];
/** One refund of a payment. */
export type Refund = Schemas['Refund'];
/** A bank return recorded on a payment. */
export type PaymentReturn = Schemas['PaymentReturn'];
/** Why a payment failed (e.g. a card decline). */
export type PaymentFailure = Schemas['PaymentFailure'];
/** A payment with its receipt data and history. */
export type Payment = Schemas['Payment'];
/** A page of payments. */
export type PaymentPage = Schemas['PaymentPage'];
/** A void's reason. */
export type ReasonRequest = Schemas['ReasonRequest'];
/** A refund's amount and reason. */
export type RefundRequest = Schemas['RefundRequest'];
/** Where to apply a payer's credit on account (omit `allocations` for the policy's order). */
export type CreditApplicationRequest = Schemas['CreditApplicationRequest'];
/** What a credit application applied to which invoice, and the credit left. */
export type CreditApplicationResult = Schemas['CreditApplicationResult'];
/** One chosen invoice and amount of a credit application. */
export type CreditAllocationInput = Schemas['CreditAllocationInput'];
/** One invoice and the payment drawn on, in a credit application's result. */
export type CreditApplicationLine = Schemas['CreditApplicationLine'];
/** Part of a payment's credit applied to one invoice. */
export type CreditApplication = Schemas['CreditApplication'];
/** A bank return's code and reason. */
export type ReturnRequest = Schemas['ReturnRequest'];
/** The payments to deposit as one batch. */
export type CreateDepositRequest = Schemas['CreateDepositRequest'];
/** A deposit batch. */
export type Deposit = Schemas['Deposit'];
/** A page of deposits. */
export type DepositPage = Schemas['DepositPage'];
/** Money that left the bank after a deposit: a bank return or a refund of one of its payments. */
export type DepositAdjustment = Schemas['DepositAdjustment'];
/** What kind of deposit adjustment: a bank `return` or a `refund`. */
export type DepositAdjustmentKind = Schemas['DepositAdjustmentKind'];
/** A deposit's report: every line with amount, fee, charged, adjustments and net, and the totals. */
export type DepositReport = Schemas['DepositReport'];
/** One payment of a deposit report. */
export type DepositReportLine = Schemas['DepositReportLine'];
/** The sums of a deposit report's columns. */
export type DepositReportTotals = Schemas['DepositReportTotals'];
/** One method of a billing-team pull arrangement. */
export type ArrangementPart = Schemas['ArrangementPart'];
/** The payer pays on their own. */
export type SelfPayArrangement = Schemas['SelfPayArrangement'];
/** The billing team pulls on a day of the month. */
export type BillingTeamPullsArrangement = Schemas['BillingTeamPullsArrangement'];
/** A payer's arrangement, as staff set it. */
export type Arrangement = Schemas['Arrangement'];
/** A payer's arrangement as it is read, with method labels and the next pull date. */
export type ArrangementView = Schemas['ArrangementView'];
export type AdvanceNotice = Schemas['AdvanceNotice'];
/** A payer with balance, methods and arrangement (staff view). */
export type Payer = Schemas['Payer'];
/** A page of payers. */
export type PayerPage = Schemas['PayerPage'];
/** A pull that is due for one payer. */
export type DuePull = Schemas['DuePull'];
/** The pulls due on a date. */
export type DuePulls = Schemas['DuePulls'];
/** A staff pull from a payer's authorized method(s), naming the quote staff reviewed. */
export type PullPaymentRequest = Schemas['PullPaymentRequest'];
/** The body of a pull's quote (`staff.payments.quote`): a pull without its `quoteId`. */
export type QuotePullRequest = Schemas['QuotePullRequest'];
/** What a pull would charge and settle, part by part, without pulling anything. */
export type PullQuote = Schemas['PullQuote'];
/** One part of a {@link PullQuote}: one method's amount, fee, total charged and the invoices it settles. */
export type PullQuotePart = Schemas['PullQuotePart'];
/** Change who an invoice is addressed to. */
export type UpdateInvoiceRequest = Schemas['UpdateInvoiceRequest'];
/** A named set of permissions given to portal users. */
export type UserProfile = Schemas['UserProfile'];
export type PortalPermission = Schemas['PortalPermission'];
export type StaffProfile = Schemas['StaffProfile'];
export type CreateProfileRequest = Schemas['CreateProfileRequest'];
export type UpdateProfileRequest = Schemas['UpdateProfileRequest'];
export type NoticeType = Schemas['NoticeType'];
export type NotificationPreference = Schemas['NotificationPreference'];
export type NotificationPreferences = Schemas['NotificationPreferences'];
export type UpdateNotificationPreferencesRequest = Schemas['UpdateNotificationPreferencesRequest'];
export type NoticeSent = Schemas['NoticeSent'];
export type AuditSubjectType = Schemas['AuditSubjectType'];
export type AuditLogAction = Schemas['AuditLogAction'];
export type AuditChange = Schemas['AuditChange'];
export type AuditLogEntry = Schemas['AuditLogEntry'];
export type AuditLogPage = Schemas['AuditLogPage'];
/** A portal user's status: invited, active, expired or revoked. */
export type ConnectUserStatus = Schemas['ConnectUserStatus'];
/** When an invitation was sent and when it expires. */
export type InvitationInfo = Schemas['InvitationInfo'];
/** A portal user or pending invitation. */
export type ConnectUser = Schemas['ConnectUser'];
/** A page of portal users. */
export type ConnectUserPage = Schemas['ConnectUserPage'];
/** Change a user's profile or revoke their access. */
export type UpdateUserRequest = Schemas['UpdateUserRequest'];
/** Invite a person by email. */
export type CreateInvitationRequest = Schemas['CreateInvitationRequest'];
/** What an invited person sees before accepting. */
export type InvitationPreview = Schemas['InvitationPreview'];
/** The invited person's display name. */
export type AcceptInvitationRequest = Schemas['AcceptInvitationRequest'];
/** A bearer token and its user. */
export type Session = Schemas['Session'];

/** Filters of `client.invoices.list`. */
export type InvoiceListQuery = QueryOf<'listInvoices'>;
/** Filters of `client.payments.list`. */
export type PaymentListQuery = QueryOf<'listPayments'>;
/** Filters of `client.staff.payments.list` (`deposited: false` is Undeposited Payments). */
export type StaffPaymentListQuery = QueryOf<'listStaffPayments'>;
/** Paging of `client.staff.deposits.list`. */
export type DepositListQuery = QueryOf<'listDeposits'>;
/** Filters of `client.staff.payers.list`. */
export type PayerListQuery = QueryOf<'listPayers'>;
/** The date of `client.staff.payers.duePulls` (default: today on the community clock). */
export type DuePullsQuery = QueryOf<'listDuePulls'>;
/** Filters of `client.staff.residents.list`. */
export type ResidentListQuery = QueryOf<'listResidents'>;
/** Filters of `client.staff.invoices.list`. */
export type StaffInvoiceListQuery = QueryOf<'listStaffInvoices'>;
/** Filters of `client.access.users`. */
export type UserListQuery = QueryOf<'listUsers'>;
export type AuditLogQuery = QueryOf<'listAuditLog'>;
