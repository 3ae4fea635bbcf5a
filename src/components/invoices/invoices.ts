import { html, nothing, type TemplateResult } from 'lit';
import { renderPhrases, renderUnbroken } from '../shared/unbroken.js';
import { Task, TaskStatus } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { SessionController } from '../shared/session.js';
import { FIRST_PAGE_SIZE, rememberPageShape, rowsShapeKeys } from '../shared/first-reads.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { RefreshOnPaymentController, ReservedSpaceController, bone, renderSkeletonTable, likelyRows, settled, renderNotice, renderPayerGate, renderSessionLoad } from '../shared/states.js';
import { announcement, renderAnnouncement, silence, type Announcement } from '../shared/live-words.js';
import { prefetchPayFlow, renderPayFlowInPlace } from '../shared/pay-flow-in-place.js';
import { LoadMoreController, idsIn } from '../shared/load-more.js';
import { RowWindowController } from '../shared/row-window.js';
import { formatDate, formatMoney, formatPeriod } from '../../core/format.js';
import { billingAccess, canPayInvoice, isAddressedToMe } from '../../core/billing-access.js';
import { emptyInvoicesMessage, gatewayOffSentence, invoicesHeading, personLabel, readdressSentence, viewOnlySentence, invoiceStatusLabel } from '../../core/billing-words.js';
import { invoicesStyles } from './invoices.styles.js';
import type { PayTarget } from '../pay-flow/pay-flow.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Invoice, LineItem, Me, Outstanding } from '../../sdk/types.js';
import { creditCoversSentence } from '../../core/credit-plan.js';
import type { Translate } from '../../core/i18n/translate.js';

/** Which invoices the list shows. */
export type InvoiceFilter = 'all' | 'open' | 'paid';

interface InvoicesView {
  /** The client the view was loaded with: a view of another user's client is never shown. */
  client: AlisClient;
  me: Me;
  /** Whether a notice is shown instead of a list, the user not seeing billing here (nothing was loaded). */
  gate: boolean;
  /** The invoices, as the pages that brought them: "Show more" adds a page and draws only that one. */
  pages: Invoice[][];
  nextCursor: string | null;
  /** What the payer owes and the credit they hold on account (null for someone who may not pay). */
  outstanding: Outstanding | null;
}

/** The most rows the loading shape holds room for, whatever the page size: the rest of a long list is below the fold. */
const MAX_SKELETON_ROWS = 24;

/** The columns' bones in the loading shape, as long as their usual words (the actions column has buttons). */
const skeletonCells = [
  ['m', ''],
  ['l', 'period'],
  ['m', 'due'],
  ['l', 'addressee'],
  ['s', 'amount'],
  ['s', 'amount'],
  ['m', ''],
] as const;

/**
 * The invoices the signed-in user may see, newest first: number, billing period, due date, who it
 * is addressed to ("You", or e.g. "Karen Molloy (Daughter)"), total, remaining balance and status,
 * with each invoice's line items a click away. Seeing follows the user's profile: with "view
 * billing" every invoice of their resident, with only "pay bills" those addressed to them. Paying
 * follows the addressee: **Pay** (the amount editable up to the balance) appears only on open
 * invoices addressed to the user when their profile pays bills; an open invoice addressed to
 * someone else says in words to whom, and that the billing office can re-address it, with the
 * office's contact. A view-only user reads one sentence instead of Pay buttons. While the portal is
 * off, or when the profile includes no billing, it shows one calm notice with the office's contact
 * and loads no invoices. Shows its own loading, empty, error, signed-out and "payments not
 * enabled" states, reloads after any payment made on the page, and as the new user (closing an
 * open pay flow) when the provider's token changes.
 *
 * @tagname alis-invoices
 * @summary The invoices the signed-in user may see, with Pay Invoice on those addressed to them.
 *
 * @fires {AlisPayRequestEvent} alis-pay-request - Cancelable; before a payment is submitted.
 * @fires {AlisPaymentSubmittedEvent} alis-payment-submitted - A payment was taken.
 * @fires {AlisPaymentFailedEvent} alis-payment-failed - Declined, refused, or the outcome could not be confirmed.
 * @fires {AlisAddPaymentMethodRequestEvent} alis-add-payment-method-request - The payer asked to add a method.
 *
 * @csspart heading - The list's heading.
 * @csspart table - The table of invoices.
 * @csspart notice - Any state message (loading, empty, error, no access, portal off, view only, payments not enabled).
 * @csspart status - Each invoice's status badge.
 * @csspart addressee - Each invoice's "Addressed to" cell.
 * @csspart addressee-note - The sentence under an open invoice addressed to someone else: to whom, and how to have it re-addressed.
 * @csspart credit-note - The sentence under an open invoice that credit on account already covers (no Pay then).
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-primary - Accent for open invoices, buttons and links.
 * @cssprop --alis-color-surface - Background of the table.
 * @cssprop --alis-color-surface-alt - Background of the column headings, line items and re-address notes.
 * @cssprop --alis-color-text-muted - Column headings and secondary text.
 * @cssprop --alis-color-border - Table and card borders.
 * @cssprop --alis-color-success - Text of "Paid" badges.
 * @cssprop --alis-color-danger - Text of "Overdue" badges and error notices.
 * @cssprop --alis-radius - Corner radius of the table, cards and notices.
 * @cssprop --alis-target-size - Minimum size of every button (44px by default).
 */
export class AlisInvoices extends AlisElement {
  static override styles = [hostStyles, commonStyles, statusBadgeStyles, invoicesStyles];

  static override properties = {
    client: { attribute: false },
    status: { reflect: true },
    heading: {},
    locale: {},
    pageSize: { type: Number, attribute: 'page-size' },
    expanded: { state: true, attribute: false },
    paying: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** Which invoices to show: `all` (default), `open` (a balance is due) or `paid`. */
  declare status: InvoiceFilter;

  /**
   * The heading above the list. When unset it says whose invoices these are: "Invoices for Harold
   * Jensen" for someone who sees a resident's billing, "Your invoices" for the resident, "Invoices
   * addressed to you" for someone who sees only what they pay.
   */
  declare heading: string | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** How many invoices to load at a time. */
  declare pageSize: number;

  /** Ids of invoices whose line items are shown. */
  declare private expanded: ReadonlySet<string>;
  /** The invoice being paid, if the pay flow is open. */
  declare private paying: (PayTarget & { type: 'invoice' }) | null;
  declare private announcement: Announcement;

  /** Whose invoices these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  /** The rows, drawn only near the screen once the list is long. */
  readonly #rows = new RowWindowController(this);
  readonly #more = new LoadMoreController(this, { plural: 'invoices', singular: 'invoice' }, (message) => {
    this.announcement = announcement(message, this.t);
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.status, this.pageSize] as const,
    task: (args, options) => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      return this.#loadInvoices(args, options);
    },
  });

  readonly #loadInvoices = loadAfterMe(this.#session, async ({ api, client, me, signal }, status: InvoiceFilter, pageSize: number): Promise<InvoicesView> => {
    // Who the user is decides whether to ask for invoices at all: no request while the portal is
    // off or the profile includes no billing.
    if (renderPayerGate(me)) return { client, me, gate: true, pages: [], nextCursor: null, outstanding: null };
    // Credit on account may cover what the payer owes: then Pay Invoice would be refused, and the
    // list says so instead of offering it.
    const [page, outstanding] = await Promise.all([
      api.invoices.list({ status, limit: pageSize }, { signal }),
      // Only a hint for the Pay buttons: the list still shows when it cannot be read.
      me.permissions.includes('pay_bills') ? api.outstanding.get({ signal }).catch(() => null) : Promise.resolve(null),
    ]);
    // The next loading shape holds room for as many rows as this list showed.
    rememberPageShape('alis-invoices', status, page);
    return { client, me, gate: false, pages: [page.items], nextCursor: page.nextCursor, outstanding };
  });

  constructor() {
    super();
    // The room the list took last time, which its loading shape takes next time.
    new ReservedSpaceController(
      this,
      () => `alis-invoices:${this.status}`,
      () => {
        const view = this.#loadTask.value;
        const plain = !this.paying && this.expanded.size === 0 && this.#loadTask.status === TaskStatus.COMPLETE;
        return plain && view !== undefined && view.client === this.#session.client && view.pages.length <= 1;
      },
    );
    this.status = 'all';
    this.heading = undefined;
    this.pageSize = FIRST_PAGE_SIZE;
    this.expanded = new Set();
    this.paying = null;
    this.announcement = silence;
    this.#session.reloads(this.#loadTask);
    // After a payment anywhere on the page, the new balances show without a reload.
    new RefreshOnPaymentController(this, () => {
      void this.refresh().then(() => {
        if (!this.paying) this.announcement = announcement(this.t('Your invoices were updated.'), this.t);
      });
    });
  }

  /** Loads the invoices again, e.g. after a payment made elsewhere on the page. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  /** Another user signed in (or out): nothing of the previous user's stays open, expanded or announced. */
  #forgetUser(): void {
    this.paying = null;
    this.expanded = new Set();
    this.announcement = silence;
    this.#more.reset();
  }

  protected override render() {
    const t = this.t;
    const client = this.#session.client;
    const view = this.#loadTask.value;
    const heading = this.heading ?? (view && view.client === client && !view.gate ? invoicesHeading(view.me, t) : t('Invoices'));
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${heading}</h2>
        ${renderAnnouncement(this.announcement, this.t)}
        ${this.paying && client ? renderPayFlowInPlace(client, this.paying, this.formatLocale, () => this.#closeFlow(), t) : this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const t = this.t;
    return renderSessionLoad(this.#session.client, this.#loadTask, {
      loading: t('Loading invoices…'),
      skeleton: () => this.#renderSkeleton(),
      subject: 'invoices',
      retry: () => this.refresh(),
      view: (view, refreshing) => this.#renderView(view, refreshing),
      t,
    });
  }

  #renderView(view: InvoicesView, refreshing: boolean): TemplateResult {
    const t = this.t;
    const { me } = view;
    if (view.gate) return renderPayerGate(me, t) ?? html``;
    const access = billingAccess(me);
    return html`
      ${access === 'view'
        ? renderNotice(viewOnlySentence(me, t))
        : me.community.paymentsEnabled
          ? nothing
          : renderNotice(gatewayOffSentence(me.community, 'invoices', t), 'warning')}
      ${view.pages.every((page) => page.length === 0)
        ? renderNotice(emptyInvoicesMessage(me, this.status, t))
        : html`
            ${this.#renderTable(view, refreshing)}
            ${this.#more.render(view, () => void this.#loadMore(view), t)}
          `}
    `;
  }

  #renderTable(view: InvoicesView, refreshing: boolean): TemplateResult {
    const t = this.t;
    return html`
      <table part="table" role="table" aria-busy=${refreshing ? 'true' : 'false'}>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">${t('Invoice')}</th>
            <th role="columnheader" scope="col">${t('Period')}</th>
            <th role="columnheader" scope="col">${t('Due date')}</th>
            <th role="columnheader" scope="col">${t('Addressed to')}</th>
            <th role="columnheader" scope="col" class="amount">${t('Total')}</th>
            <th role="columnheader" scope="col" class="amount">${t('Balance')}</th>
            <th role="columnheader" scope="col">${t('Status')}</th>
            <th role="columnheader" scope="col"><span class="visually-hidden">${t('Actions')}</span></th>
          </tr>
        </thead>
        ${this.#rows.renderPages(
          view.pages,
          8,
          (invoice) => invoice.id,
          (page) => [idsIn(page, this.expanded, (invoice) => invoice.id), view.me, view.outstanding, this.formatLocale, t],
          (invoice) => this.#renderRow(invoice, view.me, view.outstanding, t),
        )}
      </table>
    `;
  }

  /**
   * The loading shape: the table's header and as many rows as the list most likely shows (what it
   * showed last time, else a page), each as high as an invoice's row with its buttons; the empty
   * notice's box when the list was empty last time.
   */
  #renderSkeleton(): TemplateResult {
    const rows = likelyRows.read(rowsShapeKeys('alis-invoices', this.status).rows, this.pageSize, Math.min(this.pageSize, MAX_SKELETON_ROWS));
    const more = likelyRows.read(rowsShapeKeys('alis-invoices', this.status).more, 0, 1) === 1;
    if (rows === 0) return html`<div class="notice">${bone('l')}</div>`;
    const row = html`<tr>
      ${skeletonCells.map(([length, kind]) => html`<td class=${kind}>${bone(length)}</td>`)}
      <td class="actions"><div class="row-actions">${bone('l', 'control')}</div></td>
    </tr>`;
    return renderSkeletonTable(skeletonCells, row, rows, more);
  }

  #renderRow(invoice: Invoice, me: Me, outstanding: Outstanding | null, t: Translate): TemplateResult {
    const open = this.expanded.has(invoice.id);
    // Credit on account that covers all the payer owes: paying this invoice too would pay it twice.
    const covered = outstanding !== null && outstanding.unappliedCredit.amountCents > 0 && outstanding.total.amountCents <= 0;
    const payable = canPayInvoice(me, invoice) && !covered;
    const creditNote = covered && canPayInvoice(me, invoice);
    // Someone who pays bills, looking at an open invoice addressed to another person, is told why
    // there is no Pay and what to do; a view-only user already read that they cannot pay.
    const addressedElsewhere = invoice.balance.amountCents > 0 && me.permissions.includes('pay_bills') && !isAddressedToMe(me, invoice);
    const noteId = `addressee-note-${invoice.id}`;
    const status = invoice.overdue ? 'overdue' : invoice.status;
    const statusText = invoice.overdue
      ? t('Overdue · {status}', { status: invoiceStatusLabel(invoice.status, t) })
      : invoiceStatusLabel(invoice.status, t);
    return html`
      <tr role="row" data-invoice-id=${invoice.id}>
        <td role="cell" class="number"><span class="cell-label" aria-hidden="true">${t('Invoice')}</span>${renderUnbroken(invoice.number)}</td>
        <td role="cell" class="period">
          <span class="cell-label" aria-hidden="true">${t('Period')}</span>${renderPhrases(formatPeriod(invoice.periodStart, invoice.periodEnd, this.formatLocale))}
        </td>
        <td role="cell" class="due"><span class="cell-label" aria-hidden="true">${t.ctx('invoice cell', 'Due')}</span><span class="nowrap"
            >${formatDate(invoice.dueDate, this.formatLocale)}</span
          ></td>
        <td role="cell" class="addressee" part="addressee" data-addressee-id=${invoice.addressee.id}>
          <span class="cell-label" aria-hidden="true">${t('Addressed to')}</span><span class="name">${personLabel(me, invoice.addressee, t)}</span>
        </td>
        <td role="cell" class="amount"><span class="cell-label" aria-hidden="true">${t('Total')}</span>${formatMoney(invoice.total, this.formatLocale)}</td>
        <td role="cell" class="amount">
          <span class="cell-label" aria-hidden="true">${t('Balance')}</span>${formatMoney(invoice.balance, this.formatLocale)}
        </td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">${t('Status')}</span>
          <span class="badge" part="status" data-status=${status}>${renderPhrases(statusText)}</span>
        </td>
        <td role="cell" class="actions">
          <div class="row-actions">
            <button
              type="button"
              class="details"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls=${`lines-${invoice.id}`}
              aria-describedby=${addressedElsewhere ? noteId : nothing}
              @click=${() => this.#toggle(invoice.id)}
            >
              ${open ? t('Hide details') : t('Details')}<span class="visually-hidden"> ${t('of invoice {number}', { number: invoice.number })}</span>
            </button>
            ${payable
              ? html`<button type="button" class="primary pay" data-pay=${invoice.id} @pointerenter=${prefetchPayFlow} @focusin=${prefetchPayFlow} @click=${() => this.#pay(invoice)}>
                  ${t('Pay')}<span class="visually-hidden"> ${t.ctx('Pay …', 'invoice {number}', { number: invoice.number })}</span>
                </button>`
              : nothing}
          </div>
        </td>
      </tr>
      ${creditNote && outstanding
        ? html`<tr role="row" class="addressee-note" data-credit-note-for=${invoice.id}>
            <td role="cell" colspan="8">
              <p part="credit-note">${renderUnbroken(creditCoversSentence(outstanding.unappliedCredit, (m) => formatMoney(m, this.formatLocale), t))}</p>
            </td>
          </tr>`
        : nothing}
      ${addressedElsewhere
        ? html`<tr role="row" class="addressee-note" data-note-for=${invoice.id}>
            <td role="cell" colspan="8"><p id=${noteId} part="addressee-note">${renderUnbroken(readdressSentence(invoice, me.community.billingOffice, t))}</p></td>
          </tr>`
        : nothing}
      <tr role="row" class="lines" id=${`lines-${invoice.id}`} ?hidden=${!open}>
        <td role="cell" colspan="8">${open ? this.#renderLineItems(invoice, t) : nothing}</td>
      </tr>
    `;
  }

  #renderLineItems(invoice: Invoice, t: Translate): TemplateResult {
    return html`
      <ul class="line-items" aria-label=${t('Charges on invoice {number}', { number: invoice.number })}>
        ${invoice.lineItems.map((line: LineItem) => html`
          <li>
            <span class="description">
              ${line.description}
              ${line.quantity > 1 ? html`<span class="muted"> · ${line.quantity} × ${formatMoney(line.unitAmount, this.formatLocale)}</span>` : nothing}
              ${line.serviceDate ? html`<span class="muted"> · ${formatDate(line.serviceDate, this.formatLocale)}</span>` : nothing}
            </span>
            <span class="amount">${formatMoney(line.amount, this.formatLocale)}</span>
          </li>
        `)}
        <li class="subtotal"><span>${t('Paid so far')}</span><span class="amount">${formatMoney(invoice.paid, this.formatLocale)}</span></li>
        <li class="subtotal"><span>${invoice.balance.amountCents < 0 ? t.ctx('invoice subtotal', 'Credit') : t('Balance')}</span><span class="amount">${formatMoney(invoice.balance, this.formatLocale)}</span></li>
      </ul>
    `;
  }

  #toggle(invoiceId: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(invoiceId)) next.add(invoiceId);
    this.expanded = next;
  }

  #pay(invoice: Invoice): void {
    this.announcement = silence;
    this.paying = { type: 'invoice', invoiceId: invoice.id, invoiceNumber: invoice.number, balance: invoice.balance };
  }

  async #closeFlow(): Promise<void> {
    const invoiceId = this.paying?.invoiceId ?? '';
    this.paying = null;
    await this.updateComplete;
    this.#focusRow(invoiceId);
    // The flow may have ended on a refusal because the invoice changed meanwhile (addressed to
    // someone else, payments switched off): show it as it is now. If its Pay button goes, focus
    // moves to the row's Details button rather than being lost.
    await this.refresh();
    if (document.activeElement === document.body || document.activeElement === null) this.#focusRow(invoiceId);
  }

  /** Focus on the invoice's Pay button, or its row's Details button when it has none (paid, or not the user's). */
  #focusRow(invoiceId: string): void {
    const row = this.renderRoot.querySelector(`tr[data-invoice-id="${CSS.escape(invoiceId)}"]`);
    (row?.querySelector<HTMLElement>('button.pay') ?? row?.querySelector<HTMLElement>('button.details') ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  async #loadMore(view: InvoicesView): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.invoices.list({ status: this.status, limit: this.pageSize, cursor }),
      (items) => {
        view.pages = [...view.pages, items];
      },
    );
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'alis-invoices': AlisInvoices;
  }
}
