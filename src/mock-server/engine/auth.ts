// Who is calling and what they may do. Every query starts here, so a revoked user is refused
// everywhere at once and a payer can never reach another payer's data through a forgotten check.
import { EngineError } from './errors.js';
import {
  byId,
  findParty,
  residentOfParty,
  type BillingState,
  type BillingOfficeRecord,
  type Permission,
  type ProfileRecord,
  type ResidentRecord,
  type UserRecord,
} from './state.js';

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
 * How to reach the billing office in one line, worded as the widgets word it (`officeContact` in
 * `src/core/billing-access.ts`), so a refusal and a widget's notice name the office alike:
 * "Willow Creek business office, (630) 555-0142, billing@… (Monday to Friday, 8:30 AM to 4:30 PM)".
 */
export function officeContact(office: BillingOfficeRecord): string {
  const ways = [office.name, office.phone, office.email].filter((part): part is string => part !== null && part !== '');
  return office.hours ? `${ways.join(', ')} (${office.hours})` : ways.join(', ');
}

/** The permissions a portal (payer) profile may grant; staff permissions never go to payers. */
export const PORTAL_PERMISSIONS: readonly Permission[] = ['view_billing', 'pay_bills', 'manage_payment_methods'];

/** The message payers get from staff-only paths. */
export const STAFF_ONLY_MESSAGE = 'This page is for the community billing team.';

/**
 * Refuses every payer path with 403 `portal_disabled` while the community has the portal (ALIS
 * Connect) switched off. The office's contact travels in `details` so a page can offer it.
 */
export function requirePortal(state: BillingState): void {
  const settings = state.settings;
  if (settings.portalEnabled) return;
  throw new EngineError(
    'portal_disabled',
    `The resident portal of ${settings.communityName} is switched off. For billing questions contact ${officeContact(settings.billingOffice)}.`,
    { details: { billingOffice: { ...settings.billingOffice } } },
  );
}

/**
 * Refuses with 403 `gateway_disabled` while the payment gateway (ALIS Pay) is switched off: no
 * method can be saved and no money moved. Reading billing is unaffected.
 */
export function requireGateway(state: BillingState): void {
  const settings = state.settings;
  if (settings.gatewayEnabled) return;
  throw new EngineError(
    'gateway_disabled',
    `Online payments are switched off at ${settings.communityName}: nothing can be charged or saved now. To pay, contact ${officeContact(settings.billingOffice)}.`,
    { details: { billingOffice: { ...settings.billingOffice } } },
  );
}

/**
 * A payer allowed to `permission`, with their party id. Staff are refused with 403 `forbidden`
 * rather than shown an empty page, so a misconfigured staff page fails loudly; every payer path is
 * `portal_disabled` while the portal is off, before any permission is looked at.
 */
export function requirePayer(state: BillingState, user: UserRecord, permission: Permission): UserRecord & { partyId: string } {
  if (user.role !== 'payer' || user.partyId === null) throw new EngineError('forbidden', PAYER_ONLY_MESSAGE);
  requirePortal(state);
  requirePermission(state, user, permission);
  return { ...user, partyId: user.partyId };
}

/**
 * What a payer may see of billing. Seeing follows the profile: with `view_billing` the whole of
 * their resident's billing (every invoice whoever it is addressed to, every payment and who made
 * it); with only `pay_bills`, what is addressed to them and their own payments, since paying needs
 * at least that. Paying follows the addressee and is checked where money moves.
 */
export interface BillingScope {
  user: UserRecord;
  /** The resident or contact the user is. */
  partyId: string;
  /** The resident whose billing this is. */
  resident: ResidentRecord;
  /** `view_billing`: sees all of the resident's billing, not only what is addressed to them. */
  seesResident: boolean;
  /** `pay_bills`. */
  canPay: boolean;
}

/**
 * The payer's {@link BillingScope}; 403 `forbidden` when the profile grants neither `view_billing`
 * nor `pay_bills` (the widgets show "no access to billing" rather than an empty list).
 */
export function requireBillingScope(state: BillingState, user: UserRecord): BillingScope {
  if (user.role !== 'payer' || user.partyId === null) throw new EngineError('forbidden', PAYER_ONLY_MESSAGE);
  requirePortal(state);
  const permissions = profileOf(state, user).permissions;
  const seesResident = permissions.includes('view_billing');
  const canPay = permissions.includes('pay_bills');
  if (!seesResident && !canPay) {
    throw new EngineError(
      'forbidden',
      `Your access does not include billing. If you need to see or pay bills, contact ${officeContact(state.settings.billingOffice)}.`,
    );
  }
  const party = findParty(state, user.partyId);
  const resident = party ? residentOfParty(state, party) : undefined;
  if (!resident) throw new EngineError('internal_error', `User ${user.id} is linked to no resident.`);
  return { user, partyId: user.partyId, resident, seesResident, canPay };
}

/** Whether the scope's user may see a record of `residentId` addressed to (or paid by) `partyId`. */
export function scopeCovers(scope: BillingScope, residentId: string, partyId: string): boolean {
  return scope.seesResident ? residentId === scope.resident.id : partyId === scope.partyId;
}

/**
 * Refuses anyone but a staff user holding at least one of `permissions` (403 `forbidden`), e.g. the
 * profiles both Connect access and Settings manage. Payers are refused by role first.
 */
export function requireStaffWithAny(state: BillingState, user: UserRecord, permissions: readonly Permission[], doing: string): void {
  if (user.role !== 'staff') throw new EngineError('forbidden', STAFF_ONLY_MESSAGE);
  const granted = profileOf(state, user).permissions;
  if (!permissions.some((p) => granted.includes(p))) throw new EngineError('forbidden', `Your access does not allow you to ${doing}.`);
}
