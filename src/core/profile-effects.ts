// What a change to a portal profile does to the people who have it, said before staff save it:
// a profile's permissions are read on every request, so a change reaches everyone at once.
import { PORTAL_PERMISSIONS, portalPermissionAbility } from './portal-permissions.js';
import type { PortalPermission } from '../sdk/types.js';

/** How many people a profile is given to. */
export interface ProfileUsage {
  /** Active portal users with the profile. */
  activeUserCount: number;
  /** Invitations not yet accepted with the profile. */
  pendingInvitationCount: number;
}

/** A profile's editable facts. */
export interface ProfileFacts {
  name: string;
  description: string;
  permissions: readonly PortalPermission[];
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * Who has a profile, in words: "3 users and 1 invitation", "1 user", "2 invitations", or
 * "nobody" when it is unused.
 */
export function peopleWithProfile(usage: ProfileUsage): string {
  const parts: string[] = [];
  if (usage.activeUserCount > 0) parts.push(count(usage.activeUserCount, 'user', 'users'));
  if (usage.pendingInvitationCount > 0) parts.push(count(usage.pendingInvitationCount, 'invitation', 'invitations'));
  return parts.length === 0 ? 'nobody' : parts.join(' and ');
}

/** Whether anyone has the profile (an unused one may be deleted). */
export function profileInUse(usage: ProfileUsage): boolean {
  return usage.activeUserCount > 0 || usage.pendingInvitationCount > 0;
}

/** "a and b", "a, b and c" (the sentences are English, whatever the locale of the numbers). */
function joinWords(items: readonly string[], conjunction: 'and' | 'or'): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`;
}

/**
 * What saving `after` over `before` does, one sentence per kind of change, naming how many people
 * it reaches: e.g. "3 users and 1 invitation will no longer be able to pay the invoices addressed
 * to them." An empty list means nothing was changed.
 */
export function describeProfileChange(before: ProfileFacts, after: ProfileFacts, usage: ProfileUsage): string[] {
  const sentences: string[] = [];
  const people = peopleWithProfile(usage);
  const inUse = profileInUse(usage);
  const lost = PORTAL_PERMISSIONS.filter((p) => before.permissions.includes(p) && !after.permissions.includes(p));
  const gained = PORTAL_PERMISSIONS.filter((p) => !before.permissions.includes(p) && after.permissions.includes(p));
  const renamed = before.name.trim() !== after.name.trim();
  const redescribed = before.description.trim() !== after.description.trim();
  if (!renamed && !redescribed && lost.length === 0 && gained.length === 0) return [];

  const who = people.charAt(0).toUpperCase() + people.slice(1);
  if (lost.length > 0) {
    const abilities = joinWords(lost.map(portalPermissionAbility), 'or');
    sentences.push(inUse ? `${who} will no longer be able to ${abilities}.` : `People given it later will not be able to ${abilities}.`);
  }
  if (gained.length > 0) {
    const abilities = joinWords(gained.map(portalPermissionAbility), 'and');
    sentences.push(inUse ? `${who} will be able to ${abilities}.` : `People given it later will be able to ${abilities}.`);
  }
  if ((lost.length > 0 || gained.length > 0) && after.permissions.length === 0) {
    sentences.push('With no permission left, they will see only a notice that their access does not include billing, with the billing office’s contact.');
  }
  if (renamed) {
    const names = `“${after.name.trim()}” instead of “${before.name.trim()}”`;
    sentences.push(inUse ? `The profile of ${people} will be called ${names}.` : `The profile will be called ${names}.`);
  }
  if (redescribed) sentences.push('Its description will change.');
  if (!inUse) sentences.unshift('Nobody has this profile now.');
  else if (lost.length > 0 || gained.length > 0) sentences.push('This applies at once, from their next page.');
  return sentences;
}
