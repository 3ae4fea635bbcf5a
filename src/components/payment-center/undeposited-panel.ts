import { html, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { renderNotice, settled, renderSessionLoad } from '../shared/states.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import { RowWindowController } from '../shared/row-window.js';
import { formatDateTime } from '../../core/format.js';
import type { SortState } from '../../core/sorting.js';
import { dateRangeProblem, isFiltered, isSettled, noFilters, undepositedQuery, type UndepositedFilters } from '../../core/undeposited.js';
import { AlisDepositCreatedEvent } from '../../events/staff-events.js';
import { DepositController } from './deposit-confirmation.js';
import { renderSelectionBar, renderUndepositedFilters, renderUndepositedTable, type UndepositedSortKey } from './undeposited-view.js';
import { panelStyles, undepositedStyles } from './undeposited-panel.styles.js';
import { announcement, renderAnnouncement, silence, type Announcement, type Words } from './live-words.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AlisClient } from '../../sdk/index.js';
import type { Deposit, Payment } from '../../sdk/types.js';

export type { UndepositedFilters } from '../../core/undeposited.js';
export type { UndepositedSortKey } from './undeposited-view.js';

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
 * @fires {AlisDepositCreatedEvent} alis-deposit-created - The selected payments were deposited as one batch.
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
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, statusBadgeStyles, staffStyles, panelStyles, undepositedStyles];

  static override properties = {
    client: { attribute: false },
    locale: {},
    pageSize: { type: Number, attribute: 'page-size' },
    filters: { state: true, attribute: false },
    filterError: { state: true, attribute: false },
    sort: { state: true, attribute: false },
    selected: { state: true, attribute: false },
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
  /** Why the date range typed was not applied, said in the words in force. */
  declare private filterError: Words | null;
  declare private sort: SortState<UndepositedSortKey> | null;
  /** Ids of the selected payments (only loaded rows count). */
  declare private selected: ReadonlySet<string>;
  declare private announcement: Announcement;

  /** Whose payments these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  /** The rows, drawn only near the screen once the list is long. */
  readonly #rows = new RowWindowController(this);
  readonly #more = new LoadMoreController(this, { plural: 'payments', singular: 'payment', failureSubject: 'undeposited payments' }, (message) => {
    this.announcement = announcement(message, this.t);
  });

  /** The deposit confirmation, its key and sending, and the deposit just made. */
  readonly #deposit = new DepositController(this, {
    session: this.#session,
    locale: () => this.formatLocale,
    t: () => this.t,
    announce: (text) => {
      this.announcement = announcement(text, this.t);
    },
    onDeposited: (deposit) => this.#deposited(deposit),
    refresh: () => this.refresh(),
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.pageSize, this.filters] as const,
    task: (args, options) => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      return this.#loadPayments(args, options);
    },
  });

  readonly #loadPayments = loadAfterMe(this.#session, async ({ api, client, me, signal }, pageSize: number, filters: UndepositedFilters): Promise<UndepositedView> => {
    // A payer's token asks for nothing more, and reads what the panel is.
    if (!isStaff(me)) return { kind: 'staff-only', client };
    const page = await api.staff.payments.list(undepositedQuery(filters, pageSize), { signal });
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
  });

  constructor() {
    super();
    this.pageSize = 50;
    this.filters = noFilters;
    this.filterError = null;
    this.sort = null;
    this.selected = new Set();
    this.announcement = silence;
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
    this.#deposit.forgetUser();
    this.announcement = silence;
    this.#more.reset();
  }

  /** Loads the undeposited payments again (the first page, with the current filters). */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not); handy in tests and hosts. */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  protected override render() {
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="undeposited-heading">
        <h3 id="undeposited-heading" part="heading" tabindex="-1">${t('Undeposited payments')}</h3>
        ${renderAnnouncement(this.announcement, t)}
        ${renderSessionLoad(this.#session.client, this.#loadTask, {
          loading: t('Loading undeposited payments…'),
          subject: 'undeposited payments',
          retry: () => this.refresh(),
          view: (view, refreshing) => this.#renderView(view, refreshing),
          t,
        })}
      </section>
    `;
  }

  #renderView(view: UndepositedView, refreshing: boolean): TemplateResult {
    const t = this.t;
    if (view.kind === 'staff-only') return renderStaffOnly(t.ctx('staff only: what', 'Undeposited Payments'), t);
    const moment = (iso: string) => formatMoment(iso, view.timeZone, this.formatLocale);
    return this.#deposit.render(view.currency, moment, () => {
      if (view.payments.length === 0 && !isFiltered(this.filters)) {
        return renderNotice(t('Everything is deposited. Payments made in the portal or pulled by the billing team appear here until they are deposited.'));
      }
      const selected = this.#selectedRows(view);
      return html`
        ${renderUndepositedFilters({
          filters: this.filters,
          filterError: this.filterError?.(t) ?? null,
          onChange: (event) => this.#onFilterChange(event),
          clear: () => this.#clearFilters(),
          t,
        })}
        ${view.payments.length === 0
          ? renderNotice(t('No undeposited payments match these filters.'))
          : html`
              ${renderSelectionBar(selected, view.currency, this.formatLocale, () => void this.#deposit.open(this.#selectedRows(view)), t)}
              ${renderUndepositedTable({
                payments: view.payments,
                locale: this.formatLocale,
                more: view.nextCursor !== null,
                refreshing,
                sort: this.sort,
                selected: this.selected,
                moment,
                timeZone: view.timeZone,
                onSort: (next) => {
                  this.sort = next;
                },
                toggle: (paymentId, checked) => this.#toggle(paymentId, checked),
                rows: this.#rows,
                selectAll: (checked) => {
                  this.selected = checked ? new Set(view.payments.filter(isSettled).map((p) => p.id)) : new Set();
                },
                t,
              })}
              ${this.#more.render(view, () => void this.#loadMore(view), t)}
            `}
      `;
    });
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

  #onFilterChange(event: Event): void {
    const field = event.currentTarget as HTMLInputElement | HTMLSelectElement;
    const next = { ...this.filters, [field.name]: field.value } as UndepositedFilters;
    // The API refuses a reversed range; say so at the field and keep the list as it is.
    this.filterError = dateRangeProblem(next) ? (t) => dateRangeProblem(next, t) ?? '' : null;
    if (!this.filterError) this.filters = next;
  }

  #clearFilters(): void {
    this.filterError = null;
    this.filters = noFilters;
    this.announcement = announcement(this.t('Filters cleared.'), this.t);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('select[name="source"]')?.focus());
  }

  async #loadMore(view: UndepositedList): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.staff.payments.list({ ...undepositedQuery(this.filters, this.pageSize), cursor }),
      (items) => {
        view.payments = appendNew(view.payments, items, (row) => row.id);
      },
    );
  }

  /** The deposit was made: its payments leave the list and the selection, and the page hears of it. */
  #deposited(deposit: Deposit): void {
    const view = this.#loadTask.value;
    const deposited = new Set(deposit.paymentIds);
    if (view?.kind === 'list') view.payments = view.payments.filter((p) => !deposited.has(p.id));
    this.selected = new Set([...this.selected].filter((id) => !deposited.has(id)));
    this.emit(new AlisDepositCreatedEvent(deposit));
  }
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
