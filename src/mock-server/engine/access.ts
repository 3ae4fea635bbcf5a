// Portal access: residents and their contacts, user profiles, portal users and invitations. Staff
// invite a person by email for a resident or contact; the single-use link expires after 30 days;
// accepting it creates an active user linked to that party. Revocation takes effect at once because
// `authenticate` refuses a revoked user's token on every request.
import { actorOfUser, changedFields, createdFields, recordAudit, type AuditSubject } from './audit.js';
import { PORTAL_PERMISSIONS, requirePortal, requireStaffWithAny } from './auth.js';
import { EngineError } from './errors.js';
import { sendInvitation } from './notices.js';
import { paginate, sortBy, type PageQuery, type SortOrder } from './pagination.js';
import { secretToken } from './secrets.js';
import { requireStaff } from './settings.js';
import {
  partyRef,
  profileView,
  residentNameOf,
  residentView,
  staffProfileView,
  userView,
  type Resident,
  type StaffProfile,
} from './views.js';
import {
  byId,
  findParty,
  type BillingState,
  type InvitationRecord,
  type JsonValue,
  type Permission,
  type ProfileRecord,
  type UserRecord,
} from './state.js';
import type { components } from '../../contract/types.js';

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
  requireStaffWithAny(state, user, ['staff_payment_center', 'staff_access'], 'see residents');
  const needle = (search ?? '').trim().toLowerCase();
  const matches = state.residents.filter((resident) => {
    if (needle === '') return true;
    const names = [resident.name, ...state.contacts.filter((c) => c.residentId === resident.id).map((c) => c.name)];
    return names.some((name) => name.toLowerCase().includes(needle));
  });
  return [...matches].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)).map((r) => residentView(state, r));
}

/** Who manages portal profiles: Connect access or Settings (ALIS keeps them under Connect settings). */
const PROFILE_MANAGERS: readonly Permission[] = ['staff_access', 'staff_settings'];

/** The body of `POST /staff/profiles` (and, all optional, of `PATCH`). */
export interface ProfileInput {
  name?: string;
  description?: string;
  permissions?: Permission[];
}

/** `GET /staff/profiles`: the portal profiles not deleted, by name, with who uses each. */
export function listProfiles(state: BillingState, user: UserRecord): StaffProfile[] {
  requireStaffWithAny(state, user, PROFILE_MANAGERS, 'see user profiles');
  return portalProfiles(state)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .map((profile) => staffProfileView(state, profile));
}

function portalProfiles(state: BillingState): ProfileRecord[] {
  return state.profiles.filter((p) => p.role === 'payer' && p.deletedAt === null);
}

/** `POST /staff/profiles` on a draft store. 409 `conflict` (field `name`) when the name is taken. */
export function createProfile(draft: BillingState, now: Date, user: UserRecord, input: Required<Pick<ProfileInput, 'name' | 'permissions'>> & ProfileInput): StaffProfile {
  requireStaffWithAny(draft, user, PROFILE_MANAGERS, 'create user profiles');
  const fields: Record<string, string> = {};
  const name = cleanProfileName(draft, input.name, null, fields);
  const permissions = cleanPermissions(input.permissions, fields);
  throwProfileRefusal(fields);
  draft.sequences.profile += 1;
  const profile: ProfileRecord = {
    id: uniqueId(`prof-${pad(draft.sequences.profile)}`, draft.profiles),
    name,
    description: input.description?.trim() ?? '',
    role: 'payer',
    permissions,
    deletedAt: null,
  };
  draft.profiles.push(profile);
  recordAudit(draft, now, actorOfUser(user), {
    action: 'profile_created',
    summary: `${user.displayName} created the profile "${profile.name}".`,
    subjects: [{ type: 'profile', id: profile.id }],
    changes: createdFields(profileFacts(profile)),
  });
  return staffProfileView(draft, profile);
}

/**
 * `PATCH /staff/profiles/{id}` on a draft store: rename, describe, change permissions. Every user
 * and invitation with the profile gets the new permissions at once (they are read per request).
 */
export function updateProfile(draft: BillingState, now: Date, user: UserRecord, profileId: string, input: ProfileInput): StaffProfile {
  requireStaffWithAny(draft, user, PROFILE_MANAGERS, 'change user profiles');
  const profile = managedProfile(draft, profileId);
  const fields: Record<string, string> = {};
  const name = input.name === undefined ? profile.name : cleanProfileName(draft, input.name, profile.id, fields);
  const permissions = input.permissions === undefined ? profile.permissions : cleanPermissions(input.permissions, fields);
  throwProfileRefusal(fields);
  const before = profileFacts(profile);
  profile.name = name;
  profile.permissions = permissions;
  if (input.description !== undefined) profile.description = input.description.trim();
  const view = staffProfileView(draft, profile);
  const users = view.activeUserCount + view.pendingInvitationCount;
  recordAudit(draft, now, actorOfUser(user), {
    action: 'profile_changed',
    summary: `${user.displayName} changed the profile "${profile.name}" (${users === 1 ? '1 user or invitation has it' : `${users} users and invitations have it`}).`,
    subjects: [{ type: 'profile', id: profile.id }],
    changes: changedFields(before, profileFacts(profile)),
  });
  return view;
}

/**
 * `DELETE /staff/profiles/{id}` on a draft store: only a profile no active user and no pending
 * invitation has (409 `profile_in_use` with the counts otherwise). It is kept, marked deleted, so
 * revoked users and the audit log still name it.
 */
export function deleteProfile(draft: BillingState, now: Date, user: UserRecord, profileId: string): void {
  requireStaffWithAny(draft, user, PROFILE_MANAGERS, 'delete user profiles');
  const profile = managedProfile(draft, profileId);
  const { activeUserCount, pendingInvitationCount } = staffProfileView(draft, profile);
  if (activeUserCount + pendingInvitationCount > 0) {
    const users = [
      activeUserCount > 0 ? `${activeUserCount} active ${activeUserCount === 1 ? 'user' : 'users'}` : null,
      pendingInvitationCount > 0 ? `${pendingInvitationCount} pending ${pendingInvitationCount === 1 ? 'invitation' : 'invitations'}` : null,
    ].filter((part) => part !== null);
    throw new EngineError('profile_in_use', `"${profile.name}" is given to ${users.join(' and ')}. Give them another profile first.`, {
      details: { activeUserCount, pendingInvitationCount },
    });
  }
  const before = profileFacts(profile);
  profile.deletedAt = now.toISOString();
  recordAudit(draft, now, actorOfUser(user), {
    action: 'profile_deleted',
    summary: `${user.displayName} deleted the profile "${profile.name}".`,
    subjects: [{ type: 'profile', id: profile.id }],
    changes: changedFields(before, profileFacts(profile)),
  });
}

/** A portal profile staff may manage; billing-team and deleted profiles are not found. */
function managedProfile(state: BillingState, profileId: string): ProfileRecord {
  const profile = portalProfiles(state).find((p) => p.id === profileId);
  if (!profile) throw new EngineError('not_found', 'There is no such portal profile.');
  return profile;
}

function cleanProfileName(state: BillingState, raw: string, exceptId: string | null, fields: Record<string, string>): string {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') fields['name'] = 'Enter a name for the profile.';
  else if (portalProfiles(state).some((p) => p.id !== exceptId && p.name.toLowerCase() === name.toLowerCase())) {
    fields['name'] = `There is already a profile named "${name}".`;
  }
  return name;
}

function cleanPermissions(permissions: readonly Permission[], fields: Record<string, string>): Permission[] {
  if (permissions.some((p) => !PORTAL_PERMISSIONS.includes(p))) {
    fields['permissions'] = `A portal profile may only grant: ${PORTAL_PERMISSIONS.join(', ')}.`;
  }
  // Stored in one order, so the same set always compares (and audits) the same.
  return PORTAL_PERMISSIONS.filter((p) => permissions.includes(p));
}

/** A taken name is a conflict with the other profile; anything else malformed is a validation error. */
function throwProfileRefusal(fields: Record<string, string>): void {
  if (Object.keys(fields).length === 0) return;
  if (fields['name']?.startsWith('There is already') && Object.keys(fields).length === 1) {
    throw new EngineError('conflict', fields['name'], { fields });
  }
  throw EngineError.validation(fields, 'The profile could not be saved.');
}

function profileFacts(profile: ProfileRecord): Record<string, JsonValue> {
  return { name: profile.name, description: profile.description, permissions: [...profile.permissions], deletedAt: profile.deletedAt };
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
  const actorRecord = actorOfUser(actor);
  const user = byId(draft.users, userId);
  if (user) {
    if (user.status === 'revoked') {
      throw new EngineError('conflict', `${user.displayName}'s access is already revoked; invite them again to give it back.`);
    }
    if (change.revoked && user.id === actor.id) {
      throw new EngineError('conflict', 'You cannot revoke your own access; ask another member of the billing team.');
    }
    const before = accessFacts(draft, user.profileId, user.status);
    if (change.profileId !== undefined) user.profileId = assignableProfile(draft, change.profileId, user.role).id;
    if (change.revoked) {
      user.status = 'revoked';
      user.revokedAt = at;
    }
    recordAudit(draft, now, actorRecord, {
      action: 'user_access_changed',
      summary: change.revoked
        ? `${actor.displayName} revoked ${user.displayName}'s portal access.`
        : `${actor.displayName} gave ${user.displayName} the profile "${profileName(draft, user.profileId)}".`,
      subjects: accessSubjects({ type: 'user', id: user.id }, user.partyId, [before['profileId'], user.profileId]),
      changes: changedFields(before, accessFacts(draft, user.profileId, user.status)),
    });
    return userRowView(draft, user);
  }
  const invitation = byId(draft.invitations, userId);
  if (!invitation) throw new EngineError('not_found', 'There is no such user or invitation.');
  if (invitation.acceptedAt !== null) {
    throw new EngineError('conflict', 'This invitation was accepted; change the user it created instead.');
  }
  if (invitation.revokedAt !== null) throw new EngineError('conflict', 'This invitation is already revoked.');
  const before = accessFacts(draft, invitation.profileId, 'invited');
  if (change.profileId !== undefined) invitation.profileId = assignableProfile(draft, change.profileId, 'payer').id;
  if (change.revoked) invitation.revokedAt = at;
  recordAudit(draft, now, actorRecord, {
    action: 'invitation_changed',
    summary: change.revoked
      ? `${actor.displayName} revoked the invitation of ${invitation.email}.`
      : `${actor.displayName} changed the invitation of ${invitation.email} to the profile "${profileName(draft, invitation.profileId)}".`,
    subjects: accessSubjects({ type: 'invitation', id: invitation.id }, invitation.partyId, [before['profileId'], invitation.profileId]),
    changes: changedFields(before, accessFacts(draft, invitation.profileId, change.revoked ? 'revoked' : 'invited')),
  });
  return invitationView(draft, now, invitation);
}

/** A user's or invitation's access as audited: the profile (by name too, as it was then) and status. */
function accessFacts(state: BillingState, profileId: string, status: string): Record<string, JsonValue> {
  return { profileId, profile: profileName(state, profileId), status };
}

function profileName(state: BillingState, profileId: string): string {
  return byId(state.profiles, profileId)?.name ?? profileId;
}

/** What an access change concerns: the user or invitation, the payer it is for, and the profiles involved. */
function accessSubjects(subject: AuditSubject, partyId: string | null, profileIds: readonly JsonValue[]): AuditSubject[] {
  return [
    subject,
    ...(partyId === null ? [] : [{ type: 'payer', id: partyId } as AuditSubject]),
    ...profileIds.filter((id): id is string => typeof id === 'string').map((id): AuditSubject => ({ type: 'profile', id })),
  ];
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
  // A new, unguessable link for each (re)send; neither the seed nor the invitation's id predicts it.
  invitation.token = secretToken('inv_');
  draft.invitations.push(invitation);
  sendInvitation(draft, now, invitation, invitationLink(invitation));
  recordAudit(draft, now, actorOfUser(actor), {
    action: 'invitation_sent',
    summary: `${actor.displayName} invited ${email} for ${residentNameOf(draft, invitation.partyId)} with the profile "${profile.name}".`,
    subjects: accessSubjects({ type: 'invitation', id: invitation.id }, invitation.partyId, [profile.id]),
    changes: createdFields({ email, partyId: invitation.partyId, profileId: profile.id, profile: profile.name, expiresAt: invitation.expiresAt }),
  });
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
  const before = { sentCount: invitation.sentCount, expiresAt: invitation.expiresAt };
  invitation.sentCount += 1;
  invitation.sentAt = now.toISOString();
  invitation.expiresAt = new Date(now.getTime() + INVITATION_TTL_MS).toISOString();
  // A new, unguessable link for each (re)send; neither the seed nor the invitation's id predicts it.
  invitation.token = secretToken('inv_');
  sendInvitation(draft, now, invitation, invitationLink(invitation));
  recordAudit(draft, now, actorOfUser(actor), {
    action: 'invitation_resent',
    summary: `${actor.displayName} sent the invitation of ${invitation.email} again; the earlier link no longer works.`,
    subjects: accessSubjects({ type: 'invitation', id: invitation.id }, invitation.partyId, []),
    changes: changedFields(before, { sentCount: invitation.sentCount, expiresAt: invitation.expiresAt }),
  });
  return invitationView(draft, now, invitation);
}

/** `GET /invitations/{token}`: what the invited person sees before accepting. */
export function previewInvitation(state: BillingState, now: Date, token: string): InvitationPreview {
  requirePortal(state);
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
  requirePortal(draft);
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
    token: secretToken('sess_'),
    createdAt: at,
    acceptedAt: at,
    revokedAt: null,
    invitationId: invitation.id,
    noticeOptOuts: [],
  };
  draft.users.push(user);
  invitation.acceptedAt = at;
  invitation.acceptedUserId = id;
  recordAudit(draft, now, actorOfUser(user), {
    action: 'invitation_accepted',
    summary: `${displayName} (${invitation.email}) accepted the invitation for ${residentNameOf(draft, invitation.partyId)}.`,
    subjects: accessSubjects({ type: 'invitation', id: invitation.id }, invitation.partyId, [invitation.profileId]).concat({ type: 'user', id }),
    changes: createdFields({ userId: id, email: invitation.email, displayName, profileId: invitation.profileId, status: 'active' }),
  });
  return { token: user.token, user: userView(user) };
}

/** A profile that can be given to a user of `role`; anything else is a `profileId` validation error. */
function assignableProfile(state: BillingState, profileId: string, role: UserRecord['role']): ProfileRecord {
  const profile = byId(state.profiles, profileId);
  if (!profile || profile.deletedAt !== null) throw EngineError.validation({ profileId: 'There is no such profile.' });
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

/** The link of the invitation email; its token is the only credential. */
export function invitationLink(invitation: InvitationRecord): string {
  return `${ACCEPT_INVITATION_PATH}?token=${encodeURIComponent(invitation.token)}`;
}

/** `candidate`, or the same with a suffix if a record already has that id (e.g. after a restore). */
function uniqueId(candidate: string, records: readonly { id: string }[]): string {
  let id = candidate;
  for (let n = 2; records.some((r) => r.id === id); n++) id = `${candidate}-${n}`;
  return id;
}

const pad = (value: number, width = 4): string => String(value).padStart(width, '0');
