// An audit-log change (a field, its value before and after, as JSON) in words for the billing
// team: "Card convenience fee: 2.50% → 1.75%", not `cardFeeBasisPoints: 250 → 175`. Names tell
// what a number is: `…BasisPoints` is a percent, `…Cents` an amount of money, `…Days` days.
import { formatBasisPoints, formatDate, formatDateTime, formatDayCount, formatMoney } from './format.js';
import { isPortalPermission, portalPermissionLabel } from './portal-permissions.js';

/** How to present values: the community's currency, time zone, and the reader's locale. */
export interface AuditWordsOptions {
  /** ISO 4217 code for `…Cents` fields. */
  currency: string;
  /** IANA time zone instants are shown in (the community's). */
  timeZone?: string;
  /** BCP 47 locale of numbers and dates; the runtime's when unset. */
  locale?: string;
}

/** What an absent value (JSON null) reads as. */
export const NO_VALUE = '—';

const fieldLabels: Record<string, string> = {
  gatewayEnabled: 'ALIS Pay',
  portalEnabled: 'ALIS Connect',
  cardFeeBasisPoints: 'Card convenience fee',
  bankFeeBasisPoints: 'Bank account convenience fee',
  allocationPolicy: 'How payments are applied',
  pullNoticeLeadDays: 'Advance notice of pulls',
  billingOffice: 'Billing office',
  addressee: 'Addressed to',
  permissions: 'Permissions',
  mode: 'Arrangement',
  dayOfMonth: 'Day of the month',
  split: 'Split',
  parts: 'Methods',
  emailedTo: 'Emailed to',
  amountCents: 'Amount',
  feeCents: 'Fee',
  isDefault: 'Default method',
  recurringAuthorization: 'Automatic payments allowed',
  sentCount: 'Times sent',
  expiresAt: 'Link expires',
  turnedOff: 'Notices turned off',
  basisPoints: 'Share',
  creditOnAccountCents: 'Credit on account',
  balanceCents: 'Balance',
  cardFeeFundings: 'Cards that pay the card fee',
  cardFeeFlatCents: 'Card fee: flat part',
  cardFeeCapCents: 'Card fee: at most',
  bankFeeFlatCents: 'Bank account fee: flat part',
  bankFeeCapCents: 'Bank account fee: at most',
  cardSurchargesProhibited: 'Card surcharges not allowed in our state',
  feeOnRefund: 'Convenience fee on refunds',
  refundedFeeCents: 'Fee refunded',
};

const valueWords: Record<string, Record<string, string>> = {
  allocationPolicy: {
    oldest_first: 'Oldest first',
    newest_first: 'Most recent first',
    unapplied_credit: 'Leave unapplied as credit',
  },
  mode: { self_pay: 'Pays on their own', billing_team_pulls: 'Billing team pulls' },
  split: { single: 'One method', fixed_amounts: 'Fixed amounts', percentages: 'Percentages' },
  turnedOff: {
    payment_receipt: 'Payment receipts',
    card_declined: 'Card declines',
  },
  cardFeeFundings: { credit: 'Credit', debit: 'Debit', prepaid: 'Prepaid', unknown: 'Unknown type' },
  feeOnRefund: { kept: 'Kept', refunded: 'Given back in proportion' },
};

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
export function auditFieldLabel(field: string): string {
  const known = fieldLabels[field];
  if (known) return known;
  const { group, name } = splitField(field);
  const label = fieldLabels[name] ?? wordsOf(name);
  if (group === null) return label;
  const groupLabel = fieldLabels[group] ?? group;
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
  if (/Days$/.test(name)) return formatDayCount(value, options.locale);
  return new Intl.NumberFormat(options.locale).format(value);
}

function describeString(name: string, value: string, options: AuditWordsOptions): string {
  const known = valueWords[name]?.[value];
  if (known) return known;
  // A status code reads as words: "partially_refunded" → "Partially refunded".
  if (name === 'status') return wordsOf(value);
  if (name === 'permissions' && isPortalPermission(value)) return portalPermissionLabel(value);
  if (ISO_INSTANT.test(value)) return formatAuditTime(value, options);
  if (ISO_DATE.test(value)) return formatDate(value, options.locale);
  return value;
}

/** An object inside a change (e.g. one method of an arrangement): what it names first, then the rest. */
function describeObject(value: Readonly<Record<string, unknown>>, options: AuditWordsOptions): string {
  const entries = Object.entries(value).filter(([, v]) => v !== null && v !== undefined);
  const lead = entries.find(([key, v]) => (key === 'method' || key === 'name') && typeof v === 'string');
  const rest = entries.filter((entry) => entry !== lead).map(([key, v]) => `${auditFieldLabel(key).toLowerCase()} ${describeAuditValue(key, v, options)}`);
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
  if (typeof value === 'boolean') return value ? 'On' : 'Off';
  if (typeof value === 'number') return describeNumber(name, value, options);
  if (typeof value === 'string') return value === '' ? NO_VALUE : describeString(name, value, options);
  if (Array.isArray(value)) {
    if (value.length === 0) return 'None';
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
