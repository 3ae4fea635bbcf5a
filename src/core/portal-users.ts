// The Portal access list and what staff do in it, in words and decisions: statuses and filters,
// sorting, the invite form's checks, where the billing service's refusal goes, and the sentence
// each action ends with. Pure, so `<alis-connect-access>` only draws them and node tests read them.
import { describeParty } from './access-words.js';
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import type { ConnectUser, ConnectUserStatus, UserProfile } from '../sdk/types.js';

const statusWords: Record<ConnectUserStatus, string> = {
  invited: 'Invited',
  active: 'Active',
  expired: 'Invitation expired',
  revoked: 'Access revoked',
};

/** A user's status in words. */
export function describeStatus(status: ConnectUserStatus): string {
  return statusWords[status] ?? status;
}

/** The statuses the list can be filtered by, with their labels. */
export const statusFilters: readonly { value: ConnectUserStatus; label: string }[] = [
  { value: 'invited', label: 'Invited' },
  { value: 'active', label: 'Active' },
  { value: 'expired', label: 'Invitation expired' },
  { value: 'revoked', label: 'Revoked' },
];

/** The status a filter names, or '' (everyone) for anything else. */
export function statusFilterOf(value: string): ConnectUserStatus | '' {
  return statusFilters.find((s) => s.value === value)?.value ?? '';
}

/** What the list says when nobody matches `statusFilter`. */
export function noUsersMessage(statusFilter: ConnectUserStatus | ''): string {
  const filter = statusFilters.find((s) => s.value === statusFilter);
  return filter ? `No portal users with the status "${filter.label}".` : 'No one has been invited to the portal yet.';
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
export function checkInviteDraft(draft: InviteDraft): InviteErrors {
  const errors: InviteErrors = {};
  const email = draft.email.trim();
  if (email === '') errors.email = "Enter the person's email address.";
  else if (!EMAIL_PATTERN.test(email)) errors.email = 'Enter an email address like name@example.com.';
  if (draft.partyId === '') errors.partyId = 'Choose the resident, or the contact of the resident, this person is.';
  if (draft.profileId === '') errors.profileId = 'Choose what this person may do in the portal.';
  if (!draft.confirmed) {
    errors.sensitiveInformationConfirmed = "Confirm that this person may see the resident's sensitive billing information; nothing is sent until you do.";
  }
  return errors;
}

/** What is said when the form refused to send: "…: 2 fields need attention." */
export function inviteNotSentSentence(errors: InviteErrors): string {
  const count = Object.keys(errors).length;
  return `The invitation was not sent: ${count === 1 ? '1 field needs' : `${count} fields need`} attention.`;
}

/** Where a refused invitation's reasons go: next to their fields, or above the buttons, and what is announced. */
export interface InviteRefusal {
  fields: InviteErrors;
  /** What names no field; null when every reason has its field. */
  problem: string | null;
  announcement: string;
}

/** Places the billing service's refusal of an invitation on the fields it names. */
export function placeInviteRefusal(error: unknown): InviteRefusal {
  if (isAlisApiError(error)) {
    const fields: InviteErrors = {};
    const other: string[] = [];
    for (const [path, message] of Object.entries(error.fields)) {
      const field = INVITE_FIELD_ORDER.find((f) => path === f || path === `body.${f}` || path === `/${f}`);
      if (field) fields[field] = message;
      else other.push(message);
    }
    if (error.code === 'conflict' && !fields.email) fields.email = error.message; // the email already has access or an invitation
    if (error.code === 'not_found' && !fields.partyId) fields.partyId = error.message;
    const named = Object.keys(fields).length > 0;
    return { fields, problem: other.length > 0 ? other.join(' ') : named ? null : error.message, announcement: `The invitation was not sent. ${error.message}` };
  }
  const problem =
    error instanceof AlisNetworkError
      ? "We could not reach the billing service, so we don't know whether the invitation was sent. Try again: if it was, you will be told that this email already has a pending invitation."
      : 'Something went wrong; the invitation was not sent. Please try again.';
  return { fields: {}, problem, announcement: problem };
}

/** What is said once an invitation is sent; `expires` is the link's expiry, already formatted. */
export function invitationSentSentence(sent: ConnectUser, expires: string): string {
  return `Invitation sent to ${sent.email}${sent.party ? ` for ${describeParty(sent.party)}` : ''}. The link expires ${expires}.`;
}

/** What is said once an invitation is sent again; `expires` is the new link's expiry, already formatted. */
export function invitationResentSentence(updated: ConnectUser, expires: string): string {
  return `A new invitation link was sent to ${updated.email}; the earlier link no longer works. The new one expires ${expires}.`;
}

/** What is said once access is revoked; `wasActive` is whether they had accepted (else it was an invitation). */
export function revokedSentence(updated: ConnectUser, wasActive: boolean): string {
  return wasActive
    ? `${userName(updated)}'s access was revoked; the portal refuses them from now on.`
    : `The invitation to ${updated.email} was revoked; its link no longer works.`;
}

/** What is said once a user has another profile. */
export function profileGivenSentence(updated: ConnectUser, profileName: string): string {
  return `${userName(updated)} now has the profile ${profileName}.`;
}

/** Why the profile form refuses to save the profile the user already has. */
export function sameProfileMessage(user: ConnectUser): string {
  return `${userName(user)} already has this profile. Choose another one, or cancel.`;
}

/** Why a resend, profile change or revocation failed, next to its confirmation. */
export function accessActionFailure(error: unknown): string {
  if (isAlisApiError(error)) return error.message;
  return error instanceof AlisNetworkError
    ? "We could not reach the billing service, so we don't know whether this was done. Reload the list to check before trying again."
    : 'Something went wrong; nothing was changed. Please try again.';
}
