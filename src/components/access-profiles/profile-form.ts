// The forms of User profiles: the new-profile and change-profile form (name, description, the three
// permissions explained, and what a change will do to the people who have it) and the delete
// confirmation. Plain templates over the ProfileActionsController's state.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderHeading } from '../audit-trail/render-heading.js';
import { PORTAL_PERMISSIONS, portalPermissionExplanation, portalPermissionLabel } from '../../core/portal-permissions.js';
import { describeProfileChange } from '../../core/profile-effects.js';
import { deleteEffectSentence, PROFILE_DESCRIPTION_MAX, PROFILE_NAME_MAX, whoHasIt, type ProfileField } from '../../core/profile-words.js';
import type { ProfileActionsController } from './profile-actions.js';
import type { Words } from '../../core/i18n/said-later.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { StaffProfile } from '../../sdk/types.js';

/** The new-profile form (`before` null) or the change form of `before`; its heading is one level below the element's. */
export function renderProfileForm(before: StaffProfile | null, actions: ProfileActionsController, headingLevel: number, t: Translate): TemplateResult {
  const { draft, errors, problem } = actions.state;
  const busy = actions.busy;
  const invalid = (field: ProfileField) => (errors[field] ? 'true' : 'false');
  const describedBy = (field: ProfileField) => (errors[field] ? `profile-${field}-error` : nothing);
  const effects = before ? describeProfileChange(before, draft, before, t) : [];
  return html`
    <form class="panel profile-form ${before ? 'action-panel' : ''}" part="form" aria-labelledby="form-heading" novalidate @submit=${actions.save}>
      ${renderHeading(headingLevel + 1, 'form-heading', 'panel-heading', before ? t('Change the profile “{name}”', { name: before.name }) : t('New profile'))}
      <div class="field">
        <label for="profile-name">${t('Name')}</label>
        <input
          id="profile-name"
          name="name"
          type="text"
          autocomplete="off"
          maxlength=${PROFILE_NAME_MAX}
          aria-invalid=${invalid('name')}
          aria-describedby=${describedBy('name')}
          .value=${live(draft.name)}
          ?disabled=${busy}
          @input=${(e: Event) => actions.edit({ name: (e.target as HTMLInputElement).value }, 'name')}
        />
        ${errors.name ? html`<p class="field-error" id="profile-name-error" data-field-error="name">${errors.name(t)}</p>` : nothing}
      </div>
      <div class="field">
        <label for="profile-description">${t('Description')} <span class="muted">${t('(optional)')}</span></label>
        <textarea
          id="profile-description"
          name="description"
          rows="2"
          maxlength=${PROFILE_DESCRIPTION_MAX}
          .value=${live(draft.description)}
          aria-invalid=${invalid('description')}
          aria-describedby=${describedBy('description')}
          @input=${(e: Event) => actions.edit({ description: (e.target as HTMLTextAreaElement).value }, 'description')}
          ?disabled=${busy}
        ></textarea>
        ${errors.description ? html`<p class="field-error" id="profile-description-error">${errors.description(t)}</p>` : nothing}
      </div>
      <fieldset class="grants" aria-describedby=${errors.permissions ? 'permissions-hint permissions-error' : 'permissions-hint'}>
        <legend>${t('What people with this profile may do')}</legend>
        ${PORTAL_PERMISSIONS.map((permission) => {
          const id = `permission-${permission}`;
          return html`
            <label class="choice" for=${id}>
              <input
                type="checkbox"
                id=${id}
                name="permissions"
                value=${permission}
                aria-describedby=${`${id}-about`}
                .checked=${live(draft.permissions.includes(permission))}
                ?disabled=${busy}
                @change=${(e: Event) => actions.togglePermission(permission, (e.target as HTMLInputElement).checked)}
              />
              <span>
                <span class="choice-label">${portalPermissionLabel(permission, t)}</span>
                <span class="why" id=${`${id}-about`}>${portalPermissionExplanation(permission, t)}</span>
              </span>
            </label>
          `;
        })}
        <p class="hint" id="permissions-hint">${t('With none checked, they see only a notice that their access does not include billing.')}</p>
        ${errors.permissions ? html`<p class="field-error" id="permissions-error">${errors.permissions(t)}</p>` : nothing}
      </fieldset>
      ${before
        ? html`<div class="effect" part="effect" id="profile-effect" data-effect>
            ${effects.length === 0
              ? html`<p>${t('Nothing is changed yet. {who}.', { who: whoHasIt(before, t) })}</p>`
              : effects.map((sentence) => html`<p>${sentence}</p>`)}
          </div>`
        : nothing}
      ${problem ? html`<p class="problem" role="alert" data-problem tabindex="-1">${problem(t)}</p>` : nothing}
      <div class="actions">
        <button type="button" data-action="cancel" ?disabled=${busy} @click=${actions.close}>${t('Cancel')}</button>
        <button type="submit" class="primary" data-action="save" aria-describedby=${before ? 'profile-effect' : nothing} ?disabled=${busy}>
          ${busy ? t('Saving…') : before ? t('Save changes') : t('Create profile')}
        </button>
      </div>
    </form>
  `;
}

/** The delete confirmation of `profile` (`part="confirmation"`), with the service's refusal if it gave one. */
export function renderDeleteConfirmation(
  profile: StaffProfile,
  refusal: Words | null,
  actions: ProfileActionsController,
  headingLevel: number,
  t: Translate,
): TemplateResult {
  const busy = actions.busy;
  return html`
    <div class="panel action-panel" part="confirmation" role="group" aria-labelledby="delete-heading" data-panel="delete">
      ${renderHeading(headingLevel + 1, 'delete-heading', 'panel-heading', t('Delete the profile “{name}”?', { name: profile.name }))}
      <p>${deleteEffectSentence(profile, t)}</p>
      ${refusal ? html`<p class="problem" role="alert" data-refusal tabindex="-1">${refusal(t)}</p>` : nothing}
      <div class="actions">
        <button type="button" data-action="cancel" ?disabled=${busy} @click=${actions.close}>${t('Keep the profile')}</button>
        <button type="button" class="danger" data-action="confirm-delete" ?disabled=${busy} @click=${() => actions.delete(profile)}>
          ${busy ? t('Deleting…') : t('Delete profile')}
        </button>
      </div>
    </div>
  `;
}
