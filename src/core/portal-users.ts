// The Portal access list and what staff do in it, in words and decisions: statuses and filters,
// sorting, the invite form's checks, where the billing service's refusal goes, and the sentence
// each action ends with. Pure, so `<alis-connect-access>` only draws them and node tests read them.
import { describeParty } from './access-words.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import type { ConnectUser, ConnectUserStatus, UserProfile } from '../sdk/types.js';

const statusWords: Record<ConnectUserStatus, (t: Translate) => string> = {
  invited: (t) => t.ctx('portal user status', 'Invited'),
  active: (t) => t.ctx('portal user status', 'Active'),
  expired: (t) => t('Invitation expired'),
  revoked: (t) => t('Access revoked'),
};

/** A user's status in words. */
export function describeStatus(status: ConnectUserStatus, t: Translate = english): string {
  return Object.hasOwn(statusWords, status) ? statusWords[status](t) : status;
}

/**
 * A row's status in words, true of the row: a revoked invitation that was never accepted gave no
 * access to revoke, so it reads "Invitation cancelled"; every other row reads its status.
 */
export function describeUserStatus(user: Pick<ConnectUser, 'status' | 'acceptedAt'>, t: Translate = english): string {
  if (user.status === 'revoked' && !user.acceptedAt) return t('Invitation cancelled');
  return describeStatus(user.status, t);
}

/** The statuses the list can be filtered by, with their labels in the reader's language. */
export const statusFilters: readonly { value: ConnectUserStatus; label: (t: Translate) => string }[] = [
  { value: 'invited', label: (t) => t.ctx('portal user status', 'Invited') },
  { value: 'active', label: (t) => t.ctx('portal user status', 'Active') },
  { value: 'expired', label: (t) => t('Invitation expired') },
  // Revoked access and cancelled invitations both: neither can be used again.
  { value: 'revoked', label: (t) => t.ctx('portal user status', 'Revoked or cancelled') },
];

/** The status a filter names, or '' (everyone) for anything else. */
export function statusFilterOf(value: string): ConnectUserStatus | '' {
  return statusFilters.find((s) => s.value === value)?.value ?? '';
}

/** What the list says when nobody matches `statusFilter`. */
export function noUsersMessage(statusFilter: ConnectUserStatus | '', t: Translate = english): string {
  const filter = statusFilters.find((s) => s.value === statusFilter);
  return filter ? t('No portal users with the status "{status}".', { status: filter.label(t) }) : t('No one has been invited to the portal yet.');
}

/** The user's name, or who they will be once they accept. */
export function userName(user: ConnectUser): string {
  return user.displayName ?? user.party?.name ?? user.email;
}

/**
 * The last time something happened to the user: revoked, accepted, or the invitation (re)sent.
 * ISO instants compare correctly as strings.
 */
export function lastChangeOf(user: ConnectUser): string {
  const moments = [user.revokedAt, user.acceptedAt, user.invitation?.sentAt].filter((m): m is string => typeof m === 'string');
  return moments.sort().at(-1) ?? '';
}

/** The columns the user table can be sorted by. */
export type ConnectAccessSortKey = 'name' | 'resident' | 'profile' | 'status' | 'invited' | 'changed';

const STATUS_ORDER: readonly ConnectUserStatus[] = ['invited', 'expired', 'active', 'revoked'];

/** What `user` is sorted by in column `key` (pending invitations before active users before revoked). */
export function userSortValue(user: ConnectUser, key: ConnectAccessSortKey, profiles: ReadonlyMap<string, UserProfile>): string | number {
  switch (key) {
    case 'name':
      return userName(user);
    case 'resident':
      return user.residentName ?? '';
    case 'profile':
      return profiles.get(user.profileId)?.name ?? user.profileId;
    case 'status':
      return STATUS_ORDER.indexOf(user.status);
    case 'invited':
      return user.invitation?.sentAt ?? '';
    case 'changed':
      return lastChangeOf(user);
  }
}

/** `more` appended to `users`, each user once (a row kept visible after a change may arrive again). */
export function mergeUsers(users: readonly ConnectUser[], more: readonly ConnectUser[]): ConnectUser[] {
  const byId = new Map(users.map((u) => [u.id, u]));
  for (const user of more) byId.set(user.id, user);
  return [...byId.values()];
}

/** The invite form's fields, named as the API names them (so the server's `fields` land on them). */
export type InviteField = 'email' | 'partyId' | 'profileId' | 'sensitiveInformationConfirmed';

/** The invite form's fields in the order they are shown (the first with an error gets focus). */
export const INVITE_FIELD_ORDER: readonly InviteField[] = ['email', 'partyId', 'profileId', 'sensitiveInformationConfirmed'];

/** What the invite form holds; kept across refusals and list reloads. */
export interface InviteDraft {
  email: string;
  partyId: string;
  profileId: string;
  confirmed: boolean;
}

/** An invite form with nothing in it. */
export const emptyInviteDraft = (): InviteDraft => ({ email: '', partyId: '', profileId: '', confirmed: false });

/** What each invite field says is wrong with it. */
export type InviteErrors = Partial<Record<InviteField, string>>;

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What the form itself can tell before asking the server, by field. */
export function checkInviteDraft(draft: InviteDraft, t: Translate = english): InviteErrors {
  const errors: InviteErrors = {};
  const email = draft.email.trim();
  if (email === '') errors.email = t("Enter the person's email address.");
  else if (!EMAIL_PATTERN.test(email)) errors.email = t('Enter an email address like name@example.com.');
  if (draft.partyId === '') errors.partyId = t('Choose the resident, or the contact of the resident, this person is.');
  if (draft.profileId === '') errors.profileId = t('Choose what this person may do in the portal.');
  if (!draft.confirmed) {
    errors.sensitiveInformationConfirmed = t("Confirm that this person may see the resident's sensitive billing information; nothing is sent until you do.");
  }
  return errors;
}

/** What is said when the form refused to send: "…: 2 fields need attention." */
export function inviteNotSentSentence(errors: InviteErrors, t: Translate = english): string {
  const count = Object.keys(errors).length;
  return t.plural(count, { one: 'The invitation was not sent: {count} field needs attention.', other: 'The invitation was not sent: {count} fields need attention.' });
}

/** Where a refused invitation's reasons go: next to their fields, or above the buttons, and what is announced. */
export interface InviteRefusal {
  fields: InviteErrors;
  /** What names no field; null when every reason has its field. */
  problem: string | null;
  announcement: string;
}

/** Places the billing service's refusal of an invitation on the fields it names. */
export function placeInviteRefusal(error: unknown, t: Translate = english): InviteRefusal {
  if (isAlisApiError(error)) {
    const fields: InviteErrors = {};
    const other: string[] = [];
    for (const [path, message] of Object.entries(error.fields)) {
      const field = INVITE_FIELD_ORDER.find((f) => path === f || path === `body.${f}` || path === `/${f}`);
      if (field) fields[field] = refusedFieldSentence(message, t);
      else other.push(refusedFieldSentence(message, t));
    }
    // A conflict here is the email already having access or a pending invitation: the engine says which (and names
    // the email) in English; another language reads our sentence for it, more telling than the generic one.
    const reason = error.code === 'conflict' && t.lang !== 'en' ? t('This email already has access to the portal or a pending invitation.') : refusalSentence(error, t);
    if (error.code === 'conflict' && !fields.email) fields.email = reason;
    if (error.code === 'not_found' && !fields.partyId) fields.partyId = reason;
    const named = Object.keys(fields).length > 0;
    return {
      fields,
      // The same sentence once, though it stands for several fields (another language's generic one).
      problem: other.length > 0 ? [...new Set(other)].join(' ') : named ? null : reason,
      announcement: t('The invitation was not sent. {reason}', { reason }),
    };
  }
  const problem =
    error instanceof AlisNetworkError
      ? t("We could not reach the billing service, so we don't know whether the invitation was sent. Try again: if it was, you will be told that this email already has a pending invitation.")
      : t('Something went wrong; the invitation was not sent. Please try again.');
  return { fields: {}, problem, announcement: problem };
}

/** What is said once an invitation is sent; `expires` is the link's expiry, already formatted. */
export function invitationSentSentence(sent: ConnectUser, expires: string, t: Translate = english): string {
  return sent.party
    ? t('Invitation sent to {email} for {party}. The link expires {expires}.', { email: sent.email, party: describeParty(sent.party, t), expires })
    : t('Invitation sent to {email}. The link expires {expires}.', { email: sent.email, expires });
}

/** What is said once an invitation is sent again; `expires` is the new link's expiry, already formatted. */
export function invitationResentSentence(updated: ConnectUser, expires: string, t: Translate = english): string {
  return t('A new invitation link was sent to {email}; the earlier link no longer works. The new one expires {expires}.', { email: updated.email, expires });
}

/** What is said once access is revoked; `wasActive` is whether they had accepted (else an invitation was cancelled). */
export function revokedSentence(updated: ConnectUser, wasActive: boolean, t: Translate = english): string {
  return wasActive
    ? t("{name}'s access was revoked; the portal refuses them from now on.", { name: userName(updated) })
    : t('The invitation to {email} was cancelled; its link no longer works.', { email: updated.email });
}

/** What is said once a user has another profile; an invitation not yet accepted carries it until it is. */
export function profileGivenSentence(updated: ConnectUser, profileName: string, t: Translate = english): string {
  return updated.status === 'invited' || updated.status === 'expired'
    ? t('The invitation to {email} now carries the profile {profile}.', { email: updated.email, profile: profileName })
    : t('{name} now has the profile {profile}.', { name: userName(updated), profile: profileName });
}

/** Why the profile form refuses to save the profile the user already has. */
export function sameProfileMessage(user: ConnectUser, t: Translate = english): string {
  return t('{name} already has this profile. Choose another one, or cancel.', { name: userName(user) });
}

/** Why a resend, profile change or revocation failed, next to its confirmation. */
export function accessActionFailure(error: unknown, t: Translate = english): string {
  if (isAlisApiError(error)) return refusalSentence(error, t);
  return error instanceof AlisNetworkError
    ? t("We could not reach the billing service, so we don't know whether this was done. Reload the list to check before trying again.")
    : t('Something went wrong; nothing was changed. Please try again.');
}
