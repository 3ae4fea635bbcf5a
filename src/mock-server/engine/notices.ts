// Telling people: who receives each email, which ones a payer may turn off, and the events that
// send them. Emails land in the store's outbox (`GET /__mock/outbox`, the demo's mailbox); a real
// backend would hand the same rendered message to its mail service.
//
// A payer's emails go to every active portal user who is that payer (a resident or contact), or,
// when nobody has signed up, to the contact's own email address: a bank return or an advance
// notice of a pull must reach the payer whether or not they use the portal. Only receipts and card
// declines are optional; the rest are required: a returned debit needs action, the advance notice
// of a debit that varies in amount is a Nacha rule, and requests come from the billing office.
import { actorOfUser, changedFields, deepFreeze, recordAudit } from './audit.js';
import { requireGateway, requirePortal } from './auth.js';
import { EngineError } from './errors.js';
import { methodLabel } from './methods.js';
import {
  authorizationWithdrawnNotice,
  bankReturnNotice,
  cardDeclinedNotice,
  invitationNotice,
  paymentMethodRequestNotice,
  paymentReceiptNotice,
  pullAdvanceNotice,
  type NoticeCommunity,
  type RenderedNotice,
} from './notice-templates.js';
import { addDays, localDate, nextDayOfMonth } from './time.js';
import {
  byId,
  findParty,
  residentOfParty,
  type AdvanceNoticeRecord,
  type ArrangementEndRecord,
  type BillingState,
  type InvitationRecord,
  type NoticeType,
  type PaymentMethodRecord,
  type PaymentRecord,
  type PullArrangementRecord,
  type UserRecord,
} from './state.js';
import type { components } from '../../contract/types.js';

type Schemas = components['schemas'];
/** The contract's `NotificationPreferences`. */
export type NotificationPreferences = Schemas['NotificationPreferences'];
/** The contract's `NoticeSent`. */
export type NoticeSent = Schemas['NoticeSent'];

/** Every notice a payer can receive, in the order the preferences list them. */
export const PAYER_NOTICES: readonly NoticeType[] = ['payment_receipt', 'card_declined', 'bank_return', 'pull_advance_notice', 'payment_method_request'];

/** The notices a payer may turn off; all others are always sent. Receipts are on until turned off. */
export const OPTIONAL_NOTICES: ReadonlySet<NoticeType> = new Set<NoticeType>(['payment_receipt', 'card_declined']);

/** What the templates need to know about the community. */
export function noticeCommunity(state: BillingState): NoticeCommunity {
  const settings = state.settings;
  return { name: settings.communityName, currency: settings.currency, timeZone: settings.timeZone, office: { ...settings.billingOffice } };
}

/** Puts a rendered email in the outbox for each address (once per address). */
function deliver(state: BillingState, now: Date, to: readonly string[], message: RenderedNotice): string[] {
  const unique = [...new Map(to.map((address) => [address.toLowerCase(), address])).values()];
  for (const address of unique) {
    state.sequences.email += 1;
    let id = `email-${String(state.sequences.email).padStart(4, '0')}`;
    for (let n = 2; state.outbox.some((e) => e.id === id); n++) id = `email-${String(state.sequences.email).padStart(4, '0')}-${n}`;
    state.outbox.push(deepFreeze({
      id,
      notice: message.notice,
      to: address,
      subject: message.subject,
      body: message.text,
      html: message.html,
      link: message.link,
      sentAt: now.toISOString(),
    }));
  }
  return unique;
}

/** Active payer users who are `partyId`. */
function portalUsersOf(state: BillingState, partyId: string): UserRecord[] {
  return state.users.filter((u) => u.role === 'payer' && u.partyId === partyId && u.status === 'active');
}

/**
 * Who receives `notice` for the payer `partyId`, each with the name to greet: the payer's active
 * portal users who have not turned it off, or the contact's own address when nobody signed up.
 */
function payerRecipients(state: BillingState, partyId: string, notice: NoticeType): { name: string; email: string }[] {
  const users = portalUsersOf(state, partyId);
  if (users.length > 0) {
    return users.filter((u) => !u.noticeOptOuts.includes(notice)).map((u) => ({ name: u.displayName, email: u.email }));
  }
  const party = findParty(state, partyId);
  if (party?.kind === 'contact' && party.record.email) return [{ name: party.record.name, email: party.record.email }];
  return [];
}

/** Sends a payer notice, one personalised email per recipient. */
function notifyPayer(state: BillingState, now: Date, partyId: string, notice: NoticeType, compose: (name: string) => RenderedNotice): string[] {
  return payerRecipients(state, partyId, notice).flatMap((recipient) => deliver(state, now, [recipient.email], compose(recipient.name)));
}

function residentName(state: BillingState, partyId: string): string {
  const party = findParty(state, partyId);
  return (party ? residentOfParty(state, party)?.name : undefined) ?? state.settings.communityName;
}

/** The invitation email for a new or resent invitation. */
export function sendInvitation(state: BillingState, now: Date, invitation: InvitationRecord, link: string): void {
  const profile = byId(state.profiles, invitation.profileId);
  deliver(
    state,
    now,
    [invitation.email],
    invitationNotice(noticeCommunity(state), {
      residentName: residentName(state, invitation.partyId),
      link,
      expiresAt: invitation.expiresAt,
      profileName: profile?.name ?? 'portal access',
    }),
  );
}

/** After a payment was created or settled: a receipt when it was taken, a decline notice when a card was declined. */
export function notifyPaymentOutcome(state: BillingState, now: Date, payment: PaymentRecord): void {
  const community = noticeCommunity(state);
  if (payment.status === 'failed') {
    if (payment.method.type !== 'card') return;
    notifyPayer(state, now, payment.payerPartyId, 'card_declined', (name) =>
      cardDeclinedNotice(community, {
        recipientName: name,
        reference: payment.reference,
        source: payment.source,
        methodLabel: payment.method.label,
        totalCents: payment.amountCents + payment.feeCents,
        reason: payment.failure?.message ?? 'The card was declined.',
      }),
    );
    return;
  }
  if (payment.status !== 'pending' && payment.status !== 'succeeded') return;
  const status = payment.status;
  // One pass over the invoices for their numbers: Pay Outstanding may settle thousands.
  const wanted = new Set(payment.allocations.map((a) => a.invoiceId));
  const numbers = new Map(state.invoices.filter((i) => wanted.has(i.id)).map((i) => [i.id, i.number]));
  const invoices = payment.allocations.map((a) => ({ number: numbers.get(a.invoiceId) ?? a.invoiceId, amountCents: a.amountCents }));
  notifyPayer(state, now, payment.payerPartyId, 'payment_receipt', (name) =>
    paymentReceiptNotice(community, {
      recipientName: name,
      reference: payment.reference,
      status,
      source: payment.source,
      at: payment.createdAt,
      methodLabel: payment.method.label,
      amountCents: payment.amountCents,
      feeCents: payment.feeCents,
      invoices,
      unappliedCents: payment.unappliedCents,
    }),
  );
}

/** After a bank debit came back: what happened and what to do. */
export function notifyBankReturn(state: BillingState, now: Date, payment: PaymentRecord): void {
  const ret = payment.return;
  if (!ret) return;
  const community = noticeCommunity(state);
  notifyPayer(state, now, payment.payerPartyId, 'bank_return', (name) =>
    bankReturnNotice(community, {
      recipientName: name,
      reference: payment.reference,
      methodLabel: payment.method.label,
      amountCents: payment.amountCents + payment.feeCents,
      code: ret.code,
      description: ret.description,
    }),
  );
}

/**
 * To the billing office: a payer withdrew (or removed) a method authorized for recurring payments,
 * and, when billing-team pulls from it ended with it, from which pull on.
 */
export function notifyAuthorizationWithdrawn(
  state: BillingState,
  now: Date,
  method: PaymentMethodRecord,
  removed: boolean,
  ended: ArrangementEndRecord | null = null,
): void {
  const party = findParty(state, method.ownerPartyId);
  const office = state.settings.billingOffice;
  // The office's address when it has one; otherwise everyone who works in the Payment Center.
  const to = office.email
    ? [office.email]
    : state.users
        .filter((u) => u.role === 'staff' && u.status === 'active' && byId(state.profiles, u.profileId)?.permissions.includes('staff_payment_center'))
        .map((u) => u.email);
  deliver(
    state,
    now,
    to,
    authorizationWithdrawnNotice(noticeCommunity(state), {
      payerName: party?.record.name ?? method.ownerPartyId,
      residentName: residentName(state, method.ownerPartyId),
      methodLabel: methodLabel(method),
      removed,
      arrangementEnded: ended ? { on: localDate(new Date(ended.at), state.settings.timeZone), firstSkippedPullDate: ended.firstSkippedPullDate } : null,
    }),
  );
}

/**
 * `POST /staff/payers/{id}/payment-method-requests` on a draft store (the caller checked the staff
 * member's permission): emails the payer's portal users who may save a method. Refused when they
 * could not act on it: `portal_disabled` / `gateway_disabled` while a switch stops saving methods,
 * 409 `conflict` when nobody signed up as this payer or no one who did may save methods.
 */
export function sendPaymentMethodRequest(state: BillingState, now: Date, partyId: string): NoticeSent {
  const party = findParty(state, partyId);
  if (!party) throw new EngineError('not_found', `There is no payer ${partyId}.`);
  requirePortal(state);
  requireGateway(state);
  const signedUp = portalUsersOf(state, partyId);
  if (signedUp.length === 0) {
    throw new EngineError('conflict', `${party.record.name} has not signed up for the portal, so they cannot add a payment method yet. Invite them first.`);
  }
  const users = signedUp.filter((user) => byId(state.profiles, user.profileId)?.permissions.includes('manage_payment_methods'));
  if (users.length === 0) {
    throw new EngineError(
      'conflict',
      `${party.record.name}'s access does not include saving payment methods. Give them a profile that does in Connect access first.`,
    );
  }
  const resident = residentName(state, partyId);
  const community = noticeCommunity(state);
  const recipients = users.flatMap((user) =>
    deliver(state, now, [user.email], paymentMethodRequestNotice(community, { recipientName: user.displayName, residentName: resident })),
  );
  return { notice: 'payment_method_request', recipients, sentAt: now.toISOString() };
}

/** The parts of a coming pull with their amounts (what the Payment Center would propose). */
export type PullPlan = (arrangement: PullArrangementRecord) => { totalCents: number; parts: { methodId: string; amountCents: number }[] };

/** The next pull date of an arrangement on or after the community's today. */
export function nextPullDate(state: BillingState, now: Date, arrangement: PullArrangementRecord): string {
  return nextDayOfMonth(localDate(now, state.settings.timeZone), arrangement.dayOfMonth);
}

/** An advance notice that is due: for which arrangement and pull, what it would collect, and whether it corrects an earlier one. */
export interface DueAdvanceNotice {
  arrangement: PullArrangementRecord;
  pullDate: string;
  plan: ReturnType<PullPlan>;
  /** The notice already sent for this pull, which this one replaces because the amount grew. */
  replaces: AdvanceNoticeRecord | null;
}

/**
 * The advance notices due now (or only `onlyPartyId`'s): each pull within the lead time whose payer
 * owes something and was not told, or was told a smaller amount than the billing team would now
 * collect (a reopened or re-addressed invoice): they must not be debited more than they were told.
 * None while the gateway is off, since no pull can happen.
 */
export function dueAdvanceNotices(state: BillingState, now: Date, plan: PullPlan, onlyPartyId?: string): DueAdvanceNotice[] {
  if (!state.settings.gatewayEnabled) return [];
  const today = localDate(now, state.settings.timeZone);
  const due: DueAdvanceNotice[] = [];
  for (const arrangement of state.arrangements) {
    if (arrangement.mode !== 'billing_team_pulls') continue;
    if (onlyPartyId !== undefined && arrangement.payerPartyId !== onlyPartyId) continue;
    const pullDate = nextPullDate(state, now, arrangement);
    // The date test is cheap; the balance is worked out only within the notice period.
    if (addDays(pullDate, -state.settings.pullNoticeLeadDays) > today) continue;
    const sent = arrangement.advanceNotice?.pullDate === pullDate ? arrangement.advanceNotice : null;
    const planned = plan(arrangement);
    if (planned.totalCents <= 0 || (sent !== null && planned.totalCents <= sent.amountCents)) continue;
    due.push({ arrangement, pullDate, plan: planned, replaces: sent });
  }
  return due;
}

/**
 * Sends every due advance notice (see {@link dueAdvanceNotices}), stating the amount the billing
 * team would collect today, from which method(s), on which date, and records it on the
 * arrangement with whom it reached: nobody, when the payer has no address, which staff then see.
 */
export function sendDueAdvanceNotices(state: BillingState, now: Date, plan: PullPlan, onlyPartyId?: string): number {
  const due = dueAdvanceNotices(state, now, plan, onlyPartyId);
  for (const { arrangement, pullDate, plan: planned, replaces } of due) {
    const community = noticeCommunity(state);
    const resident = residentName(state, arrangement.payerPartyId);
    const labelled = planned.parts.map((part) => {
      const method = byId(state.paymentMethods, part.methodId);
      return { methodLabel: method ? methodLabel(method) : part.methodId, amountCents: part.amountCents };
    });
    const replacesSentOn = replaces === null ? null : localDate(new Date(replaces.sentAt), state.settings.timeZone);
    const recipients = notifyPayer(state, now, arrangement.payerPartyId, 'pull_advance_notice', (name) =>
      pullAdvanceNotice(community, { recipientName: name, residentName: resident, pullDate, parts: labelled, replacesSentOn }),
    );
    arrangement.advanceNotice = {
      pullDate,
      sentAt: now.toISOString(),
      amountCents: planned.totalCents,
      methodIds: planned.parts.map((p) => p.methodId),
      recipients,
    };
  }
  return due.length;
}

/** `GET /notification-preferences`: every notice a payer can get, on or off, and which are required. */
export function getNotificationPreferences(state: BillingState, user: UserRecord): NotificationPreferences {
  requireNoticeUser(state, user);
  return preferencesView(user);
}

/**
 * `PATCH /notification-preferences` on a draft store. Turning off a required notice is refused
 * (400 `validation_failed`, naming the change) and nothing changes.
 */
export function updateNotificationPreferences(
  state: BillingState,
  now: Date,
  user: UserRecord,
  changes: readonly { notice: NoticeType; enabled: boolean }[],
): NotificationPreferences {
  requireNoticeUser(state, user);
  const record = byId(state.users, user.id);
  if (!record) throw new EngineError('internal_error', `No user ${user.id}.`);
  const fields: Record<string, string> = {};
  changes.forEach((change, i) => {
    if (!PAYER_NOTICES.includes(change.notice)) fields[`changes[${i}].notice`] = 'Payers do not receive this email.';
    else if (!change.enabled && !OPTIONAL_NOTICES.has(change.notice)) fields[`changes[${i}].enabled`] = 'This email is always sent; it cannot be turned off.';
  });
  if (Object.keys(fields).length > 0) throw EngineError.validation(fields, 'Some emails cannot be turned off.');
  const before = record.noticeOptOuts;
  const optOuts = new Set(record.noticeOptOuts);
  for (const change of changes) {
    if (change.enabled) optOuts.delete(change.notice);
    else optOuts.add(change.notice);
  }
  record.noticeOptOuts = PAYER_NOTICES.filter((notice) => optOuts.has(notice));
  recordAudit(state, now, actorOfUser(record), {
    action: 'notification_preferences_changed',
    summary: `${record.displayName} changed which emails they receive.`,
    subjects: [{ type: 'user', id: record.id }, ...(record.partyId === null ? [] : [{ type: 'payer' as const, id: record.partyId }])],
    changes: changedFields({ turnedOff: [...before] }, { turnedOff: [...record.noticeOptOuts] }),
  });
  return preferencesView(record);
}

/** Preferences are the payer's own: any payer with portal access, whatever their profile. */
function requireNoticeUser(state: BillingState, user: UserRecord): void {
  if (user.role !== 'payer' || user.partyId === null) throw new EngineError('forbidden', 'Email preferences are for portal users.');
  requirePortal(state);
}

function preferencesView(user: UserRecord): NotificationPreferences {
  return {
    email: user.email,
    items: PAYER_NOTICES.map((notice) => ({ notice, enabled: !user.noticeOptOuts.includes(notice), required: !OPTIONAL_NOTICES.has(notice) })),
  };
}
