import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { renderNotice, settled, renderSessionLoad } from '../shared/states.js';
import { announcement, renderAnnouncement, silence, type Announcement } from './live-words.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { appendNew, LoadMoreController } from '../shared/load-more.js';
import type { SortState } from '../../core/sorting.js';
import { arrangementWords, noPayersSentence, payersSwitchNotice, type PayerSortKey } from '../../core/payer-words.js';
import { payerFormStyles, payersPanelStyles } from './payers-panel.styles.js';
import { renderDueSection } from './payers-due.js';
import { renderPayerSearch, renderPayersTable } from './payers-table.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { OnDemandController, type OnDemandPart } from '../shared/on-demand.js';
import { applyCreditPart, arrangementEditorPart, payerDetailsPart, pullAllDuePart, pullPaymentPart } from './on-demand-parts.js';
import type { PullPrefill } from './pull-payment.js';
import type { AlisCreditAppliedEvent, AlisPaymentPulledEvent } from '../../events/staff-events.js';
import type { AlisClient } from '../../sdk/index.js';
import type { DuePull, DuePulls, Me, Payer } from '../../sdk/types.js';

export type { PayerSortKey } from '../../core/payer-words.js';

interface PayersView {
  /** Whose session the view was loaded in: another user's view is never shown. */
  client: AlisClient;
  me: Me;
  payers: Payer[];
  nextCursor: string | null;
}

/** What is open instead of the lists, and the button that opened it (focus returns there). */
type Activity =
  | { kind: 'edit'; payerId: string }
  | { kind: 'pull'; payerId: string; prefill: PullPrefill | undefined; from: 'row' | 'due' }
  | { kind: 'credit'; payerId: string };

/**
 * The Payers panel of the Payment Center: the pulls due today under billing-team arrangements
 * (each pulled on its own, or all in one run with "Pull all due"), then every payer (residents and contacts) with resident, outstanding balance, open invoices,
 * saved methods (masked; which are authorized for recurring payments) and arrangement in words,
 * with the advance notice emailed about the next pull (or that none was sent yet). Staff search,
 * sort the loaded rows, show more, edit a payer's arrangement, and pull a payment from a payer's
 * authorized method(s) — while ALIS Pay is on; the portal being off does not stop pulls. A payer's
 * **Details** show their email, "Ask to add a payment method" (while ALIS Connect and ALIS Pay are
 * both on; otherwise a sentence says why not) and their audit trail. Works as a
 * tab of `<alis-payment-center>` or alone inside `<alis-billing-provider>`; a payer's token gets a
 * "staff only" notice.
 *
 * A payer holding credit on account shows it under their balance, with **Apply credit** (see
 * `<alis-pc-apply-credit>`).
 *
 * It uses `<alis-pc-arrangement-editor>`, `<alis-pc-pull-payment>`, `<alis-pc-apply-credit>`, `<alis-pc-pull-all-due>`,
 * `<alis-pc-request-method>` and `<alis-audit-trail>`, and loads and registers each the first time it
 * is opened ("Pull all due" with the panel); pointing at or focusing the button that opens one
 * starts its load early.
 *
 * @tagname alis-pc-payers
 * @summary Payment Center: payers, arrangements and pulls.
 *
 * @fires {AlisPaymentPulledEvent} alis-payment-pulled - Staff pulled a payment (from the pull flow inside).
 * @fires {AlisCreditAppliedEvent} alis-credit-applied - Staff applied a payer's credit on account (from the panel inside).
 * @fires {AlisPaymentMethodRequestedEvent} alis-payment-method-requested - A payer was asked to add a payment method (from Details).
 *
 * @csspart heading - The panel's heading.
 * @csspart notice - State messages.
 * @csspart table - The payers table.
 * @csspart due - The due-pulls section.
 *
 * @cssprop --alis-color-primary - Buttons.
 * @cssprop --alis-color-border - Table and fieldset borders.
 * @cssprop --alis-color-surface - Table background.
 * @cssprop --alis-color-surface-alt - Column headers.
 * @cssprop --alis-color-success - "Authorized for recurring" text.
 * @cssprop --alis-color-danger - Errors and blocked methods.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisPcPayers extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, staffStyles, payerFormStyles, payersPanelStyles];

  static override properties = {
    client: { attribute: false },
    locale: {},
    heading: {},
    pageSize: { type: Number, attribute: 'page-size' },
    search: { state: true, attribute: false },
    sort: { state: true, attribute: false },
    activity: { state: true, attribute: false },
    detailsOpen: { state: true, attribute: false },
    announcement: { state: true, attribute: false },
    pullingAll: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** The panel's heading; "Payers", in the reader's language, when unset. */
  declare heading: string | undefined;

  /** How many payers to load at a time ("Show more" loads the next page). */
  declare pageSize: number;

  /** The search that was submitted (payer or resident name). */
  declare private search: string;
  declare private sort: SortState<PayerSortKey> | null;
  /** The editor or pull flow shown instead of the lists, if any. */
  declare private activity: Activity | null;
  /** Party ids of payers whose details are open. */
  declare private detailsOpen: ReadonlySet<string>;
  declare private announcement: Announcement;
  /** "Pull all due" is reviewing or running: its own list stands in for the due table. */
  declare private pullingAll: boolean;

  /** Whose payers these are; another user's session starts afresh (see `#startAfresh`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#startAfresh() });

  readonly #more = new LoadMoreController(this, { plural: 'payers', singular: 'payer' }, (message) => {
    this.announcement = announcement(message, this.t);
  });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.search, this.pageSize] as const,
    task: (args, options) => {
      // A fresh first page starts without the old list's "Show more" failure.
      this.#more.reset();
      return this.#loadPayers(args, options);
    },
  });

  readonly #loadPayers = loadAfterMe(this.#session, async ({ api, client, me, signal }, search: string, pageSize: number): Promise<PayersView> => {
    // A payer's token asks for nothing but who they are.
    if (!isStaff(me)) return { client, me, payers: [], nextCursor: null };
    // "Pull all due" shows above the list: its code comes with the list (for staff only).
    pullAllDuePart.prefetch();
    const page = await api.staff.payers.list({ limit: pageSize, ...(search ? { search } : {}) }, { signal });
    return { client, me, payers: page.items, nextCursor: page.nextCursor };
  });

  /** The pulls due today: asked for only once this user's `/me` says they are staff. */
  readonly #dueTask = new Task(this, {
    args: () => [this.#session.client, this.#isStaff] as const,
    task: async ([client, staff], { signal }): Promise<DuePulls | undefined> => {
      const api = this.#session.requireApi();
      if (!client || !api || !staff) return undefined;
      return api.staff.payers.duePulls(undefined, { signal });
    },
  });

  /** Each payer's row being refreshed after a flow changed them; closing that flow waits for it (see `#closeActivity`). */
  readonly #rowRefreshes = new Map<string, Promise<void>>();

  /** The code of each activity, loaded when first opened (a failure is shown in its place, with Close). */
  readonly #activityCode: Record<Activity['kind'], OnDemandController> = {
    edit: new OnDemandController(this, arrangementEditorPart),
    pull: new OnDemandController(this, pullPaymentPart),
    credit: new OnDemandController(this, applyCreditPart),
  };

  constructor() {
    super();
    this.heading = undefined;
    this.pageSize = 25;
    this.#startAfresh();
    this.#session.reloads(this.#loadTask);
    this.#session.reloads(this.#dueTask);
  }

  /**
   * No search, sort, open editor / pull / apply-credit flow, open details, "Pull all due" run or
   * announcement: how the panel starts, and how it starts again when another user signs in (or out).
   */
  #startAfresh(): void {
    this.search = '';
    this.sort = null;
    this.activity = null;
    this.detailsOpen = new Set();
    this.announcement = silence;
    this.pullingAll = false;
    this.#more.reset();
  }

  /** Whether the user whose list is loaded (this user, not a previous one) is staff. */
  get #isStaff(): boolean {
    const view = this.#loadTask.value;
    return view !== undefined && view.client === this.#session.client && isStaff(view.me);
  }

  /** Loads the payers and the due pulls again (the loaded pages start over). */
  async refresh(): Promise<void> {
    await Promise.all([this.#loadTask.run(), this.#dueTask.run()]);
  }

  /** Resolves when the payers (and, for staff, the due pulls) have loaded, successfully or not. */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask)
      .then(() => this.updateComplete)
      .then(() => settled(this.#dueTask));
  }

  protected override render() {
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="heading" @pointerover=${this.#prefetchFor} @focusin=${this.#prefetchFor}>
        <h3 id="heading" part="heading" tabindex="-1" data-heading>${this.heading ?? t('Payers')}</h3>
        ${renderAnnouncement(this.announcement, t)}
        ${renderSessionLoad(this.#session.client, this.#loadTask, {
          loading: t('Loading payers…'),
          // In English: the shared load states translate the widgets' subjects.
          subject: 'payers',
          retry: () => this.refresh(),
          view: (view, refreshing) => this.#renderView(view, refreshing),
          t,
        })}
      </section>
    `;
  }

  #renderView(view: PayersView, refreshing: boolean): TemplateResult {
    const t = this.t;
    if (!isStaff(view.me)) return renderStaffOnly(t('The payer list'), t);
    const open = this.activity;
    if (open) return this.#renderActivity(view, open);
    const community = view.me.community;
    const switchedOff = payersSwitchNotice(community, t);
    const table = {
      client: this.#session.client,
      community,
      locale: this.formatLocale,
      t,
      search: this.search,
      sort: this.sort,
      detailsOpen: this.detailsOpen,
      onSearch: (event: SubmitEvent) => this.#onSearch(event),
      clearSearch: () => void this.#clearSearch(),
      onSort: (next: SortState<PayerSortKey>) => (this.sort = next),
      toggleDetails: (partyId: string) => this.#toggleDetails(partyId),
      openEditor: (payer: Payer) => this.#open({ kind: 'edit', payerId: payer.party.id }),
      openCredit: (payer: Payer) => this.#open({ kind: 'credit', payerId: payer.party.id }),
      openPull: (payer: Payer) => this.#open({ kind: 'pull', payerId: payer.party.id, prefill: undefined, from: 'row' }),
    };
    return html`
      ${switchedOff ? renderNotice(switchedOff.text, switchedOff.tone) : nothing}
      ${renderDueSection({
        task: this.#dueTask,
        community,
        client: this.#session.client,
        locale: this.formatLocale,
        t,
        pullingAll: this.pullingAll,
        openPull: (item) => this.#openDuePull(item),
        onPulled: this.#onPulledByAll,
        onPullAllStart: () => (this.pullingAll = true),
        onPullAllClose: this.#onPullAllClosed,
      })}
      ${renderPayerSearch(table)}
      ${view.payers.length === 0 ? renderNotice(noPayersSentence(this.search, t)) : renderPayersTable(table, view.payers, view.nextCursor !== null, refreshing)}
      ${this.#more.render(view, () => void this.#loadMore(view), t)}
    `;
  }

  /** The arrangement editor, pull flow or apply-credit panel, in place of the lists, once its code is here. */
  #renderActivity(view: PayersView, open: Activity): TemplateResult {
    const t = this.t;
    // What failed to load, as it reads after "your" (and after "Loading").
    const subjects: Record<Activity['kind'], string> = {
      edit: t.ctx('your …', 'arrangement editor'),
      pull: t.ctx('your …', 'pull form'),
      credit: t.ctx('your …', 'apply-credit panel'),
    };
    return this.#activityCode[open.kind].render(
      () => this.#renderLoadedActivity(view, open),
      subjects[open.kind],
      {
        onClose: () => void this.#closeActivity(),
        where: 'inside',
      },
      t,
    );
  }

  #renderLoadedActivity(view: PayersView, open: Activity): TemplateResult {
    const client = view.client;
    switch (open.kind) {
      case 'edit':
        return html`<alis-pc-arrangement-editor .client=${client} .payerId=${open.payerId} .locale=${this.locale}
          @alis-pc-arrangement-saved=${(event: CustomEvent<Payer>) => this.#onSaved(view, event.detail)}
          @alis-pc-arrangement-close=${this.#closeActivity}
        ></alis-pc-arrangement-editor>`;
      case 'pull':
        return html`<alis-pc-pull-payment .client=${client} .payerId=${open.payerId} .prefill=${open.prefill} .locale=${this.locale}
          @alis-payment-pulled=${(event: AlisPaymentPulledEvent) => this.#onPulled(view, event)}
          @alis-pc-pull-close=${this.#closeActivity}
        ></alis-pc-pull-payment>`;
      case 'credit':
        return html`<alis-pc-apply-credit .client=${client} .payerId=${open.payerId} .locale=${this.locale}
          @alis-credit-applied=${(event: AlisCreditAppliedEvent) => this.#onCreditApplied(view, event)}
          @alis-pc-apply-credit-close=${this.#closeActivity}
        ></alis-pc-apply-credit>`;
    }
  }

  /**
   * The pointer or focus reached a button that opens an activity or a payer's details: its code
   * starts loading, so the click seldom waits for it.
   */
  #prefetchFor = (event: Event): void => {
    const action = (event.target as Element | null)?.closest?.('[data-action]')?.getAttribute('data-action');
    const parts: Record<string, OnDemandPart> = {
      edit: arrangementEditorPart,
      pull: pullPaymentPart,
      'apply-credit': applyCreditPart,
      details: payerDetailsPart,
    };
    if (action && parts[action]) parts[action].prefetch();
  };

  #toggleDetails(partyId: string): void {
    // The details show the payer's audit trail and "Ask to add a payment method": loaded on first open.
    payerDetailsPart.prefetch();
    const next = new Set(this.detailsOpen);
    if (!next.delete(partyId)) next.add(partyId);
    this.detailsOpen = next;
  }

  async #loadMore(view: PayersView): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return;
    await this.#more.loadNext(
      view,
      (cursor) => api.staff.payers.list({ limit: this.pageSize, cursor, ...(this.search ? { search: this.search } : {}) }),
      (items) => {
        view.payers = appendNew(view.payers, items, (row) => row.party.id);
      },
    );
  }

  #onSearch(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    this.search = String(new FormData(form).get('search') ?? '').trim();
    this.#more.reset();
  }

  async #clearSearch(): Promise<void> {
    this.search = '';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('#search')?.focus();
  }

  #open(activity: Activity): void {
    this.announcement = silence;
    this.activity = activity;
  }

  #openDuePull(item: DuePull): void {
    const prefill = { parts: item.parts.map((part) => ({ methodId: part.method.id, amountCents: part.amount.amountCents })) };
    this.#open({ kind: 'pull', payerId: item.payer.id, prefill, from: 'due' });
  }

  /** Puts the engine's view of `payer` in its row, wherever it is in the loaded pages. */
  #replaceRow(view: PayersView, payer: Payer): void {
    view.payers = view.payers.map((row) => (row.party.id === payer.party.id ? payer : row));
    this.requestUpdate();
  }

  async #onSaved(view: PayersView, payer: Payer): Promise<void> {
    this.#replaceRow(view, payer);
    const t = this.t;
    this.announcement = announcement(
      t("Saved {payer}'s arrangement: {arrangement}.", {
        payer: payer.party.name,
        arrangement: arrangementWords(payer.arrangement, payer.outstanding.currency, this.formatLocale, t),
      }),
      t,
    );
    void this.#dueTask.run();
    await this.#closeActivity();
  }

  async #onPulled(view: PayersView, event: AlisPaymentPulledEvent): Promise<void> {
    const payerId = event.payments[0]?.payer.id;
    void this.#dueTask.run();
    if (payerId) await this.#refreshRow(view, payerId);
  }

  async #onCreditApplied(view: PayersView, event: AlisCreditAppliedEvent): Promise<void> {
    void this.#dueTask.run();
    await this.#refreshRow(view, event.result.payer.id);
  }

  /** Puts the engine's figures for `payerId` in their row; closing a flow for that payer waits for it. */
  #refreshRow(view: PayersView, payerId: string): Promise<void> {
    const api = this.#session.api;
    if (!api || view.client !== this.#session.client) return Promise.resolve();
    const refresh = (async () => {
      try {
        this.#replaceRow(view, await api.staff.payers.get(payerId));
      } catch {
        // The row keeps its old figures until the next load; the flow itself shows its outcome.
      }
    })();
    this.#rowRefreshes.set(payerId, refresh);
    void refresh.then(() => {
      if (this.#rowRefreshes.get(payerId) === refresh) this.#rowRefreshes.delete(payerId);
    });
    return refresh;
  }
  /** A row of "Pull all due" was pulled: that payer's row shows the engine's new figures. */
  #onPulledByAll = (event: AlisPaymentPulledEvent): void => {
    const view = this.#loadTask.value;
    if (view) void this.#onPulled(view, event);
  };

  #onPullAllClosed = async (): Promise<void> => {
    this.pullingAll = false;
    await this.#dueTask.run();
    this.renderRoot.querySelector<HTMLElement>('#due-heading')?.focus();
  };

  async #closeActivity(): Promise<void> {
    const open = this.activity;
    if (!open) return;
    // Focus goes back into the payer's row as the flow left it, so the row's refresh after a pull
    // or an application of credit is waited for first (a little): applying all of a payer's
    // credit takes "Apply credit" away, and focus must not go to a button about to vanish.
    const refresh = this.#rowRefreshes.get(open.payerId);
    if (refresh) await Promise.race([refresh, new Promise((resolve) => setTimeout(resolve, ROW_REFRESH_WAIT_MS))]);
    // Closed meanwhile (pressed twice, or another user signed in): nothing more to do.
    if (this.activity !== open) return;
    this.activity = null;
    await this.updateComplete;
    this.#focusBackFrom(open);
    // A refresh slower than that which takes the button focus went to: focus goes to the row again.
    void refresh?.then(async () => {
      await this.updateComplete;
      const root = this.renderRoot as ShadowRoot;
      const lost = !root.activeElement?.isConnected && (document.activeElement === null || document.activeElement === document.body);
      if (this.activity === null && lost) this.#focusBackFrom(open);
    });
  }

  /** Focus returns to the button that opened `open`, or the closest thing left in its row when that is gone. */
  #focusBackFrom(open: Activity): void {
    const root = this.renderRoot;
    const row = root.querySelector(`tr[data-payer-id="${CSS.escape(open.payerId)}"]`);
    const dueRow = root.querySelector(`tr[data-due-payer-id="${CSS.escape(open.payerId)}"]`);
    const target =
      open.kind === 'edit'
        ? row?.querySelector<HTMLElement>('[data-action="edit"]')
        : open.kind === 'credit'
          ? (row?.querySelector<HTMLElement>('[data-action="apply-credit"]') ?? row?.querySelector<HTMLElement>('[data-payer-cell]'))
        : open.from === 'due'
          ? (dueRow?.querySelector<HTMLElement>('[data-action="pull"]') ?? root.querySelector<HTMLElement>('#due-heading'))
          : (row?.querySelector<HTMLElement>('[data-action="pull"]') ?? row?.querySelector<HTMLElement>('[data-action="edit"]'));
    (target ?? root.querySelector<HTMLElement>('#heading'))?.focus();
  }
}

/** How long closing a flow waits for the payer's row to be refreshed before it closes anyway. */
const ROW_REFRESH_WAIT_MS = 2000;

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-payers': AlisPcPayers;
  }
}
