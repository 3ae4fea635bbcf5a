// What the User profiles form decides and says: whether a draft can be saved, what a change sends,
// where the billing service's refusal goes, and the sentences about who has a profile. Pure, so
// `<alis-access-profiles>` only draws them and the node tests read them.
import { describeProfileChange, peopleWithProfile, profileInUse, type ProfileUsage } from './profile-effects.js';
import { english, type Translate } from './i18n/translate.js';
import { refusalSentence, refusedFieldSentence } from './refusal-words.js';
import { AlisNetworkError, isAlisApiError } from '../sdk/errors.js';
import type { CreateProfileRequest, PortalPermission, StaffProfile, UpdateProfileRequest } from '../sdk/types.js';

/** The profile form's fields, named as the API names them (so the server's `fields` land on them). */
export type ProfileField = 'name' | 'description' | 'permissions';

/** The form's fields in the order they are shown (the first with an error gets focus). */
export const PROFILE_FIELD_ORDER: readonly ProfileField[] = ['name', 'description', 'permissions'];

/** The longest name and description the service takes. */
export const PROFILE_NAME_MAX = 60;
export const PROFILE_DESCRIPTION_MAX = 300;

/** What the profile form holds; kept across refusals. */
export interface ProfileDraft {
  name: string;
  description: string;
  permissions: PortalPermission[];
}

/** What each field says is wrong with it. */
export type ProfileErrors = Partial<Record<ProfileField, string>>;

/** A new profile's empty form. */
export const emptyProfileDraft = (): ProfileDraft => ({ name: '', description: '', permissions: [] });

/** The change form of `profile`, filled in as it is. */
export const draftOfProfile = (profile: StaffProfile): ProfileDraft => ({ name: profile.name, description: profile.description, permissions: [...profile.permissions] });

/** Why the form will not send the draft, before asking the service. */
export interface ProfileDraftRefusal {
  /** The reasons by field; absent when the refusal names no field (the errors shown stay). */
  errors?: ProfileErrors;
  /** What names no field. */
  problem: string | null;
  announcement: string;
}

/** Why `draft` cannot be saved (as a new profile, or as a change of `before`), or null when it can. */
export function checkProfileDraft(draft: ProfileDraft, before: StaffProfile | null, t: Translate = english): ProfileDraftRefusal | null {
  if (draft.name.trim() === '') {
    return { errors: { name: t('Enter a name for the profile.') }, problem: null, announcement: t('The profile was not saved: enter a name.') };
  }
  if (before && describeProfileChange(before, draft, before).length === 0) {
    const problem = t('Nothing to save: the profile is as it was.');
    return { problem, announcement: problem };
  }
  return null;
}

/** What a new profile is created with. */
export function profileToCreate(draft: ProfileDraft): CreateProfileRequest {
  return { name: draft.name.trim(), description: draft.description.trim(), permissions: draft.permissions };
}

/** Only what changed from `before`, so a change reads in the audit trail as what staff meant. */
export function profileChanges(before: StaffProfile, draft: ProfileDraft): UpdateProfileRequest {
  const name = draft.name.trim();
  return {
    ...(name !== before.name ? { name } : {}),
    ...(draft.description.trim() !== before.description.trim() ? { description: draft.description.trim() } : {}),
    ...(draft.permissions.join() !== before.permissions.join() ? { permissions: draft.permissions } : {}),
  };
}

/** Places the service's refusal of a save on the fields it names; what names none goes above the buttons. */
export function placeProfileRefusal(error: unknown, t: Translate = english): ProfileDraftRefusal {
  if (!isAlisApiError(error)) {
    const problem = error instanceof AlisNetworkError ? unknownProfileOutcome('saved', t) : t('Something went wrong; the profile was not saved. Please try again.');
    return { problem, announcement: problem };
  }
  const fields: ProfileErrors = {};
  const other: string[] = [];
  // A conflict at the name is a name another profile has: the engine names it in English; another language reads our sentence.
  const takenName = error.code === 'conflict' && t.lang !== 'en' ? t('There is already a profile with this name. Choose another one.') : null;
  for (const [path, message] of Object.entries(error.fields)) {
    const field = PROFILE_FIELD_ORDER.find((f) => path === f || path.startsWith(`${f}[`));
    if (field) fields[field] = (field === 'name' ? takenName : null) ?? refusedFieldSentence(message, t);
    else other.push(refusedFieldSentence(message, t));
  }
  const reason = refusalSentence(error, t);
  return {
    errors: fields,
    // The same sentence once, though it stands for several fields (another language's generic one).
    problem: other.length > 0 ? [...new Set(other)].join(' ') : Object.keys(fields).length > 0 ? null : reason,
    announcement: t('The profile was not saved. {reason}', { reason: Object.values(fields)[0] ?? reason }),
  };
}

/** Why a profile was not deleted, next to its row. */
export function deleteRefusal(error: unknown, t: Translate = english): string {
  if (isAlisApiError(error)) return t('Not deleted. {reason}', { reason: refusalSentence(error, t) });
  return error instanceof AlisNetworkError ? unknownProfileOutcome('deleted', t) : t('Something went wrong; the profile was not deleted.');
}

/** The counts `profile_in_use` carries in its details, when they are there. */
export function usageFrom(details: Readonly<Record<string, unknown>>): ProfileUsage | null {
  const { activeUserCount, pendingInvitationCount } = details;
  return typeof activeUserCount === 'number' && typeof pendingInvitationCount === 'number' ? { activeUserCount, pendingInvitationCount } : null;
}

/** After a dropped connection: the change may or may not have been made. */
export function unknownProfileOutcome(done: 'saved' | 'deleted', t: Translate = english): string {
  return done === 'saved'
    ? t("We could not reach the billing service, so we don't know whether the profile was saved. Reload the list to check before trying again.")
    : t("We could not reach the billing service, so we don't know whether the profile was deleted. Reload the list to check before trying again.");
}

/** "Nobody has it", "1 user has it", "3 users and 1 invitation have it". */
export function whoHasIt(usage: ProfileUsage, t: Translate = english): string {
  if (!profileInUse(usage)) return t('Nobody has it');
  const people = peopleWithProfile(usage, t);
  const capitalized = `${people.charAt(0).toUpperCase()}${people.slice(1)}`;
  return t.plural(usage.activeUserCount + usage.pendingInvitationCount, { one: '{people} has it', other: '{people} have it' }, { people: capitalized });
}

/** What is said once a profile is created, or once `saved` replaced what it was. */
export function profileSavedSentence(saved: StaffProfile, changed: boolean, t: Translate = english): string {
  if (!changed) return t("Created the profile “{name}”. It can now be chosen when inviting someone or changing a user's profile.", { name: saved.name });
  return profileInUse(saved)
    ? t('Saved the profile “{name}”; the change applies at once to {people}.', { name: saved.name, people: peopleWithProfile(saved, t) })
    : t('Saved the profile “{name}”.', { name: saved.name });
}

/** What the delete confirmation says will happen, or why it cannot. */
export function deleteEffectSentence(profile: StaffProfile, t: Translate = english): string {
  return profileInUse(profile)
    ? t('{who}, and a profile can be deleted only when nobody has it. Give them another profile in Portal access first.', { who: whoHasIt(profile, t) })
    : t('Nobody has it. Once deleted it can no longer be given to anyone; this cannot be undone.');
}
