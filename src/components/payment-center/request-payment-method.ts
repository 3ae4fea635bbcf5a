import { css, html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles, token } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientSentence } from '../shared/client-consumer.js';
import { refusalSentence } from '../../core/refusal-words.js';
import { SessionController } from '../shared/session.js';
import { AlisPaymentMethodRequestedEvent } from '../../events/staff-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { PendingAction } from '../shared/pending-action.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Words } from './live-words.js';

/** The request's outcome, said in the words in force when shown. */
type Outcome = { kind: 'sent'; text: Words } | { kind: 'refused'; text: Words };

/**
 * "Please add a payment method": a button that, once staff confirm who it goes to, emails the
 * payer's portal users whose access includes saving payment methods, asking them to save a card or
 * bank account (the email links to the "How to pay bills" guide). The outcome is announced ("Email
 * sent to …"); a refusal — nobody has signed up as this payer, or nobody who did may save methods —
 * is shown in the billing service's words next to the button. Used in the Payment Center's Payers
 * tab and in Connect access, which offer it only while ALIS Connect and ALIS Pay are both on.
 *
 * @tagname alis-pc-request-method
 * @summary Asks a payer, by email, to add a payment method (staff only).
 *
 * @fires {AlisPaymentMethodRequestedEvent} alis-payment-method-requested - The email was sent.
 *
 * @csspart button - The "Ask to add a payment method" button.
 * @csspart confirmation - The "who it goes to" confirmation.
 * @csspart message - The outcome (sent, or why not).
 *
 * @cssprop --alis-color-primary - Buttons.
 * @cssprop --alis-color-success - "Email sent to …".
 * @cssprop --alis-color-danger - Why it was not sent.
 * @cssprop --alis-target-size - Minimum size of the buttons (44px).
 */
export class AlisPcRequestMethod extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [
    hostStyles,
    commonStyles,
    staffStyles,
    css`
      :host {
        display: block;
      }
      .request {
        display: grid;
        gap: ${token('space-xs')};
        justify-items: start;
      }
      .panel {
        max-width: 32rem;
      }
      p {
        margin: 0;
        white-space: normal;
        /* An email address has no spaces to wrap at. */
        overflow-wrap: anywhere;
      }
      [tabindex='-1']:focus {
        outline: none;
      }
    `,
  ];

  static override properties = {
    client: { attribute: false },
    partyId: { attribute: 'party-id' },
    payerName: { attribute: 'payer-name' },
    email: {},
    confirming: { state: true, attribute: false },
    outcome: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The payer (resident or contact) to ask. */
  declare partyId: string | undefined;

  /** The payer's name, for the button and the confirmation; "this payer", in the reader's language, when unset. */
  declare payerName: string | undefined;

  /**
   * The address the asked user signs in to the portal with (as Connect access lists it), to say
   * where the email goes before it is sent. Leave it unset when only a contact's own address is
   * known: the email goes to portal users, never to that address.
   */
  declare email: string | undefined;

  declare private confirming: boolean;
  declare private outcome: Outcome | null;

  /** Whose request this is; another user's session starts afresh (see `#startAfresh`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#startAfresh() });

  /** The email is being sent: a double click sends one email. */
  readonly #sending = new PendingAction(this);

  constructor() {
    super();
    this.payerName = undefined;
    this.#startAfresh();
  }

  /**
   * No confirmation, outcome or refusal: how the button starts, and how it starts again when another
   * user signs in (or out), so nothing of the previous user's stays.
   */
  #startAfresh(): void {
    this.confirming = false;
    this.#sending.reset();
    this.outcome = null;
  }

  protected override render() {
    const t = this.t;
    const refused = this.outcome?.kind === 'refused' ? this.outcome.text(t) : null;
    return html`
      <div class="request">
        ${this.confirming ? this.#renderConfirm() : this.#renderButton(refused !== null)}
        <p class="confirmation" part="message" role="status" data-sent>${this.outcome?.kind === 'sent' ? renderUnbroken(this.outcome.text(t)) : ''}</p>
        ${refused ? html`<p class="problem" part="message" id="refusal" role="alert" data-refusal>${refused}</p>` : nothing}
      </div>
    `;
  }

  /** Who is asked: the payer's name, or "this payer". */
  get #payer(): string {
    return this.payerName ?? this.t('this payer');
  }

  #renderButton(refused: boolean): TemplateResult {
    const t = this.t;
    return html`<button
      type="button"
      part="button"
      data-action="request-method"
      aria-describedby=${refused ? 'refusal' : nothing}
      @click=${this.#openConfirm}
    >
      ${t('Ask to add a payment method')}<span class="visually-hidden"> (${this.#payer})</span>
    </button>`;
  }

  #renderConfirm(): TemplateResult {
    const t = this.t;
    const payer = this.#payer;
    const where = this.email
      ? t('The email goes to {email}, the address {payer} signs in to the portal with, and links to the “How to pay bills” guide.', { email: this.email, payer })
      : t(
          'The email goes to the sign-in address of each of {payer}’s portal users whose access includes saving payment methods, and links to the “How to pay bills” guide.',
          { payer },
        );
    return html`
      <div class="panel" part="confirmation" role="group" aria-labelledby="ask-title" data-confirm>
        <p id="ask-title" tabindex="-1"><strong>${t('Email {payer} to add a payment method?', { payer })}</strong></p>
        <p>${where}</p>
        <div class="actions">
          <button type="button" data-action="cancel-request" ?disabled=${this.#sending.busy} @click=${this.#cancel}>${t('Cancel')}</button>
          <button type="button" class="primary" data-action="send-request" ?disabled=${this.#sending.busy} @click=${this.#send}>
            ${this.#sending.busy ? t('Sending…') : t('Send email')}
          </button>
        </div>
      </div>
    `;
  }

  async #openConfirm(): Promise<void> {
    this.confirming = true;
    this.outcome = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#ask-title')?.focus();
  }

  async #cancel(): Promise<void> {
    this.confirming = false;
    await this.#focusButton();
  }

  async #send(): Promise<void> {
    const api = this.#session.api;
    const partyId = this.partyId;
    // Set before the first await, so a double click sends one email.
    if (!partyId || this.#sending.busy) return;
    if (!api) {
      this.outcome = { kind: 'refused', text: (t) => missingClientSentence(t) };
      this.confirming = false;
      return;
    }
    await this.#sending.run(() => api.staff.payers.requestPaymentMethod(partyId), {
      answered: (notice) => {
        const recipients = notice.recipients.join(', ');
        this.outcome = { kind: 'sent', text: (t) => t('Email sent to {recipients}.', { recipients }) };
        this.emit(new AlisPaymentMethodRequestedEvent(partyId, notice));
        this.confirming = false;
      },
      afterwards: () => this.#focusButton(),
      refused: async (error) => {
        this.outcome = {
          kind: 'refused',
          text: (t) =>
            isAlisApiError(error)
              ? refusalSentence(error, t)
              : error instanceof AlisNetworkError
                ? t("We could not reach the billing service, so we don't know whether {payer} was emailed. Check their history before asking again.", {
                    payer: this.payerName ?? t('this payer'),
                  })
                : t('Something went wrong; no email was sent. Please try again.'),
        };
        this.confirming = false;
        await this.#focusButton();
      },
      // The user changed or the element left: nothing of this request is shown to anyone.
      aborted: () => (this.confirming = false),
    });
  }

  async #focusButton(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('[data-action="request-method"]')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-request-method': AlisPcRequestMethod;
  }
}
