import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { renderAnnouncer, renderNotice, renderSessionLoad, settled } from '../shared/states.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { renderPermissions } from '../connect-access/permissions-list.js';
import { connectAccessStyles } from '../connect-access/connect-access.styles.js';
import { renderHeading } from '../audit-trail/render-heading.js';
import { ProfileActionsController } from './profile-actions.js';
import { OnDemandController } from '../shared/on-demand.js';
import { profileFormPart } from './profile-form-part.js';
import { accessProfilesStyles } from './access-profiles.styles.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { Words } from '../../core/i18n/said-later.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me, StaffProfile } from '../../sdk/types.js';

/** A heading level the element's heading may take; its forms' headings are one level below. */
export type AccessProfilesHeadingLevel = 2 | 3 | 4;

/** `client` is whose session the view was loaded in: another user's view is never shown. */
type ProfilesView = ({ kind: 'profiles'; me: Me; profiles: StaffProfile[] } | { kind: 'staff-only' }) & { client: AlisClient };

/**
 * The portal's user profiles, as ALIS Connect's settings keep them: each profile with what it
 * allows in words and how many active users and pending invitations have it. Staff **create** a
 * profile (name, description, and three permissions explained plainly: sees all of the resident's
 * billing, pays invoices addressed to them, saves payment methods), **change** one — before saving,
 * the form says what changes for how many people ("3 users and 1 invitation will no longer be able
 * to pay…"), since a change reaches everyone with the profile at once — and **delete** one nobody
 * has. A refusal shows where it happened with the billing service's words (a taken name at the
 * name field, with what was typed kept; a profile still in use next to its row, with the counts).
 * A payer's token gets a "staff only" notice.
 *
 * @tagname alis-access-profiles
 * @summary Create, change and delete the portal's user profiles (staff only).
 *
 * @fires {AlisProfileCreatedEvent} alis-profile-created - A profile was created.
 * @fires {AlisProfileChangedEvent} alis-profile-changed - A profile was renamed, described or given other permissions.
 * @fires {AlisProfileDeletedEvent} alis-profile-deleted - An unused profile was deleted.
 *
 * @csspart heading - The element's heading.
 * @csspart panel-heading - The heading of the form or confirmation that is open.
 * @csspart notice - State messages (loading, errors, staff only).
 * @csspart table - The table of profiles.
 * @csspart create-button - The "New profile" button.
 * @csspart form - The new-profile and change-profile form.
 * @csspart effect - What a change will do, shown before saving.
 * @csspart confirmation - The delete confirmation.
 *
 * @cssprop --alis-color-primary - Buttons and checkboxes.
 * @cssprop --alis-color-border - Table and panel borders.
 * @cssprop --alis-color-surface - Table and panel background.
 * @cssprop --alis-color-surface-alt - Header cells and the panel under a row.
 * @cssprop --alis-color-warning - The edge of the "what will change" box.
 * @cssprop --alis-color-danger - Errors and the delete button.
 * @cssprop --alis-color-success - Outcome messages.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisAccessProfiles extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  // Connect access' look (tables, row panels, fields), so the two read as one place; then what is its own.
  static override styles = [hostStyles, commonStyles, staffStyles, connectAccessStyles, accessProfilesStyles];

  static override properties = {
    client: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The heading above the profiles; "User profiles" (in the reader's language) when unset. */
  declare heading: string | undefined;

  /** The heading's level (2 alone on a page, 3 or 4 inside another element's section). */
  declare headingLevel: AccessProfilesHeadingLevel;

  declare private announcement: string;

  /** The language `announcement` was said in: after a switch to another, it is not left in the live region. */
  #announcedIn = '';

  /** Whose profiles these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  /** Creating, changing and deleting profiles: what is open, one save at a time, focus and announcements. */
  readonly #actions = new ProfileActionsController(this, {
    api: () => this.#session.api,
    replaceProfile: (profile) => this.#replaceProfile(profile),
    refresh: () => this.refresh(),
    t: () => this.t,
    announce: (text) => {
      this.announcement = text;
      this.#announcedIn = this.t.lang;
    },
  });

  /** The profile form and delete confirmation, loaded when one first opens (a failure shows in its place). */
  readonly #formCode = new OnDemandController(this, profileFormPart);

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: loadAfterMe(this.#session, async ({ api, client, me, signal }): Promise<ProfilesView> => {
      // A payer's token asks for nothing but who they are.
      if (!isStaff(me)) return { kind: 'staff-only', client };
      return { kind: 'profiles', client, me, profiles: await api.access.profiles({ signal }) };
    }),
  });

  constructor() {
    super();
    this.heading = undefined;
    this.headingLevel = 2;
    this.announcement = '';
    this.#session.reloads(this.#loadTask);
  }

  /** Another user signed in (or out): no form, typed text, refusal, outcome or announcement of the previous user's stays. */
  #forgetUser(): void {
    this.#actions.forgetUser();
    this.announcement = '';
  }

  /** Loads the profiles and their counts again (what is being typed is kept). */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  protected override render() {
    const client = this.#session.client;
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="profiles-heading" @pointerover=${this.#prefetchForm} @focusin=${this.#prefetchForm}>
        ${renderHeading(this.headingLevel, 'profiles-heading', 'heading', this.heading ?? t('User profiles'))}
        ${renderAnnouncer(this.#announcedIn === t.lang ? this.announcement : '')}
        ${renderSessionLoad(client, this.#loadTask, {
          loading: t('Loading user profiles…'),
          subject: 'user profiles',
          retry: () => this.refresh(),
          view: (view, refreshing) => this.#renderView(view, refreshing, t),
          t,
        })}
      </section>
    `;
  }

  #renderView(view: ProfilesView, refreshing: boolean, t: Translate): TemplateResult {
    if (view.kind === 'staff-only') return renderStaffOnly(t.ctx('staff only: what', 'User profiles'), t);
    const actions = this.#actions;
    return html`
      <p class="muted">${t('A profile decides what a portal user may do. A change reaches everyone who has it at once; only a profile nobody has can be deleted.')}</p>
      ${actions.state.editing?.kind === 'create'
        ? this.#renderForm(null, t)
        : html`<div class="actions">
            <button type="button" class="primary" part="create-button" data-action="create" ?disabled=${actions.busy} @click=${actions.openCreate}>
              ${t('+ New profile')}
            </button>
          </div>`}
      ${actions.state.outcome ? html`<p class="confirmation" data-outcome>${actions.state.outcome(t)}</p>` : nothing}
      ${view.profiles.length === 0 ? renderNotice(t('There are no portal profiles yet.')) : this.#renderTable(view.profiles, refreshing, t)}
    `;
  }

  #renderTable(profiles: readonly StaffProfile[], refreshing: boolean, t: Translate): TemplateResult {
    return html`
      <div class="table-wrap profiles">
        <table part="table" role="table" aria-busy=${refreshing ? 'true' : 'false'}>
          <caption>
            ${t('Portal profiles and who has them')}
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col">${t('Profile')}</th>
              <th role="columnheader" scope="col">${t('What it allows')}</th>
              <th role="columnheader" scope="col" class="amount">${t('Active users')}</th>
              <th role="columnheader" scope="col" class="amount">${t('Pending invitations')}</th>
              <th role="columnheader" scope="col"><span class="visually-hidden">${t('Actions')}</span></th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${profiles.map((profile) => this.#renderRow(profile, t))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(profile: StaffProfile, t: Translate): TemplateResult {
    const actions = this.#actions;
    const editing = actions.state.editing;
    const open = editing !== null && editing.kind !== 'create' && editing.profile.id === profile.id ? editing : null;
    return html`
      <tr role="row" data-profile-id=${profile.id}>
        <th role="rowheader" scope="row" class="name" tabindex="-1" data-label=${t('Profile')}>
          <span data-name>${profile.name}</span>
          ${profile.description ? html`<span class="muted detail">${profile.description}</span>` : nothing}
        </th>
        <td role="cell" class="allows" data-label=${t('What it allows')}>${renderPermissions(profile, t)}</td>
        <td role="cell" class="amount" data-label=${t('Active users')} data-users>${profile.activeUserCount}</td>
        <td role="cell" class="amount" data-label=${t('Pending invitations')} data-invitations>${profile.pendingInvitationCount}</td>
        <td role="cell" class="row-actions">
          <div class="actions">
            <button type="button" data-action="edit" ?disabled=${actions.busy} @click=${() => actions.openEdit(profile)}>
              ${t.ctx('profile row button', 'Change')}<span class="visually-hidden"> ${t('the profile {name}', { name: profile.name })}</span>
            </button>
            <button type="button" data-action="delete" ?disabled=${actions.busy} @click=${() => actions.openDelete(profile)}>
              ${t.ctx('profile row button', 'Delete')}<span class="visually-hidden"> ${t('the profile {name}', { name: profile.name })}</span>
            </button>
          </div>
        </td>
      </tr>
      ${open
        ? html`<tr role="row" class="action-row" data-panel-for=${profile.id}>
            <td role="cell" colspan="5">
              ${open.kind === 'edit' ? this.#renderForm(open.profile, t) : this.#renderDeleteConfirmation(open.profile, open.refusal, t)}
            </td>
          </tr>`
        : nothing}
    `;
  }

  /** The new or changed profile's form, once its code is here. */
  #renderForm(profile: StaffProfile | null, t: Translate): TemplateResult {
    const form = profileFormPart.module;
    return this.#formCode.render(
      () => (form ? form.renderProfileForm(profile, this.#actions, this.headingLevel, t) : html``),
      // What failed to load, as it reads after "your" and "Loading".
      t.ctx('your …', 'profile form'),
      { onClose: () => void this.#actions.close(), where: 'inside' },
      t,
    );
  }

  #renderDeleteConfirmation(profile: StaffProfile, refusal: Words | null, t: Translate): TemplateResult {
    const form = profileFormPart.module;
    return this.#formCode.render(
      () => (form ? form.renderDeleteConfirmation(profile, refusal, this.#actions, this.headingLevel, t) : html``),
      t.ctx('your …', 'confirmation'),
      { onClose: () => void this.#actions.close(), where: 'inside' },
      t,
    );
  }

  /** The pointer or focus reached "+ New profile", Change or Delete: the form's code starts loading. */
  #prefetchForm = (event: Event): void => {
    const action = (event.target as Element | null)?.closest?.('[data-action]')?.getAttribute('data-action');
    if (action === 'create' || action === 'edit' || action === 'delete') profileFormPart.prefetch();
  };

  #replaceProfile(profile: StaffProfile): void {
    const view = this.#loadTask.value;
    if (view?.kind !== 'profiles') return;
    view.profiles = view.profiles.map((p) => (p.id === profile.id ? profile : p));
    this.requestUpdate();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-access-profiles': AlisAccessProfiles;
  }
}
