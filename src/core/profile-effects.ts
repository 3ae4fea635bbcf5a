// What a change to a portal profile does to the people who have it, said before staff save it:
// a profile's permissions are read on every request, so a change reaches everyone at once.
import { english, type Translate } from './i18n/translate.js';
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

/**
 * Who has a profile, in words: "3 users and 1 invitation", "1 user", "2 invitations", or
 * "nobody" when it is unused.
 */
export function peopleWithProfile(usage: ProfileUsage, t: Translate = english): string {
  const users = usage.activeUserCount > 0 ? t.plural(usage.activeUserCount, { one: '{count} user', other: '{count} users' }) : null;
  const invitations = usage.pendingInvitationCount > 0 ? t.plural(usage.pendingInvitationCount, { one: '{count} invitation', other: '{count} invitations' }) : null;
  if (users && invitations) return t('{list} and {last}', { list: users, last: invitations });
  return users ?? invitations ?? t('nobody');
}

/** Whether anyone has the profile (an unused one may be deleted). */
export function profileInUse(usage: ProfileUsage): boolean {
  return usage.activeUserCount > 0 || usage.pendingInvitationCount > 0;
}

/** "a and b", "a, b and c": the sentences' lists, joined in the reader's language. */
function joinWords(items: readonly string[], conjunction: 'and' | 'or', t: Translate): string {
  if (items.length <= 1) return items.join('');
  const list = items.slice(0, -1).join(', ');
  const last = items.at(-1) ?? '';
  return conjunction === 'and' ? t('{list} and {last}', { list, last }) : t('{list} or {last}', { list, last });
}

/**
 * What saving `after` over `before` does, one sentence per kind of change, naming how many people
 * it reaches: e.g. "3 users and 1 invitation will no longer be able to pay the invoices addressed
 * to them." An empty list means nothing was changed.
 */
export function describeProfileChange(before: ProfileFacts, after: ProfileFacts, usage: ProfileUsage, t: Translate = english): string[] {
  const sentences: string[] = [];
  const people = peopleWithProfile(usage, t);
  const inUse = profileInUse(usage);
  // How many people the sentence is about, so its verb agrees ("1 user will", "3 users will").
  const reached = usage.activeUserCount + usage.pendingInvitationCount;
  const lost = PORTAL_PERMISSIONS.filter((p) => before.permissions.includes(p) && !after.permissions.includes(p));
  const gained = PORTAL_PERMISSIONS.filter((p) => !before.permissions.includes(p) && after.permissions.includes(p));
  const renamed = before.name.trim() !== after.name.trim();
  const redescribed = before.description.trim() !== after.description.trim();
  if (!renamed && !redescribed && lost.length === 0 && gained.length === 0) return [];

  const who = people.charAt(0).toUpperCase() + people.slice(1);
  if (lost.length > 0) {
    const abilities = joinWords(
      lost.map((p) => portalPermissionAbility(p, t)),
      'or',
      t,
    );
    sentences.push(
      inUse
        ? t.plural(reached, { one: '{who} will no longer be able to {abilities}.', other: '{who} will no longer be able to {abilities}.' }, { who, abilities })
        : t('People given it later will not be able to {abilities}.', { abilities }),
    );
  }
  if (gained.length > 0) {
    const abilities = joinWords(
      gained.map((p) => portalPermissionAbility(p, t)),
      'and',
      t,
    );
    sentences.push(
      inUse
        ? t.plural(reached, { one: '{who} will be able to {abilities}.', other: '{who} will be able to {abilities}.' }, { who, abilities })
        : t('People given it later will be able to {abilities}.', { abilities }),
    );
  }
  if ((lost.length > 0 || gained.length > 0) && after.permissions.length === 0) {
    sentences.push(t('With no permission left, they will see only a notice that their access does not include billing, with the billing office’s contact.'));
  }
  if (renamed) {
    const names = { after: after.name.trim(), before: before.name.trim() };
    sentences.push(
      inUse
        ? t('The profile of {people} will be called “{after}” instead of “{before}”.', { people, ...names })
        : t('The profile will be called “{after}” instead of “{before}”.', names),
    );
  }
  if (redescribed) sentences.push(t('Its description will change.'));
  if (!inUse) sentences.unshift(t('Nobody has this profile now.'));
  else if (lost.length > 0 || gained.length > 0) sentences.push(t('This applies at once, from their next page.'));
  return sentences;
}
