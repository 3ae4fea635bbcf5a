import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { renderLoading, renderNotice, renderLoadTask } from '../shared/states.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { renderPermissions } from '../connect-access/permissions-list.js';
import { PORTAL_PERMISSIONS, portalPermissionExplanation, portalPermissionLabel } from '../../core/portal-permissions.js';
import { describeProfileChange, peopleWithProfile, profileInUse } from '../../core/profile-effects.js';
import { AlisProfileChangedEvent, AlisProfileCreatedEvent, AlisProfileDeletedEvent } from '../../events/staff-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { connectAccessStyles } from '../connect-access/connect-access.styles.js';
import { renderHeading } from '../audit-trail/render-heading.js';
import { accessProfilesStyles } from './access-profiles.styles.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me, PortalPermission, StaffProfile } from '../../sdk/types.js';

/** A heading level the element's heading may take; its forms' headings are one level below. */
export type AccessProfilesHeadingLevel = 2 | 3 | 4;

/** `client` is whose session the view was loaded in: another user's view is never shown. */
type ProfilesView = ({ kind: 'profiles'; me: Me; profiles: StaffProfile[] } | { kind: 'staff-only' }) & { client: AlisClient };

/** The profile form's fields, named as the API names them (so the server's `fields` land on them). */
type ProfileField = 'name' | 'description' | 'permissions';

/** What the profile form holds; kept across refusals. */
interface ProfileDraft {
  name: string;
  description: string;
  permissions: PortalPermission[];
}

/** What is open: the new-profile form, one profile's form, or one profile's delete confirmation. */
type Editing =
  | { kind: 'create' }
  | { kind: 'edit'; profile: StaffProfile }
  | { kind: 'delete'; profile: StaffProfile; refusal: string | null };

const FIELD_ORDER: readonly ProfileField[] = ['name', 'description', 'permissions'];
const NAME_MAX = 60;
const DESCRIPTION_MAX = 300;

const emptyDraft = (): ProfileDraft => ({ name: '', description: '', permissions: [] });

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
 * @fires alis-profile-created - A profile was created. `AlisProfileCreatedEvent`.
 * @fires alis-profile-changed - A profile was renamed, described or given other permissions. `AlisProfileChangedEvent`.
 * @fires alis-profile-deleted - An unused profile was deleted. `AlisProfileDeletedEvent`.
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
  // Connect access' look (tables, row panels, fields), so the two read as one place; then what is its own.
  static override styles = [hostStyles, commonStyles, staffStyles, connectAccessStyles, accessProfilesStyles];

  static override properties = {
    client: { attribute: false },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    editing: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    problem: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The heading above the profiles. */
  declare heading: string;

  /** The heading's level (2 alone on a page, 3 or 4 inside another element's section). */
  declare headingLevel: AccessProfilesHeadingLevel;

  declare private editing: Editing | null;
  declare private draft: ProfileDraft;
  declare private errors: Partial<Record<ProfileField, string>>;
  /** A refusal of the form that names none of its fields. */
  declare private problem: string | null;
  declare private busy: boolean;
  declare private outcome: string | null;
  declare private announcement: string;

  /** Whose profiles these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: async ([client], { signal }): Promise<ProfilesView | undefined> => {
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      // A payer's token asks for nothing but who they are.
      const me = await api.session.me({ signal });
      if (!isStaff(me)) return { kind: 'staff-only', client };
      return { kind: 'profiles', client, me, profiles: await api.access.profiles({ signal }) };
    },
  });

  constructor() {
    super();
    this.heading = 'User profiles';
    this.headingLevel = 2;
    this.editing = null;
    this.draft = emptyDraft();
    this.errors = {};
    this.problem = null;
    this.busy = false;
    this.outcome = null;
    this.announcement = '';
    this.#session.reloads(this.#loadTask);
  }

  /** Another user signed in (or out): no form, typed text, refusal or outcome of the previous user's stays. */
  #forgetUser(): void {
    this.editing = null;
    this.draft = emptyDraft();
    this.errors = {};
    this.problem = null;
    this.busy = false;
    this.outcome = null;
    this.announcement = '';
  }

  /** Loads the profiles and their counts again (what is being typed is kept). */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  protected override render() {
    const client = this.#session.client;
    return html`
      <section class="layout" aria-labelledby="profiles-heading">
        ${renderHeading(this.headingLevel, 'profiles-heading', 'heading', this.heading)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${client
          ? renderLoadTask(this.#loadTask, {
              loading: 'Loading user profiles…',
              subject: 'user profiles',
              retry: () => this.refresh(),
              // While another user's profiles load, the previous user's are not kept on screen.
              view: (view, refreshing) => (view.client === client ? this.#renderView(view, refreshing) : renderLoading('Loading user profiles…')),
            })
          : renderNotice(missingClientMessage, 'danger')}
      </section>
    `;
  }

  #renderView(view: ProfilesView, refreshing: boolean): TemplateResult {
    if (view.kind === 'staff-only') return renderStaffOnly('User profiles');
    const creating = this.editing?.kind === 'create';
    return html`
      <p class="muted">A profile decides what a portal user may do. A change reaches everyone who has it at once; only a profile nobody has can be deleted.</p>
      ${creating
        ? this.#renderForm(null)
        : html`<div class="actions">
            <button type="button" class="primary" part="create-button" data-action="create" ?disabled=${this.busy} @click=${this.#openCreate}>
              + New profile
            </button>
          </div>`}
      ${this.outcome ? html`<p class="confirmation" data-outcome>${this.outcome}</p>` : nothing}
      ${view.profiles.length === 0 ? renderNotice('There are no portal profiles yet.') : this.#renderTable(view.profiles, refreshing)}
    `;
  }

  #renderTable(profiles: readonly StaffProfile[], refreshing: boolean): TemplateResult {
    return html`
      <div class="table-wrap">
        <table part="table" aria-busy=${refreshing ? 'true' : 'false'}>
          <caption>
            Portal profiles and who has them
          </caption>
          <thead>
            <tr>
              <th scope="col">Profile</th>
              <th scope="col">What it allows</th>
              <th scope="col" class="amount">Active users</th>
              <th scope="col" class="amount">Pending invitations</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            ${profiles.map((profile) => this.#renderRow(profile))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(profile: StaffProfile): TemplateResult {
    const open = this.editing !== null && this.editing.kind !== 'create' && this.editing.profile.id === profile.id ? this.editing : null;
    return html`
      <tr data-profile-id=${profile.id}>
        <th scope="row" class="name" tabindex="-1">
          <span data-name>${profile.name}</span>
          ${profile.description ? html`<span class="muted detail">${profile.description}</span>` : nothing}
        </th>
        <td>
          ${renderPermissions(profile)}
        </td>
        <td class="amount" data-users>${profile.activeUserCount}</td>
        <td class="amount" data-invitations>${profile.pendingInvitationCount}</td>
        <td class="row-actions">
          <div class="actions">
            <button type="button" data-action="edit" ?disabled=${this.busy} @click=${() => this.#openEdit(profile)}>
              Change<span class="visually-hidden"> the profile ${profile.name}</span>
            </button>
            <button type="button" data-action="delete" ?disabled=${this.busy} @click=${() => this.#openDelete(profile)}>
              Delete<span class="visually-hidden"> the profile ${profile.name}</span>
            </button>
          </div>
        </td>
      </tr>
      ${open
        ? html`<tr class="action-row" data-panel-for=${profile.id}>
            <td colspan="5">${open.kind === 'edit' ? this.#renderForm(open.profile) : this.#renderDelete(open.profile, open.refusal)}</td>
          </tr>`
        : nothing}
    `;
  }

  /** The new-profile form (`before` null) or the change form of `before`. */
  #renderForm(before: StaffProfile | null): TemplateResult {
    const draft = this.draft;
    const errors = this.errors;
    const invalid = (field: ProfileField) => (errors[field] ? 'true' : 'false');
    const effects = before ? describeProfileChange(before, draft, before) : [];
    return html`
      <form class="panel profile-form ${before ? 'action-panel' : ''}" part="form" aria-labelledby="form-heading" novalidate @submit=${this.#save}>
        ${renderHeading(this.headingLevel + 1, 'form-heading', 'panel-heading', before ? `Change the profile “${before.name}”` : 'New profile')}
        <div class="field">
          <label for="profile-name">Name</label>
          <input
            id="profile-name"
            name="name"
            type="text"
            autocomplete="off"
            maxlength=${NAME_MAX}
            aria-invalid=${invalid('name')}
            aria-describedby=${errors.name ? 'profile-name-error' : nothing}
            .value=${live(draft.name)}
            ?disabled=${this.busy}
            @input=${(e: Event) => this.#edit({ name: (e.target as HTMLInputElement).value }, 'name')}
          />
          ${errors.name ? html`<p class="field-error" id="profile-name-error" data-field-error="name">${errors.name}</p>` : nothing}
        </div>
        <div class="field">
          <label for="profile-description">Description <span class="muted">(optional)</span></label>
          <textarea
            id="profile-description"
            name="description"
            rows="2"
            maxlength=${DESCRIPTION_MAX}
            aria-invalid=${invalid('description')}
            aria-describedby=${errors.description ? 'profile-description-error' : nothing}
            .value=${live(draft.description)}
            ?disabled=${this.busy}
            @input=${(e: Event) => this.#edit({ description: (e.target as HTMLTextAreaElement).value }, 'description')}
          ></textarea>
          ${errors.description ? html`<p class="field-error" id="profile-description-error">${errors.description}</p>` : nothing}
        </div>
        <fieldset class="grants" aria-describedby=${errors.permissions ? 'permissions-hint permissions-error' : 'permissions-hint'}>
          <legend>What people with this profile may do</legend>
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
                  ?disabled=${this.busy}
                  @change=${(e: Event) => this.#togglePermission(permission, (e.target as HTMLInputElement).checked)}
                />
                <span>
                  <span class="choice-label">${portalPermissionLabel(permission)}</span>
                  <span class="why" id=${`${id}-about`}>${portalPermissionExplanation(permission)}</span>
                </span>
              </label>
            `;
          })}
          <p class="hint" id="permissions-hint">With none checked, they see only a notice that their access does not include billing.</p>
          ${errors.permissions ? html`<p class="field-error" id="permissions-error">${errors.permissions}</p>` : nothing}
        </fieldset>
        ${before
          ? html`<div class="effect" part="effect" id="profile-effect" data-effect>
              ${effects.length === 0
                ? html`<p>Nothing is changed yet. ${whoHasIt(before)}.</p>`
                : effects.map((sentence) => html`<p>${sentence}</p>`)}
            </div>`
          : nothing}
        ${this.problem ? html`<p class="problem" role="alert" data-problem tabindex="-1">${this.problem}</p>` : nothing}
        <div class="actions">
          <button type="button" data-action="cancel" ?disabled=${this.busy} @click=${this.#close}>Cancel</button>
          <button type="submit" class="primary" data-action="save" aria-describedby=${before ? 'profile-effect' : nothing} ?disabled=${this.busy}>
            ${this.busy ? 'Saving…' : before ? 'Save changes' : 'Create profile'}
          </button>
        </div>
      </form>
    `;
  }

  #renderDelete(profile: StaffProfile, refusal: string | null): TemplateResult {
    const inUse = profileInUse(profile);
    return html`
      <div class="panel action-panel" part="confirmation" role="group" aria-labelledby="delete-heading" data-panel="delete">
        ${renderHeading(this.headingLevel + 1, 'delete-heading', 'panel-heading', `Delete the profile “${profile.name}”?`)}
        <p>
          ${inUse
            ? `${whoHasIt(profile)}, and a profile can be deleted only when nobody has it. Give them another profile in Portal access first.`
            : 'Nobody has it. Once deleted it can no longer be given to anyone; this cannot be undone.'}
        </p>
        ${refusal ? html`<p class="problem" role="alert" data-refusal tabindex="-1">${refusal}</p>` : nothing}
        <div class="actions">
          <button type="button" data-action="cancel" ?disabled=${this.busy} @click=${this.#close}>Keep the profile</button>
          <button type="button" class="danger" data-action="confirm-delete" ?disabled=${this.busy} @click=${() => this.#delete(profile)}>
            ${this.busy ? 'Deleting…' : 'Delete profile'}
          </button>
        </div>
      </div>
    `;
  }

  async #openCreate(): Promise<void> {
    this.#open({ kind: 'create' }, emptyDraft());
    await this.#focus('#form-heading');
  }

  async #openEdit(profile: StaffProfile): Promise<void> {
    this.#open({ kind: 'edit', profile }, { name: profile.name, description: profile.description, permissions: [...profile.permissions] });
    await this.#focus('#form-heading');
  }

  async #openDelete(profile: StaffProfile): Promise<void> {
    this.#open({ kind: 'delete', profile, refusal: null }, emptyDraft());
    await this.#focus('#delete-heading');
  }

  #open(editing: Editing, draft: ProfileDraft): void {
    this.editing = editing;
    this.draft = draft;
    this.errors = {};
    this.problem = null;
    this.outcome = null;
  }

  readonly #close = async (): Promise<void> => {
    const open = this.editing;
    this.editing = null;
    this.errors = {};
    this.problem = null;
    if (!open) return;
    await this.#focus(open.kind === 'create' ? '[data-action="create"]' : `tr[data-profile-id="${CSS.escape(open.profile.id)}"] [data-action="${open.kind}"]`);
  };

  #edit(change: Partial<ProfileDraft>, field: ProfileField): void {
    this.draft = { ...this.draft, ...change };
    if (this.errors[field]) {
      const { [field]: _cleared, ...rest } = this.errors;
      this.errors = rest;
    }
  }

  #togglePermission(permission: PortalPermission, on: boolean): void {
    const chosen = new Set(this.draft.permissions);
    if (on) chosen.add(permission);
    else chosen.delete(permission);
    // Kept in the API's order, so "what changes" compares like with like.
    this.#edit({ permissions: PORTAL_PERMISSIONS.filter((p) => chosen.has(p)) }, 'permissions');
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    const open = this.editing;
    // `busy` is set before the first await, so a second press saves nothing twice.
    if (!api || !open || open.kind === 'delete' || this.busy) return;
    const draft = this.draft;
    const name = draft.name.trim();
    this.problem = null;
    if (name === '') {
      this.errors = { name: 'Enter a name for the profile.' };
      this.announcement = 'The profile was not saved: enter a name.';
      await this.#focusFirstError();
      return;
    }
    const before = open.kind === 'edit' ? open.profile : null;
    if (before && describeProfileChange(before, draft, before).length === 0) {
      this.problem = 'Nothing to save: the profile is as it was.';
      this.announcement = this.problem;
      await this.#focusFirstError();
      return;
    }
    this.busy = true;
    let saved: StaffProfile;
    try {
      saved = before
        ? await api.access.updateProfile(before.id, {
            ...(name !== before.name ? { name } : {}),
            ...(draft.description.trim() !== before.description.trim() ? { description: draft.description.trim() } : {}),
            ...(draft.permissions.join() !== before.permissions.join() ? { permissions: draft.permissions } : {}),
          })
        : await api.access.createProfile({ name, description: draft.description.trim(), permissions: draft.permissions });
    } catch (error) {
      // The user changed or the element left: the new session starts with nothing of this form.
      if (isSessionAbort(error)) {
        this.busy = false;
        return;
      }
      this.#showRefusal(error);
      this.busy = false;
      await this.#focusFirstError();
      return;
    }
    this.editing = null;
    this.draft = emptyDraft();
    // The row shows the engine's answer at once; the reload that follows only refreshes the counts.
    if (before) this.#replaceProfile(saved);
    const text = before
      ? `Saved the profile “${saved.name}”${profileInUse(saved) ? `; the change applies at once to ${peopleWithProfile(saved)}` : ''}.`
      : `Created the profile “${saved.name}”. It can now be chosen when inviting someone or changing a user's profile.`;
    this.outcome = text;
    this.announcement = text;
    this.emit(before ? new AlisProfileChangedEvent(saved, before) : new AlisProfileCreatedEvent(saved));
    try {
      await this.refresh();
    } finally {
      this.busy = false;
    }
    await this.#focus(before ? `tr[data-profile-id="${CSS.escape(saved.id)}"] [data-action="edit"]` : `tr[data-profile-id="${CSS.escape(saved.id)}"] th`);
  }

  #showRefusal(error: unknown): void {
    if (!isAlisApiError(error)) {
      this.problem = error instanceof AlisNetworkError ? unknownOutcome('saved') : 'Something went wrong; the profile was not saved. Please try again.';
      this.announcement = this.problem;
      return;
    }
    const fields: Partial<Record<ProfileField, string>> = {};
    const other: string[] = [];
    for (const [path, message] of Object.entries(error.fields)) {
      const field = FIELD_ORDER.find((f) => path === f || path.startsWith(`${f}[`));
      if (field) fields[field] = message;
      else other.push(message);
    }
    this.errors = fields;
    this.problem = other.length > 0 ? other.join(' ') : Object.keys(fields).length > 0 ? null : error.message;
    this.announcement = `The profile was not saved. ${Object.values(fields)[0] ?? error.message}`;
  }

  async #delete(profile: StaffProfile): Promise<void> {
    const api = this.#session.api;
    if (!api || this.busy) return;
    this.busy = true;
    try {
      await api.access.deleteProfile(profile.id);
    } catch (error) {
      if (isSessionAbort(error)) {
        this.busy = false;
        return;
      }
      const refusal = isAlisApiError(error)
        ? `Not deleted. ${error.message}`
        : error instanceof AlisNetworkError
          ? unknownOutcome('deleted')
          : 'Something went wrong; the profile was not deleted.';
      // The counts the engine refused with are the current ones: the row shows them too.
      const counts = isAlisApiError(error, 'profile_in_use') ? usageFrom(error.details) : null;
      const shown = counts ? { ...profile, ...counts } : profile;
      if (counts) this.#replaceProfile(shown);
      this.editing = { kind: 'delete', profile: shown, refusal };
      this.announcement = refusal;
      this.busy = false;
      await this.#focus('[data-refusal]');
      return;
    }
    this.editing = null;
    const text = `Deleted the profile “${profile.name}”.`;
    this.outcome = text;
    this.announcement = text;
    this.emit(new AlisProfileDeletedEvent(profile));
    try {
      await this.refresh();
    } finally {
      this.busy = false;
    }
    await this.#focus('[data-action="create"]');
  }

  #replaceProfile(profile: StaffProfile): void {
    const view = this.#loadTask.value;
    if (view?.kind !== 'profiles') return;
    view.profiles = view.profiles.map((p) => (p.id === profile.id ? profile : p));
    this.requestUpdate();
  }

  async #focusFirstError(): Promise<void> {
    const first = FIELD_ORDER.find((f) => this.errors[f]);
    const selectors: Record<ProfileField, string> = { name: '#profile-name', description: '#profile-description', permissions: 'input[name="permissions"]' };
    await this.#focus(first ? selectors[first] : '[data-problem]');
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector) ?? this.renderRoot.querySelector<HTMLElement>('#profiles-heading');
    target?.focus();
  }
}

/** The counts `profile_in_use` carries in its details, when they are there. */
function usageFrom(details: Readonly<Record<string, unknown>>): Pick<StaffProfile, 'activeUserCount' | 'pendingInvitationCount'> | null {
  const { activeUserCount, pendingInvitationCount } = details;
  return typeof activeUserCount === 'number' && typeof pendingInvitationCount === 'number' ? { activeUserCount, pendingInvitationCount } : null;
}

/** After a dropped connection: the change may or may not have been made. */
function unknownOutcome(done: 'saved' | 'deleted'): string {
  return `We could not reach the billing service, so we don't know whether the profile was ${done}. Reload the list to check before trying again.`;
}

/** "Nobody has it", "1 user has it", "3 users and 1 invitation have it". */
function whoHasIt(usage: Pick<StaffProfile, 'activeUserCount' | 'pendingInvitationCount'>): string {
  if (!profileInUse(usage)) return 'Nobody has it';
  const people = peopleWithProfile(usage);
  const one = usage.activeUserCount + usage.pendingInvitationCount === 1;
  return `${people.charAt(0).toUpperCase()}${people.slice(1)} ${one ? 'has' : 'have'} it`;
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-access-profiles': AlisAccessProfiles;
  }
}
