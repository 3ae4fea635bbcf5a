// The invite form of Portal access: email, the resident or contact, the profile, and the required
// confirmation about sensitive billing information. A plain template over the state the
// AccessActionsController keeps, so what was typed survives refusals and list reloads.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Task } from '@lit/task';
import { renderLoadTask, renderNotice } from '../shared/states.js';
import { renderProfileChoices } from './profile-choices.js';
import { describeRelationship } from '../../core/access-words.js';
import type { InviteField } from '../../core/portal-users.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AccessActionsController } from './access-actions.js';
import type { Resident, UserProfile } from '../../sdk/types.js';

/** The invite form (`part="invite-form"`), with the residents to choose from as `residents` loads them. */
export function renderInviteForm<Args extends ReadonlyArray<unknown>>(
  actions: AccessActionsController,
  profiles: readonly UserProfile[],
  residentsTask: Task<Args, Resident[] | undefined>,
  t: Translate,
): TemplateResult {
  const { draft, inviteErrors: errors, inviteProblem } = actions.state;
  const busy = actions.busy;
  const residents = residentsTask.value ?? [];
  const resident = residents.find((r) => r.id === draft.partyId || r.contacts.some((c) => c.id === draft.partyId));
  const described = (field: InviteField, id: string) => (errors[field] ? id : nothing);
  const invalid = (field: InviteField) => (errors[field] ? 'true' : 'false');
  return html`
    <form class="panel invite-form" part="invite-form" aria-labelledby="invite-heading" novalidate @submit=${actions.invite}>
      <h3 id="invite-heading" tabindex="-1">${t('Invite someone to the portal')}</h3>
      <p class="muted">
        ${t('They get an email with a link that works once and expires after 30 days. Accepting it gives them the profile you choose, for the person you choose.')}
      </p>
      <div class="field">
        <label for="invite-email">${t('Email address')}</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          inputmode="email"
          autocomplete="off"
          spellcheck="false"
          maxlength="254"
          aria-invalid=${invalid('email')}
          aria-describedby=${described('email', 'invite-email-error')}
          .value=${live(draft.email)}
          ?disabled=${busy}
          @input=${(e: Event) => actions.editDraft({ email: (e.target as HTMLInputElement).value }, 'email')}
        />
        ${errors.email ? html`<p class="field-error" id="invite-email-error">${errors.email(t)}</p>` : nothing}
      </div>
      <div class="field">
        <label for="invite-party">${t('Resident or contact')}</label>
        <p class="hint muted" id="invite-party-hint">
          ${t(
            "Who this person is: the resident, or one of the resident's contacts. Their profile decides whether they see all of the resident's billing; they pay only what is addressed to them.",
          )}
        </p>
        ${renderLoadTask(residentsTask, { loading: t('Loading residents…'), subject: 'residents', retry: () => residentsTask.run(), view: () => nothing, t })}
        <select
          id="invite-party"
          name="partyId"
          aria-invalid=${invalid('partyId')}
          aria-describedby=${errors.partyId ? 'invite-party-hint invite-party-error' : 'invite-party-hint'}
          .value=${live(draft.partyId)}
          ?disabled=${busy || residents.length === 0}
          @change=${(e: Event) => actions.editDraft({ partyId: (e.target as HTMLSelectElement).value }, 'partyId')}
        >
          <option value="" ?selected=${draft.partyId === ''}>${t('Choose a resident or contact…')}</option>
          ${residents.map(
            (r) => html`
              <optgroup label=${`${r.name}, ${r.unit}`}>
                <option value=${r.id} ?selected=${draft.partyId === r.id}>${t('{name} (the resident)', { name: r.name })}</option>
                ${r.contacts.map((c) => {
                  const label = t('{name} ({relationship} of {resident})', { name: c.name, relationship: describeRelationship(c, t), resident: r.name });
                  return html`<option value=${c.id} ?selected=${draft.partyId === c.id}>${label}</option>`;
                })}
              </optgroup>
            `,
          )}
        </select>
        ${errors.partyId ? html`<p class="field-error" id="invite-party-error">${errors.partyId(t)}</p>` : nothing}
      </div>
      ${renderProfileChoices({
        profiles,
        selected: draft.profileId,
        idPrefix: 'invite-profile',
        onPick: (profileId) => actions.editDraft({ profileId }, 'profileId'),
        disabled: busy,
        error: errors.profileId?.(t),
        t,
      })}
      <div class="check">
        <label class="choice confirm" for="invite-confirm">
          <input
            type="checkbox"
            id="invite-confirm"
            name="sensitiveInformationConfirmed"
            required
            aria-invalid=${invalid('sensitiveInformationConfirmed')}
            aria-describedby=${described('sensitiveInformationConfirmed', 'invite-confirm-error')}
            .checked=${live(draft.confirmed)}
            ?disabled=${busy}
            @change=${(e: Event) => actions.editDraft({ confirmed: (e.target as HTMLInputElement).checked }, 'sensitiveInformationConfirmed')}
          />
          <span>
            ${resident
              ? t("I confirm that this person may see {resident}'s sensitive billing information.", { resident: resident.name })
              : t("I confirm that this person may see the resident's sensitive billing information.")}
          </span>
        </label>
        ${errors.sensitiveInformationConfirmed ? html`<p class="field-error" id="invite-confirm-error">${errors.sensitiveInformationConfirmed(t)}</p>` : nothing}
      </div>
      ${inviteProblem ? renderNotice(inviteProblem(t), 'danger') : nothing}
      <div class="actions">
        <button type="button" data-action="cancel-invite" ?disabled=${busy} @click=${actions.closeInvite}>${t('Cancel')}</button>
        <button type="submit" class="primary" data-action="send-invite" ?disabled=${busy}>${busy ? t('Sending…') : t('Send invitation')}</button>
      </div>
    </form>
  `;
}
