// A profile's permissions as a list, drawn the same in Portal access and User profiles so staff
// read one description of a profile wherever they meet it; the words come from core/access-words.
import { html, type TemplateResult } from 'lit';
import { describePermission, profileLimits } from '../../core/access-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { UserProfile } from '../../sdk/types.js';

/** A profile's permissions in words, then what it withholds (muted), as a list named for the profile. */
export function renderPermissions(profile: UserProfile, t: Translate): TemplateResult {
  return html`<ul class="permissions" aria-label=${t('What {profile} allows', { profile: profile.name })}>
    ${profile.permissions.length === 0 ? html`<li class="limit">${t('No access to billing')}</li>` : ''}
    ${profile.permissions.map((p) => html`<li data-permission=${p}>${describePermission(p, t)}</li>`)}
    ${profileLimits(profile, t).map((text) => html`<li class="limit">${text}</li>`)}
  </ul>`;
}
