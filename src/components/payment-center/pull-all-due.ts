import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController, UserChangedError, isSessionAbort } from '../shared/session.js';
import { announcement, renderAnnouncement, silence, type Announcement } from './live-words.js';
import { formatMoney } from '../../core/format.js';
import { browserKeyStorage } from '../../core/payment-key.js';
import {
  duePullRequest,
  forgetPullKey,
  pullAllRows,
  pullDueRow,
  pullKeyFor,
  runPullAll,
  statusWords,
  summaryWords,
  type PullAllRow,
} from '../../core/pull-all-due.js';
import { AlisPaymentPulledEvent } from '../../events/staff-events.js';
import { isAlisApiError } from '../../sdk/errors.js';
import { refusalSentence } from '../../core/refusal-words.js';
import { payerFormStyles } from './payers-panel.styles.js';
import { pullAllDueStyles } from './pull-all-due.styles.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { DuePull, Payment } from '../../sdk/types.js';

/** Where "Pull all due" is: the button, the review of what will be pulled, a run, or its end. */
export type PullAllStep = 'idle' | 'review' | 'running' | 'finished' | 'stopped';

/**
 * "Pull all due" for the Payers panel: one action that pulls every due billing-team arrangement in
 * turn, each with its own idempotency key remembered per payer and pull date, showing each row's
 * progress (Waiting, Pulling…, Pulled PAY-…, Declined (card), Refused: reason) and announcing the
 * summary at the end. A dropped connection stops the run with a message; running the rest again
 * reuses the remembered keys, so a pull that reached the server is replayed, never made twice, and
 * rows already pulled are not pulled again. Staff review the list first with the engine's quote of
 * each pull (total charged, fees included); the run pulls under those quotes only, so a fee changed
 * after the review refuses that pull rather than charging what nobody reviewed.
 *
 * @tagname alis-pc-pull-all-due
 * @summary Payment Center: pull every due arrangement in one action.
 *
 * @fires {AlisPaymentPulledEvent} alis-payment-pulled - A row's pull was made (also when a card part was declined).
 * @fires {Event} alis-pc-pull-all-start - Not composed: the review opened; the host hides its own due list until close.
 * @fires {Event} alis-pc-pull-all-close - Not composed: staff closed the review or the run's result.
 *
 * @csspart progress - The list of due pulls with each one's status.
 *
 * @cssprop --alis-color-primary - Buttons.
 * @cssprop --alis-color-danger - Refusals and the stopped run's message.
 * @cssprop --alis-target-size - Minimum size of every button (44px).
 */
export class AlisPcPullAllDue extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, staffStyles, payerFormStyles, pullAllDueStyles];

  static override properties = {
    client: { attribute: false },
    items: { attribute: false },
    locale: {},
    step: { state: true },
    rows: { state: true },
    quoting: { state: true },
    announcement: { state: true },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The due pulls (`GET /staff/pulls/due`); a run keeps the ones it started with. */
  declare items: readonly DuePull[];

  /** BCP 47 locale for amounts; the browser's language when unset. */
  declare locale: string | undefined;

  /** Where the action is (read-only; for tests and hosts). */
  declare step: PullAllStep;

  declare private rows: readonly PullAllRow[];
  declare private announcement: Announcement;
  /** True while the review asks the engine what each pull would charge. */
  declare private quoting: boolean;

  /** Whose run this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  /** The rows of the review and the runs; their statuses change in place as the run goes. */
  #rows: PullAllRow[] = [];
  /** The signed-in user's id (from `GET /me`, asked as the review starts): pull keys are remembered per user. */
  #userId: string | null = null;

  constructor() {
    super();
    this.items = [];
    this.step = 'idle';
    this.rows = [];
    this.announcement = silence;
    this.quoting = false;
  }

  /**
   * Another user signed in (or out): the review or run of the previous user closes without a word
   * (its rows name payers and amounts). Its in-flight pull was aborted; the key it was sent with is
   * kept under the previous user's id (the engine scopes keys per user), so when that user runs the
   * rest again the pull is replayed rather than made twice. The next user never sends it.
   */
  #forgetUser(): void {
    this.#userId = null;
    this.quoting = false;
    this.step = 'idle';
    this.#rows = [];
    this.rows = [];
    this.announcement = silence;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new list only matters before a review starts; a run keeps its own rows.
    if (changed.has('items') && this.step === 'idle') this.rows = [];
  }

  protected override render() {
    return html`
      ${renderAnnouncement(this.announcement, this.t)} ${this.step === 'idle' ? this.#renderStart() : this.#renderRun()}
    `;
  }

  #renderStart(): TemplateResult | typeof nothing {
    if (this.items.length === 0) return nothing;
    return html`<button type="button" class="primary" data-action="pull-all" @click=${this.#review}>
      ${this.t('Pull all due ({count})', { count: this.items.length })}
    </button>`;
  }

  #renderRun(): TemplateResult {
    const t = this.t;
    const locale = this.formatLocale;
    const rows = this.rows;
    const currency = rows[0]?.due.outstanding.currency ?? 'USD';
    // What the run will charge: each pull's quoted total (fees included), for the rows still to pull.
    const pending = rows.filter((row) => row.status.kind === 'waiting');
    const total = pending.reduce((sum, row) => sum + (row.quote?.totalCharged.amountCents ?? row.due.outstanding.amountCents), 0);
    const fees = pending.reduce((sum, row) => sum + (row.quote?.fee.amountCents ?? 0), 0);
    const stoppedAt = this.step === 'stopped' ? rows.find((row) => row.status.kind === 'interrupted') : undefined;
    return html`
      <div class="step" data-step=${this.step}>
        <h4 id="pull-all-heading" data-heading tabindex="-1">
          ${this.step === 'review'
            ? t.plural(
                pending.length,
                { one: 'Pull all due: {count} payer, {total}', other: 'Pull all due: {count} payers, {total}' },
                { total: formatMoney({ amountCents: total, currency }, locale) },
              )
            : t('Pulling all due')}
        </h4>
        ${this.step === 'review'
          ? html`<p data-review-summary>
              ${this.quoting
                ? t('Asking the billing service what each pull would charge…')
                : t(
                    "Each pull takes the payer's outstanding balance from the methods of their arrangement, one after another, and charges exactly the total shown, convenience fees included ({fees} in all). If anything changes before a pull is made, that pull is refused and nothing is taken. A pull whose answer is lost can be run again without pulling twice.",
                    { fees: formatMoney({ amountCents: fees, currency }, locale) },
                  )}
            </p>`
          : nothing}
        <ol class="pull-all-rows" part="progress" aria-labelledby="pull-all-heading">
          ${rows.map((row) => this.#renderRow(row, t))}
        </ol>
        ${this.step === 'finished' ? html`<p class="summary" data-summary>${summaryWords(rows, t)}.</p>` : nothing}
        ${stoppedAt
          ? html`<div class="notice" part="notice" data-tone="danger" role="alert" data-kind="stopped">
              <p>
                ${t(
                  'The connection to the billing service dropped while pulling from {payer}, so the run stopped. Whether that pull went through is not known yet. {summary}. Pull the rest again when the connection is back: a pull that reached the billing service is not made twice.',
                  { payer: stoppedAt.due.payer.name, summary: summaryWords(rows, t) },
                )}
              </p>
            </div>`
          : nothing}
        <div class="actions">${this.#renderActions(t)}</div>
      </div>
    `;
  }

  #renderRow(row: PullAllRow, t: Translate): TemplateResult {
    const locale = this.formatLocale;
    const kind = row.status.kind;
    const tone = kind === 'pulled' ? 'success' : kind === 'declined' || kind === 'refused' || kind === 'interrupted' ? 'danger' : 'muted';
    return html`
      <li data-pull-payer-id=${row.due.payer.id} data-status=${kind}>
        <span class="name">${row.due.payer.name}</span>
        <span class="amount">
          ${row.quote
            ? html`${formatMoney(row.quote.totalCharged, locale)}${row.quote.fee.amountCents > 0
                ? html` <span class="hint" data-row-fee>${t('({amount} + {fee} fee)', { amount: formatMoney(row.quote.amount, locale), fee: formatMoney(row.quote.fee, locale) })}</span>`
                : nothing}`
            : formatMoney(row.due.outstanding, locale)}
        </span>
        <span class="status" data-tone=${tone}>${renderUnbroken(statusWords(row.status, t))}</span>
      </li>
    `;
  }

  #renderActions(t: Translate): TemplateResult | typeof nothing {
    switch (this.step) {
      case 'review':
        return html`
          <button type="button" data-action="cancel" @click=${this.#close}>${t('Cancel')}</button>
          <button type="button" class="primary" data-action="start" ?disabled=${this.quoting || !this.rows.some((row) => row.status.kind === 'waiting')} @click=${this.#start}>
            ${t.plural(this.rows.filter((row) => row.status.kind === 'waiting').length, { one: 'Pull from {count} payer', other: 'Pull from all {count} payers' })}
          </button>
        `;
      case 'running':
        return nothing;
      case 'stopped':
        return html`
          <button type="button" data-action="close" @click=${this.#close}>${t('Close')}</button>
          <button type="button" class="primary" data-action="rerun" @click=${this.#start}>${t('Pull the rest again')}</button>
        `;
      default:
        return html`<button type="button" class="primary" data-action="done" @click=${this.#close}>${t('Done')}</button>`;
    }
  }

  async #review(): Promise<void> {
    this.#rows = pullAllRows(this.items);
    this.rows = [...this.#rows];
    this.step = 'review';
    this.announcement = silence;
    this.dispatchEvent(new Event('alis-pc-pull-all-start', { bubbles: true }));
    await this.#focus('#pull-all-heading');
    await this.#quoteRows();
  }

  /**
   * The review shows what each pull would charge, fees included, from the engine's quote; the run
   * then pulls under those quotes only. A pull the engine will not quote is refused in the review.
   */
  async #quoteRows(): Promise<void> {
    const api = this.#session.api;
    const rows = this.#rows;
    if (!api) return;
    this.quoting = true;
    for (const row of rows) {
      try {
        // Who is pulling, so the run remembers its keys under this user (asked once, with the first row).
        this.#userId ??= (await api.session.me()).user.id;
        row.quote = await api.staff.payments.quote(duePullRequest(row.due));
      } catch (error) {
        // Another user: their review starts afresh. Removed (even if already back on the page): the
        // review closes, and a new one quotes afresh with the element's new session.
        if (rows !== this.#rows) return;
        if (isSessionAbort(error)) {
          this.#close();
          return;
        }
        row.status = {
          kind: 'refused',
          reason: (t) =>
            isAlisApiError(error) ? refusalSentence(error, t) : t('The billing service did not answer, so this pull could not be reviewed. Close and try again.'),
        };
      }
      if (this.step !== 'review') return;
      this.rows = [...this.#rows];
    }
    this.quoting = false;
    const charged = this.#rows.filter((row) => row.status.kind === 'waiting');
    const t = this.t;
    this.announcement = announcement(t.plural(charged.length, { one: 'Reviewed {count} pull, fees included.', other: 'Reviewed {count} pulls, fees included.' }), t);
  }

  async #start(): Promise<void> {
    const api = this.#session.api;
    const signal = this.#session.signal;
    const userId = this.#userId;
    if (!api || !signal || !userId || (this.step !== 'review' && this.step !== 'stopped')) return;
    // The step changes before the first await, so a second click finds nothing to act on.
    this.step = 'running';
    const t = this.t;
    this.announcement = announcement(t.plural(this.#rows.length, { one: 'Pulling {count} due pull.', other: 'Pulling {count} due pulls.' }), t);
    await this.#focus('#pull-all-heading');
    const storage = browserKeyStorage();
    // Leaving the page or a change of user stops the run, and aborts the pull in flight: its key is
    // remembered (browser storage), so running the rest again replays it rather than pulling twice.
    const end = await runPullAll(this.#rows, {
      signal,
      keyFor: (row) => pullKeyFor(row, userId, storage),
      forgetKey: (row) => forgetPullKey(row, userId, storage),
      pull: async (row, key) => {
        const reviewed = this.#rows.find((r) => r.due === row)?.quote?.quoteId;
        const payments: Payment[] = await pullDueRow(api, row, key, userId, undefined, reviewed);
        this.emit(new AlisPaymentPulledEvent(payments));
        return payments;
      },
      onChange: (rows) => {
        if (rows === this.#rows) this.rows = [...rows];
      },
    });
    // Nothing of a run cut short by a change of user is shown or announced; one cut short by a
    // removal shows where it stopped when the element comes back.
    if (signal.reason instanceof UserChangedError) return;
    if (end.kind === 'stopped') {
      this.step = 'stopped';
      this.announcement = silence;
      await this.#focus('[data-action="rerun"]');
      return;
    }
    this.step = 'finished';
    this.announcement = announcement(`${summaryWords(this.#rows, this.t)}.`, this.t);
    await this.#focus('[data-action="done"]');
  }

  #close(): void {
    this.quoting = false;
    this.step = 'idle';
    this.#rows = [];
    this.rows = [];
    this.announcement = silence;
    this.dispatchEvent(new Event('alis-pc-pull-all-close', { bubbles: true }));
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-pull-all-due': AlisPcPullAllDue;
  }
}
