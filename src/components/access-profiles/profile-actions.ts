// What staff do in User profiles — create a profile, change one, delete one nobody has — with the
// state each needs (what is open, the draft and its errors, the refusal), one save at a time, focus
// and announcements. A controller rather than an element of its own, so the table and the forms
// share one shadow root and `<alis-access-profiles>` keeps only loading and layout.
import { UserActions, type UserActionsHost } from '../shared/user-actions.js';
import {
  checkProfileDraft,
  deleteRefusal,
  draftOfProfile,
  emptyProfileDraft,
  placeProfileRefusal,
  PROFILE_FIELD_ORDER,
  profileChanges,
  profileSavedSentence,
  profileToCreate,
  usageFrom,
  type ProfileDraft,
  type ProfileDraftRefusal,
  type ProfileErrors,
  type ProfileField,
} from '../../core/profile-words.js';
import { wordsByKey, wordsOrNull, type Words } from '../../core/i18n/said-later.js';
import { PORTAL_PERMISSIONS } from '../../core/portal-permissions.js';
import { profileFormPart } from './profile-form-part.js';
import { AlisProfileChangedEvent, AlisProfileCreatedEvent, AlisProfileDeletedEvent } from '../../events/staff-events.js';
import { isAlisApiError } from '../../sdk/errors.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { PortalPermission, StaffProfile } from '../../sdk/types.js';

/** What is open: the new-profile form, one profile's form, or one profile's delete confirmation. */
export type Editing = { kind: 'create' } | { kind: 'edit'; profile: StaffProfile } | { kind: 'delete'; profile: StaffProfile; refusal: Words | null };

/** What the controller needs from `<alis-access-profiles>`. */
export interface ProfileActionsOptions {
  /** The session's scoped client: a removal or a change of user aborts what is in flight. */
  api: () => AlisClient | undefined;
  /** Shows `profile` in its row at once, before the reload brings the counts. */
  replaceProfile: (profile: StaffProfile) => void;
  /** Loads the profiles and their counts again. */
  refresh: () => Promise<void>;
  /** The element's words now (`this.t`), for what a save or delete says when it ends. */
  t: () => Translate;
  /** Says `text` in the element's live region. */
  announce: (text: string) => void;
}

/** What each field says is wrong with it, in the reader's language when shown. */
export type ProfileErrorSentences = Partial<Record<ProfileField, Words>>;

/** What the open form or confirmation shows; every sentence is said when shown, in the language then. */
export interface ProfileActionsState {
  editing: Editing | null;
  draft: ProfileDraft;
  errors: ProfileErrorSentences;
  /** A refusal of the form that names none of its fields. */
  problem: Words | null;
  /** What the last save or delete did, shown above the table. */
  outcome: Words | null;
}

const startingState = (): ProfileActionsState => ({ editing: null, draft: emptyProfileDraft(), errors: {}, problem: null, outcome: null });

const FIELD_SELECTORS: Record<ProfileField, string> = { name: '#profile-name', description: '#profile-description', permissions: 'input[name="permissions"]' };

const rowSelector = (profileId: string, within: string) => `tr[data-profile-id="${CSS.escape(profileId)}"] ${within}`;

/** The open form or confirmation of one `<alis-access-profiles>`, and what it sends. */
export class ProfileActionsController extends UserActions<ProfileActionsState> {
  readonly #options: ProfileActionsOptions;

  constructor(host: UserActionsHost, options: ProfileActionsOptions) {
    super(host, startingState);
    this.#options = options;
  }

  // Each opener first waits for the form's code if it is not here yet (seldom: hovering or focusing
  // the button prefetched it), so focus can move into the form; a failed load opens it anyway,
  // showing the failure with Try again. Once loaded, opening is synchronous as before.
  readonly openCreate = async (): Promise<void> => {
    if (!profileFormPart.loaded) await profileFormPart.load().catch(() => undefined);
    this.#open({ kind: 'create' }, emptyProfileDraft());
    await this.#focus('#form-heading');
  };

  readonly openEdit = async (profile: StaffProfile): Promise<void> => {
    if (!profileFormPart.loaded) await profileFormPart.load().catch(() => undefined);
    this.#open({ kind: 'edit', profile }, draftOfProfile(profile));
    await this.#focus('#form-heading');
  };

  readonly openDelete = async (profile: StaffProfile): Promise<void> => {
    if (!profileFormPart.loaded) await profileFormPart.load().catch(() => undefined);
    this.#open({ kind: 'delete', profile, refusal: null }, emptyProfileDraft());
    await this.#focus('#delete-heading');
  };

  /** Closes what is open without saving; focus returns to the button that opened it. */
  readonly close = async (): Promise<void> => {
    const open = this.state.editing;
    this.update({ editing: null, errors: {}, problem: null });
    if (!open) return;
    await this.#focus(open.kind === 'create' ? '[data-action="create"]' : rowSelector(open.profile.id, `[data-action="${open.kind}"]`));
  };

  /** Takes what was typed into `field`, and clears that field's error. */
  readonly edit = (change: Partial<ProfileDraft>, field: ProfileField): void => {
    const { [field]: _cleared, ...errors } = this.state.errors;
    this.update({ draft: { ...this.state.draft, ...change }, errors });
  };

  readonly togglePermission = (permission: PortalPermission, on: boolean): void => {
    const chosen = new Set(this.state.draft.permissions);
    if (on) chosen.add(permission);
    else chosen.delete(permission);
    // Kept in the API's order, so "what changes" compares like with like.
    this.edit({ permissions: PORTAL_PERMISSIONS.filter((p) => chosen.has(p)) }, 'permissions');
  };

  /** Creates the profile or saves the change, or says what stands in the way first. */
  readonly save = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const api = this.#options.api();
    const open = this.state.editing;
    if (!api || !open || open.kind === 'delete' || this.busy) return;
    const draft = this.state.draft;
    const before = open.kind === 'edit' ? open.profile : null;
    this.update({ problem: null });
    const refusal = checkProfileDraft(draft, before, this.#options.t());
    if (refusal) {
      this.#showRefusal(refusal, (t) => checkProfileDraft(draft, before, t) ?? { problem: null, announcement: '' });
      await this.#focusFirstError();
      return;
    }
    await this.run(() => (before ? api.access.updateProfile(before.id, profileChanges(before, draft)) : api.access.createProfile(profileToCreate(draft))), {
      answered: async (saved) => {
        this.update({ editing: null, draft: emptyProfileDraft() });
        // The row shows the engine's answer at once; the reload that follows only refreshes the counts.
        if (before) this.#options.replaceProfile(saved);
        this.#showOutcome((t) => profileSavedSentence(saved, before !== null, t));
        this.host.dispatchEvent(before ? new AlisProfileChangedEvent(saved, before) : new AlisProfileCreatedEvent(saved));
        await this.#options.refresh();
      },
      afterwards: (saved) => this.#focus(rowSelector(saved.id, before ? '[data-action="edit"]' : 'th')),
      refused: async (error) => {
        this.#showRefusal(placeProfileRefusal(error, this.#options.t()), (t) => placeProfileRefusal(error, t));
        await this.#focusFirstError();
      },
    });
  };

  /** Deletes `profile`, or keeps the confirmation open with the service's reason (and the counts it gave). */
  readonly delete = async (profile: StaffProfile): Promise<void> => {
    const api = this.#options.api();
    if (!api || this.busy) return;
    await this.run(() => api.access.deleteProfile(profile.id), {
      answered: async () => {
        this.update({ editing: null });
        this.#showOutcome((t) => t('Deleted the profile “{name}”.', { name: profile.name }));
        this.host.dispatchEvent(new AlisProfileDeletedEvent(profile));
        await this.#options.refresh();
      },
      afterwards: () => this.#focus('[data-action="create"]'),
      refused: async (error) => {
        // The counts the engine refused with are the current ones: the row shows them too.
        const counts = isAlisApiError(error, 'profile_in_use') ? usageFrom(error.details) : null;
        const shown = counts ? { ...profile, ...counts } : profile;
        if (counts) this.#options.replaceProfile(shown);
        this.update({ editing: { kind: 'delete', profile: shown, refusal: (t) => deleteRefusal(error, t) } });
        this.#options.announce(deleteRefusal(error, this.#options.t()));
        await this.#focus('[data-refusal]');
      },
    });
  };

  #open(editing: Editing, draft: ProfileDraft): void {
    this.update({ editing, draft, errors: {}, problem: null, outcome: null });
  }

  /** Shows `refusal` (said now, for the announcement), kept as `said` so it is shown in the reader's language of the moment. */
  #showRefusal({ errors, announcement }: ProfileDraftRefusal, said: (t: Translate) => ProfileDraftRefusal): void {
    const problem = wordsOrNull((t) => said(t).problem);
    this.update(errors ? { errors: wordsByKey((t): ProfileErrors => said(t).errors ?? {}), problem } : { problem });
    this.#options.announce(announcement);
  }

  #showOutcome(text: Words): void {
    this.update({ outcome: text });
    this.#options.announce(text(this.#options.t()));
  }

  async #focusFirstError(): Promise<void> {
    const first = PROFILE_FIELD_ORDER.find((f) => this.state.errors[f]);
    await this.#focus(first ? FIELD_SELECTORS[first] : '[data-problem]');
  }

  /** Focus on `selector`, or on the element's heading when it is gone. */
  #focus(selector: string): Promise<void> {
    return this.focus(selector, '#profiles-heading');
  }
}
