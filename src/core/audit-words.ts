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
  // The rest of what the service records, worded as English has always shown them.
  name: (t) => t.ctx('audit field', 'Name'),
  phone: (t) => t.ctx('audit field', 'Phone'),
  email: (t) => t.ctx('audit field', 'Email'),
  hours: (t) => t.ctx('audit field', 'Hours'),
  description: (t) => t.ctx('audit field', 'Description'),
  deletedAt: (t) => t.ctx('audit field', 'Deleted at'),
  profile: (t) => t.ctx('audit field', 'Profile'),
  profileId: (t) => t.ctx('audit field', 'Profile id'),
  partyId: (t) => t.ctx('audit field', 'Party id'),
  userId: (t) => t.ctx('audit field', 'User id'),
  methodId: (t) => t.ctx('audit field', 'Method id'),
  addresseeId: (t) => t.ctx('audit field', 'Addressee id'),
  displayName: (t) => t.ctx('audit field', 'Display name'),
  status: (t) => t.ctx('audit field', 'Status'),
  reference: (t) => t.ctx('audit field', 'Reference'),
  method: (t) => t.ctx('audit field', 'Method'),
  nickname: (t) => t.ctx('audit field', 'Nickname'),
  removedAt: (t) => t.ctx('audit field', 'Removed at'),
  payments: (t) => t.ctx('audit field', 'Payments'),
  totalCents: (t) => t.ctx('audit field', 'Total cents'),
  refundedCents: (t) => t.ctx('audit field', 'Refunded cents'),
  returnCode: (t) => t.ctx('audit field', 'Return code'),
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
    // A portal user's, an invitation's or a payment method's.
    active: (t) => t.ctx('audit status', 'Active'),
    invited: (t) => t.ctx('audit status', 'Invited'),
    expired: (t) => t.ctx('audit status', 'Expired'),
    revoked: (t) => t.ctx('audit status', 'Revoked'),
    blocked: (t) => t.ctx('audit status', 'Blocked'),
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

/** What {@link auditSummary} reads of an entry. */
export interface AuditEntryFacts {
  readonly action: string;
  /** The service's own sentence, in English. */
  readonly summary: string;
  readonly changes: readonly { readonly field: string; readonly before: unknown; readonly after: unknown }[];
}

/**
 * What an entry says happened, in the reader's language. English readers get the service's own
 * sentence, unchanged. Another language gets ours, said from the entry's action and changed fields
 * (who did it is shown beside it); null when only the service's sentence holds what happened (a
 * void's or refund's reason, say), to be shown as the service's English.
 */
export function auditSummary(entry: AuditEntryFacts, options: AuditWordsOptions): string | null {
  const t = options.t ?? english;
  if (t.lang === 'en') return entry.summary;
  const change = (field: string) => entry.changes.find((c) => c.field === field);
  const after = (field: string): unknown => change(field)?.after;
  const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
  const list = (items: readonly string[]) => new Intl.ListFormat(t.lang, { style: 'long', type: 'conjunction' }).format(items);
  switch (entry.action) {
    case 'payment_submitted': {
      const [payment] = paymentsIn(entry.changes, options);
      return payment ? t('Paid {payment}.', { payment }) : null;
    }
    case 'payment_pulled': {
      const payments = paymentsIn(entry.changes, options);
      return payments.length > 0 ? t('Pulled {payments}.', { payments: payments.join('; ') }) : null;
    }
    case 'payment_represented': {
      const [payment] = paymentsIn(entry.changes, options);
      return payment ? t('Presented a returned payment again as {payment}.', { payment }) : null;
    }
    case 'deposit_created': {
      const payments = after('payments');
      const reference = text(after('reference'));
      const total = after('totalCents');
      if (!Array.isArray(payments) || !reference || typeof total !== 'number') return null;
      return t.plural(
        payments.length,
        { one: 'Deposited {count} payment as {reference}, {total}.', other: 'Deposited {count} payments as {reference}, {total}.' },
        { reference, total: describeAuditValue('totalCents', total, options) },
      );
    }
    case 'payment_method_added': {
      const method = text(after('method'));
      return method ? t('Saved {method}.', { method }) : null;
    }
    case 'payment_method_changed':
      return after('mode') === 'self_pay'
        ? t("Withdrew the automatic-payment authorization of the payment method; the billing team's pulls ended and the payer now pays on their own.")
        : t('Changed the payment method.');
    case 'payment_method_removed':
      return after('mode') === 'self_pay'
        ? t("Removed the payment method; the billing team's pulls from it ended and the payer now pays on their own.")
        : t('Removed the payment method.');
    case 'arrangement_changed':
      return after('mode') === 'self_pay' ? t('The payment arrangement is now: pays on their own.') : t('Changed the payment arrangement.');
    case 'payment_method_requested': {
      const emailed = after('emailedTo');
      return Array.isArray(emailed) && emailed.length > 0
        ? t('Asked the payer to add a payment method (emailed {recipients}).', { recipients: describeAuditValue('emailedTo', emailed, options) })
        : null;
    }
    case 'invoice_readdressed': {
      const before = text(change('addressee')?.before);
      const to = text(after('addressee'));
      return before && to ? t('Addressed the invoice to {after} instead of {before}.', { after: to, before }) : null;
    }
    case 'settings_changed': {
      const settings = [...new Set(entry.changes.map((c) => settingLabel(c.field, t)))];
      return settings.length > 0 ? t('Changed: {settings}.', { settings: list(settings) }) : null;
    }
    case 'profile_created': {
      const name = text(after('name'));
      return name ? t('Created the profile “{name}”.', { name }) : null;
    }
    case 'profile_changed': {
      const before = text(change('name')?.before);
      const name = text(after('name'));
      return before && name ? t('Changed the profile “{before}”, now named “{name}”.', { before, name }) : t('Changed the profile.');
    }
    case 'profile_deleted':
      return t('Deleted the profile.');
    case 'user_access_changed': {
      if (after('status') === 'revoked') return t('Revoked portal access.');
      const profile = text(after('profile'));
      return profile ? t('Gave the profile “{profile}”.', { profile }) : null;
    }
    case 'invitation_sent': {
      const email = text(after('email'));
      const profile = text(after('profile'));
      return email && profile ? t('Invited {email} with the profile “{profile}”.', { email, profile }) : null;
    }
    case 'invitation_resent':
      return t('Sent the invitation again; the earlier link no longer works.');
    case 'invitation_changed': {
      if (after('status') === 'revoked') return t('Revoked the invitation.');
      const profile = text(after('profile'));
      return profile ? t('Changed the invitation to the profile “{profile}”.', { profile }) : null;
    }
    case 'invitation_accepted': {
      const name = text(after('displayName'));
      const email = text(after('email'));
      return name && email ? t('{name} ({email}) accepted the invitation.', { name, email }) : null;
    }
    case 'notification_preferences_changed':
      return t('Changed which emails they receive.');
    case 'credit_applied': {
      const credit = change('creditOnAccountCents');
      if (typeof credit?.before !== 'number' || typeof credit.after !== 'number') return null;
      const applications = entry.changes.flatMap((c) => {
        const { group, name } = splitField(c.field);
        if (group === null || name !== 'balanceCents' || typeof c.before !== 'number' || typeof c.after !== 'number') return [];
        return [t('{amount} to {invoice}', { amount: describeAuditValue('amountCents', c.before - c.after, options), invoice: group })];
      });
      const amount = describeAuditValue('amountCents', credit.before - credit.after, options);
      return applications.length > 0
        ? t('Applied {amount} of credit on account: {applications}.', { amount, applications: applications.join(', ') })
        : null;
    }
    // A void, refund or bank return: its reason is in the service's sentence only.
    default:
      return null;
  }
}

/** A changed setting as the settings' entry names it: the office's contact as one, a fee's flat part and cap as the fee. */
function settingLabel(field: string, t: Translate): string {
  const { group } = splitField(field);
  if (group !== null) return auditFieldLabel(group, t);
  if (/^cardFee(Flat|Cap)Cents$/.test(field)) return auditFieldLabel('cardFeeBasisPoints', t);
  if (/^bankFee(Flat|Cap)Cents$/.test(field)) return auditFieldLabel('bankFeeBasisPoints', t);
  return auditFieldLabel(field, t);
}

/**
 * The payments an entry made, each in words ("$120.00 with Visa •••• 4242, PAY-1042: succeeded"):
 * one payment's fields plain, several's each under its reference ("PAY-1042.amountCents").
 */
function paymentsIn(changes: AuditEntryFacts['changes'], options: AuditWordsOptions): string[] {
  const t = options.t ?? english;
  const payments = new Map<string, Map<string, unknown>>();
  for (const change of changes) {
    const { group, name } = splitField(change.field);
    const key = group ?? '';
    const fields = payments.get(key) ?? new Map<string, unknown>();
    fields.set(name, change.after);
    payments.set(key, fields);
  }
  return [...payments.values()].flatMap((fields) => {
    const amount = fields.get('amountCents');
    const fee = fields.get('feeCents');
    const method = fields.get('method');
    const reference = fields.get('reference');
    const status = fields.get('status');
    if (typeof amount !== 'number' || typeof method !== 'string' || typeof reference !== 'string' || typeof status !== 'string') return [];
    const params = {
      amount: describeAuditValue('amountCents', amount, options),
      method,
      reference,
      status: describeAuditValue('status', status, options).toLocaleLowerCase(t.lang),
    };
    return [
      typeof fee === 'number' && fee > 0
        ? t('{amount} (+ {fee} fee) with {method}, {reference}: {status}', { ...params, fee: describeAuditValue('feeCents', fee, options) })
        : t('{amount} with {method}, {reference}: {status}', params),
    ];
  });
}
