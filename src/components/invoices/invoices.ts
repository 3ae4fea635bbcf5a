import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { consumeAlisClient, missingClientMessage } from '../shared/client-consumer.js';
import { RefreshOnPaymentController, renderNotice, renderLoadTask } from '../shared/states.js';
import { LoadMoreController } from '../shared/load-more.js';
import { formatDate, formatMoney, formatPeriod } from '../../core/format.js';
import { invoicesStyles } from './invoices.styles.js';
import '../pay-flow/pay-flow.js';
import type { PayTarget } from '../pay-flow/pay-flow.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Invoice, InvoiceStatus, LineItem, Me } from '../../sdk/types.js';

/** Which invoices the list shows. */
export type InvoiceFilter = 'all' | 'open' | 'paid';

interface InvoicesView {
  me: Me;
  invoices: Invoice[];
  nextCursor: string | null;
}

const statusLabels: Record<InvoiceStatus, string> = {
  open: 'Open',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  credit: 'Credit',
};

/**
 * The invoices addressed to the signed-in payer, newest first: number, billing period, due date,
 * total, remaining balance and status, with each invoice's line items a click away. Each open
 * invoice has a **Pay** action that opens the pay flow for it, the amount editable up to its
 * balance. Shows its own loading, empty, error, signed-out and "payments not enabled" states, and
 * reloads after any payment made on the page.
 *
 * @tagname alis-invoices
 * @summary The signed-in payer's invoices, with Pay Invoice.
 *
 * @fires alis-pay-request - Cancelable; before a payment is submitted. `AlisPayRequestEvent`.
 * @fires alis-payment-submitted - A payment was taken. `AlisPaymentSubmittedEvent`.
 * @fires alis-payment-failed - Declined, refused, or the outcome could not be confirmed. `AlisPaymentFailedEvent`.
 * @fires alis-add-payment-method-request - The payer asked to add a method. `AlisAddPaymentMethodRequestEvent`.
 *
 * @csspart heading - The list's heading.
 * @csspart table - The table of invoices.
 * @csspart notice - Any state message (loading, empty, error, payments not enabled).
 * @csspart status - Each invoice's status badge.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-primary - Accent for open invoices, buttons and links.
 * @cssprop --alis-color-surface - Background of the table.
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

  /** The heading above the list. */
  declare heading: string;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** How many invoices to load at a time. */
  declare pageSize: number;

  /** Ids of invoices whose line items are shown. */
  declare private expanded: ReadonlySet<string>;
  /** The invoice being paid, if the pay flow is open. */
  declare private paying: (PayTarget & { type: 'invoice' }) | null;
  declare private announcement: string;

  readonly #clientConsumer = consumeAlisClient(this);

  readonly #more = new LoadMoreController(this, { plural: 'invoices', singular: 'invoice' }, (message) => {
    this.announcement = message;
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.client ?? this.#clientConsumer.value, this.status, this.pageSize] as const,
    task: async ([client, status, pageSize], { signal }): Promise<InvoicesView | undefined> => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      if (!client) return undefined;
      const [me, page] = await Promise.all([
        client.session.me({ signal }),
        client.invoices.list({ status, limit: pageSize }, { signal }),
      ]);
      return { me, invoices: page.items, nextCursor: page.nextCursor };
    },
  });

  constructor() {
    super();
    this.status = 'all';
    this.heading = 'Invoices';
    this.pageSize = 24;
    this.expanded = new Set();
    this.paying = null;
    this.announcement = '';
    // After a payment anywhere on the page, the new balances show without a reload.
    new RefreshOnPaymentController(this, () => {
      void this.refresh().then(() => {
        if (!this.paying) this.announcement = 'Your invoices were updated.';
      });
    });
  }

  /** Loads the invoices again, e.g. after a payment made elsewhere on the page. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  protected override render() {
    const client = this.client ?? this.#clientConsumer.value;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading">${this.heading}</h2>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${this.paying && client
          ? html`<alis-pay-flow
              .client=${client}
              .target=${this.paying}
              .locale=${this.locale}
              @alis-pay-flow-close=${this.#closeFlow}
            ></alis-pay-flow>`
          : this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    if (!(this.client ?? this.#clientConsumer.value)) {
      return renderNotice(missingClientMessage, 'danger');
    }
    return renderLoadTask(this.#loadTask, {
      loading: 'Loading invoices…',
      subject: 'invoices',
      retry: () => this.refresh(),
      view: (view, refreshing) => this.#renderView(view, refreshing),
    });
  }

  #renderView(view: InvoicesView, refreshing: boolean): TemplateResult {
    const { community } = view.me;
    return html`
      ${community.paymentsEnabled
        ? nothing
        : renderNotice(
            `Online payments are not available at ${community.communityName} right now. You can still review your invoices here; please contact the business office to pay.`,
            'warning',
          )}
      ${view.invoices.length === 0
        ? renderNotice(this.#emptyMessage())
        : html`
            ${this.#renderTable(view, refreshing)}
            ${this.#more.render(view, () => void this.#loadMore(view))}
          `}
    `;
  }

  #emptyMessage(): string {
    switch (this.status) {
      case 'open':
        return 'You have no open invoices. Nothing is due.';
      case 'paid':
        return 'You have no paid invoices yet.';
      default:
        return 'You have no invoices yet.';
    }
  }

  #renderTable(view: InvoicesView, refreshing: boolean): TemplateResult {
    const canPay = view.me.community.paymentsEnabled && view.me.permissions.includes('pay_bills');
    return html`
      <table part="table" role="table" aria-busy=${refreshing ? 'true' : 'false'}>
        <thead role="rowgroup">
          <tr role="row">
            <th role="columnheader" scope="col">Invoice</th>
            <th role="columnheader" scope="col">Period</th>
            <th role="columnheader" scope="col">Due date</th>
            <th role="columnheader" scope="col" class="amount">Total</th>
            <th role="columnheader" scope="col" class="amount">Balance</th>
            <th role="columnheader" scope="col">Status</th>
            <th role="columnheader" scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${view.invoices.map((invoice) => this.#renderRow(invoice, canPay))}
        </tbody>
      </table>
    `;
  }

  #renderRow(invoice: Invoice, canPay: boolean): TemplateResult {
    const open = this.expanded.has(invoice.id);
    const payable = canPay && invoice.balance.amountCents > 0;
    const status = invoice.overdue ? 'overdue' : invoice.status;
    const statusText = invoice.overdue ? `Overdue · ${statusLabels[invoice.status]}` : statusLabels[invoice.status];
    return html`
      <tr role="row" data-invoice-id=${invoice.id}>
        <td role="cell" class="number"><span class="cell-label" aria-hidden="true">Invoice</span>${invoice.number}</td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">Period</span>${formatPeriod(invoice.periodStart, invoice.periodEnd, this.locale)}
        </td>
        <td role="cell"><span class="cell-label" aria-hidden="true">Due</span>${formatDate(invoice.dueDate, this.locale)}</td>
        <td role="cell" class="amount"><span class="cell-label" aria-hidden="true">Total</span>${formatMoney(invoice.total, this.locale)}</td>
        <td role="cell" class="amount">
          <span class="cell-label" aria-hidden="true">Balance</span>${formatMoney(invoice.balance, this.locale)}
        </td>
        <td role="cell">
          <span class="cell-label" aria-hidden="true">Status</span>
          <span class="badge" part="status" data-status=${status}>${statusText}</span>
        </td>
        <td role="cell" class="actions">
          <button
            type="button"
            class="details"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${`lines-${invoice.id}`}
            @click=${() => this.#toggle(invoice.id)}
          >
            ${open ? 'Hide details' : 'Details'}<span class="visually-hidden"> of invoice ${invoice.number}</span>
          </button>
          ${payable
            ? html`<button type="button" class="primary pay" data-pay=${invoice.id} @click=${() => this.#pay(invoice)}>
                Pay<span class="visually-hidden"> invoice ${invoice.number}</span>
              </button>`
            : nothing}
        </td>
      </tr>
      <tr role="row" class="lines" id=${`lines-${invoice.id}`} ?hidden=${!open}>
        <td role="cell" colspan="7">${open ? this.#renderLineItems(invoice) : nothing}</td>
      </tr>
    `;
  }

  #renderLineItems(invoice: Invoice): TemplateResult {
    return html`
      <ul class="line-items" aria-label=${`Charges on invoice ${invoice.number}`}>
        ${invoice.lineItems.map((line: LineItem) => html`
          <li>
            <span class="description">
              ${line.description}
              ${line.quantity > 1 ? html`<span class="muted"> · ${line.quantity} × ${formatMoney(line.unitAmount, this.locale)}</span>` : nothing}
              ${line.serviceDate ? html`<span class="muted"> · ${formatDate(line.serviceDate, this.locale)}</span>` : nothing}
            </span>
            <span class="amount">${formatMoney(line.amount, this.locale)}</span>
          </li>
        `)}
        <li class="subtotal"><span>Paid so far</span><span class="amount">${formatMoney(invoice.paid, this.locale)}</span></li>
        <li class="subtotal"><span>${invoice.balance.amountCents < 0 ? 'Credit' : 'Balance'}</span><span class="amount">${formatMoney(invoice.balance, this.locale)}</span></li>
      </ul>
    `;
  }

  #toggle(invoiceId: string): void {
    const next = new Set(this.expanded);
    if (!next.delete(invoiceId)) next.add(invoiceId);
    this.expanded = next;
  }

  #pay(invoice: Invoice): void {
    this.announcement = '';
    this.paying = { type: 'invoice', invoiceId: invoice.id, invoiceNumber: invoice.number, balance: invoice.balance };
  }

  async #closeFlow(): Promise<void> {
    const invoiceId = this.paying?.invoiceId;
    this.paying = null;
    await this.updateComplete;
    // Focus returns to the invoice's Pay button, or its row's details button once it is paid in full.
    const row = this.renderRoot.querySelector(`tr[data-invoice-id="${CSS.escape(invoiceId ?? '')}"]`);
    (row?.querySelector<HTMLElement>('button.pay') ?? row?.querySelector<HTMLElement>('button.details') ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

  async #loadMore(view: InvoicesView): Promise<void> {
    const client = this.client ?? this.#clientConsumer.value;
    if (!client) return;
    await this.#more.loadNext(
      view,
      (cursor) => client.invoices.list({ status: this.status, limit: this.pageSize, cursor }),
      (items) => {
        view.invoices = [...view.invoices, ...items];
      },
    );
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'alis-invoices': AlisInvoices;
  }
}
