// Portal access in words: what a profile's permissions allow, what a user's status means and who a
// person is to the resident. Shared by
// `<alis-connect-access>` and `<alis-accept-invitation>`, so staff and the invited person read the
// same sentences.
import { html, type TemplateResult } from 'lit';
import { portalPermissionLabel } from '../../core/portal-permissions.js';
import type { ConnectUser, ConnectUserStatus, PartyRef, Permission, UserProfile } from '../../sdk/types.js';

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
export function profileLimits(profile: UserProfile): string[] {
  const payerPermissions: Permission[] = ['view_billing', 'pay_bills', 'manage_payment_methods'];
  if (!profile.permissions.some((p) => payerPermissions.includes(p))) return [];
  const limits: string[] = [];
  const pays = profile.permissions.includes('pay_bills');
  if (!profile.permissions.includes('view_billing')) limits.push(pays ? 'Sees only the invoices addressed to them' : 'Sees no billing');
  if (!pays) limits.push('Cannot pay bills');
  if (!profile.permissions.includes('manage_payment_methods')) limits.push('Cannot save payment methods');
  return limits;
}

/** A profile's permissions in words, then what it withholds (muted), as a list named for the profile. */
export function renderPermissions(profile: UserProfile): TemplateResult {
  return html`<ul class="permissions" aria-label=${`What ${profile.name} allows`}>
    ${profile.permissions.length === 0 ? html`<li class="limit">No access to billing</li>` : ''}
    ${profile.permissions.map((p) => html`<li data-permission=${p}>${describePermission(p)}</li>`)}
    ${profileLimits(profile).map((text) => html`<li class="limit">${text}</li>`)}
  </ul>`;
}

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

/** Who a party is to their resident: "Son", "Resident", or "Contact". */
export function describeRelationship(party: PartyRef): string {
  if (party.kind === 'resident') return 'Resident';
  return party.relationship?.trim() || 'Contact';
}

/** A party with their relationship, e.g. "Daniel Whitaker (Son)" or "Eleanor Brooks (the resident)". */
export function describeParty(party: PartyRef): string {
  return party.kind === 'resident' ? `${party.name} (the resident)` : `${party.name} (${describeRelationship(party)})`;
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
