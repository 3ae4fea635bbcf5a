import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { receiptStyles } from '../shared/receipt.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { renderNotice, settled, renderSessionLoad } from '../shared/states.js';
import { isStaff, renderStaffOnly, renderPanelHeading } from '../shared/staff.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import { RowWindowController } from '../shared/row-window.js';
import type { SortState } from '../../core/sorting.js';
import { PaymentActionsController } from './payment-actions.js';
import {
  historyColumnLabel,
  renderHistoryFilters,
  renderHistoryTable,
  type HistoryDepositFilter,
  type HistoryFilters,
  type HistoryMethodFilter,
  type HistorySortKey,
  type HistorySourceFilter,
  type HistoryStatusFilter,
} from './history-view.js';
import { historyPanelStyles } from './history-panel.styles.js';
import { announcement, renderAnnouncement, silence, type Announcement } from './live-words.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me, Payment, Resident, StaffPaymentListQuery } from '../../sdk/types.js';

export type { HistoryDepositFilter, HistoryMethodFilter, HistorySortKey, HistorySourceFilter, HistoryStatusFilter } from './history-view.js';

interface HistoryView {
  /** Whose session the view was loaded in: another user's view is never shown. */
  client: AlisClient;
  me: Me;
  payments: Payment[];
  nextCursor: string | null;
  residents: Resident[];
}

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
 * @fires {AlisPaymentVoidedEvent} alis-payment-voided - A payment was voided.
 * @fires {AlisPaymentRefundedEvent} alis-payment-refunded - A payment was refunded in part or in full.
 * @fires {AlisPaymentReturnedEvent} alis-payment-returned - A bank return was recorded.
 * @fires {AlisPaymentRepresentedEvent} alis-payment-represented - A returned debit was presented again.
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
  protected static override wordsArea: WordsArea = 'staff';

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

  /** The panel's heading; "Payment history", in the reader's language, when unset. */
  declare heading: string | undefined;

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
  declare private announcement: Announcement;

  /** Whose payments these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #actions = new PaymentActionsController(this, {
    session: this.#session,
    locale: () => this.formatLocale,
    t: () => this.t,
    onChanged: (payment, created) => this.#replace(payment, created),
    announce: (text) => this.#announce(text),
  });

  /** The rows, drawn only near the screen once the list is long. */
  readonly #rows = new RowWindowController(this);
  readonly #more = new LoadMoreController(this, { plural: 'payments', singular: 'payment' }, (message) => {
    this.announcement = announcement(message, this.t);
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.#query(), this.pageSize] as const,
    // The page size is in the query; it is an argument so that a new size loads afresh.
    task: ([client, query], options) => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      return this.#loadHistory([client, query], options);
    },
    argsEqual: ([a, q1, s1], [b, q2, s2]) => a === b && s1 === s2 && JSON.stringify(q1) === JSON.stringify(q2),
  });

  readonly #loadHistory = loadAfterMe(this.#session, async ({ api, client, me, signal }, query: StaffPaymentListQuery): Promise<HistoryView> => {
    // A payer's token asks for nothing but who they are.
    if (!isStaff(me)) return { client, me, payments: [], nextCursor: null, residents: [] };
    const [page, residents] = await Promise.all([api.staff.payments.list(query, { signal }), this.#residentsOf(client, api, signal)]);
    return { client, me, payments: page.items, nextCursor: page.nextCursor, residents };
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
    this.heading = undefined;
    this.headingLevel = 2;
    this.pageSize = 50;
    this.status = 'all';
    this.source = 'all';
    this.methodType = 'all';
    this.payerId = '';
    this.deposit = 'all';
    this.sort = null;
    this.expanded = new Set();
    this.announcement = silence;
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
    this.announcement = silence;
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
    return settled(this.#loadTask);
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
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="heading">
        ${renderPanelHeading(this.headingLevel, this.heading ?? t('Payment history'))} ${renderAnnouncement(this.announcement, t)}
        ${renderSessionLoad(this.#session.client, this.#loadTask, {
          loading: t('Loading payments…'),
          subject: 'payments',
          retry: () => this.refresh(),
          view: (view, refreshing) => this.#renderView(view, refreshing),
          t,
        })}
      </section>
    `;
  }

  #renderView(view: HistoryView, refreshing: boolean): TemplateResult {
    const t = this.t;
    if (!isStaff(view.me)) return renderStaffOnly(t.ctx('staff only: what', 'The Payment Center’s payment history'), t);
    const community = view.me.community;
    return html`
      ${community.gatewayEnabled
        ? nothing
        : renderNotice(
            t(
              'ALIS Pay is switched off at {community}: voids, refunds and presenting a returned debit again are off until it is on again. The history stays readable.',
              { community: community.communityName },
            ),
            'warning',
          )}
      ${renderHistoryFilters(
        this,
        view.residents,
        (name, value) => {
          // Each filter is a public property; setting it loads the list again.
          (this as HistoryFilters)[name] = value;
        },
        t,
      )}
      ${view.payments.length === 0
        ? renderNotice(this.#filtered() ? t('No payments match these filters.') : t('No payments have been made yet.'))
        : html`
            ${renderHistoryTable({
              payments: view.payments,
              locale: this.formatLocale,
              timeZone: this.#timeZone,
              headingLevel: this.headingLevel,
              sort: this.sort,
              expanded: this.expanded,
              refreshing,
              onSort: (next) => {
                this.sort = next;
                const column = historyColumnLabel(next.key, this.t);
                this.#announce(
                  next.direction === 'ascending'
                    ? this.t('Payments sorted by {column}, ascending.', { column })
                    : this.t('Payments sorted by {column}, descending.', { column }),
                );
              },
              toggle: (paymentId) => this.#toggle(paymentId),
              actions: (payment) => this.#actions.render(payment),
              rows: this.#rows,
              t,
            })}
            ${this.#more.render(view, () => void this.#loadMore(view), t)}
          `}
    `;
  }

  #filtered(): boolean {
    return this.status !== 'all' || this.source !== 'all' || this.methodType !== 'all' || this.payerId !== '' || this.deposit !== 'all';
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
    this.announcement = silence;
    void this.updateComplete.then(() => {
      if (this.#session.client === client) this.announcement = announcement(text, this.t);
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

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-history': AlisPcHistory;
  }
}
