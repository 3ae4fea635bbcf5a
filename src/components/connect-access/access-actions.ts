// What staff do in Portal access — invite someone, resend an invitation, change a user's profile,
// revoke access — with the state each needs (the invite draft and its errors, the open row action
// and its refusal), one action out at a time, focus and announcements. A controller rather than
// an element of its own, so the table, the form and the panels share one shadow root (ARIA id
// references stay inside it) and `<alis-connect-access>` keeps only loading and layout.
import { UserActions, type UserActionsHost } from '../shared/user-actions.js';
import {
  accessActionFailure,
  checkInviteDraft,
  emptyInviteDraft,
  INVITE_FIELD_ORDER,
  invitationResentSentence,
  invitationSentSentence,
  inviteNotSentSentence,
  placeInviteRefusal,
  profileGivenSentence,
  revokedSentence,
  sameProfileMessage,
  type InviteDraft,
  type InviteField,
} from '../../core/portal-users.js';
import { wordsByKey, wordsOrNull, type Words } from '../../core/i18n/said-later.js';
import { AlisInvitationSentEvent, AlisUserRevokedEvent } from '../../events/staff-events.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { ConnectUser } from '../../sdk/types.js';

/** What can be done to one row, each confirmed in a panel under it. */
export type RowActionKind = 'resend' | 'profile' | 'revoke';

/** The row action open, its choice (the profile) and its refusal. */
export interface OpenAction {
  kind: RowActionKind;
  userId: string;
  profileId: string;
  /** Why it was refused, said in the reader's language when shown. */
  error: Words | null;
}

/** What the controller needs from `<alis-connect-access>`. */
export interface AccessActionsOptions {
  /** The session's scoped client: a removal or a change of user aborts what is in flight. */
  api: () => AlisClient | undefined;
  /** An instant as the community reads it (its time zone, the element's locale). */
  formatMoment: (iso: string) => string;
  /** The element's words now (`this.t`), for what an action says when it ends. */
  t: () => Translate;
  /** A profile's name, from the list on screen. */
  profileName: (profileId: string) => string | undefined;
  /** Reloads the list, keeping `user` (as the service now has them) on screen. */
  reloadShowing: (user: ConnectUser) => Promise<void>;
  /** Says `text` in the element's live region. */
  announce: (text: string) => void;
}

/** What each invite field says is wrong with it, in the reader's language when shown. */
export type InviteErrorSentences = Partial<Record<InviteField, Words>>;

/** What the invite form and the row actions show; every sentence is said when shown, in the language then. */
export interface AccessActionsState {
  /** Whether the invite form is open. */
  inviting: boolean;
  draft: InviteDraft;
  inviteErrors: InviteErrorSentences;
  /** A refusal of the invitation that names none of its fields. */
  inviteProblem: Words | null;
  /** The row action whose confirmation is open. */
  action: OpenAction | null;
  /** What the last action did, shown above the list. */
  outcome: Words | null;
}

const startingState = (): AccessActionsState => ({ inviting: false, draft: emptyInviteDraft(), inviteErrors: {}, inviteProblem: null, action: null, outcome: null });

const INVITE_FIELD_SELECTORS: Record<InviteField, string> = {
  email: '#invite-email',
  partyId: '#invite-party',
  profileId: 'input[name="invite-profile"]:checked, input[name="invite-profile"]',
  sensitiveInformationConfirmed: '#invite-confirm',
};

/** The invite form and the row actions of one `<alis-connect-access>`, and what they send. */
export class AccessActionsController extends UserActions<AccessActionsState> {
  readonly #options: AccessActionsOptions;
  /** The button that opened the invite form, so focus can return there (the toolbar's, or a row's "Invite again"). */
  #inviteOpener: { userId: string } | null = null;

  constructor(host: UserActionsHost, options: AccessActionsOptions) {
    super(host, startingState);
    this.#options = options;
  }

  override forgetUser(): void {
    super.forgetUser();
    this.#inviteOpener = null;
  }

  /** Another filter: the open row action and the last outcome belong to the list that was shown. */
  closeAction(): void {
    this.update({ action: null, outcome: null });
  }

  /** Opens the invite form (optionally filled in) and moves focus to it. */
  async openInviteForm(prefill: Partial<InviteDraft> = {}): Promise<void> {
    this.update({ action: null, draft: { ...emptyInviteDraft(), ...prefill, confirmed: false }, inviteErrors: {}, inviteProblem: null, inviting: true });
    await this.host.updateComplete;
    const heading = this.host.renderRoot.querySelector<HTMLElement>('#invite-heading');
    heading?.scrollIntoView?.({ block: 'nearest' });
    heading?.focus();
  }

  /** Opens the invite form from the toolbar (`from` null) or a revoked user's "Invite again", filled in with who they were. */
  readonly openInvite = (from: ConnectUser | null): void => {
    this.#inviteOpener = from ? { userId: from.id } : null;
    this.update({ outcome: null });
    void this.openInviteForm(from ? { email: from.email, partyId: from.party?.id ?? '', profileId: from.profileId } : {});
  };

  readonly closeInvite = async (): Promise<void> => {
    this.update({ inviting: false, inviteErrors: {}, inviteProblem: null });
    await this.#focusOpener();
  };

  /** Takes what was typed into `field`, and clears that field's error. */
  readonly editDraft = (change: Partial<InviteDraft>, field: InviteField): void => {
    const { [field]: _gone, ...inviteErrors } = this.state.inviteErrors;
    this.update({ draft: { ...this.state.draft, ...change }, inviteErrors });
  };

  /** Sends the invitation, or says which fields need attention first. */
  readonly invite = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const api = this.#options.api();
    if (!api || this.busy) return;
    const draft = this.state.draft;
    const errors = checkInviteDraft(draft, this.#options.t());
    this.update({ inviteProblem: null });
    if (Object.keys(errors).length > 0) {
      this.update({ inviteErrors: wordsByKey((t) => checkInviteDraft(draft, t)) });
      this.#options.announce(inviteNotSentSentence(errors, this.#options.t()));
      await this.#focusFirstInviteError();
      return;
    }
    this.update({ inviteErrors: {} });
    await this.run(
      () => api.access.invite({ email: draft.email.trim(), partyId: draft.partyId, profileId: draft.profileId, sensitiveInformationConfirmed: true }),
      {
        answered: async (sent) => {
          this.update({ inviting: false, draft: emptyInviteDraft() });
          // The expiry is written when shown too, in the reader's language then.
          this.#showOutcome((t) => invitationSentSentence(sent, sent.invitation ? this.#options.formatMoment(sent.invitation.expiresAt) : '', t));
          this.host.dispatchEvent(new AlisInvitationSentEvent(sent, false));
          await this.#options.reloadShowing(sent);
        },
        afterwards: () => this.#focusOpener(),
        // What was typed stays, with each reason next to its field.
        refused: async (error) => {
          const refusal = placeInviteRefusal(error, this.#options.t());
          this.update({
            inviteErrors: wordsByKey((t) => placeInviteRefusal(error, t).fields),
            inviteProblem: wordsOrNull((t) => placeInviteRefusal(error, t).problem),
          });
          this.#options.announce(refusal.announcement);
          await this.#focusFirstInviteError();
        },
      },
    );
  };

  /** Opens the confirmation of `kind` under `user`'s row, and moves focus to it. */
  readonly openAction = async (kind: RowActionKind, user: ConnectUser): Promise<void> => {
    this.update({ inviting: false, outcome: null, action: { kind, userId: user.id, profileId: user.profileId, error: null } });
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(`#action-heading-${CSS.escape(user.id)}`)?.focus();
  };

  /** Closes the open confirmation; focus returns to the button that opened it. */
  readonly cancelAction = async (): Promise<void> => {
    const open = this.state.action;
    this.update({ action: null });
    if (open) await this.#focusRowAction(open.userId, open.kind);
  };

  /** The profile chosen in the open "Change profile" confirmation. */
  readonly pickProfile = (profileId: string): void => {
    if (!this.state.action) return;
    this.update({ action: { ...this.state.action, profileId, error: null } });
  };

  /** Performs the open confirmation of `user`'s row. */
  readonly confirm = async (user: ConnectUser, event?: Event): Promise<void> => {
    event?.preventDefault();
    const api = this.#options.api();
    const open = this.state.action;
    if (!api || !open || this.busy) return;
    switch (open.kind) {
      case 'resend': {
        const invitationId = user.invitation?.id;
        if (!invitationId) return;
        await this.#runAction(user, 'resend', async () => {
          const updated = await api.access.resendInvitation(invitationId);
          const expires = () => (updated.invitation ? this.#options.formatMoment(updated.invitation.expiresAt) : '');
          return { updated, text: (t: Translate) => invitationResentSentence(updated, expires(), t), event: new AlisInvitationSentEvent(updated, true) };
        });
        return;
      }
      case 'revoke':
        await this.#runAction(user, 'revoke', async () => {
          const updated = await api.access.updateUser(user.id, { revoked: true });
          const wasActive = user.status === 'active';
          return { updated, text: (t: Translate) => revokedSentence(updated, wasActive, t), event: new AlisUserRevokedEvent(updated) };
        });
        return;
      case 'profile': {
        const profileId = open.profileId;
        if (profileId === user.profileId) {
          this.update({ action: { ...open, error: (t) => sameProfileMessage(user, t) } });
          return;
        }
        // A profile missing from the list on screen (seldom) is named for what it is.
        const profileName = this.#options.profileName(profileId);
        await this.#runAction(user, 'profile', async () => {
          const updated = await api.access.updateUser(user.id, { profileId });
          const text = (t: Translate) => profileGivenSentence(updated, profileName ?? t.ctx('a profile not on screen', 'the new profile'), t);
          return { updated, text, event: null };
        });
      }
    }
  };

  /** Runs one confirmed row action: on success closes the panel, says so and reloads; on refusal keeps the panel with the reason. */
  async #runAction(user: ConnectUser, kind: RowActionKind, act: () => Promise<{ updated: ConnectUser; text: Words; event: Event | null }>): Promise<void> {
    await this.run(act, {
      answered: async ({ updated, text, event }) => {
        if (event) this.host.dispatchEvent(event);
        this.update({ action: null });
        this.#showOutcome(text);
        await this.#options.reloadShowing(updated);
      },
      afterwards: ({ updated }) => this.#focusRowAction(updated.id, kind),
      refused: async (error) => {
        if (this.state.action?.userId === user.id) this.update({ action: { ...this.state.action, error: (t) => accessActionFailure(error, t) } });
        this.#options.announce(accessActionFailure(error, this.#options.t()));
        await this.host.updateComplete;
        const problem = this.host.renderRoot.querySelector<HTMLElement>(`tr[data-action-for="${CSS.escape(user.id)}"] .problem`);
        if (problem) problem.tabIndex = -1;
        problem?.focus();
      },
    });
  }

  #showOutcome(text: Words): void {
    this.update({ outcome: text });
    this.#options.announce(text(this.#options.t()));
  }

  async #focusOpener(): Promise<void> {
    const opener = this.#inviteOpener;
    this.#inviteOpener = null;
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    const target = opener ? this.#rowElement(opener.userId, '[data-action="invite-again"]') : root.querySelector<HTMLElement>('button.invite');
    (target ?? root.querySelector<HTMLElement>('button.invite') ?? root.querySelector<HTMLElement>('#heading'))?.focus();
  }

  async #focusFirstInviteError(): Promise<void> {
    await this.host.updateComplete;
    const first = INVITE_FIELD_ORDER.find((f) => this.state.inviteErrors[f]);
    const target = this.host.renderRoot.querySelector<HTMLElement>(first ? INVITE_FIELD_SELECTORS[first] : '.invite-form .notice');
    if (target && !first) target.tabIndex = -1;
    target?.focus();
  }

  async #focusRowAction(userId: string, kind: RowActionKind): Promise<void> {
    await this.host.updateComplete;
    const target =
      this.#rowElement(userId, `[data-action="${kind}"]`) ??
      this.#rowElement(userId, '.row-actions button') ??
      this.#rowElement(userId, 'th.name') ??
      this.host.renderRoot.querySelector<HTMLElement>('#heading');
    target?.focus();
  }

  #rowElement(userId: string, selector: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`tr[data-user-id="${CSS.escape(userId)}"] ${selector}`);
  }
}
