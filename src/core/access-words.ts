// Portal access in words: what a profile's permissions allow and who a person is to the resident.
// Shared by `<alis-connect-access>`, `<alis-access-profiles>` and `<alis-accept-invitation>`, so
// staff and the invited person read the same sentences. What only staff read is in portal-users.ts,
// which keeps it out of the payer bundle.
import { english, type Translate } from './i18n/translate.js';
import { portalPermissionLabel } from './portal-permissions.js';
import type { PartyRef, Permission, UserProfile } from '../sdk/types.js';

// A profile's permission reads the same here as where staff give it (`<alis-access-profiles>`).
const permissionWords: Record<Permission, (t: Translate) => string> = {
  view_billing: (t) => portalPermissionLabel('view_billing', t),
  pay_bills: (t) => portalPermissionLabel('pay_bills', t),
  manage_payment_methods: (t) => portalPermissionLabel('manage_payment_methods', t),
  staff_payment_center: (t) => t('Work in the Payment Center'),
  staff_access: (t) => t('Manage portal access'),
  staff_settings: (t) => t('Change billing settings'),
};

/** One permission as a short sentence, e.g. "Pays invoices addressed to them". */
export function describePermission(permission: Permission, t: Translate = english): string {
  return permissionWords[permission]?.(t) ?? permission;
}

/** What a profile withholds from a payer, so "view only" reads as such. */
export function profileLimits(profile: Pick<UserProfile, 'permissions'>, t: Translate = english): string[] {
  const payerPermissions: Permission[] = ['view_billing', 'pay_bills', 'manage_payment_methods'];
  if (!profile.permissions.some((p) => payerPermissions.includes(p))) return [];
  const limits: string[] = [];
  const pays = profile.permissions.includes('pay_bills');
  if (!profile.permissions.includes('view_billing')) limits.push(pays ? t('Sees only the invoices addressed to them') : t('Sees no billing'));
  if (!pays) limits.push(t('Cannot pay bills'));
  if (!profile.permissions.includes('manage_payment_methods')) limits.push(t('Cannot save payment methods'));
  return limits;
}

/** Who a party is to their resident: "Son", "Resident", or "Contact". */
export function describeRelationship(party: PartyRef, t: Translate = english): string {
  if (party.kind === 'resident') return t('Resident');
  // The relationship ("Son") is what the billing team typed: data, shown as written.
  return party.relationship?.trim() || t('Contact');
}

/** A party with their relationship, e.g. "Daniel Whitaker (Son)" or "Eleanor Brooks (the resident)". */
export function describeParty(party: PartyRef, t: Translate = english): string {
  return party.kind === 'resident' ? t('{name} (the resident)', { name: party.name }) : `${party.name} (${describeRelationship(party, t)})`;
}
