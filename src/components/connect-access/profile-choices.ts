// The radio group of user profiles, each with its description and permissions in words: the same
// choice in the invite form and in a user's "Change profile" confirmation.
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderPermissions } from './permissions-list.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { UserProfile } from '../../sdk/types.js';

/** What a profile choice shows and does. */
export interface ProfileChoices {
  profiles: readonly UserProfile[];
  /** The chosen profile's id ('' for none). */
  selected: string;
  /** Names the radio group and prefixes each radio's id. */
  idPrefix: string;
  onPick: (profileId: string) => void;
  disabled: boolean;
  /** Why the choice is refused, under the group. */
  error?: string | undefined;
  /** The profile the user has now, marked "(current profile)". */
  currentId?: string | undefined;
  /** The element's words. */
  t: Translate;
}

/** A radio group of profiles, each with its description and permissions in words. */
export function renderProfileChoices({ profiles, selected, idPrefix, onPick, disabled, error, currentId, t }: ProfileChoices): TemplateResult {
  const errorId = `${idPrefix}-error`;
  return html`
    <fieldset class="profiles" aria-describedby=${error ? errorId : nothing}>
      <legend>${t('User profile')}</legend>
      ${profiles.map((profile) => {
        const id = `${idPrefix}-${profile.id}`;
        return html`
          <div class="profile-choice">
            <label class="choice" for=${id}>
              <input
                type="radio"
                id=${id}
                name=${idPrefix}
                value=${profile.id}
                aria-describedby=${`${id}-about`}
                aria-invalid=${error ? 'true' : 'false'}
                .checked=${live(selected === profile.id)}
                ?disabled=${disabled}
                @change=${() => onPick(profile.id)}
              />
              <span class="profile-name">
                ${profile.name}${profile.id === currentId ? html` <span class="current">${t('(current profile)')}</span>` : nothing}
              </span>
            </label>
            <div class="profile-about" id=${`${id}-about`}>
              <p class="muted">${profile.description}</p>
              ${renderPermissions(profile, t)}
            </div>
          </div>
        `;
      })}
      ${error ? html`<p class="field-error" id=${errorId}>${error}</p>` : nothing}
    </fieldset>
  `;
}
