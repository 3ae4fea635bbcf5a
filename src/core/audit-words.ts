// An audit-log change (a field, its value before and after, as JSON) in words for the billing
// team: "Card convenience fee: 2.50% → 1.75%", not `cardFeeBasisPoints: 250 → 175`. Names tell
// what a number is: `…BasisPoints` is a percent, `…Cents` an amount of money, `…Days` days.
import { formatBasisPoints, formatDate, formatDateTime, formatDayCount, formatMoney } from './format.js';
import { english, type Translate } from './i18n/translate.js';
import { isPortalPermission, portalPermissionLabel } from './portal-permissions.js';

/** How to present values: the community's currency, time zone, and the reader's locale. */
export interface AuditWordsOptions {
  /** ISO 4217 code for `…Cents` fields. */
  currency: string;
  /** IANA time zone instants are shown in (the community's). */
  timeZone?: string;
  /** BCP 47 locale of numbers and dates; the runtime's when unset. */
  locale?: string;
  /** The words' language; English when unset. */
  t?: Translate;
}

/** What an absent value (JSON null) reads as. */
export const NO_VALUE = '—';

/** Field names staff know: the brands stay as they are, the rest are in the reader's language. */
const fieldLabels: Record<string, (t: Translate) => string> = {
  gatewayEnabled: () => 'ALIS Pay',
  portalEnabled: () => 'ALIS Connect',
  cardFeeBasisPoints: (t) => t.ctx('audit field', 'Card convenience fee'),
  bankFeeBasisPoints: (t) => t.ctx('audit field', 'Bank account convenience fee'),
  allocationPolicy: (t) => t.ctx('audit field', 'How payments are applied'),
  pullNoticeLeadDays: (t) => t.ctx('audit field', 'Advance notice of pulls'),
  billingOffice: (t) => t.ctx('audit field', 'Billing office'),
  addressee: (t) => t.ctx('audit field', 'Addressed to'),
  permissions: (t) => t.ctx('audit field', 'Permissions'),
  mode: (t) => t.ctx('audit field', 'Arrangement'),
  dayOfMonth: (t) => t.ctx('audit field', 'Day of the month'),
  split: (t) => t.ctx('audit field', 'Split'),
  parts: (t) => t.ctx('audit field', 'Methods'),
  emailedTo: (t) => t.ctx('audit field', 'Emailed to'),
  amountCents: (t) => t.ctx('audit field', 'Amount'),
  feeCents: (t) => t.ctx('audit field', 'Fee'),
  isDefault: (t) => t.ctx('audit field', 'Default method'),
  recurringAuthorization: (t) => t.ctx('audit field', 'Automatic payments allowed'),
  sentCount: (t) => t.ctx('audit field', 'Times sent'),
  expiresAt: (t) => t.ctx('audit field', 'Link expires'),
  turnedOff: (t) => t.ctx('audit field', 'Notices turned off'),
  basisPoints: (t) => t.ctx('audit field', 'Share'),
  creditOnAccountCents: (t) => t.ctx('audit field', 'Credit on account'),
  balanceCents: (t) => t.ctx('audit field', 'Balance'),
  cardFeeFundings: (t) => t.ctx('audit field', 'Cards that pay the card fee'),
  cardFeeFlatCents: (t) => t.ctx('audit field', 'Card fee: flat part'),
  cardFeeCapCents: (t) => t.ctx('audit field', 'Card fee: at most'),
  bankFeeFlatCents: (t) => t.ctx('audit field', 'Bank account fee: flat part'),
  bankFeeCapCents: (t) => t.ctx('audit field', 'Bank account fee: at most'),
  cardSurchargesProhibited: (t) => t.ctx('audit field', 'Card surcharges not allowed in our state'),
  feeOnRefund: (t) => t.ctx('audit field', 'Convenience fee on refunds'),
  refundedFeeCents: (t) => t.ctx('audit field', 'Fee refunded'),
};

const valueWords: Record<string, Record<string, (t: Translate) => string>> = {
  allocationPolicy: {
    oldest_first: (t) => t.ctx('audit value', 'Oldest first'),
    newest_first: (t) => t.ctx('audit value', 'Most recent first'),
    unapplied_credit: (t) => t.ctx('audit value', 'Leave unapplied as credit'),
  },
  mode: { self_pay: (t) => t.ctx('audit value', 'Pays on their own'), billing_team_pulls: (t) => t.ctx('audit value', 'Billing team pulls') },
  split: {
    single: (t) => t.ctx('audit value', 'One method'),
    fixed_amounts: (t) => t.ctx('audit value', 'Fixed amounts'),
    percentages: (t) => t.ctx('audit value', 'Percentages'),
  },
  turnedOff: {
    payment_receipt: (t) => t.ctx('audit value', 'Payment receipts'),
    card_declined: (t) => t.ctx('audit value', 'Card declines'),
  },
  cardFeeFundings: {
    credit: (t) => t.ctx('audit value', 'Credit'),
    debit: (t) => t.ctx('audit value', 'Debit'),
    prepaid: (t) => t.ctx('audit value', 'Prepaid'),
    unknown: (t) => t.ctx('audit value', 'Unknown type'),
  },
  feeOnRefund: { kept: (t) => t.ctx('audit value', 'Kept'), refunded: (t) => t.ctx('audit value', 'Given back in proportion') },
  // The statuses the service records (a payment's); any other status code reads as its words.
  status: {
    pending: (t) => t.ctx('audit payment status', 'Pending'),
    succeeded: (t) => t.ctx('audit payment status', 'Succeeded'),
    failed: (t) => t.ctx('audit payment status', 'Failed'),
    returned: (t) => t.ctx('audit payment status', 'Returned'),
    refunded: (t) => t.ctx('audit payment status', 'Refunded'),
    partially_refunded: (t) => t.ctx('audit payment status', 'Partially refunded'),
    voided: (t) => t.ctx('audit payment status', 'Voided'),
  },
};

/** `table[key]`, only when the table itself has it (a field named "constructor" is not a label). */
function own<Value>(table: Readonly<Record<string, Value>> | undefined, key: string): Value | undefined {
  return table && Object.hasOwn(table, key) ? table[key] : undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "billingOffice.email" → "billingOffice", "email"; a plain name has no group. */
function splitField(field: string): { group: string | null; name: string } {
  const dot = field.lastIndexOf('.');
  return dot < 0 ? { group: null, name: field } : { group: field.slice(0, dot), name: field.slice(dot + 1) };
}

/** "lastFourDigits" → "Last four digits". */
function wordsOf(name: string): string {
  const spaced = name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/**
 * A field's name as staff read it: "cardFeeBasisPoints" → "Card convenience fee",
 * "billingOffice.email" → "Billing office: email", "PAY-1042.amountCents" → "PAY-1042: Amount".
 */
export function auditFieldLabel(field: string, t: Translate = english): string {
  const known = own(fieldLabels, field);
  if (known) return known(t);
  const { group, name } = splitField(field);
  const label = own(fieldLabels, name)?.(t) ?? wordsOf(name);
  if (group === null) return label;
  const groupLabel = own(fieldLabels, group)?.(t) ?? group;
  return `${groupLabel}: ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
}

/** "Nov 25, 2026, 9:00 AM CST": an instant on the community's clock. */
export function formatAuditTime(iso: string, options: AuditWordsOptions): string {
  return formatDateTime(iso, options.timeZone, options.locale);
}

function describeNumber(name: string, value: number, options: AuditWordsOptions): string {
  // Two decimals always, so a before and after compare at a glance ("2.50% → 1.75%").
  if (/basisPoints$/i.test(name)) return formatBasisPoints(value, options.locale, { minimumFractionDigits: 2 });
  if (/Cents$/.test(name) && Number.isInteger(value)) return formatMoney({ amountCents: value, currency: options.currency }, options.locale);
  if (/Days$/.test(name)) return formatDayCount(value, options.locale, options.t);
  return new Intl.NumberFormat(options.locale).format(value);
}

function describeString(name: string, value: string, options: AuditWordsOptions): string {
  const t = options.t ?? english;
  const known = own(own(valueWords, name), value);
  if (known) return known(t);
  // Another status code reads as words: "partially_refunded" → "Partially refunded".
  if (name === 'status') return wordsOf(value);
  if (name === 'permissions' && isPortalPermission(value)) return portalPermissionLabel(value, t);
  if (ISO_INSTANT.test(value)) return formatAuditTime(value, options);
  if (ISO_DATE.test(value)) return formatDate(value, options.locale);
  return value;
}

/** An object inside a change (e.g. one method of an arrangement): what it names first, then the rest. */
function describeObject(value: Readonly<Record<string, unknown>>, options: AuditWordsOptions): string {
  const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
  const lead = entries.find(([key, v]) => (key === 'method' || key === 'name') && typeof v === 'string');
  const rest = entries.filter((entry) => entry !== lead).map(([key, v]) => `${auditFieldLabel(key, options.t).toLowerCase()} ${describeAuditValue(key, v, options)}`);
  if (!lead) return rest.join(', ') || NO_VALUE;
  const leadText = String(lead[1]);
  return rest.length === 0 ? leadText : `${leadText} (${rest.join(', ')})`;
}

/**
 * A value of an audited field in words: null is "—", booleans On/Off, basis points a percent,
 * cents an amount, instants in the community's time zone, arrays joined, objects by what they
 * name.
 */
export function describeAuditValue(field: string, value: unknown, options: AuditWordsOptions): string {
  const { name } = splitField(field);
  if (value === null || value === undefined) return NO_VALUE;
  const t = options.t ?? english;
  if (typeof value === 'boolean') return value ? t.ctx('audit value', 'On') : t.ctx('audit value', 'Off');
  if (typeof value === 'number') return describeNumber(name, value, options);
  if (typeof value === 'string') return value === '' ? NO_VALUE : describeString(name, value, options);
  if (Array.isArray(value)) {
    if (value.length === 0) return t.ctx('audit value', 'None');
    return value.map((item: unknown) => describeAuditValue(field, item, options)).join(name === 'parts' ? '; ' : ', ');
  }
  if (typeof value === 'object') return describeObject(value as Record<string, unknown>, options);
  return String(value);
}

/**
 * The changes worth showing: an id field is left out when the same entry also names it in words
 * (`addresseeId` beside `addressee`, `profileId` beside `profile`).
 */
export function visibleChanges<Change extends { field: string }>(changes: readonly Change[]): Change[] {
  const fields = new Set(changes.map((change) => change.field));
  return changes.filter((change) => !(change.field.endsWith('Id') && fields.has(change.field.slice(0, -2))));
}
