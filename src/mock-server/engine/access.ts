// Portal access: residents and their contacts, user profiles, portal users and invitations. Staff
// invite a person by email for a resident or contact; the single-use link expires after 30 days;
// accepting it creates an active user linked to that party. Revocation takes effect at once because
// `authenticate` refuses a revoked user's token on every request.
import { EngineError } from './errors.js';
import { paginate, sortBy, type PageQuery, type SortOrder } from './pagination.js';
import { createRandom } from './random.js';
import { requireStaff, STAFF_ONLY_MESSAGE } from './settings.js';
import { partyRef, profileView, residentNameOf, residentView, userView, type Resident, type UserProfile } from './views.js';
import {
  byId,
  findParty,
  type BillingState,
  type InvitationRecord,
  type Permission,
  type ProfileRecord,
  type UserRecord,
} from './state.js';
import type { components } from '../../sdk/generated/openapi-schema.js';

type Schemas = components['schemas'];
/** A portal user or a pending invitation, as the access page lists them. */
export type ConnectUser = Schemas['ConnectUser'];
/** `invited`, `active`, `expired` or `revoked`. */
export type ConnectUserStatus = Schemas['ConnectUserStatus'];
/** A page of {@link ConnectUser}s. */
export type ConnectUserPage = Schemas['ConnectUserPage'];
/** What an invited person sees before accepting. */
export type InvitationPreview = Schemas['InvitationPreview'];
/** A bearer token and its user. */
export type Session = Schemas['Session'];

/** How long an invitation link stays valid, from when it was (last) sent. */
export const INVITATION_TTL_MS = 30 * 24 * 3_600_000;

/** Where the invitation email's link points; the token is its only credential. */
export const ACCEPT_INVITATION_PATH = '/accept-invitation';

const CONNECT_USER_STATUSES: readonly ConnectUserStatus[] = ['invited', 'active', 'expired', 'revoked'];

/** Options of {@link listUsers}. */
export interface ListUsersQuery extends PageQuery {
  status?: ConnectUserStatus;
}

/** The body of `PATCH /staff/users/{userId}`. */
export interface UpdateUserChange {
  profileId?: string;
  revoked?: boolean;
}

/** The body of `POST /staff/invitations`. */
export interface CreateInvitationInput {
  email: string;
  partyId: string;
  profileId: string;
  sensitiveInformationConfirmed: boolean;
}

/** The body of `POST /invitations/{token}/accept`. */
export interface AcceptInvitationInput {
  displayName: string;
}

/**
 * `GET /staff/residents`: residents with their contacts (the people invoices can be addressed to and
 * invitations sent for), by name; `search` matches the resident's or any contact's name.
 */
export function listResidents(state: BillingState, user: UserRecord, search?: string): Resident[] {
  // Both the Payment Center (changing an addressee) and the access page (inviting) need this list.
  requireStaffWithAny(state, user, ['staff_payment_center', 'staff_access']);
  const needle = (search ?? '').trim().toLowerCase();
  const matches = state.residents.filter((resident) => {
    if (needle === '') return true;
    const names = [resident.name, ...state.contacts.filter((c) => c.residentId === resident.id).map((c) => c.name)];
    return names.some((name) => name.toLowerCase().includes(needle));
  });
  return [...matches].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((r) => residentView(state, r));
}

/** `GET /staff/profiles`: the profiles that can be given to portal users (payer profiles). */
export function listProfiles(state: BillingState, user: UserRecord): UserProfile[] {
  requireStaff(state, user, 'staff_access');
  return state.profiles.filter((p) => p.role === 'payer').map(profileView);
}

/** A portal user or an invitation not yet accepted, with what the list sorts and filters on. */
type Row = { kind: 'user'; record: UserRecord } | { kind: 'invitation'; record: InvitationRecord };

/** By email, then id: a stable order, so cursors survive records being added or changed. */
const BY_EMAIL: SortOrder<Row> = {
  keyOf: (row) => [row.record.email.toLowerCase(), row.record.id],
  directions: ['asc', 'asc'],
};

/**
 * `GET /staff/users`: payer users and the invitations not yet accepted (an accepted one is shown
 * as its user), filtered by status and paginated. Staff users are not portal users and are not listed.
 */
export function listUsers(state: BillingState, now: Date, user: UserRecord, query: ListUsersQuery = {}): ConnectUserPage {
  requireStaff(state, user, 'staff_access');
  if (query.status !== undefined && !CONNECT_USER_STATUSES.includes(query.status)) {
    throw EngineError.validation({ status: `Must be one of: ${CONNECT_USER_STATUSES.join(', ')}.` });
  }
  const rows: Row[] = [
    ...state.users.filter((u) => u.role === 'payer').map((record): Row => ({ kind: 'user', record })),
    ...state.invitations.filter((i) => i.acceptedAt === null).map((record): Row => ({ kind: 'invitation', record })),
  ];
  const filtered = rows.filter((row) => query.status === undefined || rowStatus(row, now) === query.status);
  const page = paginate(sortBy(filtered, BY_EMAIL), BY_EMAIL, query);
  return { items: page.items.map((row) => rowView(state, now, row)), nextCursor: page.nextCursor };
}

/**
 * `PATCH /staff/users/{userId}` on a draft store: change the profile (of the user's own role) and/or
 * revoke. `userId` may also name an invitation not yet accepted: its profile changes for when it is
 * accepted, and revoking it kills its link.
 */
export function updateUser(draft: BillingState, now: Date, actor: UserRecord, userId: string, change: UpdateUserChange): ConnectUser {
  requireStaff(draft, actor, 'staff_access');
  if (change.profileId === undefined && change.revoked === undefined) {
    throw EngineError.validation({ body: 'Give a profileId, or revoked: true.' }, 'Nothing to change.');
  }
  if (change.revoked === false) {
    throw EngineError.validation({ revoked: 'Revocation cannot be undone; invite the person again instead.' });
  }
  const at = now.toISOString();
  const user = byId(draft.users, userId);
  if (user) {
    if (user.status === 'revoked') {
      throw new EngineError('conflict', `${user.displayName}'s access is already revoked; invite them again to give it back.`);
    }
    if (change.revoked && user.id === actor.id) {
      throw new EngineError('conflict', 'You cannot revoke your own access; ask another member of the billing team.');
    }
    if (change.profileId !== undefined) user.profileId = assignableProfile(draft, change.profileId, user.role).id;
    if (change.revoked) {
      user.status = 'revoked';
      user.revokedAt = at;
    }
    return userRowView(draft, user);
  }
  const invitation = byId(draft.invitations, userId);
  if (!invitation) throw new EngineError('not_found', 'There is no such user or invitation.');
  if (invitation.acceptedAt !== null) {
    throw new EngineError('conflict', 'This invitation was accepted; change the user it created instead.');
  }
  if (invitation.revokedAt !== null) throw new EngineError('conflict', 'This invitation is already revoked.');
  if (change.profileId !== undefined) invitation.profileId = assignableProfile(draft, change.profileId, 'payer').id;
  if (change.revoked) invitation.revokedAt = at;
  return invitationView(draft, now, invitation);
}

/**
 * `POST /staff/invitations` on a draft store: an invited user with a single-use link that expires
 * after 30 days, emailed to `input.email` (see `/__mock/outbox`).
 */
export function createInvitation(draft: BillingState, now: Date, actor: UserRecord, input: CreateInvitationInput): ConnectUser {
  requireStaff(draft, actor, 'staff_access');
  const email = input.email.trim();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw EngineError.validation({ email: 'Enter an email address.' });
  if (input.sensitiveInformationConfirmed !== true) {
    throw EngineError.validation(
      { sensitiveInformationConfirmed: "Confirm that this person may see the resident's billing information." },
      "Confirm that this person may see the resident's billing information.",
    );
  }
  const profile = assignableProfile(draft, input.profileId, 'payer');
  if (!findParty(draft, input.partyId)) throw new EngineError('not_found', 'There is no such resident or contact.');
  refuseTakenEmail(draft, now, email, null);
  draft.sequences.invitation += 1;
  const invitation: InvitationRecord = {
    id: uniqueId(`invite-${pad(draft.sequences.invitation)}`, draft.invitations),
    email,
    partyId: input.partyId,
    profileId: profile.id,
    token: '',
    sentAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + INVITATION_TTL_MS).toISOString(),
    sentCount: 1,
    invitedByUserId: actor.id,
    acceptedAt: null,
    acceptedUserId: null,
    revokedAt: null,
  };
  invitation.token = invitationToken(draft, invitation);
  draft.invitations.push(invitation);
  sendInvitationEmail(draft, now, invitation);
  return invitationView(draft, now, invitation);
}

/**
 * `POST /staff/invitations/{invitationId}/resend` on a draft store: a new token and a new 30-day
 * expiry (an expired invitation may be resent); the old link stops working at once.
 */
export function resendInvitation(draft: BillingState, now: Date, actor: UserRecord, invitationId: string): ConnectUser {
  requireStaff(draft, actor, 'staff_access');
  const invitation = byId(draft.invitations, invitationId);
  if (!invitation) throw new EngineError('not_found', 'There is no such invitation.');
  if (invitation.acceptedAt !== null) throw new EngineError('conflict', 'This invitation was already accepted.');
  if (invitation.revokedAt !== null) throw new EngineError('conflict', 'This invitation was revoked; send a new one instead.');
  refuseTakenEmail(draft, now, invitation.email, invitation.id);
  invitation.sentCount += 1;
  invitation.sentAt = now.toISOString();
  invitation.expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
  invitation.token = invitationToken(draft, invitation);
  sendInvitationEmail(draft, now, invitation);
  return invitationView(draft, now, invitation);
}

/** `GET /invitations/{token}`: what the invited person sees before accepting. */
export function previewInvitation(state: BillingState, now: Date, token: string): InvitationPreview {
  const invitation = usableInvitation(state, now, token);
  const profile = byId(state.profiles, invitation.profileId);
  if (!profile) throw new EngineError('internal_error', `Invitation ${invitation.id} has no profile ${invitation.profileId}.`);
  return {
    email: invitation.email,
    communityName: state.settings.communityName,
    invitedBy: byId(state.users, invitation.invitedByUserId)?.displayName ?? state.settings.communityName,
    party: partyRef(state, invitation.partyId),
    residentName: residentNameOf(state, invitation.partyId),
    profile: profileView(profile),
    expiresAt: invitation.expiresAt,
  };
}

/**
 * `POST /invitations/{token}/accept` on a draft store: an active user whose login is the invited
 * email, linked to the invited party with the invited profile, and their session. The link is
 * then used up.
 */
export function acceptInvitation(draft: BillingState, now: Date, token: string, input: AcceptInvitationInput): Session {
  const invitation = usableInvitation(draft, now, token);
  const displayName = input.displayName.trim();
  if (displayName === '') throw EngineError.validation({ displayName: 'Enter your name.' });
  draft.sequences.user += 1;
  const id = uniqueId(`usr-${pad(draft.sequences.user)}`, draft.users);
  const at = now.toISOString();
  const user: UserRecord = {
    id,
    email: invitation.email,
    displayName,
    role: 'payer',
    profileId: invitation.profileId,
    partyId: invitation.partyId,
    status: 'active',
    token: opaqueToken(draft, 'sess_', `session:${id}`),
    createdAt: at,
    acceptedAt: at,
    revokedAt: null,
    invitationId: invitation.id,
  };
  draft.users.push(user);
  invitation.acceptedAt = at;
  invitation.acceptedUserId = id;
  return { token: user.token, user: userView(user) };
}

function requireStaffWithAny(state: BillingState, user: UserRecord, permissions: readonly Permission[]): void {
  if (user.role !== 'staff') throw new EngineError('forbidden', STAFF_ONLY_MESSAGE);
  const granted = byId(state.profiles, user.profileId)?.permissions ?? [];
  if (!permissions.some((p) => granted.includes(p))) {
    throw new EngineError('forbidden', 'Your access does not allow you to see residents.');
  }
}

/** A profile that can be given to a user of `role`; anything else is a `profileId` validation error. */
function assignableProfile(state: BillingState, profileId: string, role: UserRecord['role']): ProfileRecord {
  const profile = byId(state.profiles, profileId);
  if (!profile) throw EngineError.validation({ profileId: 'There is no such profile.' });
  if (profile.role !== role) {
    const message = role === 'payer' ? 'Choose a profile for portal users, not a billing-team profile.' : 'Choose a billing-team profile.';
    throw EngineError.validation({ profileId: message });
  }
  return profile;
}

/** 409 when the email already belongs to an active user or a pending invitation (other than `exceptId`). */
function refuseTakenEmail(state: BillingState, now: Date, email: string, exceptId: string | null): void {
  const same = (other: string): boolean => other.toLowerCase() === email.toLowerCase();
  if (state.users.some((u) => u.status === 'active' && same(u.email))) {
    throw new EngineError('conflict', `${email} already has access to the portal.`);
  }
  const pending = state.invitations.some((i) => i.id !== exceptId && same(i.email) && invitationStatus(i, now) === 'invited');
  if (pending) throw new EngineError('conflict', `${email} already has a pending invitation; resend it instead.`);
}

/** The invitation behind a link, if it can still be previewed or accepted. */
function usableInvitation(state: BillingState, now: Date, token: string): InvitationRecord {
  const invitation = state.invitations.find((i) => i.token === token);
  // A resent invitation's old token is simply unknown, so it cannot reveal that a newer link exists.
  // A revoked invitation answers the same way: the link is dead, and who it was for is not shown.
  if (!invitation || invitation.revokedAt !== null) {
    throw new EngineError('not_found', 'This invitation link is not valid. Ask the community for a new invitation.');
  }
  if (invitation.acceptedAt !== null) {
    throw new EngineError('invitation_used', 'This invitation was already accepted. Sign in with your email instead.');
  }
  if (now.getTime() >= Date.parse(invitation.expiresAt)) {
    throw new EngineError('invitation_expired', 'This invitation has expired. Ask the community to send it again.');
  }
  return invitation;
}

function invitationStatus(invitation: InvitationRecord, now: Date): ConnectUserStatus | 'accepted' {
  if (invitation.acceptedAt !== null) return 'accepted';
  if (invitation.revokedAt !== null) return 'revoked';
  return now.getTime() >= Date.parse(invitation.expiresAt) ? 'expired' : 'invited';
}

function rowStatus(row: Row, now: Date): ConnectUserStatus | 'accepted' {
  return row.kind === 'user' ? row.record.status : invitationStatus(row.record, now);
}

function rowView(state: BillingState, now: Date, row: Row): ConnectUser {
  return row.kind === 'user' ? userRowView(state, row.record) : invitationView(state, now, row.record);
}

function invitationInfo(invitation: InvitationRecord): NonNullable<ConnectUser['invitation']> {
  return { id: invitation.id, sentAt: invitation.sentAt, expiresAt: invitation.expiresAt, sentCount: invitation.sentCount };
}

function userRowView(state: BillingState, user: UserRecord): ConnectUser {
  const invitation = user.invitationId === null ? undefined : byId(state.invitations, user.invitationId);
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    profileId: user.profileId,
    party: user.partyId === null ? null : partyRef(state, user.partyId),
    residentName: user.partyId === null ? null : residentNameOf(state, user.partyId),
    invitation: invitation ? invitationInfo(invitation) : null,
    acceptedAt: user.acceptedAt,
    revokedAt: user.revokedAt,
  };
}

function invitationView(state: BillingState, now: Date, invitation: InvitationRecord): ConnectUser {
  const status = invitationStatus(invitation, now);
  return {
    id: invitation.id,
    email: invitation.email,
    // The invited person chooses their name when accepting.
    displayName: null,
    role: 'payer',
    status: status === 'accepted' ? 'active' : status,
    profileId: invitation.profileId,
    party: partyRef(state, invitation.partyId),
    residentName: residentNameOf(state, invitation.partyId),
    invitation: invitationInfo(invitation),
    acceptedAt: invitation.acceptedAt,
    revokedAt: invitation.revokedAt,
  };
}

function sendInvitationEmail(draft: BillingState, now: Date, invitation: InvitationRecord): void {
  draft.sequences.email += 1;
  const community = draft.settings.communityName;
  const residentName = residentNameOf(draft, invitation.partyId);
  const link = `${ACCEPT_INVITATION_PATH}?token=${encodeURIComponent(invitation.token)}`;
  const expires = invitation.expiresAt.slice(0, 10);
  draft.outbox.push({
    id: uniqueId(`email-${pad(draft.sequences.email)}`, draft.outbox),
    to: invitation.email,
    subject: `${community} invited you to see ${residentName}'s billing`,
    body:
      `${community} invited you to the resident portal, where you can see ${residentName}'s billing.\n\n` +
      `Accept the invitation: ${link}\n\nThe link works once and expires on ${expires}.`,
    link,
    sentAt: now.toISOString(),
  });
}

/** A new token for each (re)send: the invitation id and how often it was sent make it unique. */
function invitationToken(state: BillingState, invitation: InvitationRecord): string {
  return opaqueToken(state, 'inv_', `invitation:${invitation.id}:${invitation.sentCount}`);
}

const TOKEN_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A secret-looking token, derived from the store's seed and a serial that is unique per token, so
 * runs repeat exactly (tests can rely on it) while tokens still cannot be guessed from ids. It is
 * a mock: the PRNG is not cryptographic, and nothing here protects real data.
 */
function opaqueToken(state: BillingState, prefix: string, serial: string): string {
  const random = createRandom(fnv1a(`${state.seed}|${state.seededAt}|${serial}`));
  let out = prefix;
  for (let i = 0; i < 32; i++) out += TOKEN_ALPHABET[random.int(0, TOKEN_ALPHABET.length - 1)];
  return out;
}

/** FNV-1a, 32-bit: spreads a string over a PRNG seed. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** `candidate`, or the same with a suffix if a record already has that id (e.g. after a restore). */
function uniqueId(candidate: string, records: readonly { id: string }[]): string {
  let id = candidate;
  for (let n = 2; records.some((r) => r.id === id); n++) id = `${candidate}-${n}`;
  return id;
}

const pad = (value: number, width = 4): string => String(value).padStart(width, '0');
