// The confirmation that opens under a user's row before a resend, a profile change or a
// revocation: one heading, what will happen, the refusal if any, and two buttons. One template for
// the three, so they look, read and take focus alike; only their words and the profile choice differ.
import { html, nothing, type TemplateResult } from 'lit';
import { renderProfileChoices } from './profile-choices.js';
import { userName } from '../../core/portal-users.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AccessActionsController, OpenAction, RowActionKind } from './access-actions.js';
import type { ConnectUser, UserProfile } from '../../sdk/types.js';

/** How one confirmation reads. */
interface PanelWords {
  heading: string;
  /** What will happen, in a paragraph (muted for a profile change, which only informs). */
  effect: string;
  cancel: string;
  confirm: string;
  /** The confirm button while the action is out. */
  working: string;
  /** The confirm button's look: revoking cannot be undone. */
  tone: 'primary' | 'danger';
}

function panelWords(kind: RowActionKind, user: ConnectUser, t: Translate): PanelWords {
  const name = userName(user);
  // An invitation not yet accepted gives no access: its confirmations speak of the invitation.
  const expired = user.status === 'expired';
  const pending = user.status === 'invited' || expired;
  switch (kind) {
    case 'resend':
      return {
        heading: t('Send {email} a new invitation link?', { email: user.email }),
        effect: expired
          ? t('The link sent earlier has expired, so {name} cannot accept it. The new link works once and expires after 30 days.', { name })
          : t(
              'The link sent earlier stops working at once: if {name} opens the earlier email, they will be told the link is not valid and must use the new one. The new link works once and expires after 30 days.',
              { name },
            ),
        // An expired link is not worth keeping: not sending leaves the invitation as it is.
        cancel: expired ? t('Cancel') : t('Keep the current link'),
        confirm: t('Send new link'),
        working: t('Sending…'),
        tone: 'primary',
      };
    case 'revoke': {
      if (pending) {
        return {
          heading: t('Cancel the invitation to {email}?', { email: user.email }),
          effect: expired
            ? t('The invitation has expired, so {name} cannot accept it; once cancelled, it cannot be sent again either. {name} never had access. To give them access later, invite them again.', { name })
            : t('The invitation link stops working at once and cannot be accepted. {name} has no access yet and will not get it from this invitation. To give them access later, invite them again.', { name }),
          cancel: t('Keep the invitation'),
          confirm: t('Cancel the invitation'),
          working: t('Cancelling…'),
          tone: 'danger',
        };
      }
      const resident = user.residentName;
      return {
        heading: t("Revoke {name}'s access?", { name }),
        effect: resident
          ? t(
              "{name} loses access at once: every page of the portal refuses them from now on, and they can no longer see {resident}'s billing or pay. This cannot be undone; to give access back, invite them again.",
              { name, resident },
            )
          : t(
              "{name} loses access at once: every page of the portal refuses them from now on, and they can no longer see the resident's billing or pay. This cannot be undone; to give access back, invite them again.",
              { name },
            ),
        cancel: t('Keep access'),
        confirm: t('Revoke access'),
        working: t('Revoking…'),
        tone: 'danger',
      };
    }
    case 'profile':
      return {
        heading: pending ? t('Change the profile of the invitation to {email}', { email: user.email }) : t("Change {name}'s profile", { name }),
        effect: !pending
          ? t('The new profile applies at once.')
          : expired
            ? t('The invitation carries the new profile. It has expired: resend it for {name} to accept it and get this profile.', { name })
            : t('The invitation carries the new profile: {name} gets it on accepting the invitation.', { name }),
        cancel: t('Cancel'),
        confirm: t('Save profile'),
        working: t('Saving…'),
        tone: 'primary',
      };
  }
}

/** The open confirmation of `user`'s row (`part="confirmation"`): a form for a profile change, a group otherwise. */
export function renderConfirmationPanel(
  user: ConnectUser,
  open: OpenAction,
  profiles: readonly UserProfile[],
  actions: AccessActionsController,
  t: Translate,
): TemplateResult {
  const headingId = `action-heading-${user.id}`;
  const words = panelWords(open.kind, user, t);
  const busy = actions.busy;
  const isForm = open.kind === 'profile';
  const body = html`
    <h3 id=${headingId} tabindex="-1">${words.heading}</h3>
    ${isForm ? html`<p class="muted">${words.effect}</p>` : html`<p>${words.effect}</p>`}
    ${isForm
      ? renderProfileChoices({ profiles, selected: open.profileId, idPrefix: `profile-${user.id}`, onPick: actions.pickProfile, disabled: busy, currentId: user.profileId, t })
      : nothing}
    ${open.error ? html`<p class="problem" role="alert">${open.error(t)}</p>` : nothing}
    <div class="actions">
      <button type="button" data-action="cancel" ?disabled=${busy} @click=${actions.cancelAction}>${words.cancel}</button>
      <button
        type=${isForm ? 'submit' : 'button'}
        class=${words.tone}
        data-action=${`confirm-${open.kind}`}
        ?disabled=${busy}
        @click=${() => (isForm ? undefined : actions.confirm(user))}
      >
        ${busy ? words.working : words.confirm}
      </button>
    </div>
  `;
  return isForm
    ? html`<form class="panel action-panel" part="confirmation" aria-labelledby=${headingId} data-panel="profile" novalidate @submit=${(e: SubmitEvent) => actions.confirm(user, e)}>
        ${body}
      </form>`
    : html`<div class="panel action-panel" part="confirmation" role="group" aria-labelledby=${headingId} data-panel=${open.kind}>${body}</div>`;
}
