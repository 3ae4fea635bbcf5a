import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { live } from 'lit/directives/live.js';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { renderAnnouncer, renderNotice, renderSessionLoad, settled } from '../shared/states.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { LoadMoreController } from '../shared/load-more.js';
import { formatDateTime } from '../../core/format.js';
import { mergeUsers, noUsersMessage, statusFilterOf, statusFilters, type ConnectAccessSortKey, type InviteDraft } from '../../core/portal-users.js';
import type { SortState } from '../../core/sorting.js';
import { AccessActionsController } from './access-actions.js';
import { renderInviteForm } from './invite-form.js';
import { renderRequestsOff, renderUsersTable } from './users-table.js';
import { connectAccessStyles } from './connect-access.styles.js';
import { RefreshOnProfileChangeController } from '../access-profiles/profile-changes.js';
import { OnDemandController } from '../shared/on-demand.js';
import { accessProfilesPart, requestMethodPart } from '../payment-center/on-demand-parts.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import type { ConnectUser, ConnectUserStatus, Me, Resident, UserProfile } from '../../sdk/types.js';

export type { ConnectAccessSortKey, InviteDraft };

interface AccessView {
  /** Whose session the view was loaded in: another user's view is never shown. */
  client: AlisClient;
  me: Me;
  profiles: UserProfile[];
  users: ConnectUser[];
  nextCursor: string | null;
}

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
 * It uses `<alis-access-profiles>` and `<alis-pc-request-method>`, and loads and registers them itself:
 * User profiles when first opened (pointing at or focusing the toggle starts the load early), "Ask
 * to add a payment method" with the list.
 *
 * @tagname alis-connect-access
 * @summary Invite payers to the portal, and manage their profiles and access (staff only).
 *
 * @fires {AlisInvitationSentEvent} alis-invitation-sent - An invitation was sent, or sent again (`resent: true`).
 * @fires {AlisUserRevokedEvent} alis-user-revoked - A user's or invitation's access was revoked.
 * @fires {AlisPaymentMethodRequestedEvent} alis-payment-method-requested - An active user was asked to add a payment method.
 * @fires {AlisProfileCreatedEvent} alis-profile-created - A profile was created (from User profiles).
 * @fires {AlisProfileChangedEvent} alis-profile-changed - A profile was changed (from User profiles).
 * @fires {AlisProfileDeletedEvent} alis-profile-deleted - A profile was deleted (from User profiles).
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
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, statusBadgeStyles, staffStyles, connectAccessStyles];

  static override properties = {
    client: { attribute: false },
    heading: {},
    locale: {},
    statusFilter: { attribute: 'status-filter', reflect: true },
    pageSize: { type: Number, attribute: 'page-size' },
    showProfiles: { type: Boolean, attribute: 'show-profiles', reflect: true },
    sort: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The heading above the list; "Portal access" (in the reader's language) when unset. */
  declare heading: string | undefined;

  /** BCP 47 locale for dates; the browser's language when unset. */
  declare locale: string | undefined;

  /** Shows only users with this status (`invited`, `active`, `expired`, `revoked`); everyone when empty. */
  declare statusFilter: ConnectUserStatus | '';

  /** How many users to load at a time. */
  declare pageSize: number;

  /** Shows User profiles (create, change, delete) below the list. */
  declare showProfiles: boolean;

  declare private sort: SortState<ConnectAccessSortKey> | null;
  declare private announcement: string;

  /** The language `announcement` was said in: after a switch to another, it is not left in the live region. */
  #announcedIn = '';

  /** Whose list this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  /** How many pages the list shows; a reload after a change loads as many again. */
  #pagesWanted = 1;

  readonly #more = new LoadMoreController(this, { plural: 'users', singular: 'user', failureSubject: 'portal users' }, (message) => {
    this.#announce(message);
  });

  /** Inviting, resending, changing a profile and revoking: their state, focus and announcements. */
  readonly #actions = new AccessActionsController(this, {
    api: () => this.#session.api,
    formatMoment: (iso) => formatDateTime(iso, this.#timeZone, this.formatLocale),
    t: () => this.t,
    profileName: (profileId) => this.#loadTask.value?.profiles.find((p) => p.id === profileId)?.name,
    reloadShowing: (user) => this.#reloadShowing(user),
    announce: (text) => this.#announce(text),
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.statusFilter, this.pageSize] as const,
    task: (args, options) => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      return this.#loadAccess(args, options);
    },
  });

  readonly #loadAccess = loadAfterMe(this.#session, async ({ api, client, me, signal }, status: ConnectUserStatus | '', pageSize: number): Promise<AccessView> => {
    // A payer's token is answered with the staff-only notice, not with the API's refusals, and asks for nothing more.
    if (!isStaff(me)) return { client, me, profiles: [], users: [], nextCursor: null };
    // Rows of active users offer "Ask to add a payment method": its code comes with the list (for staff only).
    requestMethodPart.prefetch();
    const [profiles, page] = await Promise.all([
      api.access.profiles({ signal }),
      loadUserPages(api, status, pageSize, this.#pagesWanted, signal),
    ]);
    return { client, me, profiles, ...page };
  });

  readonly #residentsTask = new Task(this, {
    args: () => [this.#actions.state.inviting ? this.#session.client : undefined] as const,
    task: async ([client], { signal }): Promise<Resident[] | undefined> => {
      const api = this.#session.requireApi();
      return client && api ? api.staff.residents.list({}, { signal }) : undefined;
    },
  });

  /** User profiles' code, loaded when the section is first opened. */
  readonly #profilesCode = new OnDemandController(this, accessProfilesPart);

  constructor() {
    super();
    this.heading = undefined;
    this.statusFilter = '';
    this.pageSize = 50;
    this.showProfiles = false;
    this.sort = null;
    // A profile created, renamed or deleted anywhere on the page shows at once in the choices and the list.
    new RefreshOnProfileChangeController(this, () => void this.refresh());
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
    this.announcement = '';
    this.#pagesWanted = 1;
    this.#actions.forgetUser();
    this.#more.reset();
  }

  #announce(text: string): void {
    this.announcement = text;
    this.#announcedIn = this.t.lang;
  }

  /** Loads the users again, keeping as many pages as are shown. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  /** Opens the invite form (optionally filled in, e.g. to invite a revoked person again) and moves focus to it. */
  async openInviteForm(prefill: Partial<InviteDraft> = {}): Promise<void> {
    await this.#actions.openInviteForm(prefill);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new filter starts again from its first page.
    if (changed.has('statusFilter') || changed.has('pageSize')) this.#pagesWanted = 1;
  }

  protected override render() {
    const client = this.#session.client;
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading ?? t('Portal access')}</h2>
        ${renderAnnouncer(this.#announcedIn === t.lang ? this.announcement : '')}
        ${renderSessionLoad(client, this.#loadTask, {
          loading: t('Loading portal users…'),
          subject: 'portal users',
          retry: () => this.refresh(),
          view: (view, refreshing) => this.#renderView(view, refreshing),
          t,
        })}
      </section>
    `;
  }

  #renderView(view: AccessView, refreshing: boolean): TemplateResult {
    const t = this.t;
    if (!isStaff(view.me)) return renderStaffOnly(t.ctx('staff only: what', 'Portal access'), t);
    const actions = this.#actions;
    return html`
      <div class="toolbar">
        <label>
          ${t.ctx('status filter', 'Show')}
          <select class="status-filter" .value=${live(this.statusFilter)} @change=${this.#onFilter}>
            <option value="" ?selected=${this.statusFilter === ''}>${t.ctx('status filter', 'Everyone')}</option>
            ${statusFilters.map((s) => html`<option value=${s.value} ?selected=${this.statusFilter === s.value}>${s.label(t)}</option>`)}
          </select>
        </label>
        ${actions.state.inviting
          ? nothing
          : html`<button type="button" class="primary invite" part="invite-button" data-action="invite" @click=${() => actions.openInvite(null)}>
              ${t('+ Invite someone')}
            </button>`}
      </div>
      ${actions.state.outcome ? html`<p class="confirmation outcome">${renderUnbroken(actions.state.outcome(t))}</p>` : nothing}
      ${renderRequestsOff(view.me, t)}
      ${actions.state.inviting ? renderInviteForm(actions, view.profiles, this.#residentsTask, t) : nothing}
      ${view.users.length === 0
        ? renderNotice(noUsersMessage(this.statusFilter, t))
        : renderUsersTable({
            me: view.me,
            profiles: view.profiles,
            users: view.users,
            more: view.nextCursor !== null,
            refreshing,
            sort: this.sort,
            onSort: (next) => (this.sort = next),
            locale: this.formatLocale,
            client: this.#session.client,
            actions,
            t,
          })}
      ${this.#more.render(view, () => void this.#loadMore(view), t)}
      ${this.#renderProfilesSection(t)}
    `;
  }

  #renderProfilesSection(t: Translate): TemplateResult {
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
            @pointerenter=${accessProfilesPart.prefetch}
            @focus=${accessProfilesPart.prefetch}
          >
            <span aria-hidden="true">${this.showProfiles ? '▾' : '▸'}</span> ${t('User profiles: what each may do')}
          </button>
        </h3>
        <div id="profiles-region" ?hidden=${!this.showProfiles}>
          ${this.showProfiles
            ? this.#profilesCode.render(
                () => html`<alis-access-profiles .client=${this.#session.client} .headingLevel=${4} .heading=${t('Profiles')}></alis-access-profiles>`,
                'user profiles',
                undefined,
                t,
              )
            : nothing}
        </div>
      </section>
    `;
  }

  #onFilter(event: Event): void {
    this.statusFilter = statusFilterOf((event.target as HTMLSelectElement).value);
    this.#actions.closeAction();
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

declare global {
  interface HTMLElementTagNameMap {
    'alis-connect-access': AlisConnectAccess;
  }
}
