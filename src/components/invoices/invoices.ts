import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { consumeAlisClient, missingClientMessage } from '../shared/client-consumer.js';
import { describeLoadFailure } from '../shared/error-message.js';
import { formatDate, formatMoney, formatPeriod } from '../../core/format.js';
import { invoicesStyles } from './invoices.styles.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Invoice, InvoiceStatus, Me } from '../../sdk/types.js';

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
 * total, remaining balance and status. Shows its own loading, empty, error, signed-out and
 * "payments not enabled" states.
 *
 * @tagname alis-invoices
 * @summary The signed-in payer's invoices.
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
  static override styles = [hostStyles, commonStyles, invoicesStyles];

  static override properties = {
    client: { attribute: false },
    status: { reflect: true },
    heading: {},
    locale: {},
    pageSize: { type: Number, attribute: 'page-size' },
    loadingMore: { state: true, attribute: false },
    loadMoreError: { state: true, attribute: false },
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

  declare private loadingMore: boolean;
  declare private loadMoreError: string | null;

  readonly #clientConsumer = consumeAlisClient(this);

  readonly #loadTask = new Task(this, {
    args: () => [this.client ?? this.#clientConsumer.value, this.status, this.pageSize] as const,
    task: async ([client, status, pageSize], { signal }): Promise<InvoicesView | undefined> => {
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
    this.loadingMore = false;
    this.loadMoreError = null;
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
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading">${this.heading}</h2>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    if (!(this.client ?? this.#clientConsumer.value)) {
      return this.#notice(missingClientMessage, 'danger');
    }
    return this.#loadTask.render({
      initial: () => this.#renderLoading(),
      pending: () => (this.#loadTask.value ? this.#renderView(this.#loadTask.value, true) : this.#renderLoading()),
      error: (error) => this.#renderError(error),
      complete: (view) => (view ? this.#renderView(view, false) : this.#renderLoading()),
    }) as TemplateResult;
  }

  #renderLoading(): TemplateResult {
    return html`<p class="loading" part="notice" role="status">Loading invoices…</p>`;
  }

  #renderError(error: unknown): TemplateResult {
    const failure = describeLoadFailure(error, 'invoices');
    return html`
      <div class="notice" part="notice" data-tone=${failure.kind === 'unauthenticated' ? 'info' : 'danger'} role="alert">
        <p>${failure.message}</p>
        ${failure.canRetry ? html`<button type="button" @click=${() => this.refresh()}>Try again</button>` : nothing}
      </div>
    `;
  }

  #renderView(view: InvoicesView, refreshing: boolean): TemplateResult {
    const { community } = view.me;
    return html`
      ${community.paymentsEnabled
        ? nothing
        : this.#notice(
            `Online payments are not available at ${community.communityName} right now. You can still review your invoices here; please contact the business office to pay.`,
            'warning',
          )}
      ${view.invoices.length === 0
        ? this.#notice(this.#emptyMessage())
        : html`
            ${this.#renderTable(view.invoices, refreshing)}
            ${view.nextCursor ? this.#renderLoadMore(view) : nothing}
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

  #renderTable(invoices: Invoice[], refreshing: boolean): TemplateResult {
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
          </tr>
        </thead>
        <tbody role="rowgroup">
          ${invoices.map((invoice) => this.#renderRow(invoice))}
        </tbody>
      </table>
    `;
  }

  #renderRow(invoice: Invoice): TemplateResult {
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
      </tr>
    `;
  }

  #renderLoadMore(view: InvoicesView): TemplateResult {
    return html`
      ${this.loadMoreError ? this.#notice(this.loadMoreError, 'danger') : nothing}
      <button type="button" class="more" ?disabled=${this.loadingMore} @click=${() => this.#loadMore(view)}>
        ${this.loadingMore ? 'Loading more invoices…' : 'Show more invoices'}
      </button>
    `;
  }

  async #loadMore(view: InvoicesView): Promise<void> {
    const client = this.client ?? this.#clientConsumer.value;
    if (!client || !view.nextCursor || this.loadingMore) return;
    this.loadingMore = true;
    this.loadMoreError = null;
    try {
      const page = await client.invoices.list({ status: this.status, limit: this.pageSize, cursor: view.nextCursor });
      // The task's value is this same object, so appending keeps what is on screen and adds the rest.
      view.invoices = [...view.invoices, ...page.items];
      view.nextCursor = page.nextCursor;
    } catch (error) {
      this.loadMoreError = describeLoadFailure(error, 'invoices').message;
    } finally {
      this.loadingMore = false;
    }
  }

  #notice(message: string, tone: 'info' | 'warning' | 'danger' = 'info'): TemplateResult {
    return html`<div class="notice" part="notice" data-tone=${tone} role=${tone === 'danger' ? 'alert' : 'status'}><p>${message}</p></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-invoices': AlisInvoices;
  }
}
