import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { renderLoadError, renderLoading, renderNotice, renderLoadTask } from '../shared/states.js';
import { isStaff, renderSortableHeader, renderStaffOnly, renderPanelHeading } from '../shared/staff.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { formatDate, formatMoney, formatPeriod } from '../../core/format.js';
import { AlisInvoiceAddresseeChangedEvent } from '../../events/staff-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { invoicesPanelStyles } from './invoices-panel.styles.js';
import '../audit-trail/audit-trail.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Invoice, InvoiceStatus, InvoiceStatusFilter, Me, Resident, StaffInvoiceListQuery } from '../../sdk/types.js';

/** A sortable column of the invoices table. */
export type InvoiceSortKey = 'number' | 'resident' | 'addressee' | 'period' | 'dueDate' | 'total' | 'balance' | 'status';

interface InvoicesView {
  /** Whose session the view was loaded in: another user's view is never shown. */
  client: AlisClient;
  me: Me;
  invoices: Invoice[];
  nextCursor: string | null;
}

/** Someone an invoice can be addressed to: the resident or one of the resident's contacts. */
interface AddresseeChoice {
  id: string;
  name: string;
  role: string;
}

const statusLabels: Record<InvoiceStatus, string> = {
  open: 'Open',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  credit: 'Credit',
};

const columnLabels: Record<InvoiceSortKey, string> = {
  number: 'number',
  resident: 'resident',
  addressee: 'addressed to',
  period: 'period',
  dueDate: 'due date',
  total: 'total',
  balance: 'balance',
  status: 'status',
};

/** How long typing in the search box waits before searching. */
const SEARCH_DELAY_MS = 300;

/** An id that is safe in `id` and ARIA references, whatever the server's ids look like. */
const domId = (prefix: string, id: string): string => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/**
 * The Payment Center's invoices: every invoice of the community, searchable by resident or payer
 * name and filtered by status, with sortable columns (number, resident, addressed to, period, due
 * date, total, balance, status) and "Show more". Each invoice's **Options** open in place, with
 * **Edit addressee**: choose the resident or one of the resident's contacts, read what the change
 * will do ("From now on only … can pay …"; who sees it follows each person's profile), and save. A refusal is shown in the editor and
 * changes nothing. **History** (an `<alis-audit-trail>`, which must be registered) shows who
 * readdressed the invoice and when, with the names before and after. A payer's token gets a "staff
 * only" notice.
 *
 * @tagname alis-pc-invoices
 * @summary Payment Center: every invoice, and who it is addressed to.
 *
 * @fires alis-invoice-addressee-changed - An invoice was readdressed. `AlisInvoiceAddresseeChangedEvent`.
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
    editing: { state: true, attribute: false },
    choice: { state: true, attribute: false },
    saving: { state: true, attribute: false },
    editError: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** The panel's heading. */
  declare heading: string;

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
  /** The invoice whose addressee is being edited. */
  declare private editing: string | null;
  /** The party chosen in the addressee editor. */
  declare private choice: string | null;
  declare private saving: boolean;
  declare private editError: string | null;
  declare private outcome: { invoiceId: string; text: string } | null;
  declare private announcement: string;

  #searchTimer: ReturnType<typeof setTimeout> | undefined;

  /** Whose invoices these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #more = new LoadMoreController(this, { plural: 'invoices', singular: 'invoice' }, (message) => {
    this.announcement = message;
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.status, this.search.trim(), this.pageSize] as const,
    task: async ([client, status, search, pageSize], { signal }): Promise<InvoicesView | undefined> => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      // A payer's token asks for nothing but who they are.
      const me = await api.session.me({ signal });
      if (!isStaff(me)) return { client, me, invoices: [], nextCursor: null };
      const page = await api.staff.invoices.list(this.#query(status, search, pageSize), { signal });
      return { client, me, invoices: page.items, nextCursor: page.nextCursor };
    },
  });

  /** Residents with their contacts: loaded when an addressee editor first opens (again for another user). */
  readonly #residentsTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: async ([client], { signal }): Promise<{ client: AlisClient | undefined; list: Resident[] }> => {
      const api = this.#session.requireApi();
      return { client, list: client && api ? await api.staff.residents.list({}, { signal }) : [] };
    },
    autoRun: false,
  });

  constructor() {
    super();
    this.heading = 'Invoices';
    this.headingLevel = 2;
    this.pageSize = 50;
    this.status = 'all';
    this.search = '';
    this.searchText = '';
    this.sort = null;
    this.optionsOpen = new Set();
    this.editing = null;
    this.choice = null;
    this.saving = false;
    this.editError = null;
    this.outcome = null;
    this.announcement = '';
    this.#session.reloads(this.#loadTask);
    this.#session.reloads(this.#residentsTask);
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#searchTimer);
    super.disconnectedCallback();
  }

  /**
   * Another user signed in (or out): no search typed, sort, open options, addressee editor, outcome
   * or announcement of the previous user's stays.
   */
  #forgetUser(): void {
    clearTimeout(this.#searchTimer);
    this.search = '';
    this.searchText = '';
    this.sort = null;
    this.optionsOpen = new Set();
    this.editing = null;
    this.choice = null;
    this.saving = false;
    this.editError = null;
    this.outcome = null;
    this.announcement = '';
    this.#more.reset();
  }

  /** Loads the first page again with the current search and filter. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A search set from outside shows in the box; one typed there is already in it.
    if (changed.has('search') && this.search.trim() !== this.searchText.trim()) this.searchText = this.search;
  }

  #query(status: InvoiceStatusFilter, search: string, pageSize: number): StaffInvoiceListQuery {
    return { status, limit: pageSize, ...(search ? { search } : {}) };
  }

  protected override render() {
    const client = this.#session.client;
    return html`
      <section class="layout" aria-labelledby="heading">
        ${renderPanelHeading(this.headingLevel, this.heading)}
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
        ${client
          ? renderLoadTask(this.#loadTask, {
              loading: 'Loading invoices…',
              subject: 'invoices',
              retry: () => this.refresh(),
              // While another user's invoices load, the previous user's are not kept on screen.
              view: (view, refreshing) => (view.client === client ? this.#renderView(view, refreshing) : renderLoading('Loading invoices…')),
            })
          : renderNotice(missingClientMessage, 'danger')}
      </section>
    `;
  }

  #renderView(view: InvoicesView, refreshing: boolean): TemplateResult {
    if (!isStaff(view.me)) return renderStaffOnly('The Payment Center’s invoice list');
    const search = this.search.trim();
    return html`
      ${this.#renderToolbar()}
      ${view.invoices.length === 0
        ? renderNotice(search ? `No invoices match “${search}”.` : this.status === 'all' ? 'There are no invoices yet.' : `There are no ${this.status} invoices.`)
        : html`
            ${this.#renderTable(view, refreshing)}
            ${this.#more.render(view, () => void this.#loadMore(view))}
          `}
    `;
  }

  #renderToolbar(): TemplateResult {
    return html`
      <form class="toolbar" role="search" part="search" aria-label="Find invoices" @submit=${this.#onSearchSubmit}>
        <label>
          Resident or payer name
          <input
            type="search"
            name="search"
            autocomplete="off"
            maxlength="100"
            .value=${this.searchText}
            @input=${this.#onSearchInput}
          />
        </label>
        <button type="submit">Search</button>
        <label>
          Status
          <select name="status" @change=${(e: Event) => (this.status = (e.target as HTMLSelectElement).value as InvoiceStatusFilter)}>
            <option value="all" ?selected=${this.status === 'all'}>All invoices</option>
            <option value="open" ?selected=${this.status === 'open'}>Open (balance due)</option>
            <option value="paid" ?selected=${this.status === 'paid'}>Paid</option>
          </select>
        </label>
      </form>
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
        const count = view.invoices.length;
        const more = view.nextCursor ? ' or more' : '';
        this.#announce(next ? `${count}${more} invoice${count === 1 ? '' : 's'} match “${next}”.` : `Showing all invoices.`);
      });
  }

  #renderTable(view: InvoicesView, refreshing: boolean): TemplateResult {
    const rows = sortRows(view.invoices, this.sort, (invoice, key) => sortValue(invoice, key));
    const onSort = (next: SortState<InvoiceSortKey>) => {
      this.sort = next;
      this.#announce(`Invoices sorted by ${columnLabels[next.key]}, ${next.direction}.`);
    };
    const header = (label: string, key: InvoiceSortKey, numeric = false) => renderSortableHeader(label, key, this.sort, onSort, { numeric });
    return html`
      <div class="table-wrap">
        <table part="table" aria-busy=${refreshing ? 'true' : 'false'}>
          <caption>
            Invoices${this.sort ? `, sorted by ${columnLabels[this.sort.key]} (${this.sort.direction})` : ', newest due date first'}
          </caption>
          <thead>
            <tr>
              ${header('Invoice', 'number')} ${header('Resident', 'resident')} ${header('Addressed to', 'addressee')}
              ${header('Period', 'period')} ${header('Due date', 'dueDate')} ${header('Total', 'total', true)}
              ${header('Balance', 'balance', true)} ${header('Status', 'status')}
              <th scope="col"><span class="visually-hidden">Options</span></th>
            </tr>
          </thead>
          <tbody>
            ${rows.map((invoice) => this.#renderRow(invoice))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(invoice: Invoice): TemplateResult {
    const open = this.optionsOpen.has(invoice.id);
    const optionsId = domId('options', invoice.id);
    const status = invoice.overdue ? 'overdue' : invoice.status;
    return html`
      <tr class="invoice" data-invoice-id=${invoice.id}>
        <td class="number">${invoice.number}</td>
        <td>${invoice.residentName}</td>
        <td class="addressee">${invoice.addressee.name}</td>
        <td>${formatPeriod(invoice.periodStart, invoice.periodEnd, this.locale)}</td>
        <td>${formatDate(invoice.dueDate, this.locale)}</td>
        <td class="amount">${formatMoney(invoice.total, this.locale)}</td>
        <td class="amount">${formatMoney(invoice.balance, this.locale)}</td>
        <td>
          <span class="badge" part="status" data-status=${status}>
            ${invoice.overdue ? `Overdue · ${statusLabels[invoice.status]}` : statusLabels[invoice.status]}
          </span>
        </td>
        <td>
          <button
            type="button"
            class="options"
            data-action="options"
            aria-expanded=${open ? 'true' : 'false'}
            aria-controls=${optionsId}
            @click=${() => this.#toggleOptions(invoice.id)}
          >
            Options<span class="visually-hidden"> for invoice ${invoice.number}</span>
          </button>
        </td>
      </tr>
      <tr class="options-row" id=${optionsId} ?hidden=${!open}>
        <td colspan="9">${open ? this.#renderOptions(invoice) : nothing}</td>
      </tr>
    `;
  }

  #renderOptions(invoice: Invoice): TemplateResult {
    const outcome = this.outcome?.invoiceId === invoice.id ? this.outcome : null;
    return html`
      <div class="options-inner" part="options" data-options-for=${invoice.id}>
        <p class="facts">
          ${invoice.number} for ${invoice.residentName}, issued ${formatDate(invoice.issueDate, this.locale)}: paid so far
          ${formatMoney(invoice.paid, this.locale)} of ${formatMoney(invoice.total, this.locale)}. Addressed to
          <strong>${invoice.addressee.name}</strong>, the only person who can pay it online.
        </p>
        ${outcome ? html`<p class="confirmation" data-outcome tabindex="-1">${outcome.text}</p>` : nothing}
        ${this.editing === invoice.id
          ? this.#renderEditor(invoice)
          : html`<div class="actions">
              <button type="button" data-action="edit-addressee" @click=${() => this.#startEdit(invoice)}>
                Edit addressee<span class="visually-hidden"> of invoice ${invoice.number}</span>
              </button>
            </div>`}
        <alis-audit-trail
          .collapsible=${true}
          .client=${this.#session.client}
          .subjectType=${'invoice'}
          .subjectId=${invoice.id}
          .heading=${`History of ${invoice.number}`}
          .headingLevel=${this.headingLevel === 3 ? 4 : 3}
          .pageSize=${5}
          .locale=${this.locale}
        ></alis-audit-trail>
      </div>
    `;
  }

  #renderEditor(invoice: Invoice): TemplateResult {
    const titleId = domId('editor-title', invoice.id);
    const residents = this.#residentsTask;
    return html`
      <form
        class="panel editor"
        data-editor-for=${invoice.id}
        aria-labelledby=${titleId}
        aria-busy=${this.saving ? 'true' : 'false'}
        novalidate
        @submit=${(event: SubmitEvent) => this.#save(event, invoice)}
      >
        <p class="editor-title" id=${titleId} tabindex="-1">Change who ${invoice.number} is addressed to</p>
        ${residents.render({
          initial: () => renderLoading(`Loading ${invoice.residentName}’s contacts…`),
          pending: () => renderLoading(`Loading ${invoice.residentName}’s contacts…`),
          error: (error) =>
            isSessionAbort(error) ? renderLoading(`Loading ${invoice.residentName}’s contacts…`) : renderLoadError(error, 'residents and contacts', () => residents.run()),
          complete: (loaded) =>
            loaded.client === this.#session.client ? this.#renderChoices(invoice, loaded.list) : renderLoading(`Loading ${invoice.residentName}’s contacts…`),
        })}
        ${this.editError ? html`<p class="problem" role="alert" data-error>${this.editError}</p>` : nothing}
        <div class="actions">
          <button type="button" data-action="cancel-addressee" @click=${() => this.#endEdit(invoice.id)}>Cancel</button>
          <button type="submit" class="primary" data-action="save-addressee" aria-disabled=${this.saving ? 'true' : 'false'}>
            ${this.saving ? 'Saving…' : 'Save addressee'}
          </button>
        </div>
      </form>
    `;
  }

  #renderChoices(invoice: Invoice, residents: Resident[]): TemplateResult {
    const choices = addresseeChoices(invoice, residents);
    const chosen = choices.find((c) => c.id === this.choice);
    const changed = chosen !== undefined && chosen.id !== invoice.addressee.id;
    const effectId = domId('effect', invoice.id);
    return html`
      <fieldset class="choices" aria-describedby=${effectId}>
        <legend>Address ${invoice.number} to</legend>
        ${choices.map(
          (choice) => html`
            <label class="choice">
              <input
                type="radio"
                name="addressee"
                .value=${choice.id}
                .checked=${choice.id === this.choice}
                @change=${() => this.#choose(choice.id)}
              />
              <span>
                ${choice.name} <span class="muted">(${choice.role}${choice.id === invoice.addressee.id ? ', addressed now' : ''})</span>
              </span>
            </label>
          `,
        )}
      </fieldset>
      <p class="effect" id=${effectId} aria-live="polite" data-effect>
        ${changed
          ? `From now on only ${chosen.name} can pay ${invoice.number}; ${invoice.addressee.name} no longer can. Who sees it follows each person's profile: anyone who sees all of ${invoice.residentName}'s billing still sees it. Payments already made stay with whoever made them.`
          : `Choose who should pay ${invoice.number} instead of ${invoice.addressee.name}.`}
      </p>
    `;
  }

  #toggleOptions(invoiceId: string): void {
    const next = new Set(this.optionsOpen);
    if (!next.delete(invoiceId)) next.add(invoiceId);
    else if (this.editing === invoiceId) this.#closeEditor();
    this.optionsOpen = next;
  }

  async #startEdit(invoice: Invoice): Promise<void> {
    this.editing = invoice.id;
    this.choice = invoice.addressee.id;
    this.editError = null;
    if (this.outcome?.invoiceId === invoice.id) this.outcome = null;
    const residents = this.#residentsTask;
    const loadedForThisUser = residents.status === TaskStatus.COMPLETE && residents.value?.client === this.#session.client;
    if (!loadedForThisUser && residents.status !== TaskStatus.PENDING) void residents.run();
    await this.updateComplete;
    this.#editorForm(invoice.id)?.querySelector<HTMLElement>('.editor-title')?.focus();
    await this.#residentsTask.taskComplete.catch(() => undefined);
    await this.updateComplete;
    // Once the choices are there, focus goes to the one chosen now (arrow keys move between them).
    if (this.editing === invoice.id) this.#editorForm(invoice.id)?.querySelector<HTMLElement>('input[name="addressee"]:checked')?.focus();
  }

  #editorForm(invoiceId: string): HTMLFormElement | null {
    return this.renderRoot.querySelector<HTMLFormElement>(`form[data-editor-for="${CSS.escape(invoiceId)}"]`);
  }

  #closeEditor(): void {
    this.editing = null;
    this.choice = null;
    this.editError = null;
  }

  async #endEdit(invoiceId: string): Promise<void> {
    this.#closeEditor();
    await this.updateComplete;
    this.#optionsRoot(invoiceId)?.querySelector<HTMLElement>('[data-action="edit-addressee"]')?.focus();
  }

  #optionsRoot(invoiceId: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-options-for="${CSS.escape(invoiceId)}"]`);
  }

  #choose(partyId: string): void {
    this.choice = partyId;
    this.editError = null;
  }

  async #save(event: SubmitEvent, invoice: Invoice): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    // `saving` is set before the first await, so a double click saves once.
    if (!api || this.saving) return;
    const addresseeId = this.choice;
    if (!addresseeId || addresseeId === invoice.addressee.id) {
      this.editError = `Choose who should pay ${invoice.number} instead of ${invoice.addressee.name}.`;
      await this.updateComplete;
      this.#editorForm(invoice.id)?.querySelector<HTMLElement>('input[name="addressee"]:checked, input[name="addressee"]')?.focus();
      return;
    }
    this.saving = true;
    this.editError = null;
    const previous = invoice.addressee;
    try {
      const updated = await api.staff.invoices.update(invoice.id, { addresseeId });
      this.#replace(updated);
      this.#closeEditor();
      const text = `${updated.number} is now addressed to ${updated.addressee.name}; ${previous.name} can no longer pay it.`;
      this.outcome = { invoiceId: invoice.id, text };
      this.#announce(text);
      this.emit(new AlisInvoiceAddresseeChangedEvent(updated, previous.id));
      // An open History shows the change at once (a closed one loads afresh when opened).
      void this.#optionsRoot(invoice.id)?.querySelector('alis-audit-trail')?.refresh();
      await this.updateComplete;
      this.#optionsRoot(invoice.id)?.querySelector<HTMLElement>('[data-outcome]')?.focus();
    } catch (error) {
      // Another user signed in (the editor went with the previous one), or the panel left the page.
      if (isSessionAbort(error)) return;
      this.editError = isAlisApiError(error)
        ? error.message
        : error instanceof AlisNetworkError
          ? 'We could not reach the billing service; the invoice was not changed. Please try again.'
          : 'Something went wrong; the invoice was not changed.';
      this.#announce(this.editError);
    } finally {
      this.saving = false;
    }
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
    this.announcement = '';
    void this.updateComplete.then(() => {
      if (this.#session.client === client) this.announcement = text;
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

/** The resident and the resident's contacts, the only people the engine lets an invoice be addressed to. */
function addresseeChoices(invoice: Invoice, residents: Resident[]): AddresseeChoice[] {
  const resident = residents.find((r) => r.id === invoice.residentId);
  if (!resident) return [{ id: invoice.addressee.id, name: invoice.addressee.name, role: invoice.addressee.relationship ?? invoice.addressee.kind }];
  return [
    { id: resident.id, name: resident.name, role: 'resident' },
    ...resident.contacts.map((contact) => ({ id: contact.id, name: contact.name, role: contact.relationship ?? 'contact' })),
  ];
}

function sortValue(invoice: Invoice, key: InvoiceSortKey): string | number {
  switch (key) {
    case 'number':
      return invoice.number;
    case 'resident':
      return invoice.residentName;
    case 'addressee':
      return invoice.addressee.name;
    case 'period':
      return invoice.periodStart;
    case 'dueDate':
      return invoice.dueDate;
    case 'total':
      return invoice.total.amountCents;
    case 'balance':
      return invoice.balance.amountCents;
    case 'status':
      return invoice.overdue ? `Overdue ${statusLabels[invoice.status]}` : statusLabels[invoice.status];
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-invoices': AlisPcInvoices;
  }
}
