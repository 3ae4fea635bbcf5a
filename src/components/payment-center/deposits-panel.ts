import { html, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { statusBadgeStyles } from '../shared/badge.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { describeLoadFailure } from '../shared/error-message.js';
import { renderLoading, renderLoadError, renderNotice, settled, renderSessionLoad } from '../shared/states.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import { depositReportCsv, depositReportFileName } from '../../core/deposit-report.js';
import type { SortState } from '../../core/sorting.js';
import { panelStyles } from './undeposited-panel.styles.js';
import { depositsStyles } from './deposits-panel.styles.js';
import { reportSheetPart } from './on-demand-parts.js';
import { announcement, renderAnnouncement, silence, type Announcement } from './live-words.js';
import { renderDepositsTable, type DepositPayments, type DepositSortKey } from './deposits-view.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Deposit, DepositReport, Payment, PaymentPage } from '../../sdk/types.js';

export type { DepositSortKey } from './deposits-view.js';

/** The open deposit report, while it loads and once it has. */
type OpenReport =
  | { deposit: Deposit; state: 'loading' }
  | { deposit: Deposit; state: 'error'; error: unknown }
  | { deposit: Deposit; state: 'loaded'; report: DepositReport };

interface DepositsList {
  kind: 'list';
  /** Whose session the list was loaded in: another user's list is never shown. */
  client: AlisClient;
  timeZone: string;
  deposits: Deposit[];
  nextCursor: string | null;
}

type DepositsView = DepositsList | { kind: 'staff-only'; client: AlisClient };

/** A deposit's payments are read in pages this large (the API's most). */
const DEPOSIT_PAYMENTS_PAGE = 500;

/**
 * The deposit batches the billing team made, newest first: date, reference, number of payments,
 * total (what its payments charged), adjustments (returns and refunds after the deposit), net
 * (what the bank keeps) and who made it, each expandable to list its payments and adjustments.
 * **Report** opens a printable deposit report (every line with amount, fee, charged, adjustments
 * and net, and the totals) with **Print** and **Download CSV** (a file named after the deposit
 * reference). Headers sort the loaded rows; "Show more" loads older batches. Reloads when a deposit
 * is created anywhere on the page.
 *
 * @tagname alis-pc-deposits
 * @summary The Payment Center's Deposits: every batch, with its payments.
 *
 * @csspart heading - The panel's heading.
 * @csspart table - The table of deposits.
 * @csspart payments - The payments of an expanded deposit.
 * @csspart report - The printable deposit report (printed without its buttons, black on white; the host page around it prints as the host styles it).
 * @csspart notice - State messages (loading, empty, errors, staff only).
 *
 * @cssprop --alis-color-primary - Buttons.
 * @cssprop --alis-color-border - Table borders.
 * @cssprop --alis-color-surface - Table background.
 * @cssprop --alis-color-surface-alt - Background of an expanded deposit's payments.
 * @cssprop --alis-color-danger - Adjustments (money that left the bank after a deposit).
 * @cssprop --alis-target-size - Minimum size of buttons (44px).
 */
export class AlisPcDeposits extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, statusBadgeStyles, staffStyles, panelStyles, depositsStyles];

  static override properties = {
    client: { attribute: false },
    locale: {},
    pageSize: { type: Number, attribute: 'page-size' },
    sort: { state: true, attribute: false },
    expanded: { state: true, attribute: false },
    details: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    report: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** How many deposits to load at a time ("Show more" loads the next page). */
  declare pageSize: number;

  declare private sort: SortState<DepositSortKey> | null;
  /** Ids of the deposits whose payments are shown. */
  declare private expanded: ReadonlySet<string>;
  declare private details: ReadonlyMap<string, DepositPayments>;
  declare private announcement: Announcement;
  /** The deposit report shown instead of the list, if one is open. */
  declare private report: OpenReport | null;

  /** Whose deposits these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #more = new LoadMoreController(this, { plural: 'deposits', singular: 'deposit' }, (message) => {
    this.announcement = announcement(message, this.t);
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.pageSize] as const,
    task: (args, options) => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      return this.#loadDeposits(args, options);
    },
  });

  readonly #loadDeposits = loadAfterMe(this.#session, async ({ api, client, me, signal }, pageSize: number): Promise<DepositsView> => {
    // A payer's token asks for nothing more.
    if (!isStaff(me)) return { kind: 'staff-only', client };
    const page = await api.staff.deposits.list({ limit: pageSize }, { signal });
    return { kind: 'list', client, timeZone: me.community.timeZone, deposits: page.items, nextCursor: page.nextCursor };
  });

  readonly #onDepositCreated = (): void => {
    void this.refresh().then(() => {
      this.announcement = announcement(this.t('The deposits were updated with the new deposit.'), this.t);
    });
  };

  constructor() {
    super();
    this.pageSize = 25;
    this.sort = null;
    this.expanded = new Set();
    this.details = new Map();
    this.announcement = silence;
    this.report = null;
    this.#session.reloads(this.#loadTask);
  }

  /** Another user signed in (or out): no report, expanded deposit, sort or announcement of the previous user's stays. */
  #forgetUser(): void {
    this.report = null;
    this.#reportOpener = null;
    this.expanded = new Set();
    this.details = new Map();
    this.sort = null;
    this.announcement = silence;
    this.#more.reset();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('alis-deposit-created', this.#onDepositCreated);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('alis-deposit-created', this.#onDepositCreated);
    super.disconnectedCallback();
  }

  /** Loads the deposits again (the newest page). */
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
      <section class="layout" aria-labelledby="deposits-heading" @pointerover=${this.#prefetchReport} @focusin=${this.#prefetchReport}>
        <h3 id="deposits-heading" part="heading">${t('Deposits')}</h3>
        ${renderAnnouncement(this.announcement, t)}
        ${renderSessionLoad(this.#session.client, this.#loadTask, {
          loading: t('Loading deposits…'),
          subject: 'deposits',
          retry: () => this.refresh(),
          view: (view, refreshing) => this.#renderView(view, refreshing),
          t,
        })}
      </section>
    `;
  }

  #renderView(view: DepositsView, refreshing: boolean): TemplateResult {
    const t = this.t;
    if (view.kind === 'staff-only') return renderStaffOnly(t.ctx('staff only: what', 'Deposits'), t);
    if (this.report) return this.#renderReport(this.report);
    if (view.deposits.length === 0) return renderNotice(t('No deposits yet. Deposit payments from Undeposited Payments and the batches appear here.'));
    return html`
      ${renderDepositsTable({
        deposits: view.deposits,
        timeZone: view.timeZone,
        locale: this.formatLocale,
        refreshing,
        sort: this.sort,
        expanded: this.expanded,
        details: this.details,
        onSort: (next) => {
          this.sort = next;
        },
        toggle: (deposit) => this.#toggle(deposit),
        openReport: (deposit, opener) => void this.#openReport(deposit, opener),
        loadPayments: (deposit) => void this.#loadPayments(deposit),
        t,
      })}
      ${this.#more.render(view, () => void this.#loadMore(view), t)}
    `;
  }

  #renderReport(open: OpenReport): TemplateResult {
    const t = this.t;
    const reference = open.deposit.reference;
    const back = html`<button type="button" data-action="close-report" @click=${() => void this.#closeReport()}>${t('Back to deposits')}</button>`;
    if (open.state === 'loading') return html`${renderLoading(t('Loading the report of {reference}…', { reference }))} ${back}`;
    if (open.state === 'error') {
      const subject = t.ctx('your …', 'report of deposit {reference}', { reference });
      return html`${renderLoadError(open.error, subject, () => void this.#openReport(open.deposit), undefined, t)} ${back}`;
    }
    const sheet = reportSheetPart.module;
    // Loaded with the report's data (see #openReport), so this is only a guard.
    if (!sheet) return html`${renderLoading(t('Loading the report of {reference}…', { reference }))} ${back}`;
    return sheet.renderDepositReport(open.report, {
      locale: this.formatLocale,
      t,
      print: () => window.print(),
      download: () => this.#downloadCsv(open.report),
      close: () => void this.#closeReport(),
    });
  }

  /** The pointer or focus reached a Report button: the printable report's code starts loading. */
  #prefetchReport = (event: Event): void => {
    if ((event.target as Element | null)?.closest?.('[data-action="report"]')) reportSheetPart.prefetch();
  };

  /** Where focus returns when the report closes: the Report button that opened it. */
  #reportOpener: string | null = null;

  async #openReport(deposit: Deposit, opener?: HTMLElement): Promise<void> {
    const api = this.#session.api;
    if (!api) return;
    if (opener) this.#reportOpener = deposit.id;
    this.report = { deposit, state: 'loading' };
    // The Report button is gone with the list: focus waits on "Back to deposits" until the report shows.
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('[data-action="close-report"]')?.focus());
    try {
      // The report's code comes with its data; a failed load of either shows with Try again.
      const [report] = await Promise.all([api.staff.deposits.report(deposit.id), reportSheetPart.load()]);
      if (this.report?.deposit.id !== deposit.id) return;
      this.report = { deposit, state: 'loaded', report };
      this.announcement = announcement(this.t('Report of deposit {reference} shown.', { reference: deposit.reference }), this.t);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#report-heading')?.focus();
    } catch (error) {
      if (this.report?.deposit.id !== deposit.id) return;
      // Aborted because the panel left the page: it comes back to the list, not to a report stuck loading.
      if (isSessionAbort(error)) {
        this.report = null;
        return;
      }
      this.report = { deposit, state: 'error', error };
      const t = this.t;
      this.announcement = announcement(describeLoadFailure(error, t.ctx('your …', 'report of deposit {reference}', { reference: deposit.reference }), t).message, t);
    }
  }

  async #closeReport(): Promise<void> {
    this.report = null;
    await this.updateComplete;
    const opener = this.#reportOpener;
    this.#reportOpener = null;
    (opener ? this.renderRoot.querySelector<HTMLElement>(`tr[data-deposit-id="${opener}"] button[data-action="report"]`) : null)?.focus();
  }

  /** Saves the report as `<reference>.csv` through a temporary object URL. */
  #downloadCsv(report: DepositReport): void {
    const t = this.t;
    const name = depositReportFileName(report.deposit.reference, t);
    const url = URL.createObjectURL(new Blob([depositReportCsv(report, t)], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // The click has started the download; the URL is not needed after this task.
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.announcement = announcement(t('{name} downloaded.', { name }), t);
  }

  #toggle(deposit: Deposit): void {
    const next = new Set(this.expanded);
    if (next.delete(deposit.id)) {
      this.expanded = next;
      return;
    }
    next.add(deposit.id);
    this.expanded = next;
    const known = this.details.get(deposit.id);
    if (!known || known.state === 'error') void this.#loadPayments(deposit);
  }

  /** Reads the deposit's payments in one request (more only past 500), shown in the order they were deposited. */
  async #loadPayments(deposit: Deposit): Promise<void> {
    const api = this.#session.api;
    if (!api) return;
    this.#setDetail(deposit.id, { state: 'loading' });
    try {
      const found: Payment[] = [];
      let cursor: string | null = null;
      do {
        const page: PaymentPage = await api.staff.payments.list({ depositId: deposit.id, limit: DEPOSIT_PAYMENTS_PAGE, ...(cursor ? { cursor } : {}) });
        found.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const position = new Map(deposit.paymentIds.map((id, index) => [id, index]));
      const payments = found.sort((a, b) => (position.get(a.id) ?? Infinity) - (position.get(b.id) ?? Infinity));
      this.#setDetail(deposit.id, { state: 'loaded', payments });
      const t = this.t;
      this.announcement = announcement(
        t.plural(payments.length, { one: '{count} payment of deposit {reference} shown.', other: '{count} payments of deposit {reference} shown.' }, { reference: deposit.reference }),
        t,
      );
    } catch (error) {
      // Aborted because the panel left the page (or another user signed in): closed, not stuck loading.
      if (isSessionAbort(error)) {
        const details = new Map(this.details);
        const expanded = new Set(this.expanded);
        details.delete(deposit.id);
        expanded.delete(deposit.id);
        this.details = details;
        this.expanded = expanded;
        return;
      }
      this.#setDetail(deposit.id, { state: 'error', error });
    }
  }

  #setDetail(depositId: string, detail: DepositPayments): void {
    const next = new Map(this.details);
    next.set(depositId, detail);
    this.details = next;
  }

  async #loadMore(view: DepositsList): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.staff.deposits.list({ limit: this.pageSize, cursor }),
      (items) => {
        view.deposits = appendNew(view.deposits, items, (row) => row.id);
      },
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-deposits': AlisPcDeposits;
  }
}
