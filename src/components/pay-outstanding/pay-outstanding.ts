import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { consumeAlisClient, missingClientMessage } from '../shared/client-consumer.js';
import { RefreshOnPaymentController, renderNotice, renderLoadTask } from '../shared/states.js';
import { renderArrangementNotice } from '../shared/arrangement-notice.js';
import { formatDate, formatMoney } from '../../core/format.js';
import { payOutstandingStyles } from './pay-outstanding.styles.js';
import '../pay-flow/pay-flow.js';
import type { PayTarget } from '../pay-flow/pay-flow.js';
import type { AlisClient } from '../../sdk/index.js';
import type { AllocationPolicy, Me, Outstanding } from '../../sdk/types.js';

interface OutstandingData {
  me: Me;
  outstanding: Outstanding;
}

const policyWords: Record<AllocationPolicy, string> = {
  oldest_first: 'It settles your invoices oldest due date first:',
  newest_first: 'It settles your invoices most recent first:',
  unapplied_credit: 'It is held as a credit on your account, which the business office applies to these invoices:',
};

/**
 * The payer's whole remaining balance across their invoices, which invoices it settles and in what
 * order, and a **Pay outstanding balance** action that opens the pay flow for exactly that total.
 * When the billing team collects the balance automatically, says when and from which method first.
 *
 * @tagname alis-pay-outstanding
 * @summary The payer's outstanding balance, and Pay Outstanding.
 *
 * @fires alis-pay-request - Cancelable; before the payment is submitted. `AlisPayRequestEvent`.
 * @fires alis-payment-submitted - The payment was taken. `AlisPaymentSubmittedEvent`.
 * @fires alis-payment-failed - Declined, refused, or the outcome could not be confirmed. `AlisPaymentFailedEvent`.
 * @fires alis-add-payment-method-request - The payer asked to add a method. `AlisAddPaymentMethodRequestEvent`.
 *
 * @csspart heading - The heading.
 * @csspart total - The outstanding total.
 * @csspart notice - State messages (loading, error, arrangement, payments not enabled).
 * @csspart pay-button - The Pay outstanding balance button.
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

  /** The heading above the balance. */
  declare heading: string;

  /** BCP 47 locale for dates and amounts; the browser's language when unset. */
  declare locale: string | undefined;

  declare private payTarget: PayTarget | null;
  declare private announcement: string;

  readonly #clientConsumer = consumeAlisClient(this);

  readonly #loadTask = new Task(this, {
    args: () => [this.client ?? this.#clientConsumer.value] as const,
    task: async ([client], { signal }): Promise<OutstandingData | undefined> => {
      if (!client) return undefined;
      const [me, outstanding] = await Promise.all([client.session.me({ signal }), client.outstanding.get({ signal })]);
      return { me, outstanding };
    },
  });

  constructor() {
    super();
    this.heading = 'Outstanding balance';
    this.payTarget = null;
    this.announcement = '';
    // After a payment anywhere on the page, the new balances show without a reload.
    new RefreshOnPaymentController(this, () => {
      void this.refresh().then(() => {
        if (!this.payTarget) this.announcement = 'Your outstanding balance was updated.';
      });
    });
  }

  /** Loads the balance again. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  protected override render() {
    const client = this.client ?? this.#clientConsumer.value;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading">${this.heading}</h2>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${!client
          ? renderNotice(missingClientMessage, 'danger')
          : this.payTarget
            ? html`<alis-pay-flow
                .client=${client}
                .target=${this.payTarget}
                .locale=${this.locale}
                @alis-pay-flow-close=${this.#closeFlow}
              ></alis-pay-flow>`
            : this.#renderSummary()}
      </section>
    `;
  }

  #renderSummary(): TemplateResult {
    return renderLoadTask(this.#loadTask, {
      loading: 'Loading your balance…',
      subject: 'balance',
      retry: () => this.refresh(),
      view: (view) => this.#renderView(view),
    });
  }

  #renderView({ me, outstanding }: OutstandingData): TemplateResult {
    const community = me.community;
    const total = outstanding.total;
    const canPay = me.permissions.includes('pay_bills');
    const credit = outstanding.unappliedCredit.amountCents > 0;
    return html`
      <div class="summary">
        <p class="total-line">
          <span class="label">You owe</span>
          <strong class="total" part="total" data-amount-cents=${total.amountCents}>${formatMoney(total, this.locale)}</strong>
        </p>
        ${credit
          ? html`<p class="muted">
              Includes a credit of ${formatMoney(outstanding.unappliedCredit, this.locale)} already paid and waiting to be applied.
            </p>`
          : nothing}
        ${total.amountCents > 0 && outstanding.invoices.length > 0
          ? html`
              <p class="muted">${policyWords[outstanding.allocationPolicy]}</p>
              <ol class="invoices">
                ${outstanding.invoices.map(
                  (invoice) => html`
                    <li data-invoice-id=${invoice.invoiceId}>
                      <span class="number">Invoice ${invoice.number}</span>
                      <span class="due ${invoice.overdue ? 'overdue' : ''}">
                        ${invoice.overdue ? 'Overdue since' : 'Due'} ${formatDate(invoice.dueDate, this.locale)}
                      </span>
                      <span class="amount">${formatMoney(invoice.balance, this.locale)}</span>
                    </li>
                  `,
                )}
              </ol>
            `
          : html`<p class="nothing-due">Nothing is due. Thank you!</p>`}
      </div>
      ${renderArrangementNotice(outstanding.arrangement, community.communityName, this.locale)}
      ${this.#renderAction(me, total.amountCents, canPay)}
    `;
  }

  #renderAction(me: Me, totalCents: number, canPay: boolean): TemplateResult | typeof nothing {
    if (totalCents <= 0) return nothing;
    if (!me.community.paymentsEnabled) {
      return renderNotice(
        `Online payments are not available at ${me.community.communityName} right now. Please contact the business office to pay.`,
        'warning',
      );
    }
    if (!canPay) return renderNotice('Your access lets you view billing but not pay. Ask the business office if you need to pay online.');
    return html`<button type="button" class="primary pay" part="pay-button" @click=${this.#openFlow}>Pay outstanding balance</button>`;
  }

  #openFlow(): void {
    const data = this.#loadTask.value;
    if (!data) return;
    this.announcement = '';
    this.payTarget = { type: 'outstanding', total: data.outstanding.total };
  }

  async #closeFlow(): Promise<void> {
    this.payTarget = null;
    await this.updateComplete;
    // Back where the payer started (or the heading when nothing is due any more).
    (this.renderRoot.querySelector<HTMLElement>('button.pay') ?? this.renderRoot.querySelector<HTMLElement>('h2'))?.focus();
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pay-outstanding': AlisPayOutstanding;
  }
}
