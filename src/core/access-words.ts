// Portal access in words: what a profile's permissions allow and who a person is to the resident.
// Shared by `<alis-connect-access>`, `<alis-access-profiles>` and `<alis-accept-invitation>`, so
// staff and the invited person read the same sentences. What only staff read is in portal-users.ts,
// which keeps it out of the payer bundle.
import { portalPermissionLabel } from './portal-permissions.js';
import type { PartyRef, Permission, UserProfile } from '../sdk/types.js';

// A profile's permission reads the same here as where staff give it (`<alis-access-profiles>`).
const permissionWords: Record<Permission, string> = {
  view_billing: portalPermissionLabel('view_billing'),
  pay_bills: portalPermissionLabel('pay_bills'),
  manage_payment_methods: portalPermissionLabel('manage_payment_methods'),
  staff_payment_center: 'Work in the Payment Center',
  staff_access: 'Manage portal access',
  staff_settings: 'Change billing settings',
};

/** One permission as a short sentence, e.g. "Pays invoices addressed to them". */
export function describePermission(permission: Permission): string {
  return permissionWords[permission] ?? permission;
}

/** What a profile withholds from a payer, so "view only" reads as such. */
export function profileLimits(profile: Pick<UserProfile, 'permissions'>): string[] {
  const payerPermissions: Permission[] = ['view_billing', 'pay_bills', 'manage_payment_methods'];
  if (!profile.permissions.some((p) => payerPermissions.includes(p))) return [];
  const limits: string[] = [];
  const pays = profile.permissions.includes('pay_bills');
  if (!profile.permissions.includes('view_billing')) limits.push(pays ? 'Sees only the invoices addressed to them' : 'Sees no billing');
  if (!pays) limits.push('Cannot pay bills');
  if (!profile.permissions.includes('manage_payment_methods')) limits.push('Cannot save payment methods');
  return limits;
}

/** Who a party is to their resident: "Son", "Resident", or "Contact". */
export function describeRelationship(party: PartyRef): string {
  if (party.kind === 'resident') return 'Resident';
  return party.relationship?.trim() || 'Contact';
}

/** A party with their relationship, e.g. "Daniel Whitaker (Son)" or "Eleanor Brooks (the resident)". */
export function describeParty(party: PartyRef): string {
  return party.kind === 'resident' ? `${party.name} (the resident)` : `${party.name} (${describeRelationship(party)})`;
}
