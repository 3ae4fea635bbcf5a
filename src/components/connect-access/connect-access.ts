import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { SessionController, isSessionAbort } from '../shared/session.js';
import { renderLoadError, renderLoading, renderNotice, renderLoadTask } from '../shared/states.js';
import { isStaff, renderSortableHeader, renderStaffOnly } from '../shared/staff.js';
import { LoadMoreController } from '../shared/load-more.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatDateOfInstant, formatDateTime } from '../../core/format.js';
import { paymentMethodRequestsOffSentence } from '../../core/switch-consequences.js';
import { AlisInvitationSentEvent, AlisUserRevokedEvent } from '../../events/staff-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import {
  describeParty,
  describeRelationship,
  describeStatus,
  lastChangeOf,
  renderPermissions,
  statusFilters,
  userName,
} from './access-words.js';
import { connectAccessStyles } from './connect-access.styles.js';
import { RefreshOnProfileChangeController } from '../access-profiles/profile-changes.js';
import '../access-profiles/access-profiles.js';
import '../payment-center/request-payment-method.js';
import type { AlisClient } from '../../sdk/index.js';
import type { ConnectUser, ConnectUserStatus, Me, Resident, UserProfile } from '../../sdk/types.js';

/** The columns the user table can be sorted by. */
export type ConnectAccessSortKey = 'name' | 'resident' | 'profile' | 'status' | 'invited' | 'changed';

/** What can be done to one row, each confirmed in a panel under it. */
type RowActionKind = 'resend' | 'profile' | 'revoke';

/** The invite form's fields, named as the API names them (so the server's `fields` land on them). */
type InviteField = 'email' | 'partyId' | 'profileId' | 'sensitiveInformationConfirmed';

/** What the invite form holds; kept across refusals and list reloads. */
export interface InviteDraft {
  email: string;
  partyId: string;
  profileId: string;
  confirmed: boolean;
}

interface AccessView {
  /** Whose session the view was loaded in: another user's view is never shown. */
  client: AlisClient;
  me: Me;
  profiles: UserProfile[];
  users: ConnectUser[];
  nextCursor: string | null;
}

/** The row action open, its choice (the profile) and its refusal. */
interface OpenAction {
  kind: RowActionKind;
  userId: string;
  profileId: string;
  error: string | null;
}

const STATUS_ORDER: readonly ConnectUserStatus[] = ['invited', 'expired', 'active', 'revoked'];
const INVITE_FIELD_ORDER: readonly InviteField[] = ['email', 'partyId', 'profileId', 'sensitiveInformationConfirmed'];
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const emptyDraft = (): InviteDraft => ({ email: '', partyId: '', profileId: '', confirmed: false });

/**
 * Portal access for the community's billing team, in the manner of ALIS Connect: every portal user
 * and pending invitation with the resident they are linked to, who they are to that resident, their
 * user profile, status and dates, filterable by status and sortable by any column.
 *
 * Staff **invite** a person by email for a resident or one of the resident's contacts, with a user
 * profile (its permissions shown in words) and a required confirmation that the person may see the
 * resident's sensitive billing information; the invitation's link works once and expires after 30
 * days. They **resend** an invitation (a new link; the earlier one stops working), **change the
 * profile** of a user or invitation, and **revoke** access, which takes effect at once. Every action
 * is confirmed in place; a refusal shows the billing service's words where it happened and keeps
 * what was typed. An active user whose profile lets them save payment methods can be **asked to
 * add a payment method** by email, while ALIS Connect and ALIS Pay are both on (otherwise one
 * sentence says why not). A payer's token sees a "staff only" notice (only `GET /me` is asked).
 * Another user signing in (or out) closes the invite form and any row action, with what was typed.
 *
 * **User profiles** (`<alis-access-profiles>`) open below the list: create, change and delete the
 * profiles themselves. The profile choices here follow any profile change on the page at once.
 * It uses `<alis-access-profiles>` and `<alis-pc-request-method>`, which must be registered.
 *
 * @tagname alis-connect-access
 * @summary Invite payers to the portal, and manage their profiles and access (staff only).
 *
 * @fires alis-invitation-sent - An invitation was sent, or sent again (`resent: true`). `AlisInvitationSentEvent`.
 * @fires alis-user-revoked - A user's or invitation's access was revoked. `AlisUserRevokedEvent`.
 * @fires alis-payment-method-requested - An active user was asked to add a payment method. `AlisPaymentMethodRequestedEvent`.
 * @fires alis-profile-created - A profile was created (from User profiles). `AlisProfileCreatedEvent`.
 * @fires alis-profile-changed - A profile was changed (from User profiles). `AlisProfileChangedEvent`.
 * @fires alis-profile-deleted - A profile was deleted (from User profiles). `AlisProfileDeletedEvent`.
 *
 * @csspart heading - The element's heading.
 * @csspart notice - State messages (loading, empty, errors, staff only).
 * @csspart table - The table of users.
 * @csspart invite-button - The "Invite someone" button.
 * @csspart invite-form - The invite form.
 * @csspart confirmation - The panel that confirms a resend, profile change or revocation.
 * @csspart status - Each user's status badge.
 * @csspart profiles-toggle - The button that shows or hides User profiles.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-text-muted - Secondary text (emails, dates, hints).
 * @cssprop --alis-color-primary - Buttons and focus.
 * @cssprop --alis-color-surface - Background of the table and panels.
 * @cssprop --alis-color-surface-alt - Table header background.
 * @cssprop --alis-color-border - Table and panel borders.
 * @cssprop --alis-color-success - Outcome messages and the "Active" badge.
 * @cssprop --alis-color-warning - The "Invitation expired" badge.
 * @cssprop --alis-color-danger - Errors, the revoke button and the "Access revoked" badge.
 * @cssprop --alis-radius - Corner radius of the table and panels.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisConnectAccess extends AlisElement {
  static override styles = [hostStyles, commonStyles, statusBadgeStyles, staffStyles, connectAccessStyles];

  static override properties = {
    client: { attribute: false },
    heading: {},
    locale: {},
    statusFilter: { attribute: 'status-filter', reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    showProfiles: { type: Boolean, attribute: 'show-profiles', reflect: true },
    sort: { state: true, attribute: false },
    inviting: { state: true, attribute: false },
    draft: { state: true, attribute: false },
    inviteErrors: { state: true, attribute: false },
    inviteProblem: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    action: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The heading above the list. */
  declare heading: string;

  /** BCP 47 locale for dates; the browser's language when unset. */
  declare locale: string | undefined;

  /** Shows only users with this status (`invited`, `active`, `expired`, `revoked`); everyone when empty. */
  declare statusFilter: ConnectUserStatus | '';

  /** How many users to load at a time. */
  declare pageSize: number;

  /** Shows User profiles (create, change, delete) below the list. */
  declare showProfiles: boolean;

  declare private sort: SortState<ConnectAccessSortKey> | null;
  declare private inviting: boolean;
  declare private draft: InviteDraft;
  declare private inviteErrors: Partial<Record<InviteField, string>>;
  declare private inviteProblem: string | null;
  declare private busy: boolean;
  declare private action: OpenAction | null;
  declare private outcome: string | null;
  declare private announcement: string;

  /** Whose list this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  /** How many pages the list shows; a reload after a change loads as many again. */
  #pagesWanted = 1;

  /** The button that opened the invite form, so focus can return there (the toolbar's, or a row's "Invite again"). */
  #inviteOpener: { userId: string } | null = null;

  readonly #more = new LoadMoreController(this, { plural: 'users', singular: 'user', failureSubject: 'portal users' }, (message) => {
    this.announcement = message;
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.statusFilter, this.pageSize] as const,
    task: async ([client, status, pageSize], { signal }): Promise<AccessView | undefined> => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      const me = await api.session.me({ signal });
      // A payer's token is answered with the staff-only notice, not with the API's refusals, and asks for nothing more.
      if (!isStaff(me)) return { client, me, profiles: [], users: [], nextCursor: null };
      const [profiles, page] = await Promise.all([
        api.access.profiles({ signal }),
        loadUserPages(api, status, pageSize, this.#pagesWanted, signal),
      ]);
      return { client, me, profiles, ...page };
    },
  });

  readonly #residentsTask = new Task(this, {
    args: () => [this.inviting ? this.#session.client : undefined] as const,
    task: async ([client], { signal }): Promise<Resident[] | undefined> => {
      const api = this.#session.requireApi();
      return client && api ? api.staff.residents.list({}, { signal }) : undefined;
    },
  });

  constructor() {
    super();
    this.heading = 'Portal access';
    this.statusFilter = '';
    this.pageSize = 50;
    this.showProfiles = false;
    this.sort = null;
    // A profile created, renamed or deleted anywhere on the page shows at once in the choices and the list.
    new RefreshOnProfileChangeController(this, () => void this.refresh());
    this.inviting = false;
    this.draft = emptyDraft();
    this.inviteErrors = {};
    this.inviteProblem = null;
    this.busy = false;
    this.action = null;
    this.outcome = null;
    this.announcement = '';
    this.#session.reloads(this.#loadTask);
    this.#session.reloads(this.#residentsTask);
  }

  /**
   * Another user signed in (or out): no invite form (with what was typed), row action, refusal,
   * outcome, sort, extra pages or announcement of the previous user's stays.
   */
  #forgetUser(): void {
    this.sort = null;
    this.inviting = false;
    this.draft = emptyDraft();
    this.inviteErrors = {};
    this.inviteProblem = null;
    this.busy = false;
    this.action = null;
    this.outcome = null;
    this.announcement = '';
    this.#pagesWanted = 1;
    this.#inviteOpener = null;
    this.#more.reset();
  }

  /** Loads the users again, keeping as many pages as are shown. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  /** Opens the invite form (optionally filled in, e.g. to invite a revoked person again) and moves focus to it. */
  async openInviteForm(prefill: Partial<InviteDraft> = {}): Promise<void> {
    this.action = null;
    this.draft = { ...emptyDraft(), ...prefill, confirmed: false };
    this.inviteErrors = {};
    this.inviteProblem = null;
    this.inviting = true;
    await this.updateComplete;
    const heading = this.renderRoot.querySelector<HTMLElement>('#invite-heading');
    heading?.scrollIntoView?.({ block: 'nearest' });
    heading?.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new filter starts again from its first page.
    if (changed.has('statusFilter') || changed.has('pageSize')) this.#pagesWanted = 1;
  }

  protected override render() {
    const client = this.#session.client;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading}</h2>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${client
          ? renderLoadTask(this.#loadTask, {
              loading: 'Loading portal users…',
              subject: 'portal users',
              retry: () => this.refresh(),
              // While another user's list loads, the previous user's is not kept on screen.
              view: (view, refreshing) => (view.client === client ? this.#renderView(view, refreshing) : renderLoading('Loading portal users…')),
            })
          : renderNotice(missingClientMessage, 'danger')}
      </section>
    `;
  }

  #renderView(view: AccessView, refreshing: boolean): TemplateResult {
    if (!isStaff(view.me)) return renderStaffOnly('Portal access');
    return html`
      <div class="toolbar">
        <label>
          Show
          <select class="status-filter" .value=${live(this.statusFilter)} @change=${this.#onFilter}>
            <option value="" ?selected=${this.statusFilter === ''}>Everyone</option>
            ${statusFilters.map((s) => html`<option value=${s.value} ?selected=${this.statusFilter === s.value}>${s.label}</option>`)}
          </select>
        </label>
        ${this.inviting
          ? nothing
          : html`<button type="button" class="primary invite" part="invite-button" data-action="invite" @click=${() => this.#openInvite(null)}>
              + Invite someone
            </button>`}
      </div>
      ${this.outcome ? html`<p class="confirmation outcome">${this.outcome}</p>` : nothing}
      ${this.#renderRequestsOff(view)}
      ${this.inviting ? this.#renderInviteForm(view) : nothing}
      ${view.users.length === 0 ? renderNotice(this.#emptyMessage()) : this.#renderTable(view, refreshing)}
      ${this.#more.render(view, () => void this.#loadMore(view))}
      ${this.#renderProfilesSection()}
    `;
  }

  #renderProfilesSection(): TemplateResult {
    return html`
      <section class="profiles-section" aria-labelledby="profiles-toggle">
        <h3>
          <button
            type="button"
            id="profiles-toggle"
            part="profiles-toggle"
            aria-expanded=${this.showProfiles ? 'true' : 'false'}
            aria-controls="profiles-region"
            @click=${() => (this.showProfiles = !this.showProfiles)}
          >
            <span aria-hidden="true">${this.showProfiles ? '▾' : '▸'}</span> User profiles: what each may do
          </button>
        </h3>
        <div id="profiles-region" ?hidden=${!this.showProfiles}>
          ${this.showProfiles
            ? html`<alis-access-profiles .client=${this.#session.client} .headingLevel=${4} .heading=${'Profiles'}></alis-access-profiles>`
            : nothing}
        </div>
      </section>
    `;
  }

  #emptyMessage(): string {
    const filter = statusFilters.find((s) => s.value === this.statusFilter);
    return filter ? `No portal users with the status "${filter.label}".` : 'No one has been invited to the portal yet.';
  }

  #renderTable(view: AccessView, refreshing: boolean): TemplateResult {
    const profiles = new Map(view.profiles.map((p) => [p.id, p]));
    const timeZone = view.me.community.timeZone;
    const rows = sortRows(view.users, this.sort, (user, key) => sortValue(user, key, profiles));
    const onSort = (next: SortState<ConnectAccessSortKey>) => (this.sort = next);
    const header = (label: string, key: ConnectAccessSortKey) => renderSortableHeader(label, key, this.sort, onSort);
    return html`
      <div class="table-wrap">
        <table part="table" role="table" aria-busy=${refreshing ? 'true' : 'false'}>
          <caption>
            Portal users and invitations
            <span class="muted">(${rows.length}${view.nextCursor ? ' shown' : ''})</span>
          </caption>
          <thead role="rowgroup">
            <tr role="row">
              ${header('Name and email', 'name')} ${header('Resident', 'resident')} ${header('Profile', 'profile')} ${header('Status', 'status')} ${header('Invited', 'invited')} ${header('Last change', 'changed')}
              <th role="columnheader" scope="col">Actions</th>
            </tr>
          </thead>
          <tbody role="rowgroup">
            ${rows.map((user) => this.#renderRow(user, view, profiles, timeZone))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(user: ConnectUser, view: AccessView, profiles: Map<string, UserProfile>, timeZone: string): TemplateResult {
    const date = (iso: string | null | undefined) => formatDateOfInstant(iso, timeZone, this.locale);
    // An expiry is a moment: the link stops working at that time on the community's clock.
    const moment = (iso: string) => formatDateTime(iso, timeZone, this.locale);
    const invitation = user.invitation;
    const open = this.action?.userId === user.id ? this.action : null;
    return html`
      <tr role="row" data-user-id=${user.id} data-status=${user.status}>
        <th role="rowheader" scope="row" class="name" tabindex="-1">
          <span class="person">${userName(user)}</span>${userName(user) === user.email ? nothing : html`<span class="email">${renderEmail(user.email)}</span>`}
        </th>
        <td role="cell" class="resident">${this.#renderLink(user)}</td>
        <td role="cell" data-profile-id=${user.profileId}>${profiles.get(user.profileId)?.name ?? user.profileId}</td>
        <td role="cell">
          <span class="badge" part="status" data-status=${user.status}>${describeStatus(user.status)}</span>
          ${this.#statusDetail(user, date, moment)}
        </td>
        <td role="cell" class="date">
          ${invitation ? date(invitation.sentAt) : '—'}
          ${invitation && invitation.sentCount > 1 ? html`<span class="muted detail">Sent ${invitation.sentCount} times</span>` : nothing}
        </td>
        <td role="cell" class="date">${date(lastChangeOf(user)) || '—'}</td>
        <td role="cell" class="row-actions">${this.#renderRowActions(user, this.#canBeAskedForMethod(user, view, profiles))}</td>
      </tr>
      ${open
        ? html`<tr role="row" class="action-row" data-action-for=${user.id}>
            <td role="cell" colspan="7">${this.#renderActionPanel(user, open, view)}</td>
          </tr>`
        : nothing}
    `;
  }

  /** The resident, and who the user is to them ("Son", or "Daniel Whitaker, Son" when the names differ). */
  #renderLink(user: ConnectUser): TemplateResult | string {
    const party = user.party;
    if (!party) return user.residentName ?? '—';
    const relationship = describeRelationship(party);
    const who = party.name === userName(user) ? relationship : `${party.name}, ${relationship}`;
    return html`${user.residentName ?? party.name}<span class="muted detail" data-party-id=${party.id}>${who}</span>`;
  }

  #statusDetail(user: ConnectUser, date: (iso: string | null | undefined) => string, moment: (iso: string) => string): TemplateResult | typeof nothing {
    switch (user.status) {
      case 'invited':
        return user.invitation ? html`<span class="muted detail">Not yet accepted; the link expires ${moment(user.invitation.expiresAt)}</span>` : nothing;
      case 'expired':
        return user.invitation ? html`<span class="muted detail">Expired ${moment(user.invitation.expiresAt)}; resend to give a new link</span>` : nothing;
      case 'active':
        return user.acceptedAt ? html`<span class="muted detail">Since ${date(user.acceptedAt)}</span>` : nothing;
      case 'revoked':
        return user.revokedAt ? html`<span class="muted detail">On ${date(user.revokedAt)}</span>` : nothing;
      default:
        return nothing;
    }
  }

  #renderRequestsOff(view: AccessView): TemplateResult | typeof nothing {
    const sentence = this.#requestsOff(view);
    return sentence ? html`<p class="muted" data-kind="request-off">${sentence}</p>` : nothing;
  }

  /** Why nobody can be asked to add a payment method now (a switch is off), or null. */
  #requestsOff(view: AccessView): string | null {
    return paymentMethodRequestsOffSentence(view.me.community);
  }

  /**
   * Whether "Ask to add a payment method" can reach this user: both switches on, and an active user
   * whose profile lets them save methods (the engine refuses anyone else with `conflict`).
   */
  #canBeAskedForMethod(user: ConnectUser, view: AccessView, profiles: Map<string, UserProfile>): boolean {
    return (
      this.#requestsOff(view) === null &&
      user.status === 'active' &&
      user.party !== null &&
      (profiles.get(user.profileId)?.permissions.includes('manage_payment_methods') ?? false)
    );
  }

  #renderRowActions(user: ConnectUser, canAskForMethod: boolean): TemplateResult {
    const name = userName(user);
    const busy = this.busy;
    // Short visible words; screen readers also hear whom each button acts on.
    const label = (text: string, rest: string) => html`${text}<span class="visually-hidden"> ${rest}</span>`;
    if (user.status === 'revoked') {
      return html`<div class="actions">
        <button type="button" data-action="invite-again" ?disabled=${busy} @click=${() => this.#openInvite(user)}>
          ${label('Invite again', name)}
        </button>
      </div>`;
    }
    const pending = user.status === 'invited' || user.status === 'expired';
    const party = canAskForMethod ? user.party : null;
    return html`<div class="actions">
      ${pending && user.invitation
        ? html`<button type="button" data-action="resend" ?disabled=${busy} @click=${() => this.#openAction('resend', user)}>
            ${label('Resend', `the invitation to ${user.email}`)}
          </button>`
        : nothing}
      <button type="button" data-action="profile" ?disabled=${busy} @click=${() => this.#openAction('profile', user)}>
        ${label('Change profile', `of ${name}`)}
      </button>
      <button type="button" data-action="revoke" ?disabled=${busy} @click=${() => this.#openAction('revoke', user)}>
        ${label('Revoke', `${pending ? 'the invitation of' : 'the access of'} ${name}`)}
      </button>
      ${party
        ? html`<alis-pc-request-method .client=${this.#session.client} .partyId=${party.id} .payerName=${name} .email=${user.email}></alis-pc-request-method>`
        : nothing}
    </div>`;
  }

  #renderActionPanel(user: ConnectUser, open: OpenAction, view: AccessView): TemplateResult {
    const name = userName(user);
    const headingId = `action-heading-${user.id}`;
    const error = open.error ? html`<p class="problem" role="alert">${open.error}</p>` : nothing;
    const cancel = (text: string) => html`<button type="button" data-action="cancel" ?disabled=${this.busy} @click=${this.#closeAction}>${text}</button>`;
    switch (open.kind) {
      case 'resend': {
        return html`
          <div class="panel action-panel" part="confirmation" role="group" aria-labelledby=${headingId} data-panel="resend">
            <h3 id=${headingId} tabindex="-1">Send ${user.email} a new invitation link?</h3>
            <p>
              The link sent earlier stops working at once: if ${name} opens the earlier email, they will be told the link is not
              valid and must use the new one. The new link works once and expires after 30 days.
            </p>
            ${error}
            <div class="actions">
              ${cancel('Keep the current link')}
              <button type="button" class="primary" data-action="confirm-resend" ?disabled=${this.busy} @click=${() => this.#resend(user)}>
                ${this.busy ? 'Sending…' : 'Send new link'}
              </button>
            </div>
          </div>
        `;
      }
      case 'revoke': {
        const pending = user.status !== 'active';
        return html`
          <div class="panel action-panel" part="confirmation" role="group" aria-labelledby=${headingId} data-panel="revoke">
            <h3 id=${headingId} tabindex="-1">${pending ? `Revoke the invitation to ${user.email}?` : `Revoke ${name}'s access?`}</h3>
            <p>
              ${pending
                ? html`${name} loses access at once: the invitation link stops working and cannot be accepted.`
                : html`${name} loses access at once: every page of the portal refuses them from now on, and they can no longer see
                    ${user.residentName ?? 'the resident'}'s billing or pay.`}
              This cannot be undone; to give access back, invite them again.
            </p>
            ${error}
            <div class="actions">
              ${cancel('Keep access')}
              <button type="button" class="danger" data-action="confirm-revoke" ?disabled=${this.busy} @click=${() => this.#revoke(user)}>
                ${this.busy ? 'Revoking…' : 'Revoke access'}
              </button>
            </div>
          </div>
        `;
      }
      case 'profile':
        return html`
          <form class="panel action-panel" part="confirmation" aria-labelledby=${headingId} data-panel="profile" novalidate @submit=${(e: SubmitEvent) => this.#changeProfile(e, user)}>
            <h3 id=${headingId} tabindex="-1">Change ${name}'s profile</h3>
            <p class="muted">The new profile applies at once${user.status === 'active' ? '' : ', and when the invitation is accepted'}.</p>
            ${this.#renderProfileChoices(
              view.profiles,
              open.profileId,
              `profile-${user.id}`,
              (profileId) => {
                if (this.action) this.action = { ...this.action, profileId, error: null };
              },
              undefined,
              user.profileId,
            )}
            ${error}
            <div class="actions">
              ${cancel('Cancel')}
              <button type="submit" class="primary" data-action="confirm-profile" ?disabled=${this.busy}>${this.busy ? 'Saving…' : 'Save profile'}</button>
            </div>
          </form>
        `;
    }
  }

  /** A radio group of profiles, each with its description and permissions in words. */
  #renderProfileChoices(
    profiles: readonly UserProfile[],
    selected: string,
    idPrefix: string,
    onPick: (profileId: string) => void,
    error?: string,
    currentId?: string,
  ): TemplateResult {
    const errorId = `${idPrefix}-error`;
    return html`
      <fieldset class="profiles" aria-describedby=${error ? errorId : nothing}>
        <legend>User profile</legend>
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
                  ?disabled=${this.busy}
                  @change=${() => onPick(profile.id)}
                />
                <span class="profile-name">
                  ${profile.name}${profile.id === currentId ? html` <span class="current">(current profile)</span>` : nothing}
                </span>
              </label>
              <div class="profile-about" id=${`${id}-about`}>
                <p class="muted">${profile.description}</p>
                ${renderPermissions(profile)}
              </div>
            </div>
          `;
        })}
        ${error ? html`<p class="field-error" id=${errorId}>${error}</p>` : nothing}
      </fieldset>
    `;
  }

  #renderInviteForm(view: AccessView): TemplateResult {
    const draft = this.draft;
    const errors = this.inviteErrors;
    const residents = this.#residentsTask.value ?? [];
    const resident = residents.find((r) => r.id === draft.partyId || r.contacts.some((c) => c.id === draft.partyId));
    const described = (field: InviteField, id: string) => (errors[field] ? id : nothing);
    const invalid = (field: InviteField) => (errors[field] ? 'true' : 'false');
    return html`
      <form class="panel invite-form" part="invite-form" aria-labelledby="invite-heading" novalidate @submit=${this.#invite}>
        <h3 id="invite-heading" tabindex="-1">Invite someone to the portal</h3>
        <p class="muted">
          They get an email with a link that works once and expires after 30 days. Accepting it gives them the profile you choose, for
          the person you choose.
        </p>
        <div class="field">
          <label for="invite-email">Email address</label>
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
            ?disabled=${this.busy}
            @input=${(e: Event) => this.#editDraft({ email: (e.target as HTMLInputElement).value }, 'email')}
          />
          ${errors.email ? html`<p class="field-error" id="invite-email-error">${errors.email}</p>` : nothing}
        </div>
        <div class="field">
          <label for="invite-party">Resident or contact</label>
          <p class="hint muted" id="invite-party-hint">Who this person is: the resident, or one of the resident's contacts. Their profile decides whether they see all of the resident's billing; they pay only what is addressed to them.</p>
          ${this.#residentsTask.render({
            initial: () => renderLoading('Loading residents…'),
            pending: () => (this.#residentsTask.value ? nothing : renderLoading('Loading residents…')),
            error: (error) => (isSessionAbort(error) ? renderLoading('Loading residents…') : renderLoadError(error, 'residents', () => this.#residentsTask.run())),
            complete: () => nothing,
          })}
          <select
            id="invite-party"
            name="partyId"
            aria-invalid=${invalid('partyId')}
            aria-describedby=${errors.partyId ? 'invite-party-hint invite-party-error' : 'invite-party-hint'}
            .value=${live(draft.partyId)}
            ?disabled=${this.busy || residents.length === 0}
            @change=${(e: Event) => this.#editDraft({ partyId: (e.target as HTMLSelectElement).value }, 'partyId')}
          >
            <option value="" ?selected=${draft.partyId === ''}>Choose a resident or contact…</option>
            ${residents.map(
              (r) => html`
                <optgroup label=${`${r.name}, ${r.unit}`}>
                  <option value=${r.id} ?selected=${draft.partyId === r.id}>${r.name} (the resident)</option>
                  ${r.contacts.map(
                    (c) => html`<option value=${c.id} ?selected=${draft.partyId === c.id}>${c.name} (${describeRelationship(c)} of ${r.name})</option>`,
                  )}
                </optgroup>
              `,
            )}
          </select>
          ${errors.partyId ? html`<p class="field-error" id="invite-party-error">${errors.partyId}</p>` : nothing}
        </div>
        ${this.#renderProfileChoices(view.profiles, draft.profileId, 'invite-profile', (profileId) => this.#editDraft({ profileId }, 'profileId'), errors.profileId)}
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
              ?disabled=${this.busy}
              @change=${(e: Event) => this.#editDraft({ confirmed: (e.target as HTMLInputElement).checked }, 'sensitiveInformationConfirmed')}
            />
            <span>I confirm that this person may see ${resident ? `${resident.name}'s` : "the resident's"} sensitive billing information.</span>
          </label>
          ${errors.sensitiveInformationConfirmed
            ? html`<p class="field-error" id="invite-confirm-error">${errors.sensitiveInformationConfirmed}</p>`
            : nothing}
        </div>
        ${this.inviteProblem ? html`<div class="notice" part="notice" data-tone="danger" role="alert"><p>${this.inviteProblem}</p></div>` : nothing}
        <div class="actions">
          <button type="button" data-action="cancel-invite" ?disabled=${this.busy} @click=${this.#closeInvite}>Cancel</button>
          <button type="submit" class="primary" data-action="send-invite" ?disabled=${this.busy}>${this.busy ? 'Sending…' : 'Send invitation'}</button>
        </div>
      </form>
    `;
  }

  #onFilter(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.statusFilter = statusFilters.some((s) => s.value === value) ? (value as ConnectUserStatus) : '';
    this.action = null;
    this.outcome = null;
  }

  async #loadMore(view: AccessView): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    const status = this.statusFilter;
    await this.#more.loadNext(
      view,
      (cursor) => api.access.users({ ...(status ? { status } : {}), limit: this.pageSize, cursor }),
      (items) => {
        view.users = mergeUsers(view.users, items);
        // A reload after a change fetches as many pages as are on screen, so the list keeps its length.
        this.#pagesWanted += 1;
      },
    );
  }

  #openInvite(from: ConnectUser | null): void {
    this.#inviteOpener = from ? { userId: from.id } : null;
    this.outcome = null;
    void this.openInviteForm(from ? { email: from.email, partyId: from.party?.id ?? '', profileId: from.profileId } : {});
  }

  async #closeInvite(): Promise<void> {
    this.inviting = false;
    this.inviteErrors = {};
    this.inviteProblem = null;
    await this.#focusOpener();
  }

  async #focusOpener(): Promise<void> {
    const opener = this.#inviteOpener;
    this.#inviteOpener = null;
    await this.updateComplete;
    const target = opener
      ? this.#rowElement(opener.userId, '[data-action="invite-again"]')
      : this.renderRoot.querySelector<HTMLElement>('button.invite');
    (target ?? this.renderRoot.querySelector<HTMLElement>('button.invite') ?? this.renderRoot.querySelector<HTMLElement>('#heading'))?.focus();
  }

  #editDraft(change: Partial<InviteDraft>, field: InviteField): void {
    this.draft = { ...this.draft, ...change };
    if (this.inviteErrors[field]) {
      const { [field]: _gone, ...rest } = this.inviteErrors;
      this.inviteErrors = rest;
    }
  }

  /** What the form itself can tell before asking the server, by field. */
  #checkDraft(draft: InviteDraft): Partial<Record<InviteField, string>> {
    const errors: Partial<Record<InviteField, string>> = {};
    const email = draft.email.trim();
    if (email === '') errors.email = "Enter the person's email address.";
    else if (!EMAIL_PATTERN.test(email)) errors.email = 'Enter an email address like name@example.com.';
    if (draft.partyId === '') errors.partyId = 'Choose the resident, or the contact of the resident, this person is.';
    if (draft.profileId === '') errors.profileId = 'Choose what this person may do in the portal.';
    if (!draft.confirmed) {
      errors.sensitiveInformationConfirmed = "Confirm that this person may see the resident's sensitive billing information; nothing is sent until you do.";
    }
    return errors;
  }

  async #invite(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    if (!api || this.busy) return;
    const draft = this.draft;
    const errors = this.#checkDraft(draft);
    this.inviteProblem = null;
    if (Object.keys(errors).length > 0) {
      this.inviteErrors = errors;
      const count = Object.keys(errors).length;
      this.announcement = `The invitation was not sent: ${count === 1 ? '1 field needs' : `${count} fields need`} attention.`;
      await this.#focusFirstInviteError();
      return;
    }
    this.busy = true;
    this.inviteErrors = {};
    let sent: ConnectUser;
    try {
      sent = await api.access.invite({
        email: draft.email.trim(),
        partyId: draft.partyId,
        profileId: draft.profileId,
        sensitiveInformationConfirmed: true,
      });
    } catch (error) {
      // Removed, or another user signed in (whose form starts afresh): nothing to say here.
      if (isSessionAbort(error)) {
        this.busy = false;
        return;
      }
      this.#showInviteRefusal(error);
      this.busy = false;
      await this.#focusFirstInviteError();
      return;
    }
    this.inviting = false;
    this.draft = emptyDraft();
    const text = `Invitation sent to ${sent.email}${sent.party ? ` for ${describeParty(sent.party)}` : ''}. The link expires ${sent.invitation ? formatDateTime(sent.invitation.expiresAt, this.#timeZone, this.locale) : ''}.`;
    this.outcome = text;
    this.announcement = text;
    this.emit(new AlisInvitationSentEvent(sent, false));
    try {
      await this.#reloadShowing(sent);
    } finally {
      this.busy = false;
    }
    await this.#focusOpener();
  }

  #showInviteRefusal(error: unknown): void {
    if (isAlisApiError(error)) {
      const fields: Partial<Record<InviteField, string>> = {};
      const other: string[] = [];
      for (const [path, message] of Object.entries(error.fields)) {
        const field = INVITE_FIELD_ORDER.find((f) => path === f || path === `body.${f}` || path === `/${f}`);
        if (field) fields[field] = message;
        else other.push(message);
      }
      if (error.code === 'conflict' && !fields.email) fields.email = error.message; // the email already has access or an invitation
      if (error.code === 'not_found' && !fields.partyId) fields.partyId = error.message;
      this.inviteErrors = fields;
      const named = Object.keys(fields).length > 0;
      this.inviteProblem = other.length > 0 ? other.join(' ') : named ? null : error.message;
      this.announcement = `The invitation was not sent. ${error.message}`;
      return;
    }
    this.inviteProblem =
      error instanceof AlisNetworkError
        ? "We could not reach the billing service, so we don't know whether the invitation was sent. Try again: if it was, you will be told that this email already has a pending invitation."
        : 'Something went wrong; the invitation was not sent. Please try again.';
    this.announcement = this.inviteProblem;
  }

  async #focusFirstInviteError(): Promise<void> {
    await this.updateComplete;
    const selectors: Record<InviteField, string> = {
      email: '#invite-email',
      partyId: '#invite-party',
      profileId: 'input[name="invite-profile"]:checked, input[name="invite-profile"]',
      sensitiveInformationConfirmed: '#invite-confirm',
    };
    const first = INVITE_FIELD_ORDER.find((f) => this.inviteErrors[f]);
    const target = this.renderRoot.querySelector<HTMLElement>(first ? selectors[first] : '.invite-form .notice');
    if (target && !first) target.tabIndex = -1;
    target?.focus();
  }

  async #openAction(kind: RowActionKind, user: ConnectUser): Promise<void> {
    this.inviting = false;
    this.outcome = null;
    this.action = { kind, userId: user.id, profileId: user.profileId, error: null };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#action-heading-${CSS.escape(user.id)}`)?.focus();
  }

  readonly #closeAction = async (): Promise<void> => {
    const open = this.action;
    this.action = null;
    if (open) await this.#focusRowAction(open.userId, open.kind);
  };

  async #focusRowAction(userId: string, kind: RowActionKind): Promise<void> {
    await this.updateComplete;
    const target =
      this.#rowElement(userId, `[data-action="${kind}"]`) ??
      this.#rowElement(userId, '.row-actions button') ??
      this.#rowElement(userId, 'th.name') ??
      this.renderRoot.querySelector<HTMLElement>('#heading');
    target?.focus();
  }

  #rowElement(userId: string, selector: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`tr[data-user-id="${CSS.escape(userId)}"] ${selector}`);
  }

  async #resend(user: ConnectUser): Promise<void> {
    const api = this.#session.api;
    const invitationId = user.invitation?.id;
    if (!api || !invitationId || this.busy) return;
    await this.#runAction(user, 'resend', async () => {
      const updated = await api.access.resendInvitation(invitationId);
      const text = `A new invitation link was sent to ${updated.email}; the earlier link no longer works. The new one expires ${updated.invitation ? formatDateTime(updated.invitation.expiresAt, this.#timeZone, this.locale) : ''}.`;
      this.emit(new AlisInvitationSentEvent(updated, true));
      return { updated, text };
    });
  }

  async #revoke(user: ConnectUser): Promise<void> {
    const api = this.#session.api;
    if (!api || this.busy) return;
    await this.#runAction(user, 'revoke', async () => {
      const updated = await api.access.updateUser(user.id, { revoked: true });
      const text =
        user.status === 'active'
          ? `${userName(updated)}'s access was revoked; the portal refuses them from now on.`
          : `The invitation to ${updated.email} was revoked; its link no longer works.`;
      this.emit(new AlisUserRevokedEvent(updated));
      return { updated, text };
    });
  }

  async #changeProfile(event: SubmitEvent, user: ConnectUser): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    const open = this.action;
    if (!api || !open || this.busy) return;
    const profileId = open.profileId;
    if (profileId === user.profileId) {
      this.action = { ...open, error: `${userName(user)} already has this profile. Choose another one, or cancel.` };
      return;
    }
    const profileName = this.#loadTask.value?.profiles.find((p) => p.id === profileId)?.name ?? 'the new profile';
    await this.#runAction(user, 'profile', async () => {
      const updated = await api.access.updateUser(user.id, { profileId });
      return { updated, text: `${userName(updated)} now has the profile ${profileName}.` };
    });
  }

  /** Runs one confirmed row action: on success closes the panel, says so and reloads; on refusal keeps the panel with the reason. */
  async #runAction(user: ConnectUser, kind: RowActionKind, act: () => Promise<{ updated: ConnectUser; text: string }>): Promise<void> {
    this.busy = true;
    let result: { updated: ConnectUser; text: string };
    try {
      result = await act();
    } catch (error) {
      // Removed, or another user signed in: nothing of this action is shown to anyone.
      if (isSessionAbort(error)) {
        this.busy = false;
        return;
      }
      const message = isAlisApiError(error)
        ? error.message
        : error instanceof AlisNetworkError
          ? "We could not reach the billing service, so we don't know whether this was done. Reload the list to check before trying again."
          : 'Something went wrong; nothing was changed. Please try again.';
      if (this.action?.userId === user.id) this.action = { ...this.action, error: message };
      this.announcement = message;
      this.busy = false;
      await this.updateComplete;
      const problem = this.renderRoot.querySelector<HTMLElement>(`tr[data-action-for="${CSS.escape(user.id)}"] .problem`);
      if (problem) problem.tabIndex = -1;
      problem?.focus();
      return;
    }
    this.action = null;
    this.outcome = result.text;
    this.announcement = result.text;
    try {
      await this.#reloadShowing(result.updated);
    } finally {
      this.busy = false;
    }
    await this.#focusRowAction(result.updated.id, kind);
  }

  /** Reloads the list; a changed user beyond the pages shown (or filtered in) stays visible as it now is. */
  async #reloadShowing(user: ConnectUser): Promise<void> {
    const client = this.#session.client;
    // Who has which profile changed: the open User profiles count again.
    void this.renderRoot.querySelector('alis-access-profiles')?.refresh();
    await this.refresh();
    const view = this.#loadTask.value;
    // Another user signed in during the reload: the list is theirs, and this user is not added to it.
    if (!view || view.client !== client || view.users.some((u) => u.id === user.id)) return;
    if (this.statusFilter === '' || this.statusFilter === user.status) {
      view.users = [...view.users, user];
      this.requestUpdate();
    }
  }

  get #timeZone(): string | undefined {
    const view = this.#loadTask.value;
    return view?.client === this.#session.client ? view?.me.community.timeZone : undefined;
  }
}

/** The first `pages` pages of users, as one list. */
async function loadUserPages(
  client: AlisClient,
  status: ConnectUserStatus | '',
  pageSize: number,
  pages: number,
  signal: AbortSignal,
): Promise<{ users: ConnectUser[]; nextCursor: string | null }> {
  let users: ConnectUser[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < Math.max(1, pages); page++) {
    const result = await client.access.users({ ...(status ? { status } : {}), limit: pageSize, ...(cursor ? { cursor } : {}) }, { signal });
    users = mergeUsers(users, result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return { users, nextCursor: cursor };
}

/** An email address that wraps before its `@` when the column is narrow, not in the middle of a name. */
function renderEmail(email: string): TemplateResult | string {
  const at = email.lastIndexOf('@');
  return at > 0 ? html`${email.slice(0, at)}<wbr />${email.slice(at)}` : email;
}

/** `more` appended to `users`, each user once (a row kept visible after a change may arrive again). */
function mergeUsers(users: readonly ConnectUser[], more: readonly ConnectUser[]): ConnectUser[] {
  const byId = new Map(users.map((u) => [u.id, u]));
  for (const user of more) byId.set(user.id, user);
  return [...byId.values()];
}

function sortValue(user: ConnectUser, key: ConnectAccessSortKey, profiles: Map<string, UserProfile>): string | number {
  switch (key) {
    case 'name':
      return userName(user);
    case 'resident':
      return user.residentName ?? '';
    case 'profile':
      return profiles.get(user.profileId)?.name ?? user.profileId;
    case 'status':
      return STATUS_ORDER.indexOf(user.status);
    case 'invited':
      return user.invitation?.sentAt ?? '';
    case 'changed':
      return lastChangeOf(user);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-connect-access': AlisConnectAccess;
  }
}
