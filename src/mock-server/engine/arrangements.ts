// Payers as the billing team sees them (balance, masked methods, arrangement), how each pays, and
// which billing-team pulls are due on a date.
import { actorOfUser, changedFields, recordAudit } from './audit.js';
import { requireStaffWithAny } from './auth.js';
import { EngineError } from './errors.js';
import { communityToday, outstandingBalance } from './invoices.js';
import { paidCents, type PaidCents } from './ledger.js';
import { methodLabel, methodsOfParty } from './methods.js';
import { sendDueAdvanceNotices, sendPaymentMethodRequest, type NoticeSent } from './notices.js';
import { BASIS_POINTS, centsProblem, sumCents } from './money.js';
import { paginate, sortBy, type PageQuery, type SortOrder } from './pagination.js';
import { pullRefusal, requireStaff } from './staff-payments.js';
import { localDate, nextDayOfMonth, splitDate } from './time.js';
import { advanceNoticeView, arrangementView, methodSummary, money, partyRef, paymentMethodView } from './views.js';
import {
  byId,
  findParty,
  residentOfParty,
  type ArrangementEndRecord,
  type ArrangementPartRecord,
  type ArrangementRecord,
  type BillingState,
  type JsonValue,
  type PartyRecord,
  type PaymentMethodRecord,
  type PullArrangementRecord,
  type UserRecord,
} from './state.js';
import type { components } from '../../contract/types.js';

type Schemas = components['schemas'];
/** A payer as staff see them. */
export type Payer = Schemas['Payer'];
/** A page of payers. */
export type PayerPage = Schemas['PayerPage'];
/** The body of `PUT /staff/payers/{id}/arrangement`. */
export type ArrangementInput = Schemas['Arrangement'];
/** `GET /staff/pulls/due`. */
export type DuePulls = Schemas['DuePulls'];

/** Options of {@link listPayers}. */
export interface ListPayersQuery extends PageQuery {
  /** Matches the payer's or the resident's name, case-insensitively. */
  search?: string;
}

interface PayerEntry {
  party: PartyRecord;
  residentName: string;
}

/** Every resident and contact, since any of them can be invoiced; unit-mates stay together. */
function payerEntries(state: BillingState): PayerEntry[] {
  const parties: PartyRecord[] = [
    ...state.residents.map((record): PartyRecord => ({ kind: 'resident', record })),
    ...state.contacts.map((record): PartyRecord => ({ kind: 'contact', record })),
  ];
  return parties.map((party) => ({ party, residentName: residentOfParty(state, party)?.name ?? '' }));
}

/** By resident, the resident before their contacts, then by name; the id breaks ties. */
const BY_RESIDENT: SortOrder<PayerEntry> = {
  keyOf: (e) => [e.residentName, e.party.kind === 'resident' ? '0' : '1', e.party.record.name, e.party.record.id],
  directions: ['asc', 'asc', 'asc', 'asc'],
};

/** The party with this id as a payer, or 404 `not_found`. */
function requireParty(state: BillingState, partyId: string): PartyRecord {
  const party = findParty(state, partyId);
  if (!party) throw new EngineError('not_found', `There is no payer ${partyId}.`);
  return party;
}

/** One payer's view: what they owe, their methods (masked) and their arrangement. */
function payerView(state: BillingState, now: Date, party: PartyRecord, paid: PaidCents): Payer {
  const partyId = party.record.id;
  const today = communityToday(state, now);
  const { open, totalCents, creditCents } = outstandingBalance(state, partyId, 'oldest_first', paid);
  // A signed-up user's login is where the portal reaches them; a contact's own email otherwise.
  const user = state.users.find((u) => u.partyId === partyId && u.status === 'active');
  const email = user?.email ?? (party.kind === 'contact' ? party.record.email : null);
  return {
    party: partyRef(state, partyId),
    residentName: residentOfParty(state, party)?.name ?? '',
    email,
    outstanding: money(totalCents, state.settings.currency),
    creditOnAccount: money(creditCents, state.settings.currency),
    openInvoiceCount: open.length,
    methods: methodsOfParty(state, partyId).map((m) => paymentMethodView(state, m, today)),
    arrangement: arrangementView(state, partyId, today),
  };
}

/** `GET /staff/payers`: every resident and contact with balance, methods and arrangement. */
export function listPayers(state: BillingState, now: Date, user: UserRecord, query: ListPayersQuery = {}): PayerPage {
  requireStaff(state, user);
  const needle = query.search?.trim().toLowerCase() ?? '';
  const matching = payerEntries(state).filter(
    (e) => needle === '' || e.party.record.name.toLowerCase().includes(needle) || e.residentName.toLowerCase().includes(needle),
  );
  const page = paginate(sortBy(matching, BY_RESIDENT), BY_RESIDENT, query);
  const paid = paidCents(state);
  return { items: page.items.map((e) => payerView(state, now, e.party, paid)), nextCursor: page.nextCursor };
}

/** `GET /staff/payers/{id}`. */
export function getPayer(state: BillingState, now: Date, user: UserRecord, partyId: string): Payer {
  requireStaff(state, user);
  return payerView(state, now, requireParty(state, partyId), paidCents(state));
}

/**
 * `PUT /staff/payers/{id}/arrangement`. Split rules (400 `validation_failed` naming the fields):
 * `single` is exactly one part with neither amount nor share; `fixed_amounts` gives every part an
 * `amountCents` from 1 to `MAX_MONEY_CENTS` (one part is allowed: a fixed monthly pull); `percentages` gives every part
 * `basisPoints`, summing to 10000. A method may appear once. Every method must be the payer's own,
 * usable now and authorized for recurring payments (422 `method_unusable`, field `parts[i].methodId`).
 */
export function setArrangement(state: BillingState, now: Date, user: UserRecord, partyId: string, input: ArrangementInput): Payer {
  const actor = requireStaff(state, user);
  const party = requireParty(state, partyId);
  const at = now.toISOString();
  const previous = state.arrangements.find((a) => a.payerPartyId === partyId);
  let record: ArrangementRecord;
  if (input.mode === 'self_pay') {
    record = { payerPartyId: partyId, mode: 'self_pay', updatedAt: at, updatedByUserId: actor.userId };
  } else {
    const parts = validateParts(input.split, input.parts);
    parts.forEach((part, i) => {
      const why = pullRefusal(state, now, partyId, part.methodId);
      if (why !== null) throw new EngineError('method_unusable', why, { fields: { [`parts[${i}].methodId`]: why } });
    });
    record = {
      payerPartyId: partyId,
      mode: 'billing_team_pulls',
      dayOfMonth: input.dayOfMonth,
      split: input.split,
      parts,
      updatedAt: at,
      updatedByUserId: actor.userId,
      advanceNotice: null,
    };
  }
  const changes = changedFields(arrangementFacts(state, previous), arrangementFacts(state, record));
  // Saving what is already recorded changes nothing (and the notice already sent still stands).
  if (changes.length === 0) return payerView(state, now, party, paidCents(state));
  state.arrangements = [...state.arrangements.filter((a) => a.payerPartyId !== partyId), record];
  recordAudit(state, now, actor, {
    action: 'arrangement_changed',
    summary: `${party.record.name}'s payment arrangement is now: ${arrangementWords(state, record)}.`,
    subjects: [{ type: 'payer', id: partyId }],
    changes,
  });
  // A pull that is already within the notice period is announced at once, with the new terms.
  if (record.mode === 'billing_team_pulls') sendDueAdvanceNotices(state, now, (a) => planPull(state, a), partyId);
  return payerView(state, now, party, paidCents(state));
}

/**
 * On the draft `state`: the payer withdrew `method`'s recurring authorization or removed it, so
 * billing-team pulls from it stop. The whole arrangement falls back to self-pay (a split without one
 * of its methods no longer adds up) from the next pull on; payments already submitted stand. Returns
 * the arrangement before and the end record, or null when no arrangement pulled from the method.
 * The caller records the audit entry and tells the office.
 */
export function endArrangementsOfMethod(
  state: BillingState,
  now: Date,
  user: UserRecord,
  method: PaymentMethodRecord,
  reason: ArrangementEndRecord['reason'],
): { before: PullArrangementRecord; end: ArrangementEndRecord } | null {
  const before = state.arrangements.find(
    (a): a is PullArrangementRecord => a.mode === 'billing_team_pulls' && a.payerPartyId === method.ownerPartyId && a.parts.some((p) => p.methodId === method.id),
  );
  if (!before) return null;
  const today = localDate(now, state.settings.timeZone);
  let firstSkipped = nextDayOfMonth(today, before.dayOfMonth);
  // Today's pull, when it was already made, stands: the first one that no longer happens is next month's.
  const pulledToday = state.payments.some(
    (p) => p.source === 'staff_pull' && p.payerPartyId === before.payerPartyId && localDate(new Date(p.createdAt), state.settings.timeZone) === today,
  );
  if (pulledToday && firstSkipped === today) firstSkipped = nextAfter(today, before.dayOfMonth);
  const end: ArrangementEndRecord = { at: now.toISOString(), byName: user.displayName, reason, methodId: method.id, firstSkippedPullDate: firstSkipped };
  const record: ArrangementRecord = { payerPartyId: before.payerPartyId, mode: 'self_pay', updatedAt: end.at, updatedByUserId: user.id, endedByPayer: end };
  state.arrangements = state.arrangements.map((a) => (a === before ? record : a));
  return { before, end };
}

/** The pull day after `date` (which is one). */
function nextAfter(date: string, dayOfMonth: number): string {
  const [y, m] = splitDate(date);
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return `${next}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** An arrangement as audited fields (a payer without one pays on their own). */
export function arrangementFacts(state: BillingState, arrangement: ArrangementRecord | undefined): Record<string, JsonValue> {
  if (!arrangement || arrangement.mode === 'self_pay') return { mode: 'self_pay', dayOfMonth: null, split: null, parts: null };
  return {
    mode: arrangement.mode,
    dayOfMonth: arrangement.dayOfMonth,
    split: arrangement.split,
    // The id decides whether anything changed (a reissued card may carry the same label); the
    // label is what a reader of the audit log recognises.
    parts: arrangement.parts.map((part) => {
      const method = byId(state.paymentMethods, part.methodId);
      return { methodId: part.methodId, method: method ? methodLabel(method) : part.methodId, amountCents: part.amountCents, basisPoints: part.basisPoints };
    }),
  };
}

/** The arrangement in words, for the audit log. */
function arrangementWords(state: BillingState, arrangement: ArrangementRecord): string {
  if (arrangement.mode === 'self_pay') return 'pays on their own';
  const labels = arrangement.parts.map((part) => {
    const method = byId(state.paymentMethods, part.methodId);
    return method ? methodLabel(method) : part.methodId;
  });
  return `the billing team pulls on day ${arrangement.dayOfMonth} from ${labels.join(' and ')}`;
}

/** What a pull under `arrangement` would collect today, per method (the Payment Center's default amount). */
export function planPull(state: BillingState, arrangement: PullArrangementRecord): { totalCents: number; parts: { methodId: string; amountCents: number }[] } {
  const outstanding = outstandingBalance(state, arrangement.payerPartyId, 'oldest_first').totalCents;
  const parts = pullAmounts(arrangement.split, arrangement.parts, outstanding);
  return { totalCents: sumCents(parts.map((p) => p.amountCents)), parts };
}

/**
 * `POST /staff/payers/{id}/payment-method-requests` on a draft store: "please add a payment method"
 * to the payer's portal users, from the Payers tab or Connect access.
 */
export function requestPaymentMethod(state: BillingState, now: Date, user: UserRecord, partyId: string): NoticeSent {
  requireStaffWithAny(state, user, ['staff_payment_center', 'staff_access'], 'email payers');
  const sent = sendPaymentMethodRequest(state, now, partyId);
  const party = requireParty(state, partyId);
  recordAudit(state, now, actorOfUser(user), {
    action: 'payment_method_requested',
    summary: `Asked ${party.record.name} to add a payment method (emailed ${sent.recipients.join(', ')}).`,
    subjects: [{ type: 'payer', id: partyId }],
    changes: [{ field: 'emailedTo', before: null, after: sent.recipients }],
  });
  return sent;
}

type SplitInput = Extract<ArrangementInput, { mode: 'billing_team_pulls' }>;

function validateParts(split: SplitInput['split'], input: SplitInput['parts']): ArrangementPartRecord[] {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  input.forEach((part, i) => {
    if (seen.has(part.methodId)) fields[`parts[${i}].methodId`] = 'Each method may appear once.';
    seen.add(part.methodId);
    const hasAmount = part.amountCents !== undefined;
    const hasShare = part.basisPoints !== undefined;
    if (split === 'single') {
      if (hasAmount) fields[`parts[${i}].amountCents`] = 'A single-method pull takes the whole amount; leave this out.';
      if (hasShare) fields[`parts[${i}].basisPoints`] = 'A single-method pull takes the whole amount; leave this out.';
    } else if (split === 'fixed_amounts') {
      const amountProblem = hasAmount ? centsProblem(part.amountCents) : 'Required for a split by fixed amounts.';
      if (amountProblem !== null) fields[`parts[${i}].amountCents`] = amountProblem;
      if (hasShare) fields[`parts[${i}].basisPoints`] = 'Not used in a split by fixed amounts.';
    } else {
      if (!hasShare) fields[`parts[${i}].basisPoints`] = 'Required for a split by percentages.';
      if (hasAmount) fields[`parts[${i}].amountCents`] = 'Not used in a split by percentages.';
    }
  });
  if (split === 'single' && input.length !== 1) fields['parts'] = 'A single-method pull has exactly one part.';
  if (split === 'percentages' && input.every((p) => p.basisPoints !== undefined)) {
    const total = sumCents(input.map((p) => p.basisPoints ?? 0));
    if (total !== BASIS_POINTS) fields['parts'] = `The shares must add up to 100% (10000 basis points), not ${total}.`;
  }
  if (Object.keys(fields).length > 0) throw EngineError.validation(fields, 'The arrangement is not valid.');
  return input.map((p) => ({ methodId: p.methodId, amountCents: p.amountCents ?? null, basisPoints: p.basisPoints ?? null }));
}

/**
 * What each part of a pull takes from `outstandingCents`:
 * - `single`: all of it;
 * - `percentages`: each part's share rounded down, the rounding remainder on the first part, so the
 *   parts always add up to the outstanding total exactly;
 * - `fixed_amounts`: each part's amount in order, capped so the sum never exceeds what is owed
 *   (a later part may get less, or nothing).
 * Parts that would take nothing are left out, since a pull of 0 cannot be made.
 */
export function pullAmounts(split: 'single' | 'fixed_amounts' | 'percentages', parts: readonly ArrangementPartRecord[], outstandingCents: number): { methodId: string; amountCents: number }[] {
  let amounts: number[];
  if (split === 'single') {
    amounts = parts.map((_, i) => (i === 0 ? outstandingCents : 0));
  } else if (split === 'percentages') {
    amounts = parts.map((p) => Math.floor((outstandingCents * (p.basisPoints ?? 0)) / BASIS_POINTS));
    const remainder = outstandingCents - sumCents(amounts);
    amounts[0] = (amounts[0] ?? 0) + remainder;
  } else {
    let left = outstandingCents;
    amounts = parts.map((p) => {
      const take = Math.min(p.amountCents ?? 0, left);
      left -= take;
      return take;
    });
  }
  return parts
    .map((p, i) => ({ methodId: p.methodId, amountCents: amounts[i] ?? 0 }))
    .filter((p) => p.amountCents > 0);
}

/**
 * `GET /staff/pulls/due?date=`: billing-team arrangements whose day of month is the date's (days
 * are 1–28, so every month has them) and whose payer owes something and was not already pulled that
 * day, with what each part pulls. The date defaults to today on the community clock.
 */
export function listDuePulls(state: BillingState, now: Date, user: UserRecord, date?: string): DuePulls {
  requireStaff(state, user);
  if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw EngineError.validation({ date: 'Must be a date, YYYY-MM-DD.' });
  const day = date ?? communityToday(state, now);
  const [, , dayOfMonth] = splitDate(day);
  const paid = paidCents(state);
  const currency = state.settings.currency;
  const items: DuePulls['items'] = [];
  // A payer pulled on that day (and not declined) is done for the day, even if a fixed-amount pull
  // left something owing: "Pull all due" run again must not pull them a second time.
  const zone = state.settings.timeZone;
  const pulledThatDay = new Set(
    state.payments
      .filter((p) => p.source === 'staff_pull' && p.status !== 'failed' && localDate(new Date(p.createdAt), zone) === day)
      .map((p) => p.payerPartyId),
  );
  for (const arrangement of state.arrangements) {
    if (arrangement.mode !== 'billing_team_pulls' || arrangement.dayOfMonth !== dayOfMonth) continue;
    const partyId = arrangement.payerPartyId;
    if (pulledThatDay.has(partyId)) continue;
    const party = findParty(state, partyId);
    if (!party) continue;
    const outstanding = outstandingBalance(state, partyId, 'oldest_first', paid).totalCents;
    if (outstanding <= 0) continue;
    items.push({
      payer: partyRef(state, partyId),
      residentName: residentOfParty(state, party)?.name ?? '',
      dueDate: day,
      outstanding: money(outstanding, currency),
      advanceNotice: arrangement.advanceNotice?.pullDate === day ? advanceNoticeView(state, arrangement.advanceNotice) : null,
      parts: pullAmounts(arrangement.split, arrangement.parts, outstanding).flatMap((part) => {
        const method = byId(state.paymentMethods, part.methodId);
        return method ? [{ method: methodSummary(method), amount: money(part.amountCents, currency) }] : [];
      }),
    });
  }
  items.sort((a, b) => a.residentName.localeCompare(b.residentName) || a.payer.name.localeCompare(b.payer.name));
  return { date: day, items };
}
