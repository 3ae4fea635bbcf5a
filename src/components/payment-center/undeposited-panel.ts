import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { ElementRemovedError, SessionController, UserChangedError } from '../shared/session.js';
import { renderLoading, renderNotice, renderLoadTask } from '../shared/states.js';
import { isStaff, renderSortableHeader, renderStaffOnly } from '../shared/staff.js';
import { paymentStatusLabels } from '../shared/receipt.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import { formatDate, formatDateTime, formatMoney } from '../../core/format.js';
import { sortRows, type SortState } from '../../core/sorting.js';
import { AlisDepositCreatedEvent } from '../../events/staff-events.js';
import { AlisNetworkError, createIdempotencyKey, isAlisApiError } from '../../sdk/index.js';
import { panelStyles, undepositedStyles } from './undeposited-panel.styles.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Deposit, Money, Payment, PaymentMethodType, PaymentSource, StaffPaymentListQuery } from '../../sdk/types.js';

/** The filters of Undeposited Payments; an empty string means "any". Dates are community dates (`YYYY-MM-DD`). */
export interface UndepositedFilters {
  source: PaymentSource | '';
  methodType: PaymentMethodType | '';
  from: string;
  to: string;
}

/** The columns Undeposited Payments can be sorted by. */
export type UndepositedSortKey = 'date' | 'reference' | 'payer' | 'resident' | 'method' | 'source' | 'status' | 'amount' | 'charged';

interface UndepositedList {
  kind: 'list';
  /** Whose session the list was loaded in: another user's list is never shown. */
  client: AlisClient;
  /** The community's time zone: dates show as the billing office sees them, like the date filters. */
  timeZone: string;
  currency: string;
  payments: Payment[];
  nextCursor: string | null;
}

type UndepositedView = UndepositedList | { kind: 'staff-only'; client: AlisClient };

/** An open confirmation: exactly what will be deposited, and the key every attempt of it carries. */
interface DepositConfirmation {
  payments: Payment[];
  idempotencyKey: string;
  /** The engine's refusal (or our sentence for an unknown outcome), shown in the confirmation. */
  problem: string | null;
  /** What the engine said about single payments (its `paymentIds[i]` fields), by payment id. */
  paymentProblems: Record<string, string>;
  /** The refusal says the list is out of date (someone else deposited or voided a payment). */
  stale: boolean;
}

const noFilters: UndepositedFilters = { source: '', methodType: '', from: '', to: '' };

const sourceLabels: Record<PaymentSource, string> = {
  portal: 'Portal',
  staff_pull: 'Billing team pull',
};

const methodTypeLabels: Record<PaymentMethodType, string> = {
  card: 'Card',
  bank_account: 'Bank account',
};

/** Refusals that mean the loaded list no longer matches the engine. */
const STALE_CODES = new Set(['already_deposited', 'invalid_state', 'not_found']);

/** Events after which a payment may have joined or left Undeposited Payments. */
const CHANGING_EVENTS = ['alis-payment-submitted', 'alis-payment-pulled', 'alis-payment-voided', 'alis-payment-returned', 'alis-deposit-created'] as const;

/** Reloads its host when a payment is made, pulled, voided, returned or deposited anywhere else on the page. */
class RefreshOnChangeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onChange: () => void;
  readonly #listener = (event: Event): void => {
    // The host's own deposit is already reflected; only other widgets' changes need a reload.
    if (!event.composedPath().includes(this.#host)) this.#onChange();
  };

  constructor(host: ReactiveControllerHost & HTMLElement, onChange: () => void) {
    this.#host = host;
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    for (const name of CHANGING_EVENTS) window.addEventListener(name, this.#listener);
  }

  hostDisconnected(): void {
    for (const name of CHANGING_EVENTS) window.removeEventListener(name, this.#listener);
  }
}

/**
 * Undeposited Payments: every payment submitted in the portal or pulled by the billing team that is
 * not in a deposit yet, newest first, filterable by source, method type and date and sortable by any
 * column. Staff select some or all of them and **Deposit** them as one batch: a confirmation shows
 * the count and total, and its idempotency key (made when it opens) makes a double click or a retry
 * deposit once. "Amount" is what was applied to invoices and "Total charged" adds any convenience
 * fee: the money a deposit brings to the bank, so the selection and the deposit total it. A deposit
 * holds settled money only: a bank debit still settling is listed but cannot be selected, and says
 * the day it can be deposited. A payer's token gets a "staff only" notice.
 *
 * @tagname alis-pc-undeposited
 * @summary The Payment Center's Undeposited Payments: select and deposit.
 *
 * @fires alis-deposit-created - The selected payments were deposited as one batch. `AlisDepositCreatedEvent`.
 *
 * @csspart heading - The panel's heading.
 * @csspart filters - The filter fields.
 * @csspart table - The table of payments.
 * @csspart selection - The selected count and total.
 * @csspart confirmation - The deposit confirmation.
 * @csspart created - The deposit just created.
 * @csspart notice - State messages (loading, empty, errors, staff only).
 *
 * @cssprop --alis-color-primary - Buttons, checkboxes and selected rows.
 * @cssprop --alis-color-border - Table and panel borders.
 * @cssprop --alis-color-surface - Table and panel background.
 * @cssprop --alis-color-success - The created deposit's box.
 * @cssprop --alis-color-danger - Refusals.
 * @cssprop --alis-target-size - Minimum size of buttons, checkboxes and fields (44px).
 */
export class AlisPcUndeposited extends AlisElement {
  static override styles = [hostStyles, commonStyles, statusBadgeStyles, staffStyles, panelStyles, undepositedStyles];

  static override properties = {
    client: { attribute: false },
    locale: {},
    pageSize: { type: Number, attribute: 'page-size' },
    filters: { state: true, attribute: false },
    filterError: { state: true, attribute: false },
    sort: { state: true, attribute: false },
    selected: { state: true, attribute: false },
    confirmation: { state: true, attribute: false },
    busy: { state: true, attribute: false },
    created: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** How many payments to load at a time ("Show more" loads the next page). */
  declare pageSize: number;

  /** The filters sent to the API. */
  declare private filters: UndepositedFilters;
  declare private filterError: string | null;
  declare private sort: SortState<UndepositedSortKey> | null;
  /** Ids of the selected payments (only loaded rows count). */
  declare private selected: ReadonlySet<string>;
  declare private confirmation: DepositConfirmation | null;
  declare private busy: boolean;
  /** The deposit just made, shown above the list until dismissed. */
  declare private created: Deposit | null;
  declare private announcement: string;

  /** Whose payments these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #more = new LoadMoreController(this, { plural: 'payments', singular: 'payment', failureSubject: 'undeposited payments' }, (message) => {
    this.announcement = message;
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.pageSize, this.filters] as const,
    task: async ([client, pageSize, filters], { signal }): Promise<UndepositedView | undefined> => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      // Who the user is first: a payer's token asks for nothing more, and reads what the panel is.
      const me = await api.session.me({ signal });
      if (!isStaff(me)) return { kind: 'staff-only', client };
      const page = await api.staff.payments.list(listQuery(filters, pageSize), { signal });
      const loaded = new Set(page.items.map((p) => p.id));
      if ([...this.selected].some((id) => !loaded.has(id))) this.selected = new Set([...this.selected].filter((id) => loaded.has(id)));
      return {
        kind: 'list',
        client,
        timeZone: me.community.timeZone,
        currency: me.community.currency,
        payments: page.items,
        nextCursor: page.nextCursor,
      };
    },
  });

  constructor() {
    super();
    this.pageSize = 50;
    this.filters = noFilters;
    this.filterError = null;
    this.sort = null;
    this.selected = new Set();
    this.confirmation = null;
    this.busy = false;
    this.created = null;
    this.announcement = '';
    this.#session.reloads(this.#loadTask);
    new RefreshOnChangeController(this, () => {
      void this.refresh();
    });
  }

  /**
   * Another user signed in (or out): no filter, selection, open confirmation (with its
   * idempotency key), deposit just made or announcement of the previous user's stays.
   */
  #forgetUser(): void {
    this.filters = noFilters;
    this.filterError = null;
    this.sort = null;
    this.selected = new Set();
    this.confirmation = null;
    this.busy = false;
    this.created = null;
    this.announcement = '';
    this.#more.reset();
  }

  /** Loads the undeposited payments again (the first page, with the current filters). */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  protected override render() {
    return html`
      <section class="layout" aria-labelledby="undeposited-heading">
        <h3 id="undeposited-heading" part="heading" tabindex="-1">Undeposited payments</h3>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${this.#renderBody()}
      </section>
    `;
  }

  #renderBody(): TemplateResult {
    const client = this.#session.client;
    if (!client) return renderNotice(missingClientMessage, 'danger');
    return renderLoadTask(this.#loadTask, {
      loading: 'Loading undeposited payments…',
      subject: 'undeposited payments',
      retry: () => this.refresh(),
      // While another user's payments load, the previous user's are not kept on screen.
      view: (view, refreshing) =>
        view.client === client ? this.#renderView(view, refreshing) : renderLoading('Loading undeposited payments…'),
    });
  }

  #renderView(view: UndepositedView, refreshing: boolean): TemplateResult {
    if (view.kind === 'staff-only') return renderStaffOnly('Undeposited Payments');
    if (this.confirmation) return this.#renderConfirmation(view, this.confirmation);
    const filtered = !sameFilters(this.filters, noFilters);
    return html`
      ${this.created ? this.#renderCreated(view, this.created) : nothing}
      ${view.payments.length === 0 && !filtered
        ? renderNotice('Everything is deposited. Payments made in the portal or pulled by the billing team appear here until they are deposited.')
        : html`
            ${this.#renderFilters()}
            ${view.payments.length === 0
              ? renderNotice('No undeposited payments match these filters.')
              : html`
                  ${this.#renderSelectionBar(view)} ${this.#renderTable(view, refreshing)}
                  ${this.#more.render(view, () => void this.#loadMore(view))}
                `}
          `}
    `;
  }

  #renderFilters(): TemplateResult {
    const f = this.filters;
    const filtered = !sameFilters(f, noFilters);
    return html`
      <fieldset class="filters" part="filters">
        <legend>Filter payments</legend>
        <div class="toolbar">
          <label>
            Source
            <select name="source" .value=${f.source} @change=${this.#onFilterChange}>
              <option value="" ?selected=${f.source === ''}>All sources</option>
              ${(Object.keys(sourceLabels) as PaymentSource[]).map(
                (source) => html`<option value=${source} ?selected=${f.source === source}>${sourceLabels[source]}</option>`,
              )}
            </select>
          </label>
          <label>
            Method
            <select name="methodType" .value=${f.methodType} @change=${this.#onFilterChange}>
              <option value="" ?selected=${f.methodType === ''}>All methods</option>
              ${(Object.keys(methodTypeLabels) as PaymentMethodType[]).map(
                (type) => html`<option value=${type} ?selected=${f.methodType === type}>${methodTypeLabels[type]}</option>`,
              )}
            </select>
          </label>
          <label>
            From
            <input type="date" name="from" .value=${f.from} @change=${this.#onFilterChange} />
          </label>
          <label>
            To
            <input
              type="date"
              name="to"
              .value=${f.to}
              aria-invalid=${this.filterError ? 'true' : 'false'}
              aria-describedby=${this.filterError ? 'to-error' : nothing}
              @change=${this.#onFilterChange}
            />
            ${this.filterError ? html`<span class="field-error" id="to-error">${this.filterError}</span>` : nothing}
          </label>
          ${filtered ? html`<button type="button" data-action="clear-filters" @click=${this.#clearFilters}>Clear filters</button>` : nothing}
        </div>
      </fieldset>
    `;
  }

  #renderSelectionBar(view: UndepositedList): TemplateResult {
    const rows = this.#selectedRows(view);
    const summary =
      rows.length === 0
        ? 'No payments selected.'
        : `${rows.length} ${rows.length === 1 ? 'payment' : 'payments'} selected, ${formatTotals(rows, view.currency, this.locale)}`;
    return html`
      <div class="selection-bar">
        <p part="selection" role="status" data-selection>${summary}</p>
        <button type="button" class="primary" data-action="deposit" ?disabled=${rows.length === 0} @click=${() => this.#openConfirmation(view)}>
          ${rows.length > 1 ? `Deposit ${rows.length} payments` : rows.length === 1 ? 'Deposit 1 payment' : 'Deposit'}
        </button>
      </div>
    `;
  }

  #renderTable(view: UndepositedList, refreshing: boolean): TemplateResult {
    const rows = sortRows(view.payments, this.sort, sortValue);
    const selectedCount = this.#selectedRows(view).length;
    const selectable = view.payments.filter(isSettled).length;
    const all = selectedCount > 0 && selectedCount === selectable;
    const some = selectedCount > 0 && !all;
    const onSort = (next: SortState<UndepositedSortKey>) => {
      this.sort = next;
    };
    const header = (label: string, key: UndepositedSortKey, numeric = false) => renderSortableHeader(label, key, this.sort, onSort, { numeric });
    return html`
      <div class="table-wrap">
        <table part="table" aria-busy=${refreshing ? 'true' : 'false'}>
          <caption>
            Undeposited payments${view.nextCursor ? ' (more can be loaded below)' : ''}
            <span class="sub"
              >Amount is what was applied to invoices; Total charged adds the convenience fee: the money a deposit brings to the bank. Bank
              debits still settling can be deposited once they settle.</span
            >
          </caption>
          <thead>
            <tr>
              <th role="columnheader" scope="col" class="select">
                <label>
                  <input
                    type="checkbox"
                    data-select-all
                    .checked=${all}
                    .indeterminate=${some}
                    ?disabled=${selectable === 0}
                    @change=${(event: Event) => this.#selectAll(view, (event.currentTarget as HTMLInputElement).checked)}
                  />
                  <span class="visually-hidden">Select all settled payments shown (${selectable})</span>
                </label>
              </th>
              ${header('Date', 'date')} ${header('Receipt', 'reference')} ${header('Payer', 'payer')} ${header('Resident', 'resident')}
              ${header('Method', 'method')} ${header('Source', 'source')} ${header('Status', 'status')} ${header('Amount', 'amount', true)}
              ${header('Total charged', 'charged', true)}
            </tr>
          </thead>
          <tbody>
            ${rows.map((payment) => this.#renderRow(view, payment))}
          </tbody>
        </table>
      </div>
    `;
  }

  #renderRow(view: UndepositedList, payment: Payment): TemplateResult {
    const selected = this.selected.has(payment.id);
    const settling = !isSettled(payment);
    return html`
      <tr data-payment-id=${payment.id} ?data-selected=${selected} ?data-settling=${settling}>
        <td class="select">
          ${settling
            ? nothing
            : html`<label>
                <input type="checkbox" .checked=${selected} @change=${(event: Event) => this.#toggle(payment.id, (event.currentTarget as HTMLInputElement).checked)} />
                <span class="visually-hidden">Select ${payment.reference}, ${payment.payer.name}, ${formatMoney(payment.totalCharged, this.locale)}</span>
              </label>`}
        </td>
        <td><time datetime=${payment.createdAt}>${formatMoment(payment.createdAt, view.timeZone, this.locale)}</time></td>
        <td>${payment.reference}</td>
        <td>${payment.payer.name}${payment.payer.relationship ? html`<span class="sub">${payment.payer.relationship}</span>` : nothing}</td>
        <td>${payment.residentName}</td>
        <td>${payment.method.label}</td>
        <td>${sourceLabels[payment.source]}</td>
        <td>
          <span class="badge" data-status=${payment.status}>${paymentStatusLabels[payment.status]}</span>
          ${settling ? html`<span class="sub" data-settling-note>${settlingNote(payment, this.locale)}</span>` : nothing}
        </td>
        <td class="amount">${formatMoney(payment.amount, this.locale)}</td>
        <td class="amount">
          ${formatMoney(payment.totalCharged, this.locale)}
          ${payment.fee.amountCents > 0 ? html`<span class="sub">incl. ${formatMoney(payment.fee, this.locale)} fee</span>` : nothing}
        </td>
      </tr>
    `;
  }

  #renderConfirmation(view: UndepositedList, confirmation: DepositConfirmation): TemplateResult {
    const count = confirmation.payments.length;
    const total = formatTotals(confirmation.payments, view.currency, this.locale);
    const noun = count === 1 ? 'payment' : 'payments';
    return html`
      <div class="panel" part="confirmation" role="group" aria-labelledby="confirm-heading" data-confirmation>
        <h4 id="confirm-heading" tabindex="-1">Deposit ${count} ${noun}?</h4>
        <p>
          These ${count} ${noun} will be recorded as one deposit of <strong data-confirm-total>${total}</strong>. A payment belongs to
          one deposit only, and a deposit cannot be undone here.
        </p>
        <ul class="confirm-list" aria-label="Payments in this deposit">
          ${confirmation.payments.map(
            (payment) => html`
              <li data-payment-id=${payment.id}>
                <span>${payment.reference} · ${payment.payer.name} · ${payment.method.label}</span>
                <span class="amount">${formatMoney(payment.totalCharged, this.locale)}</span>
                ${confirmation.paymentProblems[payment.id]
                  ? html`<span class="field-error">${confirmation.paymentProblems[payment.id]}</span>`
                  : nothing}
              </li>
            `,
          )}
        </ul>
        ${confirmation.problem ? html`<p class="problem" role="alert" data-problem>${confirmation.problem}</p>` : nothing}
        <div class="actions">
          <button type="button" data-action="cancel-deposit" @click=${this.#closeConfirmation}>
            ${confirmation.stale ? 'Back to the updated list' : 'Cancel'}
          </button>
          ${confirmation.stale
            ? nothing
            : html`<button
                type="button"
                class="primary"
                data-action="confirm-deposit"
                aria-disabled=${this.busy ? 'true' : 'false'}
                @click=${this.#confirmDeposit}
              >
                ${this.busy ? 'Depositing…' : `Deposit ${total}`}
              </button>`}
        </div>
      </div>
    `;
  }

  #renderCreated(view: UndepositedList, deposit: Deposit): TemplateResult {
    return html`
      <div class="panel" part="created" data-tone="success" role="group" aria-labelledby="created-heading" data-created=${deposit.id}>
        <h4 id="created-heading" tabindex="-1">Deposit ${deposit.reference} created</h4>
        <dl class="facts">
          <div><dt>Reference</dt><dd>${deposit.reference}</dd></div>
          <div><dt>Date</dt><dd><time datetime=${deposit.createdAt}>${formatMoment(deposit.createdAt, view.timeZone, this.locale)}</time></dd></div>
          <div><dt>Payments</dt><dd>${deposit.paymentCount}</dd></div>
          <div><dt>Total</dt><dd>${formatMoney(deposit.total, this.locale)}</dd></div>
        </dl>
        <div class="actions">
          <button type="button" data-action="dismiss-created" @click=${this.#dismissCreated}>Dismiss</button>
        </div>
      </div>
    `;
  }

  /** The selected rows that can be deposited: only settled ones count, whatever ids `selected` holds. */
  #selectedRows(view: UndepositedList): Payment[] {
    return view.payments.filter((p) => this.selected.has(p.id) && isSettled(p));
  }

  #toggle(paymentId: string, checked: boolean): void {
    const next = new Set(this.selected);
    if (checked) next.add(paymentId);
    else next.delete(paymentId);
    this.selected = next;
  }

  #selectAll(view: UndepositedList, checked: boolean): void {
    this.selected = checked ? new Set(view.payments.filter(isSettled).map((p) => p.id)) : new Set();
  }

  #onFilterChange(event: Event): void {
    const field = event.currentTarget as HTMLInputElement | HTMLSelectElement;
    const next = { ...this.filters, [field.name]: field.value } as UndepositedFilters;
    // The API refuses a reversed range; say so at the field and keep the list as it is.
    if (next.from && next.to && next.from > next.to) {
      this.filterError = 'The “To” date must be on or after the “From” date.';
      return;
    }
    this.filterError = null;
    this.filters = next;
  }

  #clearFilters(): void {
    this.filterError = null;
    this.filters = noFilters;
    this.announcement = 'Filters cleared.';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('select[name="source"]')?.focus());
  }

  async #loadMore(view: UndepositedList): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.staff.payments.list({ ...listQuery(this.filters, this.pageSize), cursor }),
      (items) => {
        view.payments = appendNew(view.payments, items, (row) => row.id);
      },
    );
  }

  async #openConfirmation(view: UndepositedList): Promise<void> {
    const payments = this.#selectedRows(view);
    if (payments.length === 0) return;
    this.created = null;
    // One key per intended deposit, made now and reused for every attempt of it.
    this.confirmation = { payments, idempotencyKey: createIdempotencyKey(), problem: null, paymentProblems: {}, stale: false };
    this.announcement = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm-heading')?.focus();
  }

  async #closeConfirmation(): Promise<void> {
    // Someone else changed these payments: load the engine's list as it is now before showing it.
    if (this.confirmation?.stale) await this.refresh();
    this.confirmation = null;
    await this.updateComplete;
    (this.renderRoot.querySelector<HTMLElement>('button[data-action="deposit"]:not(:disabled)') ??
      this.renderRoot.querySelector<HTMLElement>('#undeposited-heading'))?.focus();
  }

  async #confirmDeposit(): Promise<void> {
    const confirmation = this.confirmation;
    const api = this.#session.api;
    // `busy` is set before the first await, so a second click finds it set and does nothing.
    if (!confirmation || !api || this.busy || confirmation.stale) return;
    this.busy = true;
    this.confirmation = { ...confirmation, problem: null, paymentProblems: {} };
    this.announcement = 'Depositing…';
    const paymentIds = confirmation.payments.map((p) => p.id);
    try {
      const deposit = await api.staff.deposits.create({ paymentIds }, { idempotencyKey: confirmation.idempotencyKey });
      await this.#finishDeposit(deposit);
    } catch (error) {
      // Another user signed in: the confirmation and its key went with the previous user.
      if (error instanceof UserChangedError) return;
      this.#showRefusal(confirmation, paymentIds, error);
    } finally {
      this.busy = false;
    }
  }

  async #finishDeposit(deposit: Deposit): Promise<void> {
    const view = this.#loadTask.value;
    const deposited = new Set(deposit.paymentIds);
    if (view?.kind === 'list') view.payments = view.payments.filter((p) => !deposited.has(p.id));
    this.selected = new Set([...this.selected].filter((id) => !deposited.has(id)));
    this.confirmation = null;
    this.created = deposit;
    this.announcement = `Deposit ${deposit.reference} created: ${deposit.paymentCount} ${deposit.paymentCount === 1 ? 'payment' : 'payments'}, ${formatMoney(deposit.total, this.locale)}.`;
    this.emit(new AlisDepositCreatedEvent(deposit));
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#created-heading')?.focus();
    // Anything that changed meanwhile (new payments, someone else's deposit) shows too.
    void this.refresh();
  }

  #showRefusal(confirmation: DepositConfirmation, paymentIds: string[], error: unknown): void {
    let problem: string;
    let stale = false;
    const paymentProblems: Record<string, string> = {};
    // A removal aborted the request: like a dropped connection, the outcome is unknown until asked again with the same key.
    if (error instanceof ElementRemovedError || error instanceof AlisNetworkError || isAlisApiError(error, 'idempotency_in_progress') || isAlisApiError(error, 'internal_error')) {
      problem =
        'We could not confirm whether the deposit was made. Select “Deposit” again to check: it is safe, the same deposit is never made twice.';
    } else if (isAlisApiError(error)) {
      problem = error.message;
      stale = STALE_CODES.has(error.code);
      for (const [field, text] of Object.entries(error.fields)) {
        const index = /^paymentIds\[(\d+)\]$/.exec(field)?.[1];
        const id = index === undefined ? undefined : paymentIds[Number(index)];
        if (id) paymentProblems[id] = text;
      }
      if (stale) problem = `${problem} Nothing was deposited. Go back to the updated list and select the payments again.`;
    } else {
      problem = 'Something went wrong while depositing. Nothing was deposited; please try again.';
    }
    // The problem renders as an alert, which announces it; the live region would say it twice.
    this.confirmation = { ...confirmation, problem, paymentProblems, stale };
    this.announcement = '';
  }

  async #dismissCreated(): Promise<void> {
    this.created = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#undeposited-heading')?.focus();
  }
}

function listQuery(filters: UndepositedFilters, pageSize: number): StaffPaymentListQuery {
  return {
    deposited: false,
    limit: pageSize,
    ...(filters.source ? { source: filters.source } : {}),
    ...(filters.methodType ? { methodType: filters.methodType } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

function sameFilters(a: UndepositedFilters, b: UndepositedFilters): boolean {
  return a.source === b.source && a.methodType === b.methodType && a.from === b.from && a.to === b.to;
}

function sortValue(payment: Payment, key: UndepositedSortKey): string | number {
  switch (key) {
    case 'date':
      return Date.parse(payment.createdAt);
    case 'reference':
      return payment.reference;
    case 'payer':
      return payment.payer.name;
    case 'resident':
      return payment.residentName;
    case 'method':
      return payment.method.label;
    case 'source':
      return sourceLabels[payment.source];
    case 'status':
      return paymentStatusLabels[payment.status];
    case 'amount':
      return payment.amount.amountCents;
    case 'charged':
      return payment.totalCharged.amountCents;
  }
}

/** Settled money can be deposited; a pending payment (a bank debit still settling) waits. */
function isSettled(payment: Payment): boolean {
  return payment.status !== 'pending';
}

/** "Settling — can be deposited on Nov 27, 2026", or without a date when the engine gave none. */
function settlingNote(payment: Payment, locale: string | undefined): string {
  return payment.depositableOn ? `Settling \u2014 can be deposited on ${formatDate(payment.depositableOn, locale)}` : 'Settling \u2014 cannot be deposited yet';
}

/** The total charged of `payments`, per currency (a deposit holds one currency; a mixed selection says so). */
function formatTotals(payments: readonly Payment[], fallbackCurrency: string, locale: string | undefined): string {
  const byCurrency = new Map<string, number>();
  for (const p of payments) byCurrency.set(p.totalCharged.currency, (byCurrency.get(p.totalCharged.currency) ?? 0) + p.totalCharged.amountCents);
  if (byCurrency.size === 0) return formatMoney({ amountCents: 0, currency: fallbackCurrency }, locale);
  return [...byCurrency].map(([currency, amountCents]): string => formatMoney({ amountCents, currency } satisfies Money, locale)).join(' + ');
}

/** A moment as the billing office's date and time. */
function formatMoment(isoDateTime: string, timeZone: string, locale: string | undefined): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return isoDateTime;
  return formatDateTime(date, timeZone, locale);
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-undeposited': AlisPcUndeposited;
  }
}
