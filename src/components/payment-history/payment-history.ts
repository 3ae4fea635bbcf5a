import { html, nothing, type TemplateResult } from 'lit';
import { renderMoment, renderUnbroken } from '../shared/unbroken.js';
import { Task, TaskStatus } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { SessionController } from '../shared/session.js';
import { FIRST_PAGE_SIZE, rememberPageShape, rowsShapeKeys } from '../shared/first-reads.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { RefreshOnPaymentController, ReservedSpaceController, bone, renderSkeletonTable, likelyRows, renderNotice, renderPayerGate, settled, renderSessionLoad } from '../shared/states.js';
import { announcement, renderAnnouncement, silence, type Announcement } from '../shared/live-words.js';
import { paymentStatusLabel } from '../../core/payment-status.js';
import { methodSummaryLabel } from '../../core/payment-method-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import { onDemand, OnDemandController } from '../shared/on-demand.js';
import { receiptStyles } from '../shared/receipt.styles.js';
import { LoadMoreController, idsIn } from '../shared/load-more.js';
import { RowWindowController } from '../shared/row-window.js';
import { formatMoney } from '../../core/format.js';
import { emptyPaymentsMessage, gatewayOffSentence, personLabel } from '../../core/billing-words.js';
import { paymentHistoryStyles } from './payment-history.styles.js';
import type * as ReceiptModule from '../shared/receipt.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me, Payment, PaymentStatus } from '../../sdk/types.js';

/** Which payments the history shows: `all`, or one payment status of the API. */
export type PaymentFilter = 'all' | PaymentStatus;

interface HistoryView {
  /** The client the view was loaded with: another user's payments are never shown. */
  client: AlisClient;
  me: Me;
  /** The notice shown instead of a list when the user may not see billing here (nothing was loaded). */
  gate: TemplateResult | null;
  /** The payments, as the pages that brought them: "Show more" adds a page and draws only that one. */
  pages: Payment[][];
  nextCursor: string | null;
}

/** The most rows the loading shape holds room for, whatever the page size: the rest of a long list is below the fold. */
const MAX_SKELETON_ROWS = 24;

/** The columns' bones in the loading shape, as long as their usual words (the receipt column has a button). */
const skeletonCells = [
  ['m', 'date'],
  ['m', 'reference'],
  ['l', 'payer'],
  ['m', ''],
  ['s', 'amount'],
  ['s', 'amount total'],
  ['m', ''],
] as const;

/** The filter's choices, in the order a payer looks for them, in `t`'s language. */
function filterOptions(t: Translate): ReadonlyArray<{ value: PaymentFilter; label: string }> {
  return [
    { value: 'all', label: t.ctx('payments filter', 'All') },
    ...(['pending', 'succeeded', 'failed', 'returned', 'refunded', 'partially_refunded', 'voided'] as const).map((status) => ({
      value: status,
      label: paymentStatusLabel(status, t),
    })),
  ];
}

/** An id that is safe in `id` and `aria-controls`, whatever the server's ids look like. */
/**
 * The receipt view (its words for refunds, returns and credit applications) loads when a receipt is
 * first opened, prefetched on hover and focus of "View receipt": most visits open none (issue 15).
 */
let receipts: typeof ReceiptModule | undefined;
const receiptPart = onDemand(async () => {
  receipts = await import('../shared/receipt.js');
});

const domId = (prefix: string, id: string): string => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The payments the signed-in user may see, newest first: date, reference, who paid ("You", or
 * e.g. "Karen Molloy (Daughter)"), method, total charged and status in words, each with a receipt
 * that opens in place and prints on its own. With "view billing" that is every payment on the
 * resident's account (another person's card or account shows only as "Card" or "Bank account");
 * with only "pay bills", the user's own payments and those the billing team pulled from their
 * methods. Filters by status and pages through long histories. Reloads itself when an
 * `alis-payment-submitted` event reaches the window (a payment made anywhere on the page) and
 * announces what changed. While the portal is off, or when the profile includes no billing, it
 * shows one calm notice with the office's contact and loads no payments. Shows its own loading,
 * empty, error, signed-out and "payments not enabled" states.
 *
 * @tagname alis-payment-history
 * @summary The payments the signed-in user may see, with who paid and a printable receipt for each.
 *
 * @csspart heading - The history's heading.
 * @csspart filter - The status filter (label and select).
 * @csspart table - The table of payments.
 * @csspart notice - Any state message (loading, empty, error, no access, portal off, payments not enabled).
 * @csspart payer - Each payment's "Paid by" cell.
 * @csspart status - Each payment's status badge.
 * @csspart receipt - An opened receipt.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-text-muted - Column headings and receipt labels.
 * @cssprop --alis-color-primary - Buttons and "Processing" badges.
 * @cssprop --alis-color-surface - Background of the table and receipts.
 * @cssprop --alis-color-border - Table, card and receipt borders.
 * @cssprop --alis-color-success - Text of "Succeeded" badges.
 * @cssprop --alis-color-warning - Text of "Refunded", "Partially refunded" and "Voided" badges.
 * @cssprop --alis-color-danger - Text of "Failed" and "Returned" badges and error notices.
 * @cssprop --alis-radius - Corner radius of the table, cards, receipts and notices.
 * @cssprop --alis-target-size - Minimum size of every button and of the filter (44px by default).
 */
export class AlisPaymentHistory extends AlisElement {
  static override styles = [hostStyles, commonStyles, statusBadgeStyles, receiptStyles, paymentHistoryStyles];

  static override properties = {
    client: { attribute: false },
    status: { reflect: true },
    heading: {},
    locale: {},
    pageSize: { type: Number, attribute: 'page-size' },
    expanded: { state: true, attribute: false },
    printingId: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** Which payments to show: `all` (default) or one status (`pending`, `succeeded`, `failed`, `returned`, `refunded`, `partially_refunded`, `voided`). */
  declare status: PaymentFilter;

  /** The heading above the history; "Payment history", in the reader's language, when unset. */
  declare heading: string | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** How many payments to load at a time. */
  declare pageSize: number;

  /** Ids of the payments whose receipt is open. */
  declare private expanded: ReadonlySet<string>;
  /** The payment whose receipt is being printed, if any. */
  declare private printingId: string | null;
  /** What the polite live region last said. */
  declare private announcement: Announcement;

  /** Whose payments these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  /** Renders an opened receipt once its code has loaded (Loading…, or a failure with Try again, meanwhile). */
  readonly #receipt = new OnDemandController(this, receiptPart);
  /** The host's `status` before the user picked another in the filter; restored for the next user. */
  #statusBeforeChoice: PaymentFilter | undefined;

  /** The rows, drawn only near the screen once the list is long. */
  readonly #rows = new RowWindowController(this);
  readonly #more = new LoadMoreController(this, { plural: 'payments', singular: 'payment' }, (message) => {
    this.announcement = announcement(message, this.t);
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.status, this.pageSize] as const,
    task: (args, options) => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      return this.#loadPayments(args, options);
    },
  });

  readonly #loadPayments = loadAfterMe(this.#session, async ({ api, client, me, signal }, status: PaymentFilter, pageSize: number): Promise<HistoryView> => {
    // No request for payments while the portal is off, the profile includes no billing, or the
    // signed-in user is staff.
    const gate = renderPayerGate(me);
    if (gate) return { client, me, gate, pages: [], nextCursor: null };
    const page = await api.payments.list({ ...(status === 'all' ? {} : { status }), limit: pageSize }, { signal });
    // The next loading shape holds room for as many rows as this history showed.
    rememberPageShape('alis-payment-history', status, page);
    return { client, me, gate: null, pages: [page.items], nextCursor: page.nextCursor };
  });

  readonly #onAfterPrint = (): void => {
    this.printingId = null;
  };

  constructor() {
    super();
    // The room the history took last time, which its loading shape takes next time.
    new ReservedSpaceController(
      this,
      () => `alis-payment-history:${this.status}`,
      () => {
        const view = this.#loadTask.value;
        const plain = this.expanded.size === 0 && this.#loadTask.status === TaskStatus.COMPLETE;
        return plain && view !== undefined && view.client === this.#session.client && view.pages.length <= 1;
      },
    );
    this.status = 'all';
    this.heading = undefined;
    this.pageSize = FIRST_PAGE_SIZE;
    this.expanded = new Set();
    this.printingId = null;
    this.announcement = silence;
    this.#session.reloads(this.#loadTask);
    // After a payment anywhere on the page, the new payment shows without a reload.
    new RefreshOnPaymentController(this, () => void this.refresh());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('afterprint', this.#onAfterPrint);
  }

  /**
   * Loads the payments again (the first page), e.g. after a payment made elsewhere, and announces
   * to screen readers what changed: new payments, and payments whose status moved on.
   */
  async refresh(): Promise<void> {
    const previous = this.#loadTask.value;
    const before = previous && !previous.gate ? previous.pages.flat() : undefined;
    this.announcement = silence;
    await this.#loadTask.run();
    const after = this.#loadTask.value;
    if (before && after && !after.gate && after.client === previous?.client && this.#loadTask.status === TaskStatus.COMPLETE) {
      this.announcement = announcement(describeChanges(before, after.pages.flat(), this.t), this.t);
    }
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  /** Another user signed in (or out): nothing of the previous user's stays open, filtered or announced. */
  #forgetUser(): void {
    this.expanded = new Set();
    this.printingId = null;
    this.announcement = silence;
    this.#more.reset();
    if (this.#statusBeforeChoice !== undefined) this.status = this.#statusBeforeChoice;
    this.#statusBeforeChoice = undefined;
  }

  protected override render() {
    return html`
      <section class="layout" aria-labelledby="heading" ?data-printing=${this.printingId !== null}>
        <h2 id="heading" part="heading">${this.heading ?? this.t('Payment history')}</h2>
        ${this.#renderBody()}
        ${renderAnnouncement(this.announcement, this.t)}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const t = this.t;
    return renderSessionLoad(this.#session.client, this.#loadTask, {
      loading: t('Loading payments…'),
      skeleton: () => this.#renderSkeleton(),
      subject: 'payments',
      retry: () => this.refresh(),
      t,
      view: (view, refreshing) => this.#renderView(view, refreshing),
    });
  }

  #renderView(view: HistoryView, refreshing: boolean): TemplateResult {
    const { me } = view;
    const t = this.t;
    // The gate is drawn again in the reader's language of now (it was first drawn while loading).
    if (view.gate) return renderPayerGate(me, t) ?? view.gate;
    return html`
      ${me.community.paymentsEnabled || !me.permissions.includes('pay_bills')
        ? nothing
        : renderNotice(gatewayOffSentence(me.community, 'payments', t), 'warning')}
      ${this.#renderFilter(t)}
      ${view.pages.every((page) => page.length === 0)
        ? renderNotice(emptyPaymentsMessage(me, this.status, t))
        : html`
            ${this.#renderTable(view.pages, me, refreshing, t)}
            ${this.#more.render(view, () => void this.#loadMore(view), t)}
          `}
    `;
  }

  #renderFilter(t: Translate): TemplateResult {
    return html`
      <div class="filter" part="filter">
        <label for="status-filter">${t.ctx('status filter', 'Show')}</label>
        <select id="status-filter" @change=${this.#onFilterChange}>
          ${filterOptions(t).map(
            (option) => html`<option value=${option.value} ?selected=${option.value === this.status}>${option.label}</option>`,
          )}
        </select>
      </div>
    `;
  }

  #onFilterChange(event: Event): void {
    this.#statusBeforeChoice ??= this.status;
    this.status = (event.target as HTMLSelectElement).value as PaymentFilter;
  }

  /**
   * The loading shape: the filter, the table's header and as many rows as the history most likely
   * shows (what it showed last time, else a page), each as high as a payment's row with its button;
   * the empty notice's box when the history was empty last time.
   */
  #renderSkeleton(): TemplateResult {
    const rows = likelyRows.read(rowsShapeKeys('alis-payment-history', this.status).rows, this.pageSize, Math.min(this.pageSize, MAX_SKELETON_ROWS));
    const more = likelyRows.read(rowsShapeKeys('alis-payment-history', this.status).more, 0, 1) === 1;
    const filter = html`<div class="filter">${bone('s')}${bone('m', 'control')}</div>`;
    if (rows === 0) return html`${filter}<div class="notice">${bone('l')}</div>`;
    const row = html`<tr class="payment-shape">
      ${skeletonCells.map(([length, kind]) => html`<td class=${kind}>${bone(length)}</td>`)}
      <td class="action">${bone('l', 'control')}</td>
    </tr>`;
    return html`${filter}${renderSkeletonTable(skeletonCells, row, rows, more, 'payments')}`;
  }

  #renderTable(pages: Payment[][], me: Me, refreshing: boolean, t: Translate): TemplateResult {
    return html`
      <table class="payments" part="table" role="table" aria-labelledby="heading" aria-busy=${refreshing ? 'true' : 'false'}>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${t('Date')}</th>
            <th role="columnheader" scope="col">${t('Reference')}</th>
            <th role="columnheader" scope="col">${t('Paid by')}</th>
            <th role="columnheader" scope="col">${t('Method')}</th>
            <th role="columnheader" scope="col" class="amount">${t('Amount')}</th>
            <th role="columnheader" scope="col" class="amount">${t('Total charged')}</th>
            <th role="columnheader" scope="col">${t('Status')}</th>
            <th role="columnheader" scope="col">${t('Receipt')}</th>
          </tr>
        </thead>
        ${this.#rows.renderPages(
          pages,
          8,
          (payment) => payment.id,
          (page) => [idsIn(page, this.expanded, (payment) => payment.id), this.printingId, me, this.formatLocale, this.#receipt.status, t],
          (payment) => this.#renderRows(payment, me, t),
        )}
      </table>
    `;
  }

  #renderRows(payment: Payment, me: Me, t: Translate): TemplateResult {
    const open = this.expanded.has(payment.id);
    const panelId = domId('receipt', payment.id);
    return html`
      <tr role="row" class="payment" data-payment-id=${payment.id}>
        <td role="cell" class="date">
          <span class="cell-label" aria-hidden="true">${t('Date')}</span>
          ${renderMoment(payment.createdAt, me.community.timeZone, this.formatLocale)}
        </td>
        <td role="cell" class="reference"><span class="cell-label" aria-hidden="true">${t('Reference')}</span>${payment.reference}</td>
        <td role="cell" class="payer" part="payer" data-payer-id=${payment.payer.id}>
          <span class="cell-label" aria-hidden="true">${t('Paid by')}</span><span class="name">${personLabel(me, payment.payer, t)}</span>
        </td>
        <td role="cell"><span class="cell-label" aria-hidden="true">${t('Method')}</span>${renderUnbroken(methodSummaryLabel(payment.method, t))}</td>
        <td role="cell" class="amount">
          <span class="cell-label" aria-hidden="true">${t('Amount')}</span>${formatMoney(payment.amount, this.formatLocale)}
        </td>
        <td role="cell" class="amount total">
          <span class="cell-label" aria-hidden="true">${t('Total charged')}</span>${formatMoney(payment.totalCharged, this.formatLocale)}
        </td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${t('Status')}</span>
          <span class="badge" part="status" data-status=${payment.status}>${paymentStatusLabel(payment.status, t)}</span>
        </td>
        <td role="cell" class="action">
          <button
            type="button"
            class="toggle"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${panelId}
            @pointerenter=${receiptPart.prefetch}
            @focusin=${receiptPart.prefetch}
            @click=${() => this.#toggle(payment.id)}
          >
            ${t('View receipt')}<span class="visually-hidden"> ${payment.reference}</span>
          </button>
        </td>
      </tr>
      <tr role="row" class="receipt-row" id=${panelId} ?hidden=${!open} ?data-printing=${this.printingId === payment.id}>
        <td role="cell" colspan="8">
          ${open
            ? html`
                ${this.#receipt.render(
                  () => html`${receipts?.renderReceipt(payment, { locale: this.formatLocale, timeZone: me.community.timeZone, headingLevel: 3, headingId: domId('receipt-heading', payment.id), t })}`,
                  t.ctx('your …', 'the receipt'),
                  undefined,
                  t,
                )}
                <div class="receipt-actions">
                  <button type="button" @click=${() => this.#print(payment.id)}>
                    ${t('Print receipt')}<span class="visually-hidden"> ${payment.reference}</span>
                  </button>
                </div>
              `
            : nothing}
        </td>
      </tr>
    `;
  }

  #toggle(paymentId: string): void {
    // Focus stays on the button (the disclosure pattern); the receipt follows it in reading and tab order.
    const expanded = new Set(this.expanded);
    if (!expanded.delete(paymentId)) expanded.add(paymentId);
    this.expanded = expanded;
  }

  async #print(paymentId: string): Promise<void> {
    // The print rules show only the row marked as printing; the mark goes when printing ends.
    this.printingId = paymentId;
    await this.updateComplete;
    window.removeEventListener('afterprint', this.#onAfterPrint);
    window.addEventListener('afterprint', this.#onAfterPrint, { once: true });
    window.print();
  }

  async #loadMore(view: HistoryView): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.payments.list({ ...(this.status === 'all' ? {} : { status: this.status }), limit: this.pageSize, cursor }),
      (items) => {
        view.pages = [...view.pages, items];
      },
    );
  }

}

/** What a refresh changed, in one sentence for the live region. */
function describeChanges(before: readonly Payment[], after: readonly Payment[], t: Translate): string {
  const known = new Map(before.map((payment) => [payment.id, payment.status]));
  const added = after.filter((payment) => !known.has(payment.id));
  const moved = after.filter((payment) => known.has(payment.id) && known.get(payment.id) !== payment.status);
  const parts: string[] = [];
  if (added.length > 0) parts.push(t.plural(added.length, { one: '{count} new payment', other: '{count} new payments' }));
  for (const payment of moved) {
    parts.push(t('{reference} is now {status}', { reference: payment.reference, status: paymentStatusLabel(payment.status, t).toLocaleLowerCase(t.lang) }));
  }
  return parts.length > 0 ? t('Payment history updated: {changes}.', { changes: parts.join('; ') }) : t('Payment history updated.');
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-payment-history': AlisPaymentHistory;
  }
}
