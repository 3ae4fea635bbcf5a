import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { renderLoadError, renderLoading, renderNotice, renderLoadTask } from '../shared/states.js';
import { isStaff, renderSortableHeader, renderStaffOnly } from '../shared/staff.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatBasisPoints, formatDate, formatDayCount, formatMoney } from '../../core/format.js';
import { formatInstantDate } from '../../core/instant.js';
import { paymentMethodRequestsOffSentence } from '../../core/switch-consequences.js';
import { payerFormStyles, payersPanelStyles } from './payers-panel.styles.js';
import './apply-credit.js';
import './arrangement-editor.js';
import './pull-payment.js';
import './pull-all-due.js';
import './request-payment-method.js';
import '../audit-trail/audit-trail.js';
import type { PullPrefill } from './pull-payment.js';
import type { AlisCreditAppliedEvent, AlisPaymentPulledEvent } from '../../events/staff-events.js';
import type { AlisClient } from '../../sdk/index.js';
import type { AdvanceNotice, ArrangementEnded, ArrangementView, CommunitySettings, DuePull, DuePulls, Me, Payer, PaymentMethod } from '../../sdk/types.js';

/** The columns the payers table sorts by. */
export type PayerSortKey = 'payer' | 'resident' | 'outstanding' | 'invoices' | 'arrangement';

interface PayersView {
  /** Whose session the view was loaded in: another user's view is never shown. */
  client: AlisClient;
  me: Me;
  payers: Payer[];
  nextCursor: string | null;
}

/** What is open instead of the lists, and the button that opened it (focus returns there). */
type Activity =
  | { kind: 'edit'; payerId: string }
  | { kind: 'pull'; payerId: string; prefill: PullPrefill | undefined; from: 'row' | 'due' }
  | { kind: 'credit'; payerId: string };

/**
 * The Payers panel of the Payment Center: the pulls due today under billing-team arrangements
 * (each pulled on its own, or all in one run with "Pull all due"), then every payer (residents and contacts) with resident, outstanding balance, open invoices,
 * saved methods (masked; which are authorized for recurring payments) and arrangement in words,
 * with the advance notice emailed about the next pull (or that none was sent yet). Staff search,
 * sort the loaded rows, show more, edit a payer's arrangement, and pull a payment from a payer's
 * authorized method(s) — while ALIS Pay is on; the portal being off does not stop pulls. A payer's
 * **Details** show their email, "Ask to add a payment method" (while ALIS Connect and ALIS Pay are
 * both on; otherwise a sentence says why not) and their audit trail. Works as a
 * tab of `<alis-payment-center>` or alone inside `<alis-billing-provider>`; a payer's token gets a
 * "staff only" notice.
 *
 * A payer holding credit on account shows it under their balance, with **Apply credit** (see
 * `<alis-pc-apply-credit>`).
 *
 * It uses `<alis-pc-arrangement-editor>`, `<alis-pc-pull-payment>`, `<alis-pc-apply-credit>`, `<alis-pc-pull-all-due>`,
 * `<alis-pc-request-method>` and `<alis-audit-trail>`, which must be registered.
 *
 * @tagname alis-pc-payers
 * @summary Payment Center: payers, arrangements and pulls.
 *
 * @fires alis-payment-pulled - Staff pulled a payment (from the pull flow inside). `AlisPaymentPulledEvent`.
 * @fires alis-credit-applied - Staff applied a payer's credit on account (from the panel inside). `AlisCreditAppliedEvent`.
 * @fires alis-payment-method-requested - A payer was asked to add a payment method (from Details). `AlisPaymentMethodRequestedEvent`.
 *
 * @csspart heading - The panel's heading.
 * @csspart notice - State messages.
 * @csspart table - The payers table.
 * @csspart due - The due-pulls section.
 *
 * @cssprop --alis-color-primary - Buttons.
 * @cssprop --alis-color-border - Table and fieldset borders.
 * @cssprop --alis-color-surface - Table background.
 * @cssprop --alis-color-surface-alt - Column headers.
 * @cssprop --alis-color-success - "Authorized for recurring" text.
 * @cssprop --alis-color-danger - Errors and blocked methods.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisPcPayers extends AlisElement {
  static override styles = [hostStyles, commonStyles, staffStyles, payerFormStyles, payersPanelStyles];

  static override properties = {
    client: { attribute: false },
    locale: {},
    heading: {},
    pageSize: { type: Number, attribute: 'page-size' },
    search: { state: true, attribute: false },
    sort: { state: true, attribute: false },
    activity: { state: true, attribute: false },
    detailsOpen: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    pullingAll: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** The panel's heading. */
  declare heading: string;

  /** How many payers to load at a time ("Show more" loads the next page). */
  declare pageSize: number;

  /** The search that was submitted (payer or resident name). */
  declare private search: string;
  declare private sort: SortState<PayerSortKey> | null;
  /** The editor or pull flow shown instead of the lists, if any. */
  declare private activity: Activity | null;
  /** Party ids of payers whose details are open. */
  declare private detailsOpen: ReadonlySet<string>;
  declare private announcement: string;
  /** "Pull all due" is reviewing or running: its own list stands in for the due table. */
  declare private pullingAll: boolean;

  /** Whose payers these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #more = new LoadMoreController(this, { plural: 'payers', singular: 'payer' }, (message) => {
    this.announcement = message;
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.search, this.pageSize] as const,
    task: async ([client, search, pageSize], { signal }): Promise<PayersView | undefined> => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      // A payer's token asks for nothing but who they are.
      const me = await api.session.me({ signal });
      if (!isStaff(me)) return { client, me, payers: [], nextCursor: null };
      const page = await api.staff.payers.list({ limit: pageSize, ...(search ? { search } : {}) }, { signal });
      return { client, me, payers: page.items, nextCursor: page.nextCursor };
    },
  });

  /** The pulls due today: asked for only once this user's `/me` says they are staff. */
  readonly #dueTask = new Task(this, {
    args: () => [this.#session.client, this.#isStaff] as const,
    task: async ([client, staff], { signal }): Promise<DuePulls | undefined> => {
      const api = this.#session.requireApi();
      if (!client || !api || !staff) return undefined;
      return api.staff.payers.duePulls(undefined, { signal });
    },
  });

  constructor() {
    super();
    this.heading = 'Payers';
    this.pageSize = 25;
    this.search = '';
    this.sort = null;
    this.activity = null;
    this.detailsOpen = new Set();
    this.announcement = '';
    this.pullingAll = false;
    this.#session.reloads(this.#loadTask);
    this.#session.reloads(this.#dueTask);
  }

  /**
   * Another user signed in (or out): no search, sort, open editor / pull / apply-credit flow,
   * open details, "Pull all due" run or announcement of the previous user's stays.
   */
  #forgetUser(): void {
    this.search = '';
    this.sort = null;
    this.activity = null;
    this.detailsOpen = new Set();
    this.announcement = '';
    this.pullingAll = false;
    this.#more.reset();
  }

  /** Whether the user whose list is loaded (this user, not a previous one) is staff. */
  get #isStaff(): boolean {
    const view = this.#loadTask.value;
    return view !== undefined && view.client === this.#session.client && isStaff(view.me);
  }

  /** Loads the payers and the due pulls again (the loaded pages start over). */
  async refresh(): Promise<void> {
    await Promise.all([this.#loadTask.run(), this.#dueTask.run()]);
  }

  /** Resolves when the payers (and, for staff, the due pulls) have loaded, successfully or not. */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete
      .catch(() => undefined)
      .then(() => this.updateComplete)
      .then(() => this.#dueTask.taskComplete)
      .catch(() => undefined);
  }

  protected override render() {
    const client = this.#session.client;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h3 id="heading" part="heading" tabindex="-1" data-heading>${this.heading}</h3>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${client
          ? renderLoadTask(this.#loadTask, {
              loading: 'Loading payers…',
              subject: 'payers',
              retry: () => this.refresh(),
              // While another user's payers load, the previous user's are not kept on screen.
              view: (view, refreshing) => (view.client === client ? this.#renderView(view, client, refreshing) : renderLoading('Loading payers…')),
            })
          : renderNotice(missingClientMessage, 'danger')}
      </section>
    `;
  }

  #renderView(view: PayersView, client: AlisClient, refreshing: boolean): TemplateResult {
    if (!isStaff(view.me)) return renderStaffOnly('The payer list');
    const open = this.activity;
    if (open?.kind === 'edit') {
      return html`<alis-pc-arrangement-editor
        .client=${client}
        .payerId=${open.payerId}
        .locale=${this.locale}
        @alis-pc-arrangement-saved=${(event: CustomEvent<Payer>) => this.#onSaved(view, event.detail)}
        @alis-pc-arrangement-close=${this.#closeActivity}
      ></alis-pc-arrangement-editor>`;
    }
    if (open?.kind === 'pull') {
      return html`<alis-pc-pull-payment
        .client=${client}
        .payerId=${open.payerId}
        .prefill=${open.prefill}
        .locale=${this.locale}
        @alis-payment-pulled=${(event: AlisPaymentPulledEvent) => this.#onPulled(view, event)}
        @alis-pc-pull-close=${this.#closeActivity}
      ></alis-pc-pull-payment>`;
    }
    if (open?.kind === 'credit') {
      return html`<alis-pc-apply-credit
        .client=${client}
        .payerId=${open.payerId}
        .locale=${this.locale}
        @alis-credit-applied=${(event: AlisCreditAppliedEvent) => this.#onCreditApplied(view, event)}
        @alis-pc-apply-credit-close=${this.#closeActivity}
      ></alis-pc-apply-credit>`;
    }
    const community = view.me.community;
    return html`
      ${community.gatewayEnabled
        ? nothing
        : renderNotice(
            `ALIS Pay is switched off at ${community.communityName}: pulls are off until it is on again. Arrangements can still be recorded.`,
            'warning',
          )}
      ${community.portalEnabled || !community.gatewayEnabled
        ? nothing
        : renderNotice(
            `ALIS Connect is switched off at ${community.communityName}: payers cannot sign in, but the billing team can still pull payments from authorized methods.`,
          )}
      ${this.#renderDue(community)}
      ${this.#renderSearch()}
      ${view.payers.length === 0
        ? renderNotice(this.search ? `No payer or resident matches “${this.search}”.` : 'There are no payers yet.')
        : this.#renderTable(view, refreshing)}
      ${this.#more.render(view, () => void this.#loadMore(view))}
    `;
  }

  #renderDue(community: CommunitySettings): TemplateResult {
    return html`
      <section class="due" part="due" aria-labelledby="due-heading">
        <h4 id="due-heading" tabindex="-1">Pulls due today</h4>
        ${this.#dueTask.render({
          initial: () => renderLoading('Loading the pulls due today…'),
          pending: () => (this.#dueTask.value ? this.#renderDueList(this.#dueTask.value, community) : renderLoading('Loading the pulls due today…')),
          // While "Pull all due" runs, a failed refresh of the list (likely when the connection
          // drops) must not replace the run: its progress and "Pull the rest again" stay.
          error: (error) =>
            this.pullingAll && this.#dueTask.value
              ? this.#renderDueList(this.#dueTask.value, community)
              : isSessionAbort(error)
                ? renderLoading('Loading the pulls due today…')
                : renderLoadError(error, 'pulls due today', () => this.#dueTask.run()),
          complete: (due) => (due ? this.#renderDueList(due, community) : nothing),
        })}
      </section>
    `;
  }

  #renderDueList(due: DuePulls, community: CommunitySettings): TemplateResult {
    const date = formatDate(due.date, this.locale, 'long');
    if (due.items.length === 0 && !this.pullingAll) return html`<p class="muted" data-kind="no-due">No pulls are due today, ${date}.</p>`;
    return html`
      ${community.gatewayEnabled
        ? html`<alis-pc-pull-all-due
            .client=${this.#session.client}
            .items=${due.items}
            .locale=${this.locale}
            @alis-payment-pulled=${this.#onPulledByAll}
            @alis-pc-pull-all-start=${() => (this.pullingAll = true)}
            @alis-pc-pull-all-close=${this.#onPullAllClosed}
          ></alis-pc-pull-all-due>`
        : nothing}
      ${this.pullingAll ? nothing : this.#renderDueTable(due, date, community)}
    `;
  }

  #renderDueTable(due: DuePulls, date: string, community: CommunitySettings): TemplateResult {
    return html`
      <div class="table-wrap">
        <table>
          <caption>Due ${date}: billing-team arrangements with a balance, and what each method pulls</caption>
          <thead>
            <tr>
              <th scope="col">Payer</th>
              <th scope="col">Resident</th>
              <th scope="col" class="amount">Amount</th>
              <th scope="col">From</th>
              <th scope="col">Advance notice</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            ${due.items.map((item) => this.#renderDueRow(item, community))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderDueRow(item: DuePull, community: CommunitySettings): TemplateResult {
    return html`
      <tr data-due-payer-id=${item.payer.id}>
        <td><span class="who"><span class="name">${item.payer.name}</span><span class="muted small">${partyWords(item.payer.kind, item.payer.relationship)}</span></span></td>
        <td>${item.residentName}</td>
        <td class="amount">${formatMoney(item.outstanding, this.locale)}</td>
        <td>
          <ul class="due-parts">
            ${item.parts.map((part) => html`<li><span class="method-label">${part.method.label}</span>: ${formatMoney(part.amount, this.locale)}</li>`)}
          </ul>
        </td>
        <td data-advance-notice>
          ${item.advanceNotice
            ? this.#noticeWords(item.advanceNotice, community)
            : html`<span class="muted">None sent (the arrangement may be newer than the ${community.pullNoticeLeadDays}-day notice period).</span>`}
        </td>
        <td class="row-actions">
          ${community.gatewayEnabled
            ? html`<button type="button" class="primary" data-action="pull" @click=${() => this.#openDuePull(item)}>
                Pull<span class="visually-hidden"> ${formatMoney(item.outstanding, this.locale)} from ${item.payer.name}</span>
              </button>`
            : nothing}
        </td>
      </tr>
    `;
  }

  #renderSearch(): TemplateResult {
    return html`
      <form class="search" role="search" aria-label="Payers" @submit=${this.#onSearch}>
        <div class="field">
          <label for="search">Search by payer or resident name</label>
          <input id="search" name="search" type="search" maxlength="100" autocomplete="off" .value=${this.search} />
        </div>
        <button type="submit">Search</button>
        ${this.search ? html`<button type="button" data-action="clear-search" @click=${this.#clearSearch}>Show all</button>` : nothing}
      </form>
    `;
  }

  #renderTable(view: PayersView, refreshing: boolean): TemplateResult {
    const rows = sortRows(view.payers, this.sort, (payer, key) => sortValue(payer, key, this.locale));
    const onSort = (next: SortState<PayerSortKey>) => {
      this.sort = next;
    };
    const community = view.me.community;
    const count = view.payers.length;
    return html`
      <div class="table-wrap">
        <table part="table" aria-busy=${refreshing ? 'true' : 'false'}>
          <caption>
            Payers${this.search ? ` matching “${this.search}”` : ''}: ${count === 1 ? '1 shown' : `${count} shown`}${view.nextCursor ? ', more to load' : ''}
          </caption>
          <thead>
            <tr>
              ${renderSortableHeader('Payer', 'payer', this.sort, onSort)}
              ${renderSortableHeader('Resident', 'resident', this.sort, onSort)}
              ${renderSortableHeader('Outstanding', 'outstanding', this.sort, onSort, { numeric: true })}
              ${renderSortableHeader('Open invoices', 'invoices', this.sort, onSort, { numeric: true })}
              <th scope="col">Saved methods</th>
              ${renderSortableHeader('Arrangement', 'arrangement', this.sort, onSort)}
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((payer) => this.#renderRow(payer, community))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(payer: Payer, community: CommunitySettings): TemplateResult {
    const name = payer.party.name;
    // Only the gateway matters to a staff pull: the portal being off does not stop it.
    const pullable = community.gatewayEnabled && payer.outstanding.amountCents > 0 && payer.methods.some((m) => m.usable && m.recurringAuthorization);
    const next = payer.arrangement.mode === 'billing_team_pulls' ? payer.arrangement.nextPullDate : null;
    const open = this.detailsOpen.has(payer.party.id);
    const detailsId = `details-${payer.party.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
    return html`
      <tr data-payer-id=${payer.party.id}>
        <td>
          <span class="who">
            <span class="name">${name}</span>
            <span class="muted small">${partyWords(payer.party.kind, payer.party.relationship)}</span>
          </span>
        </td>
        <td>${payer.residentName}</td>
        <td class="amount" data-outstanding>
          ${formatMoney(payer.outstanding, this.locale)}
          ${payer.creditOnAccount.amountCents > 0
            ? html`<br /><span class="muted small" data-credit>Credit on account ${formatMoney(payer.creditOnAccount, this.locale)}</span>`
            : nothing}
        </td>
        <td class="amount" data-open-invoices>${payer.openInvoiceCount}</td>
        <td>${this.#renderMethods(payer.methods)}</td>
        <td data-arrangement>
          <span class="arrangement">${arrangementWords(payer.arrangement, payer.outstanding.currency, this.locale)}</span>
          ${next ? html`<br /><span class="muted small">Next pull ${formatDate(next, this.locale)}</span>` : nothing}
          ${next ? html`<br /><span class="muted small" data-notice>${this.#nextNoticeWords(payer.arrangement, community)}</span>` : nothing}
          ${payer.arrangement.ended ? html`<br /><span class="small" data-ended>${endedWords(payer.arrangement.ended, this.locale)}</span>` : nothing}
        </td>
        <td class="row-actions">
          <div class="actions">
            <button type="button" data-action="edit" @click=${() => this.#openEditor(payer)}>
              Edit arrangement<span class="visually-hidden"> of ${name}</span>
            </button>
            ${payer.creditOnAccount.amountCents > 0
              ? html`<button type="button" data-action="apply-credit" @click=${() => this.#openCredit(payer)}>
                  Apply credit<span class="visually-hidden"> of ${name}</span>
                </button>`
              : nothing}
            ${pullable
              ? html`<button type="button" class="primary" data-action="pull" @click=${() => this.#openPull(payer)}>
                  Pull payment<span class="visually-hidden"> from ${name}</span>
                </button>`
              : nothing}
            <button
              type="button"
              data-action="details"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${detailsId}
              @click=${() => this.#toggleDetails(payer.party.id)}
            >
              Details<span class="visually-hidden"> of ${name}</span>
            </button>
          </div>
        </td>
      </tr>
      <tr class="details-row" id=${detailsId} data-details-for=${payer.party.id} ?hidden=${!open}>
        <td colspan="7">${open ? this.#renderDetails(payer, community) : nothing}</td>
      </tr>
    `;
  }

  #renderDetails(payer: Payer, community: CommunitySettings): TemplateResult {
    const name = payer.party.name;
    const requestsOff = paymentMethodRequestsOffSentence(community);
    // The request is part of the payer's history: the trail beside it shows it at once.
    const onRequested = (event: Event) => void (event.currentTarget as HTMLElement).querySelector('alis-audit-trail')?.refresh();
    return html`
      <div class="details-inner" @alis-payment-method-requested=${onRequested}>
        <p>
          ${payer.email ? html`Email: <span data-email>${payer.email}</span>` : html`<span class="muted">No email on file.</span>`}
        </p>
        ${requestsOff
          ? html`<p class="muted" data-kind="request-off">${requestsOff}</p>`
          : // No email: the payer's address may be a contact's own, not a portal sign-in the request goes to.
            html`<alis-pc-request-method .client=${this.#session.client} .partyId=${payer.party.id} .payerName=${name}></alis-pc-request-method>`}
        <alis-audit-trail
          .client=${this.#session.client}
          .subjectType=${'payer'}
          .subjectId=${payer.party.id}
          .heading=${`History of ${name}`}
          .headingLevel=${4}
          .pageSize=${5}
          .locale=${this.locale}
        ></alis-audit-trail>
      </div>
    `;
  }

  /**
   * "Notice emailed Nov 25, 2026 for $7,472.15 from Checking •••• 5460.", or, when the payer had no
   * address on file (`recipients` empty), that nobody could be notified.
   */
  #noticeWords(notice: AdvanceNotice, community: CommunitySettings): string {
    const methods = notice.methods.map((m) => m.label).join(' and ');
    const date = formatInstantDate(notice.sentAt, community.timeZone, this.locale);
    const what = `${formatMoney(notice.amount, this.locale)}${methods ? ` from ${methods}` : ''}`;
    return notice.recipients.length > 0
      ? `Notice emailed ${date} for ${what}.`
      : `Nobody could be notified: no email address on file. Notice recorded ${date} for ${what}.`;
  }

  /** What the payer was told about the next pull, or when they will be. */
  #nextNoticeWords(arrangement: ArrangementView, community: CommunitySettings): string {
    const notice = arrangement.advanceNotice;
    if (notice && notice.pullDate === arrangement.nextPullDate) return this.#noticeWords(notice, community);
    return `No advance notice sent yet; it goes out ${formatDayCount(community.pullNoticeLeadDays, this.locale)} before the pull.`;
  }

  #toggleDetails(partyId: string): void {
    const next = new Set(this.detailsOpen);
    if (!next.delete(partyId)) next.add(partyId);
    this.detailsOpen = next;
  }

  #renderMethods(methods: PaymentMethod[]): TemplateResult {
    if (methods.length === 0) return html`<span class="muted">None saved</span>`;
    return html`
      <ul class="methods">
        ${methods.map(
          (method) => html`
            <li data-method-id=${method.id}>
              <span class="method-label">${method.label}</span>
              ${!method.usable
                ? html`<span class="auth small" data-blocked>${method.unusableReason ?? 'Cannot be used now'}</span>`
                : method.recurringAuthorization
                  ? html`<span class="auth small" data-recurring>Authorized for recurring</span>`
                  : html`<span class="auth small muted">Not authorized for recurring</span>`}
            </li>
          `,
        )}
      </ul>
    `;
  }

  async #loadMore(view: PayersView): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.staff.payers.list({ limit: this.pageSize, cursor, ...(this.search ? { search: this.search } : {}) }),
      (items) => {
        view.payers = appendNew(view.payers, items, (row) => row.party.id);
      },
    );
  }

  #onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    this.search = String(new FormData(form).get('search') ?? '').trim();
    this.#more.reset();
  }

  async #clearSearch(): Promise<void> {
    this.search = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  #openEditor(payer: Payer): void {
    this.announcement = '';
    this.activity = { kind: 'edit', payerId: payer.party.id };
  }

  #openPull(payer: Payer): void {
    this.announcement = '';
    this.activity = { kind: 'pull', payerId: payer.party.id, prefill: undefined, from: 'row' };
  }

  #openCredit(payer: Payer): void {
    this.announcement = '';
    this.activity = { kind: 'credit', payerId: payer.party.id };
  }

  #openDuePull(item: DuePull): void {
    this.announcement = '';
    const prefill = { parts: item.parts.map((part) => ({ methodId: part.method.id, amountCents: part.amount.amountCents })) };
    this.activity = { kind: 'pull', payerId: item.payer.id, prefill, from: 'due' };
  }

  /** Puts the engine's view of `payer` in its row, wherever it is in the loaded pages. */
  #replaceRow(view: PayersView, payer: Payer): void {
    view.payers = view.payers.map((row) => (row.party.id === payer.party.id ? payer : row));
    this.requestUpdate();
  }

  async #onSaved(view: PayersView, payer: Payer): Promise<void> {
    this.#replaceRow(view, payer);
    this.announcement = `Saved ${payer.party.name}'s arrangement: ${arrangementWords(payer.arrangement, payer.outstanding.currency, this.locale)}.`;
    void this.#dueTask.run();
    await this.#closeActivity();
  }

  async #onPulled(view: PayersView, event: AlisPaymentPulledEvent): Promise<void> {
    const api = this.#session.api;
    const payerId = event.payments[0]?.payer.id;
    void this.#dueTask.run();
    if (!api || !payerId || view.client !== this.#session.client) return;
    try {
      this.#replaceRow(view, await api.staff.payers.get(payerId));
    } catch {
      // The row keeps its old figures until the next load; the pull itself is shown by the flow.
    }
  }

  async #onCreditApplied(view: PayersView, event: AlisCreditAppliedEvent): Promise<void> {
    const api = this.#session.api;
    void this.#dueTask.run();
    if (!api || view.client !== this.#session.client) return;
    try {
      this.#replaceRow(view, await api.staff.payers.get(event.result.payer.id));
    } catch {
      // The row keeps its old figures until the next load; the panel itself shows the result.
    }
  }
  /** A row of "Pull all due" was pulled: that payer's row shows the engine's new figures. */
  #onPulledByAll = (event: AlisPaymentPulledEvent): void => {
    const view = this.#loadTask.value;
    if (view) void this.#onPulled(view, event);
  };

  #onPullAllClosed = async (): Promise<void> => {
    this.pullingAll = false;
    await this.#dueTask.run();
    this.renderRoot.querySelector<HTMLElement>('#due-heading')?.focus();
  };

  async #closeActivity(): Promise<void> {
    const open = this.activity;
    this.activity = null;
    if (!open) return;
    await this.updateComplete;
    // Focus returns to the button that opened it, or the closest thing left when that is gone.
    const root = this.renderRoot;
    const row = root.querySelector(`tr[data-payer-id="${CSS.escape(open.payerId)}"]`);
    const dueRow = root.querySelector(`tr[data-due-payer-id="${CSS.escape(open.payerId)}"]`);
    const target =
      open.kind === 'edit'
        ? row?.querySelector<HTMLElement>('[data-action="edit"]')
        : open.kind === 'credit'
          ? (row?.querySelector<HTMLElement>('[data-action="apply-credit"]') ?? row?.querySelector<HTMLElement>('[data-action="edit"]'))
        : open.from === 'due'
          ? (dueRow?.querySelector<HTMLElement>('[data-action="pull"]') ?? root.querySelector<HTMLElement>('#due-heading'))
          : (row?.querySelector<HTMLElement>('[data-action="pull"]') ?? row?.querySelector<HTMLElement>('[data-action="edit"]'));
    (target ?? root.querySelector<HTMLElement>('#heading'))?.focus();
  }
}

/** "Son", "Resident", … */
function partyWords(kind: Payer['party']['kind'], relationship: string | null | undefined): string {
  if (kind === 'resident') return 'Resident';
  return relationship ?? 'Contact';
}

/**
 * How a payer pays, in words: "Pays on their own", "Billing team pulls on day 5 from Checking •••• 4257",
 * or a split with each method's amount or share.
 */
function arrangementWords(arrangement: ArrangementView, currency: string, locale?: string): string {
  if (arrangement.mode !== 'billing_team_pulls') return 'Pays on their own';
  const day = arrangement.dayOfMonth ? ` on day ${arrangement.dayOfMonth}` : '';
  const parts = arrangement.parts;
  const [first] = parts;
  if (!first) return `Billing team pulls${day}`;
  if (parts.length === 1 && first.amountCents === null && first.basisPoints === null) return `Billing team pulls${day} from ${first.method.label}`;
  const each = parts.map((part) =>
    part.amountCents !== null
      ? `${formatMoney({ amountCents: part.amountCents, currency }, locale)} from ${part.method.label}`
      : part.basisPoints !== null
        ? `${formatBasisPoints(part.basisPoints, locale)} from ${part.method.label}`
        : `from ${part.method.label}`,
  );
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(each);
  return parts.length === 1 ? `Billing team pulls${day}: ${list}` : `Billing team pulls${day}, split: ${list}`;
}

/** How the payer ended the billing team's pulls, e.g. "Automatic payments ended: … withdrew Checking •••• 8273; no pulls from Dec 5, 2026 on." */
function endedWords(ended: ArrangementEnded, locale?: string): string {
  const what = ended.reason === 'method_removed' ? 'removed' : 'withdrew the authorization of';
  return `Automatic payments ended: ${ended.endedBy} ${what} ${ended.method.label}; no pulls from ${formatDate(ended.firstSkippedPullDate, locale)} on.`;
}

function sortValue(payer: Payer, key: PayerSortKey, locale?: string): string | number {
  switch (key) {
    case 'payer':
      return payer.party.name;
    case 'resident':
      return payer.residentName;
    case 'outstanding':
      return payer.outstanding.amountCents;
    case 'invoices':
      return payer.openInvoiceCount;
    case 'arrangement':
      return arrangementWords(payer.arrangement, payer.outstanding.currency, locale);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-payers': AlisPcPayers;
  }
}
