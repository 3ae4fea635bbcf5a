// The community's billing settings as the billing team reads and changes them. Payers read the same
// settings through `GET /me`, so a change here (e.g. the gateway switched off) shows there at once.
import { actorOfUser, changedFields, recordAudit, SETTINGS_SUBJECT_ID } from './audit.js';
import { EngineError } from './errors.js';
import { CARD_FUNDINGS, feeRulesOf, MAX_FEE_CENTS } from './fees.js';
import { formatCents } from './money.js';
import { requirePermission, STAFF_ONLY_MESSAGE } from './auth.js';
import { settingsView, type CommunitySettings } from './views.js';
import type { AllocationPolicy, BillingOfficeRecord, BillingState, CardFunding, FeeOnRefund, JsonValue, Permission, SettingsRecord, UserRecord } from './state.js';

/** What `PATCH /staff/settings` may change (the contract's `UpdateSettingsRequest`). */
export interface SettingsChange {
  gatewayEnabled?: boolean;
  portalEnabled?: boolean;
  cardFeeBasisPoints?: number;
  bankFeeBasisPoints?: number;
  allocationPolicy?: AllocationPolicy;
  billingOffice?: BillingOfficeRecord;
  pullNoticeLeadDays?: number;
  /** Which card fundings pay the card fee. */
  cardFeeFundings?: CardFunding[];
  cardFeeFlatCents?: number;
  /** null removes the cap. */
  cardFeeCapCents?: number | null;
  bankFeeFlatCents?: number;
  bankFeeCapCents?: number | null;
  cardSurchargesProhibited?: boolean;
  feeOnRefund?: FeeOnRefund;
}

/** The advance notice of a pull may be set from 1 to 30 days; Nacha's rule for varying debits is 10. */
export const MAX_PULL_NOTICE_LEAD_DAYS = 30;

/** The largest convenience fee SPEC allows: 3%. */
export const MAX_FEE_BASIS_POINTS = 300;

const ALLOCATION_POLICIES: readonly AllocationPolicy[] = ['oldest_first', 'newest_first', 'unapplied_credit'];


/**
 * Refuses with 403 `forbidden` unless the user is staff holding `permission`. The role is checked
 * first so a payer always gets the same "staff only" answer, whatever their profile says.
 */
export function requireStaff(state: BillingState, user: UserRecord, permission: Permission): void {
  if (user.role !== 'staff') throw new EngineError('forbidden', STAFF_ONLY_MESSAGE);
  requirePermission(state, user, permission);
}

/** `GET /staff/settings`. */
export function getSettings(state: BillingState, user: UserRecord): CommunitySettings {
  requireStaff(state, user, 'staff_settings');
  return settingsView(state.settings);
}

/**
 * `PATCH /staff/settings` on a draft store (run it inside `MockBackend.mutate`). The document
 * already validates the body; the checks here keep the engine safe when called directly.
 */
export function updateSettings(draft: BillingState, now: Date, user: UserRecord, change: SettingsChange): CommunitySettings {
  requireStaff(draft, user, 'staff_settings');
  const fields: Record<string, string> = {};
  for (const name of ['cardFeeBasisPoints', 'bankFeeBasisPoints'] as const) {
    const value = change[name];
    if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > MAX_FEE_BASIS_POINTS)) {
      fields[name] = `Must be a whole number of basis points from 0 to ${MAX_FEE_BASIS_POINTS}.`;
    }
  }
  if (change.allocationPolicy !== undefined && !ALLOCATION_POLICIES.includes(change.allocationPolicy)) {
    fields['allocationPolicy'] = `Must be one of: ${ALLOCATION_POLICIES.join(', ')}.`;
  }
  const lead = change.pullNoticeLeadDays;
  if (lead !== undefined && (!Number.isInteger(lead) || lead < 1 || lead > MAX_PULL_NOTICE_LEAD_DAYS)) {
    fields['pullNoticeLeadDays'] = `Must be a whole number of days from 1 to ${MAX_PULL_NOTICE_LEAD_DAYS}.`;
  }
  const office = change.billingOffice === undefined ? undefined : cleanOffice(change.billingOffice, fields);
  const fundings = change.cardFeeFundings === undefined ? undefined : cleanFundings(change.cardFeeFundings, fields);
  checkFlatAndCap(draft.settings, change, 'card', fields);
  checkFlatAndCap(draft.settings, change, 'bank', fields);
  if (change.feeOnRefund !== undefined && !FEE_ON_REFUND.includes(change.feeOnRefund)) {
    fields['feeOnRefund'] = `Must be one of: ${FEE_ON_REFUND.join(', ')}.`;
  }
  if (Object.keys(fields).length > 0) throw EngineError.validation(fields);
  const settings = draft.settings;
  const before = settingsFacts(settings);
  if (change.gatewayEnabled !== undefined) settings.gatewayEnabled = change.gatewayEnabled;
  if (change.portalEnabled !== undefined) settings.portalEnabled = change.portalEnabled;
  if (change.cardFeeBasisPoints !== undefined) settings.cardFeeBasisPoints = change.cardFeeBasisPoints;
  if (change.bankFeeBasisPoints !== undefined) settings.bankFeeBasisPoints = change.bankFeeBasisPoints;
  if (change.allocationPolicy !== undefined) settings.allocationPolicy = change.allocationPolicy;
  if (change.pullNoticeLeadDays !== undefined) settings.pullNoticeLeadDays = change.pullNoticeLeadDays;
  if (office !== undefined) settings.billingOffice = office;
  if (fundings !== undefined) settings.cardFeeFundings = fundings;
  if (change.cardFeeFlatCents !== undefined) settings.cardFeeFlatCents = change.cardFeeFlatCents;
  if (change.cardFeeCapCents !== undefined) settings.cardFeeCapCents = change.cardFeeCapCents;
  if (change.bankFeeFlatCents !== undefined) settings.bankFeeFlatCents = change.bankFeeFlatCents;
  if (change.bankFeeCapCents !== undefined) settings.bankFeeCapCents = change.bankFeeCapCents;
  if (change.cardSurchargesProhibited !== undefined) settings.cardSurchargesProhibited = change.cardSurchargesProhibited;
  if (change.feeOnRefund !== undefined) settings.feeOnRefund = change.feeOnRefund;
  const changes = changedFields(before, settingsFacts(settings));
  recordAudit(draft, now, actorOfUser(user), {
    action: 'settings_changed',
    summary: `${user.displayName} changed ${[...new Set(changes.map((c) => SETTING_WORDS[c.field] ?? c.field))].join(', ')}.`,
    subjects: [{ type: 'settings', id: SETTINGS_SUBJECT_ID }],
    changes,
  });
  return settingsView(settings);
}

/** Each audited setting as a summary names it. */
const SETTING_WORDS: Readonly<Record<string, string>> = {
  gatewayEnabled: 'ALIS Pay (online payments)',
  portalEnabled: 'ALIS Connect (the resident portal)',
  cardFeeBasisPoints: 'the card convenience fee',
  bankFeeBasisPoints: 'the bank account convenience fee',
  allocationPolicy: 'how payments are applied',
  pullNoticeLeadDays: 'the advance notice of pulls',
  cardFeeFundings: 'which cards pay the card fee',
  cardFeeFlatCents: 'the card convenience fee',
  cardFeeCapCents: 'the card convenience fee',
  bankFeeFlatCents: 'the bank account convenience fee',
  bankFeeCapCents: 'the bank account convenience fee',
  cardSurchargesProhibited: 'whether card surcharges are allowed',
  feeOnRefund: 'whether refunds give the fee back',
  'billingOffice.name': "the billing office's contact",
  'billingOffice.phone': "the billing office's contact",
  'billingOffice.email': "the billing office's contact",
  'billingOffice.hours': "the billing office's contact",
};

/** The settings as audited fields, the office's flattened so each part shows on its own. */
function settingsFacts(settings: SettingsRecord): Record<string, JsonValue> {
  return {
    gatewayEnabled: settings.gatewayEnabled,
    portalEnabled: settings.portalEnabled,
    allocationPolicy: settings.allocationPolicy,
    pullNoticeLeadDays: settings.pullNoticeLeadDays,
    ...feeRulesOf(settings),
    'billingOffice.name': settings.billingOffice.name,
    'billingOffice.phone': settings.billingOffice.phone,
    'billingOffice.email': settings.billingOffice.email,
    'billingOffice.hours': settings.billingOffice.hours,
  };
}

/** The office contact trimmed, blanks as null; a blank name is refused. */
function cleanOffice(office: BillingOfficeRecord, fields: Record<string, string>): BillingOfficeRecord {
  const blankToNull = (value: string | null): string | null => (value === null || value.trim() === '' ? null : value.trim());
  const name = office.name.trim();
  if (name === '') fields['billingOffice.name'] = 'Enter the name payers should ask for, e.g. "Business office".';
  const email = blankToNull(office.email);
  if (email !== null && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) fields['billingOffice.email'] = 'Enter an email address.';
  return { name, phone: blankToNull(office.phone), email, hours: blankToNull(office.hours) };
}

const FEE_ON_REFUND: readonly FeeOnRefund[] = ['kept', 'refunded'];

/** The fundings in their usual order, each once; anything else is a field error. */
function cleanFundings(fundings: readonly CardFunding[], fields: Record<string, string>): CardFunding[] {
  if (!Array.isArray(fundings) || fundings.some((f) => !CARD_FUNDINGS.includes(f)) || new Set(fundings).size !== fundings.length) {
    fields['cardFeeFundings'] = `Must list each of ${CARD_FUNDINGS.join(', ')} at most once.`;
    return [];
  }
  return CARD_FUNDINGS.filter((f) => fundings.includes(f));
}

/**
 * The flat part and cap of a fee: whole cents up to the contract's limit, a cap of at least one
 * cent, and a cap not below the flat part (it would make the percentage meaningless), judged on
 * the settings as they will be after the change.
 */
function checkFlatAndCap(settings: SettingsRecord, change: SettingsChange, kind: 'card' | 'bank', fields: Record<string, string>): void {
  const flatField = kind === 'card' ? 'cardFeeFlatCents' : 'bankFeeFlatCents';
  const capField = kind === 'card' ? 'cardFeeCapCents' : 'bankFeeCapCents';
  const flat = change[flatField];
  const cap = change[capField];
  const money = (cents: number): string => formatCents(cents, settings.currency);
  let ok = true;
  if (flat !== undefined && (!Number.isSafeInteger(flat) || flat < 0 || flat > MAX_FEE_CENTS)) {
    fields[flatField] = `Must be a whole number of cents from 0 to ${MAX_FEE_CENTS}.`;
    ok = false;
  }
  if (cap !== undefined && cap !== null && (!Number.isSafeInteger(cap) || cap < 1 || cap > MAX_FEE_CENTS)) {
    fields[capField] = `Must be a whole number of cents from 1 to ${MAX_FEE_CENTS}, or none.`;
    ok = false;
  }
  if (!ok) return;
  const flatAfter = flat ?? settings[flatField];
  const capAfter = cap === undefined ? settings[capField] : cap;
  if (capAfter !== null && capAfter < flatAfter) {
    fields[capField] = `The cap must be at least the flat fee of ${money(flatAfter)}.`;
  }
}
