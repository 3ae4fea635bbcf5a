import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { receiptStyles } from '../shared/receipt.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { SessionController } from '../shared/session.js';
import { renderLoading, renderNotice, renderLoadTask } from '../shared/states.js';
import { isStaff, renderSortableHeader, renderStaffOnly, renderPanelHeading } from '../shared/staff.js';
import { formatDateTime, paymentStatusLabels, renderReceipt } from '../shared/receipt.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { domId, PaymentActionsController } from './payment-actions.js';
import { historyPanelStyles } from './history-panel.styles.js';
import type { AlisClient } from '../../sdk/index.js';
import type { AuditEntry, Me, Payment, PaymentMethodType, PaymentSource, PaymentStatus, Resident, StaffPaymentListQuery } from '../../sdk/types.js';

/** The history's status filter: every payment, or one status. */
export type HistoryStatusFilter = 'all' | PaymentStatus;
/** The history's source filter. */
export type HistorySourceFilter = 'all' | PaymentSource;
/** The history's method filter. */
export type HistoryMethodFilter = 'all' | PaymentMethodType;
/** The history's deposit filter: `undeposited` is what Undeposited Payments lists. */
export type HistoryDepositFilter = 'all' | 'deposited' | 'undeposited';

/** A sortable column of the history. */
export type HistorySortKey = 'date' | 'reference' | 'resident' | 'payer' | 'method' | 'amount' | 'total' | 'status';

interface HistoryView {
  /** Whose session the view was loaded in: another user's view is never shown. */
  client: AlisClient;
  me: Me;
  payments: Payment[];
  nextCursor: string | null;
  residents: Resident[];
}

const STATUSES: readonly PaymentStatus[] = ['pending', 'succeeded', 'failed', 'returned', 'partially_refunded', 'refunded', 'voided'];

const sourceLabels: Record<PaymentSource, string> = {
  portal: 'Paid online by the payer',
  staff_pull: 'Pulled by the billing team',
};

const actionLabels: Record<AuditEntry['action'], string> = {
  submitted: 'Submitted',
  succeeded: 'Succeeded',
  failed: 'Failed',
  deposited: 'Deposited',
  voided: 'Voided',
  refunded: 'Refunded',
  returned: 'Returned by the bank',
  represented: 'Presented again',
  credit_applied: 'Credit applied',
};

const roleLabels: Record<AuditEntry['actor']['role'], string> = {
  payer: 'payer',
  staff: 'billing team',
  system: 'system',
};

const columnLabels: Record<HistorySortKey, string> = {
  date: 'date',
  reference: 'reference',
  resident: 'resident',
  payer: 'payer',
  method: 'method',
  amount: 'amount',
  total: 'total charged',
  status: 'status',
};

/**
 * The Payment Center's history: every payment of the community, newest first, filtered by
 * status, source, method, payer and deposit, with sortable columns and status badges in words.
 * Expanding a payment shows its receipt and its audit trail (when, who, what), and the billing
 * team's actions on it — **Void** (not yet deposited), **Refund** (in part or in full, up to what
 * is left), **Record bank return** (bank payments, with the Nacha code picker) and **Present
 * again** (R01/R09 returns) — each behind an in-place confirmation that asks for a reason. Each
 * money-moving confirmation carries one idempotency key, so a double click or a retry acts once.
 * While ALIS Pay is off it says that voids, refunds and re-presenting are off. A payer's token gets
 * a "staff only" notice.
 *
 * @tagname alis-pc-history
 * @summary Payment Center: every payment, with void, refund and bank returns.
 *
 * @fires alis-payment-voided - A payment was voided. `AlisPaymentVoidedEvent`.
 * @fires alis-payment-refunded - A payment was refunded in part or in full. `AlisPaymentRefundedEvent`.
 * @fires alis-payment-returned - A bank return was recorded. `AlisPaymentReturnedEvent`.
 * @fires alis-payment-represented - A returned debit was presented again. `AlisPaymentRepresentedEvent`.
 *
 * @csspart heading - The panel's heading.
 * @csspart filters - The filter toolbar.
 * @csspart table - The table of payments.
 * @csspart status - Each payment's status badge.
 * @csspart receipt - An expanded payment's receipt.
 * @csspart audit-trail - An expanded payment's audit trail.
 * @csspart notice - State messages (loading, empty, error, staff only).
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-text-muted - Column headings and hints.
 * @cssprop --alis-color-primary - Buttons and "Processing" badges.
 * @cssprop --alis-color-surface - Background of the table and panels.
 * @cssprop --alis-color-border - Table, panel and receipt borders.
 * @cssprop --alis-color-success - "Succeeded" badges and confirmations.
 * @cssprop --alis-color-warning - "Refunded", "Partially refunded" and "Voided" badges.
 * @cssprop --alis-color-danger - "Failed" and "Returned" badges, errors and the void/refund/return buttons.
 * @cssprop --alis-radius - Corner radius of the table, panels and badges.
 * @cssprop --alis-target-size - Minimum size of every control (44px by default).
 */
export class AlisPcHistory extends AlisElement {
  static override styles = [hostStyles, commonStyles, statusBadgeStyles, staffStyles, receiptStyles, historyPanelStyles];

  static override properties = {
    client: { attribute: false },
    locale: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    pageSize: { type: Number, attribute: 'page-size' },
    status: { reflect: true },
    source: { reflect: true },
    methodType: { reflect: true, attribute: 'method-type' },
    payerId: { attribute: 'payer-id' },
    deposit: { reflect: true },
    sort: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** The panel's heading. */
  declare heading: string;

  /** Level of the panel's heading (2 alone on a page, 3 inside `<alis-payment-center>`); receipts sit one below. */
  declare headingLevel: 2 | 3;

  /** How many payments to load at a time. */
  declare pageSize: number;

  /** Show only payments with this status, or `all`. */
  declare status: HistoryStatusFilter;

  /** Show only payments made online (`portal`) or pulled by staff (`staff_pull`), or `all`. */
  declare source: HistorySourceFilter;

  /** Show only card (`card`) or bank (`bank_account`) payments, or `all`. */
  declare methodType: HistoryMethodFilter;

  /** Show only the payments of this payer (a resident's or contact's id); empty for everyone. */
  declare payerId: string;

  /** Show only deposited or undeposited payments, or `all`. */
  declare deposit: HistoryDepositFilter;

  declare private sort: SortState<HistorySortKey> | null;
  /** Ids of payments whose details are shown. */
  declare private expanded: ReadonlySet<string>;
  declare private announcement: string;

  /** Whose payments these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #actions = new PaymentActionsController(this, {
    session: this.#session,
    locale: () => this.locale,
    onChanged: (payment, created) => this.#replace(payment, created),
    announce: (text) => this.#announce(text),
  });

  readonly #more = new LoadMoreController(this, { plural: 'payments', singular: 'payment' }, (message) => {
    this.announcement = message;
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.#query(), this.pageSize] as const,
    task: async ([client, query], { signal }): Promise<HistoryView | undefined> => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      // A payer's token asks for nothing but who they are.
      const me = await api.session.me({ signal });
      if (!isStaff(me)) return { client, me, payments: [], nextCursor: null, residents: [] };
      const [page, residents] = await Promise.all([api.staff.payments.list(query, { signal }), this.#residentsOf(client, api, signal)]);
      return { client, me, payments: page.items, nextCursor: page.nextCursor, residents };
    },
    argsEqual: ([a, q1, s1], [b, q2, s2]) => a === b && s1 === s2 && JSON.stringify(q1) === JSON.stringify(q2),
  });

  /** The community's time zone: every time here is on its clock, as in the other tabs. */
  get #timeZone(): string | undefined {
    const view = this.#loadTask.value;
    return view?.client === this.#session.client ? view?.me.community.timeZone : undefined;
  }

  /** Payments deposited or pulled elsewhere on the page change this list too. */
  readonly #onElsewhere = (event: Event): void => {
    if (!event.composedPath().includes(this)) void this.refresh();
  };

  constructor() {
    super();
    this.heading = 'Payment history';
    this.headingLevel = 2;
    this.pageSize = 50;
    this.status = 'all';
    this.source = 'all';
    this.methodType = 'all';
    this.payerId = '';
    this.deposit = 'all';
    this.sort = null;
    this.expanded = new Set();
    this.announcement = '';
    this.#session.reloads(this.#loadTask);
  }

  /**
   * Another user signed in (or out): no open confirmation (with its typed reason), outcome,
   * expanded payment, payer filter, sort, cached residents or announcement of the previous user's stays.
   */
  #forgetUser(): void {
    this.#actions.forgetUser();
    this.#residents = null;
    this.expanded = new Set();
    this.sort = null;
    this.announcement = '';
    this.#more.reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of ['alis-deposit-created', 'alis-payment-pulled', 'alis-payment-submitted']) window.addEventListener(name, this.#onElsewhere);
  }

  override disconnectedCallback(): void {
    for (const name of ['alis-deposit-created', 'alis-payment-pulled', 'alis-payment-submitted']) window.removeEventListener(name, this.#onElsewhere);
    super.disconnectedCallback();
  }

  /** The payer filter's residents and contacts, loaded once per client (a filter change does not reload them). */
  #residents: { client: AlisClient; list: Resident[] } | null = null;

  async #residentsOf(client: AlisClient, api: AlisClient, signal: AbortSignal): Promise<Resident[]> {
    if (this.#residents?.client === client) return this.#residents.list;
    const list = await api.staff.residents.list({}, { signal });
    this.#residents = { client, list };
    return list;
  }

  /** Loads the first page again with the current filters. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another filter is another list: what was open or confirmed for the old one does not carry over.
    const filterChanged = changed.has('status') || changed.has('source') || changed.has('methodType') || changed.has('payerId') || changed.has('deposit');
    if (this.hasUpdated && filterChanged) {
      this.#actions.reset();
      this.expanded = new Set();
    }
  }

  #query(): StaffPaymentListQuery {
    const query: StaffPaymentListQuery = { limit: this.pageSize };
    if (this.status !== 'all') query.status = this.status;
    if (this.source !== 'all') query.source = this.source;
    if (this.methodType !== 'all') query.methodType = this.methodType;
    if (this.payerId) query.payerId = this.payerId;
    if (this.deposit !== 'all') query.deposited = this.deposit === 'deposited';
    return query;
  }

  protected override render() {
    const client = this.#session.client;
    return html`
      <section class="layout" aria-labelledby="heading">
        ${renderPanelHeading(this.headingLevel, this.heading)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${client
          ? renderLoadTask(this.#loadTask, {
              loading: 'Loading payments…',
              subject: 'payments',
              retry: () => this.refresh(),
              // While another user's payments load, the previous user's are not kept on screen.
              view: (view, refreshing) => (view.client === client ? this.#renderView(view, refreshing) : renderLoading('Loading payments…')),
            })
          : renderNotice(missingClientMessage, 'danger')}
      </section>
    `;
  }

  #renderView(view: HistoryView, refreshing: boolean): TemplateResult {
    if (!isStaff(view.me)) return renderStaffOnly('The Payment Center’s payment history');
    const community = view.me.community;
    return html`
      ${community.gatewayEnabled
        ? nothing
        : renderNotice(
            `ALIS Pay is switched off at ${community.communityName}: voids, refunds and presenting a returned debit again are off until it is on again. The history stays readable.`,
            'warning',
          )}
      ${this.#renderFilters(view)}
      ${view.payments.length === 0
        ? renderNotice(this.#filtered() ? 'No payments match these filters.' : 'No payments have been made yet.')
        : html`
            ${this.#renderTable(view, refreshing)}
            ${this.#more.render(view, () => void this.#loadMore(view))}
          `}
    `;
  }

  #filtered(): boolean {
    return this.status !== 'all' || this.source !== 'all' || this.methodType !== 'all' || this.payerId !== '' || this.deposit !== 'all';
  }

  #renderFilters(view: HistoryView): TemplateResult {
    return html`
      <form class="toolbar" part="filters" aria-label="Filter payments" @submit=${(event: Event) => event.preventDefault()}>
        <label>
          Status
          <select name="status" @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as HistoryStatusFilter)}>
            <option value="all" ?selected=${this.status === 'all'}>All statuses</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${this.status === s}>${paymentStatusLabels[s]}</option>`)}
          </select>
        </label>
        <label>
          Source
          <select name="source" @change=${(e: Event) => (this.source = (e.target as HTMLSelectElement).value as HistorySourceFilter)}>
            <option value="all" ?selected=${this.source === 'all'}>All sources</option>
            ${(['portal', 'staff_pull'] as const).map((s) => html`<option value=${s} ?selected=${this.source === s}>${sourceLabels[s]}</option>`)}
          </select>
        </label>
        <label>
          Method
          <select name="methodType" @change=${(e: Event) => (this.methodType = (e.target as HTMLSelectElement).value as HistoryMethodFilter)}>
            <option value="all" ?selected=${this.methodType === 'all'}>Cards and bank accounts</option>
            <option value="card" ?selected=${this.methodType === 'card'}>Cards</option>
            <option value="bank_account" ?selected=${this.methodType === 'bank_account'}>Bank accounts</option>
          </select>
        </label>
        <label>
          Payer
          <select name="payerId" @change=${(e: Event) => (this.payerId = (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.payerId === ''}>Everyone</option>
            ${view.residents.map(
              (resident) => html`
                <optgroup label=${`${resident.name} (${resident.unit})`}>
                  <option value=${resident.id} ?selected=${this.payerId === resident.id}>${resident.name} (resident)</option>
                  ${resident.contacts.map(
                    (contact) => html`<option value=${contact.id} ?selected=${this.payerId === contact.id}>
                      ${contact.name}${contact.relationship ? ` (${contact.relationship})` : ''}
                    </option>`,
                  )}
                </optgroup>
              `,
            )}
          </select>
        </label>
        <label>
          Deposit
          <select name="deposit" @change=${(e: Event) => (this.deposit = (e.target as HTMLSelectElement).value as HistoryDepositFilter)}>
            <option value="all" ?selected=${this.deposit === 'all'}>Deposited or not</option>
            <option value="deposited" ?selected=${this.deposit === 'deposited'}>Deposited</option>
            <option value="undeposited" ?selected=${this.deposit === 'undeposited'}>Undeposited</option>
          </select>
        </label>
      </form>
    `;
  }

  #renderTable(view: HistoryView, refreshing: boolean): TemplateResult {
    const rows = sortRows(view.payments, this.sort, (payment, key) => sortValue(payment, key));
    const onSort = (next: SortState<HistorySortKey>) => {
      this.sort = next;
      this.#announce(`Payments sorted by ${columnLabels[next.key]}, ${next.direction}.`);
    };
    const header = (label: string, key: HistorySortKey, numeric = false) => renderSortableHeader(label, key, this.sort, onSort, { numeric });
    return html`
      <div class="table-wrap">
        <table part="table" aria-busy=${refreshing ? 'true' : 'false'}>
          <caption>
            Payments${this.sort ? `, sorted by ${columnLabels[this.sort.key]} (${this.sort.direction})` : ', newest first'}
          </caption>
          <thead>
            <tr>
              ${header('Date', 'date')} ${header('Reference', 'reference')} ${header('Resident', 'resident')} ${header('Payer', 'payer')}
              ${header('Method', 'method')} ${header('Amount', 'amount', true)} ${header('Total charged', 'total', true)} ${header('Status', 'status')}
              <th scope="col">Deposit</th>
              <th scope="col"><span class="visually-hidden">Details</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((payment) => this.#renderRow(payment))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(payment: Payment): TemplateResult {
    const open = this.expanded.has(payment.id);
    const detailsId = domId('details', payment.id);
    return html`
      <tr class="payment" data-payment-id=${payment.id}>
        <td><time datetime=${payment.createdAt}>${formatDateTime(payment.createdAt, this.#timeZone, this.locale)}</time></td>
        <td class="reference">${payment.reference}</td>
        <td>${payment.residentName}</td>
        <td>${payment.payer.name}</td>
        <td>
          ${payment.method.label}
          ${payment.source === 'staff_pull' ? html`<span class="muted source">Pulled by the billing team</span>` : nothing}
        </td>
        <td class="amount">${formatMoney(payment.amount, this.locale)}</td>
        <td class="amount total">${formatMoney(payment.totalCharged, this.locale)}</td>
        <td>${renderStatusBadge(payment)}</td>
        <td>${payment.depositId ? 'Deposited' : html`<span class="muted">Not deposited</span>`}</td>
        <td>
          <button
            type="button"
            class="details"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${detailsId}
            @click=${() => this.#toggle(payment.id)}
          >
            ${open ? 'Hide details' : 'Details'}<span class="visually-hidden"> of payment ${payment.reference}</span>
          </button>
        </td>
      </tr>
      <tr class="details-row" id=${detailsId} ?hidden=${!open}>
        <td colspan="10">${open ? this.#renderDetails(payment) : nothing}</td>
      </tr>
    `;
  }

  #renderDetails(payment: Payment): TemplateResult {
    const headingId = domId('receipt', payment.id);
    const level = this.headingLevel === 3 ? 4 : 3;
    return html`
      <div class="details-inner" data-details-for=${payment.id}>
        <div part="receipt">${renderReceipt(payment, { locale: this.locale, timeZone: this.#timeZone, headingLevel: level, headingId })}</div>
        <p class="muted deposit-line">
          ${depositLine(payment, this.locale)}
          ${payment.representmentOf ? ` Presents a returned payment again.` : ''}
          ${payment.return ? ` Presentment ${payment.return.presentmentCount} of this debit.` : ''}
        </p>
        ${this.#renderAuditTrail(payment)} ${this.#actions.render(payment)}
      </div>
    `;
  }

  #renderAuditTrail(payment: Payment): TemplateResult {
    return html`
      <table class="audit" role="table" part="audit-trail" data-audit-for=${payment.id}>
        <caption>Audit trail of ${payment.reference}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">When</th>
            <th role="columnheader" scope="col">Who</th>
            <th role="columnheader" scope="col">What</th>
            <th role="columnheader" scope="col">Detail</th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${payment.history.map(
            (entry) => html`
              <tr role="row" data-action=${entry.action}>
                <td role="cell">
                  <span class="cell-label" aria-hidden="true">When</span><time datetime=${entry.at}>${formatDateTime(entry.at, this.#timeZone, this.locale)}</time>
                </td>
                <td role="cell">
                  <span class="cell-label" aria-hidden="true">Who</span>${entry.actor.name}
                  <span class="muted">(${roleLabels[entry.actor.role]})</span>
                </td>
                <td role="cell"><span class="cell-label" aria-hidden="true">What</span>${actionLabels[entry.action]}</td>
                <td role="cell"><span class="cell-label" aria-hidden="true">Detail</span>${entry.detail ?? html`<span class="muted">—</span>`}</td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    `;
  }

  #toggle(paymentId: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(paymentId)) next.add(paymentId);
    this.expanded = next;
  }

  /** Puts the engine's new copy of a payment in place (and a new payment that presents it again on top). */
  #replace(payment: Payment, created?: Payment): void {
    const view = this.#loadTask.value;
    if (!view) return;
    // The task's value is this same object, so replacing in it keeps what is on screen and its pages.
    view.payments = view.payments.map((p) => (p.id === payment.id ? payment : p));
    if (created && !view.payments.some((p) => p.id === created.id)) view.payments = [created, ...view.payments];
    this.requestUpdate();
  }

  #announce(text: string): void {
    // Cleared first, so the same sentence twice is still announced (unless another user signed in meanwhile).
    const client = this.#session.client;
    this.announcement = '';
    void this.updateComplete.then(() => {
      if (this.#session.client === client) this.announcement = text;
    });
  }

  async #loadMore(view: HistoryView): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.staff.payments.list({ ...this.#query(), cursor }),
      (items) => {
        view.payments = appendNew(view.payments, items, (row) => row.id);
      },
    );
  }
}

function sortValue(payment: Payment, key: HistorySortKey): string | number {
  switch (key) {
    case 'date':
      return payment.createdAt;
    case 'reference':
      return payment.reference;
    case 'resident':
      return payment.residentName;
    case 'payer':
      return payment.payer.name;
    case 'method':
      return payment.method.label;
    case 'amount':
      return payment.amount.amountCents;
    case 'total':
      return payment.totalCharged.amountCents;
    case 'status':
      return paymentStatusLabels[payment.status];
  }
}

/** Where the payment's money is: in a deposit (by its reference), settling, or waiting to be deposited. */
function depositLine(payment: Payment, locale: string | undefined): string {
  if (payment.depositId) return `In deposit ${payment.depositReference ?? ''}.`;
  if (payment.depositableOn) return `Not deposited yet: the bank debit is settling and can be deposited on ${formatDate(payment.depositableOn, locale)}.`;
  return 'Not deposited yet.';
}

function renderStatusBadge(payment: Payment): TemplateResult {
  const code = payment.status === 'returned' && payment.return ? ` · ${payment.return.code}` : '';
  return html`<span class="badge" part="status" data-status=${payment.status}>${paymentStatusLabels[payment.status]}${code}</span>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-history': AlisPcHistory;
  }
}
