// Who is calling and what they may do. Every query starts here, so a revoked user is refused
// everywhere at once and a payer can never reach another payer's data through a forgotten check.
import { EngineError } from './errors.js';
import { byId, type BillingState, type Permission, type ProfileRecord, type UserRecord } from './state.js';

/** The message staff get from payer-only paths. */
export const PAYER_ONLY_MESSAGE = 'This page is for payers; staff use the Payment Center.';

/**
 * The active user whose token is in an `Authorization` header value (`Bearer <token>`).
 * Missing or unknown token → 401 `unauthenticated`; revoked user → 403 `access_revoked`.
 */
export function authenticate(state: BillingState, authorization: string | null | undefined): UserRecord {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match) throw new EngineError('unauthenticated', 'Sign in to see your billing.');
  const token = match[1];
  const user = state.users.find((u) => u.token === token);
  if (!user) throw new EngineError('unauthenticated', 'Your session is not valid any more. Sign in again.');
  if (user.status === 'revoked') {
    throw new EngineError(
      'access_revoked',
      'Your access to billing was revoked by the community. Contact the billing office if you think this is a mistake.',
    );
  }
  return user;
}

/** The user's profile; a user always has one (the seed and invitations guarantee it). */
export function profileOf(state: BillingState, user: UserRecord): ProfileRecord {
  const profile = byId(state.profiles, user.profileId);
  if (!profile) throw new EngineError('internal_error', `User ${user.id} has no profile ${user.profileId}.`);
  return profile;
}

/** The permissions the user's profile grants. */
export function permissionsOf(state: BillingState, user: UserRecord): Permission[] {
  return [...profileOf(state, user).permissions];
}

const PERMISSION_WORDS: Record<Permission, string> = {
  view_billing: 'see billing details',
  pay_bills: 'pay bills',
  manage_payment_methods: 'manage payment methods',
  staff_payment_center: 'use the Payment Center',
  staff_access: 'manage portal access',
  staff_settings: 'change billing settings',
};

/** Refuses with 403 `forbidden` unless the user's profile grants `permission`. */
export function requirePermission(state: BillingState, user: UserRecord, permission: Permission): void {
  if (!profileOf(state, user).permissions.includes(permission)) {
    throw new EngineError('forbidden', `Your access does not allow you to ${PERMISSION_WORDS[permission]}.`);
  }
}

/**
 * A payer allowed to `permission` (default: see billing), with their party id. Staff are refused
 * with 403 `forbidden` rather than shown an empty page, so a misconfigured staff page fails loudly.
 */
export function requirePayer(
  state: BillingState,
  user: UserRecord,
  permission: Permission = 'view_billing',
): UserRecord & { partyId: string } {
  if (user.role !== 'payer' || user.partyId === null) throw new EngineError('forbidden', PAYER_ONLY_MESSAGE);
  requirePermission(state, user, permission);
  return { ...user, partyId: user.partyId };
}
