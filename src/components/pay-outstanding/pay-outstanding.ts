import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { Task, TaskStatus } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { RefreshOnPaymentController, ReservedSpaceController, bone, likelyRows, renderNotice, renderPayerGate, settled, renderSessionLoad } from '../shared/states.js';
import { announcement, renderAnnouncement, silence, type Announcement } from '../shared/live-words.js';
import { prefetchPayFlow, renderPayFlowInPlace } from '../shared/pay-flow-in-place.js';
import { renderArrangementNotice } from '../shared/arrangement-notice.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { billingAccess } from '../../core/billing-access.js';
import { outstandingCardShape, outstandingShapeKeys, type OutstandingShape } from '../../core/outstanding-shape.js';
import { dueToOthersSentence, gatewayOffSentence, onlyAddressedToYouSentence, viewOnlySentence } from '../../core/billing-words.js';
import { payOutstandingStyles } from './pay-outstanding.styles.js';
import type { PayTarget } from '../pay-flow/pay-flow.js';
import type { AlisClient } from '../../sdk/index.js';
import type { AllocationPolicy, Me, Outstanding } from '../../sdk/types.js';
import type { Translate } from '../../core/i18n/translate.js';

interface OutstandingData {
  /** The client the data was loaded with: another user's balance is never shown. */
  client: AlisClient;
  me: Me;
  /** The notice shown instead of a balance when the user may not see billing here (nothing was loaded). */
  gate: TemplateResult | null;
  outstanding: Outstanding | null;
}


/** What a payment of the balance settles first, under the community's allocation policy. */
function policySentence(policy: AllocationPolicy, t: Translate): string {
  switch (policy) {
    case 'oldest_first':
      return t('It settles your invoices oldest due date first:');
    case 'newest_first':
      return t('It settles your invoices most recent first:');
    case 'unapplied_credit':
      return t('It is held as a credit on your account, which the business office applies to these invoices:');
  }
}

/**
 * What the signed-in user owes: the remaining balance of the invoices addressed to them ("You
 * owe"), which invoices it settles and in what order, and a **Pay outstanding balance** action that
 * opens the pay flow for exactly that total. Below it, what else is due on the resident's account
 * and to whom it is addressed ("Also due on Harold Jensen's account: $2,818.05 — addressed to Karen
 * Molloy (Daughter), 1 invoice"), so nobody reads their own total as the account being settled; a
 * user who sees only what is addressed to them is told that the total covers only that. A
 * view-only user sees the amounts and, instead of Pay, why not. When the billing team collects the
 * balance automatically, says when and from which method first, and repeats the advance notice
 * emailed about the next collection. While the portal is off, or when the profile includes no
 * billing, it shows one calm notice with the office's contact and loads no balance.
 *
 * @tagname alis-pay-outstanding
 * @summary What the signed-in user owes, what else is due on the resident's account and to whom, and Pay Outstanding.
 *
 * @fires {AlisPayRequestEvent} alis-pay-request - Cancelable; before the payment is submitted.
 * @fires {AlisPaymentSubmittedEvent} alis-payment-submitted - The payment was taken.
 * @fires {AlisPaymentFailedEvent} alis-payment-failed - Declined, refused, or the outcome could not be confirmed.
 * @fires {AlisAddPaymentMethodRequestEvent} alis-add-payment-method-request - The payer asked to add a method.
 *
 * @csspart heading - The heading.
 * @csspart total - The outstanding total.
 * @csspart notice - State messages (loading, error, no access, portal off, view only, arrangement, payments not enabled).
 * @csspart others - The sentence about what else is due on the resident's account, or that the total covers only what is addressed to the user.
 * @csspart pay-button - The Pay outstanding balance button.
 * @csspart credit - "Credit on account: $X", and that the billing office applies it.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-primary - The pay button and accents.
 * @cssprop --alis-color-surface - Background of the summary card.
 * @cssprop --alis-color-border - Card borders.
 * @cssprop --alis-color-danger - Overdue labels and error notices.
 * @cssprop --alis-radius - Corner radius of the card and notices.
 * @cssprop --alis-target-size - Minimum size of every button (44px by default).
 */
export class AlisPayOutstanding extends AlisElement {
  static override styles = [hostStyles, commonStyles, payOutstandingStyles];

  static override properties = {
    client: { attribute: false },
    heading: {},
    locale: {},
    payTarget: { state: true },
    announcement: { state: true },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The heading above the balance; "Outstanding balance", in the reader's language, when unset. */
  declare heading: string | undefined;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  declare private payTarget: PayTarget | null;
  declare private announcement: Announcement;

  /** Whose balance this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: loadAfterMe(this.#session, async ({ api, client, me, signal }): Promise<OutstandingData> => {
      // No request for the balance while the portal is off, the profile includes no billing, or
      // the signed-in user is staff.
      const gate = renderPayerGate(me);
      if (gate) return { client, me, gate, outstanding: null };
      return { client, me, gate: null, outstanding: await api.outstanding.get({ signal }) };
    }),
  });

  constructor() {
    super();
    // The room the card took last time, which its loading shape takes next time.
    new ReservedSpaceController(
      this,
      () => 'alis-pay-outstanding',
      () => !this.payTarget && this.#loadTask.status === TaskStatus.COMPLETE && this.#loadTask.value?.client === this.#session.client,
    );
    this.heading = undefined;
    this.payTarget = null;
    this.announcement = silence;
    this.#session.reloads(this.#loadTask);
    // After a payment anywhere on the page, the new balances show without a reload.
    new RefreshOnPaymentController(this, () => {
      void this.refresh().then(() => {
        if (!this.payTarget) this.announcement = announcement(this.t('Your outstanding balance was updated.'), this.t);
      });
    });
  }

  /** Loads the balance again. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  /** Another user signed in (or out): the previous user's pay flow and announcements go. */
  #forgetUser(): void {
    this.payTarget = null;
    this.announcement = silence;
  }

  protected override render() {
    const client = this.#session.client;
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading ?? t('Outstanding balance')}</h2>
        ${renderAnnouncement(this.announcement, this.t)}
        ${this.payTarget && client ? renderPayFlowInPlace(client, this.payTarget, this.formatLocale, () => this.#closeFlow(), t) : this.#renderSummary()}
      </section>
    `;
  }

  #renderSummary(): TemplateResult {
    const t = this.t;
    return renderSessionLoad(this.#session.client, this.#loadTask, {
      loading: t('Loading your balance…'),
      skeleton: () => this.#renderSkeleton(),
      subject: 'balance',
      retry: () => this.refresh(),
      t,
      view: (view) => this.#renderView(view),
    });
  }

  /** The loading shape: the card as it looked last time (see {@link outstandingShapeKeys}; first time, the usual card: one invoice, no other sentence, Pay), with bones for words. */
  #renderSkeleton(): TemplateResult {
    const invoices = likelyRows.read(outstandingShapeKeys.invoices, 1, 12);
    const notes = likelyRows.read(outstandingShapeKeys.notes, 0, 2);
    const action = likelyRows.read(outstandingShapeKeys.action, 1, 2);
    return html`
      <div class="summary">
        <p class="total-line">${bone('s')}${bone('s', 'figure')}</p>
        ${Array.from({ length: notes }, () => html`<p class="others">${bone('l')}</p>`)}
        ${invoices === 0
          ? html`<p class="nothing-due">${bone('m')}</p>`
          : html`<p class="muted">${bone('l')}</p>
              <ol class="invoices">
                ${Array.from({ length: invoices }, () => html`<li>${bone('m')}</li>`)}
              </ol>`}
      </div>
      ${action === 1 ? html`<span class="pay">${bone('l', 'control')}</span>` : action === 2 ? html`<div class="notice">${bone('l')}</div>` : nothing}
    `;
  }

  /** Remembers the card's shape for the next loading shape; storage is written only when it changed. */
  #rememberShape({ invoices, notes, action }: OutstandingShape): void {
    const shape = `${invoices} ${notes} ${action}`;
    if (shape === this.#shape) return;
    this.#shape = shape;
    likelyRows.remember(outstandingShapeKeys.invoices, invoices);
    likelyRows.remember(outstandingShapeKeys.notes, notes);
    likelyRows.remember(outstandingShapeKeys.action, action);
  }

  #shape = '';

  #renderView({ me, gate, outstanding }: OutstandingData): TemplateResult {
    // The gate is drawn again in the reader's language of now (it was first drawn while loading).
    if (gate || !outstanding) return gate ? (renderPayerGate(me, this.t) ?? gate) : html``;
    const t = this.t;
    const community = me.community;
    const total = outstanding.total;
    const credit = outstanding.unappliedCredit.amountCents > 0;
    const others = dueToOthersSentence(outstanding.dueToOthers, me.resident?.name ?? null, this.formatLocale, t);
    // Without view_billing the engine says nothing of others (null): the total is not the whole account.
    const scope = others ?? (outstanding.dueToOthers === null ? onlyAddressedToYouSentence(me.resident?.name ?? null, t) : null);
    const listed = outstanding.invoices.length > 0 && (total.amountCents > 0 || credit) ? outstanding.invoices.length : 0;
    const action = this.#renderAction(me, total.amountCents, t);
    this.#rememberShape(outstandingCardShape(me, outstanding));
    return html`
      <div class="summary">
        <p class="total-line">
          <span class="label">${t('You owe')}</span>
          <strong class="total" part="total" data-amount-cents=${total.amountCents}>${formatMoney(total, this.formatLocale)}</strong>
        </p>
        ${scope
          ? html`<p class="others" part="others" data-kind=${others ? 'due-to-others' : 'only-yours'}>${scope}</p>`
          : nothing}
        ${credit
          ? html`<p class="credit" part="credit" data-amount-cents=${outstanding.unappliedCredit.amountCents}>
              ${t('Credit on account:')} <strong>${formatMoney(outstanding.unappliedCredit, this.formatLocale)}</strong>.
              ${outstanding.invoices.length === 0
                ? t('You have already paid it; the billing office will apply it to your next invoices.')
                : total.amountCents > 0
                  ? t('You have already paid it; the billing office will apply it to your open invoices, and it is taken off what you owe.')
                  : t('You have already paid it; the billing office will apply it to your open invoices.')}
            </p>`
          : nothing}
        ${listed > 0
          ? html`
              <p class="muted">${total.amountCents > 0 ? policySentence(outstanding.allocationPolicy, t) : t('Your credit covers these open invoices:')}</p>
              <ol class="invoices">
                ${outstanding.invoices.map(
                  (invoice) => html`
                    <li data-invoice-id=${invoice.invoiceId}>
                      <span class="number">${renderUnbroken(t('Invoice {number}', { number: invoice.number }))}</span>
                      <span class="due ${invoice.overdue ? 'overdue' : ''}">
                        ${renderUnbroken(
                          invoice.overdue
                            ? t('Overdue since {date}', { date: formatDate(invoice.dueDate, this.formatLocale) })
                            : t('Due {date}', { date: formatDate(invoice.dueDate, this.formatLocale) }),
                        )}
                      </span>
                      <span class="amount">${formatMoney(invoice.balance, this.formatLocale)}</span>
                    </li>
                  `,
                )}
              </ol>
            `
          : html`<p class="nothing-due">${others ? t('Nothing addressed to you is due.') : t('Nothing is due. Thank you!')}</p>`}
      </div>
      ${renderArrangementNotice(outstanding.arrangement, community.communityName, this.formatLocale, { timeZone: community.timeZone, t })}
      ${action}
    `;
  }

  #renderAction(me: Me, totalCents: number, t: Translate): TemplateResult | typeof nothing {
    if (totalCents <= 0) return nothing;
    if (!me.permissions.includes('pay_bills')) return billingAccess(me) === 'view' ? renderNotice(viewOnlySentence(me, t)) : nothing;
    if (!me.community.paymentsEnabled) return renderNotice(gatewayOffSentence(me.community, 'balance', t), 'warning');
    return html`<button type="button" class="primary pay" part="pay-button" @pointerenter=${prefetchPayFlow} @focusin=${prefetchPayFlow} @click=${this.#openFlow}>${t('Pay outstanding balance')}</button>`;
  }

  #openFlow(): void {
    const outstanding = this.#loadTask.value?.outstanding;
    if (!outstanding) return;
    this.announcement = silence;
    this.payTarget = { type: 'outstanding', total: outstanding.total };
  }

  async #closeFlow(): Promise<void> {
    this.payTarget = null;
    await this.updateComplete;
    this.#focusStart();
    // The flow may have ended on a refusal because something changed meanwhile (an invoice
    // addressed to someone else, payments switched off): show the balance as it is now.
    await this.refresh();
    if (document.activeElement === document.body || document.activeElement === null) this.#focusStart();
  }

  /** Back where the payer started, or the heading when there is nothing to pay any more. */
  #focusStart(): void {
    (this.renderRoot.querySelector<HTMLElement>('button.pay') ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pay-outstanding': AlisPayOutstanding;
  }
}
