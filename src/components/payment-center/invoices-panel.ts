import { html, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { renderNotice, settled, renderSessionLoad } from '../shared/states.js';
import { announcement, renderAnnouncement, silence, type Announcement } from './live-words.js';
import { isStaff, renderStaffOnly, renderPanelHeading } from '../shared/staff.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import type { SortState } from '../../core/sorting.js';
import { invoiceSearchSentence, invoicesSortedSentence, noInvoicesSentence, type InvoiceSortKey } from '../../core/invoice-words.js';
import { AlisInvoiceAddresseeChangedEvent } from '../../events/staff-events.js';
import { invoicesPanelStyles } from './invoices-panel.styles.js';
import { AddresseeEditorController } from './invoice-addressee.js';
import { renderInvoicesTable, renderInvoicesToolbar } from './invoices-table.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Invoice, InvoiceStatusFilter, Me, StaffInvoiceListQuery } from '../../sdk/types.js';

export type { InvoiceSortKey } from '../../core/invoice-words.js';

interface InvoicesView {
  /** Whose session the view was loaded in: another user's view is never shown. */
  client: AlisClient;
  me: Me;
  invoices: Invoice[];
  nextCursor: string | null;
}

/** How long typing in the search box waits before searching. */
const SEARCH_DELAY_MS = 300;

/**
 * The Payment Center's invoices: every invoice of the community, searchable by resident or payer
 * name and filtered by status, with sortable columns (number, resident, addressed to, period, due
 * date, total, balance, status) and "Show more". Each invoice's **Options** open in place, with
 * **Edit addressee**: choose the resident or one of the resident's contacts, read what the change
 * will do ("From now on only … can pay …"; who sees it follows each person's profile), and save. A refusal is shown in the editor and
 * changes nothing. **History** (an `<alis-audit-trail>`, loaded with the first options opened) shows who
 * readdressed the invoice and when, with the names before and after. A payer's token gets a "staff
 * only" notice.
 *
 * @tagname alis-pc-invoices
 * @summary Payment Center: every invoice, and who it is addressed to.
 *
 * @fires {AlisInvoiceAddresseeChangedEvent} alis-invoice-addressee-changed - An invoice was readdressed.
 *
 * @csspart heading - The panel's heading.
 * @csspart search - The search and status filter toolbar.
 * @csspart table - The table of invoices.
 * @csspart status - Each invoice's status badge.
 * @csspart options - An invoice's opened options.
 * @csspart notice - State messages (loading, empty, error, staff only).
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-text-muted - Column headings and hints.
 * @cssprop --alis-color-primary - Buttons and "Open" badges.
 * @cssprop --alis-color-surface - Background of the table and panels.
 * @cssprop --alis-color-border - Table and panel borders.
 * @cssprop --alis-color-success - "Paid" badges and confirmations.
 * @cssprop --alis-color-warning - "Partially paid" and "Credit" badges.
 * @cssprop --alis-color-danger - "Overdue" badges and refusals.
 * @cssprop --alis-radius - Corner radius of the table, panels and badges.
 * @cssprop --alis-target-size - Minimum size of every control (44px by default).
 */
export class AlisPcInvoices extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, statusBadgeStyles, staffStyles, invoicesPanelStyles];

  static override properties = {
    client: { attribute: false },
    locale: {},
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    pageSize: { type: Number, attribute: 'page-size' },
    status: { reflect: true },
    search: {},
    searchText: { state: true, attribute: false },
    sort: { state: true, attribute: false },
    optionsOpen: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** The panel's heading; "Invoices", in the reader's language, when unset. */
  declare heading: string | undefined;

  /** Level of the panel's heading (2 alone on a page, 3 inside `<alis-payment-center>`). */
  declare headingLevel: 2 | 3;

  /** How many invoices to load at a time. */
  declare pageSize: number;

  /** Which invoices to list: `all` (default), `open` (a balance is due) or `paid`. */
  declare status: InvoiceStatusFilter;

  /** The search in force: part of a resident's or addressee's name; empty lists every invoice. */
  declare search: string;

  /** What is typed in the search box (searched for after a short pause, or on Enter). */
  declare private searchText: string;
  declare private sort: SortState<InvoiceSortKey> | null;
  /** Ids of invoices whose options are open. */
  declare private optionsOpen: ReadonlySet<string>;
  declare private announcement: Announcement;

  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  /** Whose invoices these are; another user's session starts afresh (see `#startAfresh`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#startAfresh() });

  readonly #more = new LoadMoreController(this, { plural: 'invoices', singular: 'invoice' }, (message) => {
    this.announcement = announcement(message, this.t);
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.status, this.search.trim(), this.pageSize] as const,
    task: (args, options) => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      return this.#loadInvoices(args, options);
    },
  });

  readonly #loadInvoices = loadAfterMe(
    this.#session,
    async ({ api, client, me, signal }, status: InvoiceStatusFilter, search: string, pageSize: number): Promise<InvoicesView> => {
      // A payer's token asks for nothing but who they are.
      if (!isStaff(me)) return { client, me, invoices: [], nextCursor: null };
      const page = await api.staff.invoices.list(this.#query(status, search, pageSize), { signal });
      return { client, me, invoices: page.items, nextCursor: page.nextCursor };
    },
  );

  /** The addressee editor inside an invoice's options. */
  readonly #addressee = new AddresseeEditorController(this, {
    session: this.#session,
    t: () => this.t,
    onReaddressed: (updated, previousId) => {
      this.#replace(updated);
      this.emit(new AlisInvoiceAddresseeChangedEvent(updated, previousId));
    },
    announce: (text) => this.#announce(text),
  });

  constructor() {
    super();
    this.heading = undefined;
    this.headingLevel = 2;
    this.pageSize = 50;
    this.status = 'all';
    this.search = '';
    this.#startAfresh();
    this.#session.reloads(this.#loadTask);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#searchTimer);
    super.disconnectedCallback();
  }

  /**
   * No search typed, sort, open options, addressee editor, outcome or announcement: how the panel
   * starts, and how it starts again when another user signs in (or out).
   */
  #startAfresh(): void {
    clearTimeout(this.#searchTimer);
    this.search = '';
    this.searchText = '';
    this.sort = null;
    this.optionsOpen = new Set();
    this.announcement = silence;
    this.#addressee.forget();
    this.#more.reset();
  }

  /** Loads the first page again with the current search and filter. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A search set from outside shows in the box; one typed there is already in it.
    if (changed.has('search') && this.search.trim() !== this.searchText.trim()) this.searchText = this.search;
  }

  #query(status: InvoiceStatusFilter, search: string, pageSize: number): StaffInvoiceListQuery {
    return { status, limit: pageSize, ...(search ? { search } : {}) };
  }

  protected override render() {
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="heading">
        ${renderPanelHeading(this.headingLevel, this.heading ?? t('Invoices'))} ${renderAnnouncement(this.announcement, t)}
        ${renderSessionLoad(this.#session.client, this.#loadTask, {
          loading: t('Loading invoices…'),
          subject: 'invoices',
          t,
          retry: () => this.refresh(),
          view: (view, refreshing) => this.#renderView(view, refreshing),
        })}
      </section>
    `;
  }

  #renderView(view: InvoicesView, refreshing: boolean): TemplateResult {
    const t = this.t;
    if (!isStaff(view.me)) return renderStaffOnly(t('The Payment Center’s invoice list'), t);
    const toolbar = renderInvoicesToolbar({
      t,
      searchText: this.searchText,
      status: this.status,
      onSearchInput: (event) => this.#onSearchInput(event),
      onSearchSubmit: (event) => this.#onSearchSubmit(event),
      onStatus: (status) => (this.status = status),
    });
    if (view.invoices.length === 0) return html`${toolbar} ${renderNotice(noInvoicesSentence(this.search.trim(), this.status, t))}`;
    const table = {
      t,
      locale: this.formatLocale,
      sort: this.sort,
      onSort: (next: SortState<InvoiceSortKey>) => {
        this.sort = next;
        this.#announce(invoicesSortedSentence(next, this.t));
      },
      optionsOpen: this.optionsOpen,
      toggleOptions: (invoiceId: string) => this.#toggleOptions(invoiceId),
      renderOptions: (invoice: Invoice) =>
        this.#addressee.render(invoice, { client: this.#session.client, locale: this.formatLocale, historyHeadingLevel: this.headingLevel === 3 ? 4 : 3 }),
    };
    return html`
      ${toolbar} ${renderInvoicesTable(table, view.invoices, refreshing)}
      ${this.#more.render(view, () => void this.#loadMore(view), t)}
    `;
  }

  #onSearchInput(event: Event): void {
    this.searchText = (event.target as HTMLInputElement).value;
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#applySearch(), SEARCH_DELAY_MS);
  }

  #onSearchSubmit(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.#searchTimer);
    this.#applySearch();
  }

  #applySearch(): void {
    const next = this.searchText.trim();
    if (next === this.search.trim()) return;
    this.search = next;
    // The new search starts loading in the next update; its result is announced once it is in.
    void this.updateComplete
      .then(() => this.loadComplete)
      .then(() => {
        const view = this.#loadTask.value;
        if (this.#loadTask.status !== TaskStatus.COMPLETE || !view || this.search !== next) return;
        this.#announce(invoiceSearchSentence(next, view.invoices.length, view.nextCursor !== null, this.t));
      });
  }

  #toggleOptions(invoiceId: string): void {
    const next = new Set(this.optionsOpen);
    if (!next.delete(invoiceId)) next.add(invoiceId);
    else this.#addressee.optionsClosing(invoiceId);
    this.optionsOpen = next;
  }

  /** Puts the engine's new copy of an invoice in place. */
  #replace(invoice: Invoice): void {
    const view = this.#loadTask.value;
    if (!view) return;
    // The task's value is this same object, so replacing in it keeps what is on screen and its pages.
    view.invoices = view.invoices.map((i) => (i.id === invoice.id ? invoice : i));
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

  async #loadMore(view: InvoicesView): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.staff.invoices.list({ ...this.#query(this.status, this.search.trim(), this.pageSize), cursor }),
      (items) => {
        view.invoices = appendNew(view.invoices, items, (row) => row.id);
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-invoices': AlisPcInvoices;
  }
}
