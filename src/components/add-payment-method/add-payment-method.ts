import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { alisTokenizerContext } from '../shared/tokenizer-context.js';
import { renderLoading, renderLoadTask, renderNotice } from '../shared/states.js';
import '../payment-methods/address-fields.js';
import '../payment-methods/bank-account-fields.js';
import { AlisPaymentMethodAddedEvent } from '../../events/payment-method-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { CardTokenizeError, type CardTokenizer, type TokenizedCard } from '../../sdk/tokenizers/card-tokenizer.js';
import { addPaymentMethodStyles } from './add-payment-method.styles.js';
import { portalOffMessage } from '../../core/billing-access.js';
import { noMethodsAccessSentence, savingMethodsOffSentence } from '../../core/billing-words.js';
import type { AlisAddressFields } from '../payment-methods/address-fields.js';
import type { AlisBankAccountFields } from '../payment-methods/bank-account-fields.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Address, CreatePaymentMethodRequest, Me, PaymentMethod } from '../../sdk/types.js';

/** Which kind of method the form adds. */
export type NewMethodKind = 'card' | 'bank_account';

type AddressErrors = Partial<Record<keyof Address, string>>;
type BankErrors = Partial<Record<'holderName' | 'accountType' | 'routingNumber' | 'accountNumber', string>>;

/** Splits the server's `fields` (JSON paths) into the form part each belongs to. */
function splitFieldErrors(fields: Readonly<Record<string, string>>): { address: AddressErrors; bank: BankErrors; other: string[] } {
  const address: AddressErrors = {};
  const bank: BankErrors = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    if (path.startsWith('billingAddress.')) {
      address[path.slice('billingAddress.'.length) as keyof Address] = message;
    } else if (path === 'holderName' || path === 'accountType' || path === 'routingNumber' || path === 'accountNumber') {
      bank[path] = message;
    } else {
      other.push(message);
    }
  }
  return { address, bank, other };
}

/**
 * Why this user cannot save a method here now, in words, or null when they can: the portal is off,
 * the payment gateway is off, or their profile does not manage payment methods.
 */
function cannotSaveReason(me: Me): string | null {
  if (me.user.role === 'staff') return null;
  if (!me.community.portalEnabled) return portalOffMessage(me.community);
  if (!me.permissions.includes('manage_payment_methods')) return noMethodsAccessSentence(me.community, me.permissions.includes('pay_bills'));
  if (!me.community.gatewayEnabled) return savingMethodsOffSentence(me.community);
  return null;
}

/**
 * The form that saves a new card or bank account with its billing address: card details through
 * the configured tokenizer (only a token reaches the backend), or a bank account (only its last four
 * digits survive). Used by `<alis-payment-methods>` and by the pay flow, and usable alone. When the
 * user cannot save a method now (the portal or the payment gateway is off, or their profile does
 * not manage methods) it shows why, with the office's contact, and a Back button, instead of a form
 * that would be refused.
 *
 * @tagname alis-add-payment-method
 * @summary Adds a card (tokenized) or a bank account.
 *
 * @fires alis-payment-method-added - The method was saved. `AlisPaymentMethodAddedEvent`.
 * @fires alis-add-payment-method-close - Not composed: the payer cancelled, or the method was saved.
 *
 * @slot card-entry - Filled by the element itself: the card tokenizer's fields live in the light DOM
 *   because Stripe Elements cannot be mounted inside a shadow root.
 *
 * @csspart heading - The form's heading.
 * @csspart notice - Error and information notices.
 *
 * @cssprop --alis-color-primary - Buttons and the selected kind.
 * @cssprop --alis-color-border - Field group borders.
 * @cssprop --alis-color-danger - Error text.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisAddPaymentMethod extends AlisElement {
  static override styles = [hostStyles, commonStyles, addPaymentMethodStyles];

  static override properties = {
    client: { attribute: false },
    tokenizer: { attribute: false },
    kind: { reflect: true },
    heading: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    locale: {},
    saving: { state: true },
    formError: { state: true },
    cardError: { state: true },
    addressErrors: { state: true },
    bankErrors: { state: true },
    cardReady: { state: true },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** A card tokenizer to use instead of the provider's. Without one, only bank accounts can be added. */
  declare tokenizer: CardTokenizer | undefined;

  /** The kind being added: `card` or `bank_account`. Defaults to a card when a tokenizer is configured. */
  declare kind: NewMethodKind | undefined;

  /** The form's heading. */
  declare heading: string;

  /** The level of the heading (2–4). */
  declare headingLevel: 2 | 3 | 4;

  /** BCP 47 locale for the card fields. */
  declare locale: string | undefined;

  declare private saving: boolean;
  declare private formError: string | null;
  declare private cardError: string | null;
  declare private addressErrors: AddressErrors;
  declare private bankErrors: BankErrors;
  declare private cardReady: boolean;

  /** Whose form this is; another user's session starts with an empty one (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  readonly #tokenizerConsumer = new ContextConsumer(this, { context: alisTokenizerContext, subscribe: true });
  #cardContainer: HTMLElement | null = null;
  #mountedTokenizer: CardTokenizer | null = null;
  /** A card tokenized for a save the server refused (e.g. a bad ZIP): reused until the card entry changes. */
  #tokenized: TokenizedCard | null = null;
  #focusWhenReady = false;

  readonly #meTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: async ([client], { signal }): Promise<{ client: AlisClient; me: Me } | undefined> => {
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      return { client, me: await api.session.me({ signal }) };
    },
  });

  constructor() {
    super();
    this.heading = 'Add a payment method';
    this.headingLevel = 3;
    this.saving = false;
    this.formError = null;
    this.cardError = null;
    this.addressErrors = {};
    this.bankErrors = {};
    this.cardReady = false;
    this.#session.reloads(this.#meTask);
  }

  /**
   * Another user signed in (or out): what the previous one typed goes with them. The form renders
   * anew once the new user's details load, and the card entry is mounted afresh.
   */
  #forgetUser(): void {
    this.#unmountCard();
    this.#tokenized = null;
    this.saving = false;
    this.formError = null;
    this.cardError = null;
    this.addressErrors = {};
    this.bankErrors = {};
  }

  get #tokenizer(): CardTokenizer | undefined {
    return this.tokenizer ?? this.#tokenizerConsumer.value;
  }

  get #kind(): NewMethodKind {
    return this.kind ?? (this.#tokenizer ? 'card' : 'bank_account');
  }

  override disconnectedCallback(): void {
    this.#unmountCard();
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Decided before rendering, so the state it changes renders in this same update.
    const loaded = this.#meTask.value;
    const me = loaded && loaded.client === this.#session.client ? loaded.me : undefined;
    if (this.#kind === 'card' && this.#tokenizer && this.#mountedTokenizer !== this.#tokenizer && me && !cannotSaveReason(me)) {
      void this.#mountCard(this.#tokenizer);
    } else if (this.#kind !== 'card' && this.#mountedTokenizer) {
      this.#unmountCard();
    }
    if (changed.has('kind') || changed.has('tokenizer')) this.formError = null;
  }

  protected override updated(): void {
    if (this.#focusWhenReady) this.focus();
  }

  /** Moves focus to the form's heading (when it opens), as soon as the form has rendered. */
  override focus(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>('[data-heading]');
    this.#focusWhenReady = !heading;
    heading?.focus();
  }

  async #mountCard(tokenizer: CardTokenizer): Promise<void> {
    this.#unmountCard();
    this.#mountedTokenizer = tokenizer;
    // Light DOM, slotted into the shadow root: the card fields (Stripe's iframe) cannot live inside it.
    const container = document.createElement('div');
    container.slot = 'card-entry';
    this.append(container);
    this.#cardContainer = container;
    this.cardReady = false;
    try {
      await tokenizer.mount(container, {
        ...(this.locale ? { locale: this.locale } : {}),
        onChange: ({ error }) => {
          this.cardError = error;
          this.#tokenized = null;
        },
      });
      this.cardReady = true;
    } catch (error) {
      this.cardError = error instanceof CardTokenizeError ? error.message : 'Card entry could not be loaded. You can add a bank account instead.';
    }
  }

  #unmountCard(): void {
    this.#mountedTokenizer?.destroy();
    this.#mountedTokenizer = null;
    this.#cardContainer?.remove();
    this.#cardContainer = null;
    this.cardReady = false;
  }

  #heading(): TemplateResult {
    switch (this.headingLevel) {
      case 2:
        return html`<h2 part="heading" tabindex="-1" data-heading>${this.heading}</h2>`;
      case 4:
        return html`<h4 part="heading" tabindex="-1" data-heading>${this.heading}</h4>`;
      default:
        return html`<h3 part="heading" tabindex="-1" data-heading>${this.heading}</h3>`;
    }
  }

  protected override render() {
    const client = this.#session.client;
    if (!client) return html`<div class="notice" part="notice" data-tone="danger" role="alert"><p>${missingClientMessage}</p></div>`;
    return renderLoadTask(this.#meTask, {
      loading: 'Loading…',
      subject: 'details',
      retry: () => this.#meTask.run(),
      // Another user's form is never kept: it is rebuilt, empty, once the new user's details load.
      view: (view) => (view.client === client ? this.#renderForm(view.me) : renderLoading('Loading…')),
    });
  }

  #renderForm(me: Me): TemplateResult {
    const reason = cannotSaveReason(me);
    if (reason) {
      return html`
        ${this.#heading()}
        ${renderNotice(reason)}
        <div class="actions">
          <button type="button" @click=${this.#cancel}>Back</button>
        </div>
      `;
    }
    const kind = this.#kind;
    const tokenizer = this.#tokenizer;
    return html`
      <form novalidate @submit=${this.#onSubmit} aria-busy=${this.saving ? 'true' : 'false'}>
        ${this.#heading()}
        <fieldset class="kinds">
          <legend>Type</legend>
          <label class="kind">
            <input type="radio" name="kind" value="card" .checked=${kind === 'card'} ?disabled=${!tokenizer} @change=${() => (this.kind = 'card')} />
            <span>Credit or debit card</span>
          </label>
          <label class="kind">
            <input type="radio" name="kind" value="bank_account" .checked=${kind === 'bank_account'} @change=${() => (this.kind = 'bank_account')} />
            <span>Bank account (checking or savings)</span>
          </label>
          ${tokenizer
            ? nothing
            : html`<p class="muted" id="no-cards">Card entry is not set up on this site, so you can add a bank account.</p>`}
        </fieldset>
        ${kind === 'card' ? this.#renderCard(tokenizer) : this.#renderBank()}
        <alis-address-fields
          .residentAddress=${me.residentAddress}
          .errors=${this.addressErrors}
          .disabled=${this.saving}
        ></alis-address-fields>
        <div class="field">
          <label for="nickname">Nickname <span class="muted">(optional)</span></label>
          <input id="nickname" name="nickname" maxlength="40" autocomplete="off" placeholder="e.g. Mom's checking" ?disabled=${this.saving} />
        </div>
        <label class="check">
          <input type="checkbox" name="makeDefault" ?disabled=${this.saving} />
          <span>Make this my default for payments</span>
        </label>
        <label class="check">
          <input type="checkbox" name="authorizeRecurring" aria-describedby="recurring-terms" ?disabled=${this.saving} />
          <span>Allow the billing team to use it for automatic payments</span>
        </label>
        <p class="muted" id="recurring-terms">
          If you allow it, ${me.community.communityName}'s billing team may collect what you owe from this method on the day you
          agree with them. You can withdraw the permission here at any time; the billing team then stops collecting automatically and
          you pay your bills yourself by their due dates.
        </p>
        ${this.formError ? html`<div class="notice" part="notice" data-tone="danger" role="alert"><p>${this.formError}</p></div>` : nothing}
        <div class="actions">
          <button type="button" @click=${this.#cancel} ?disabled=${this.saving}>Cancel</button>
          <button type="submit" class="primary" ?disabled=${this.saving || (kind === 'card' && !this.cardReady)}>
            ${this.saving ? 'Saving…' : kind === 'card' ? 'Save card' : 'Save bank account'}
          </button>
        </div>
        <div class="visually-hidden" role="status" aria-live="polite">${this.saving ? 'Saving your payment method.' : ''}</div>
      </form>
    `;
  }

  #renderCard(tokenizer: CardTokenizer | undefined): TemplateResult {
    if (!tokenizer) return html``;
    return html`
      <div class="card-entry" role="group" aria-label="Card details" aria-describedby=${this.cardError ? 'card-error' : nothing}>
        ${this.cardReady || this.cardError ? nothing : html`<p class="muted" role="status">Loading secure card entry…</p>`}
        <slot name="card-entry"></slot>
        ${this.cardError ? html`<p class="field-error" id="card-error" role="alert">${this.cardError}</p>` : nothing}
        <p class="muted">Your card number goes straight to the payment processor; this site never sees it.</p>
      </div>
    `;
  }

  #renderBank(): TemplateResult {
    return html`<alis-bank-account-fields .errors=${this.bankErrors} .disabled=${this.saving}></alis-bank-account-fields>`;
  }

  #cancel(): void {
    this.#unmountCard();
    this.dispatchEvent(new Event('alis-add-payment-method-close', { bubbles: true }));
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    // Whose save this is: once another user signs in, nothing of it is written or shown.
    const client = this.#session.client;
    const signal = this.#session.signal;
    if (!api || this.saving) return;
    const root = this.renderRoot;
    const addressFields = root.querySelector<AlisAddressFields>('alis-address-fields');
    const bankFields = root.querySelector<AlisBankAccountFields>('alis-bank-account-fields');
    const kind = this.#kind;
    // Each validate() shows its errors and focuses its first problem; the bank fields come first on
    // screen, so they are checked last and keep the focus when both have problems.
    const addressOk = addressFields?.validate() ?? false;
    const bankOk = kind === 'bank_account' ? (bankFields?.validate() ?? false) : true;
    if (!bankOk || !addressOk || !addressFields) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const nickname = String(data.get('nickname') ?? '').trim();
    const common = {
      billingAddress: addressFields.value,
      nickname: nickname === '' ? null : nickname,
      makeDefault: data.get('makeDefault') === 'on',
      authorizeRecurring: data.get('authorizeRecurring') === 'on',
    };
    this.saving = true;
    this.formError = null;
    this.addressErrors = {};
    this.bankErrors = {};
    try {
      let body: CreatePaymentMethodRequest;
      if (kind === 'card') {
        const tokenizer = this.#tokenizer;
        if (!tokenizer) return;
        this.cardError = null;
        const card =
          this.#tokenized ?? (await tokenizer.tokenize({ name: common.billingAddress.name, address: common.billingAddress }, { client: api, ...(signal ? { signal } : {}) }));
        // A card tokenized for the previous user is never kept for (or saved by) the next one.
        if (this.#session.client !== client) return;
        this.#tokenized = card;
        body = { type: 'card', token: card.token, card: card.card, ...(card.setupIntentId ? { setupIntentId: card.setupIntentId } : {}), ...common };
      } else {
        const bank = bankFields?.value;
        if (!bank) return;
        body = { type: 'bank_account', ...bank, ...common };
      }
      const method: PaymentMethod = await api.paymentMethods.create(body);
      if (this.#session.client !== client) return;
      this.#tokenized = null;
      // Only the last four digits survive: the full number leaves the form now.
      bankFields?.clear();
      if (kind === 'card') this.#unmountCard();
      this.emit(new AlisPaymentMethodAddedEvent(method));
      this.dispatchEvent(new Event('alis-add-payment-method-close', { bubbles: true }));
    } catch (error) {
      if (this.#session.client === client) this.#showError(error);
    } finally {
      if (this.#session.client === client) this.saving = false;
    }
  }

  #showError(error: unknown): void {
    // Abandoned because the form left the page or another user signed in: not a failure to show.
    if (isSessionAbort(error)) return;
    if (error instanceof CardTokenizeError) {
      this.cardError = error.message;
      if (error.field) this.#mountedTokenizer?.focus();
      return;
    }
    if (isAlisApiError(error)) {
      const { address, bank, other } = splitFieldErrors(error.fields);
      this.addressErrors = address;
      this.bankErrors = bank;
      const named = Object.keys(address).length + Object.keys(bank).length;
      this.formError = other.length > 0 ? other.join(' ') : named > 0 ? 'Please correct the fields marked below; nothing was saved.' : error.message;
      return;
    }
    this.formError =
      error instanceof AlisNetworkError
        ? 'We could not reach the billing service, so nothing was saved. Check your connection and try again.'
        : 'Something went wrong; nothing was saved. Please try again.';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-add-payment-method': AlisAddPaymentMethod;
  }
}
