import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { meTask } from '../shared/load-after-me.js';
import { PendingAction } from '../shared/pending-action.js';
import { alisTokenizerContext } from '../shared/tokenizer-context.js';
import { renderAnnouncer, renderNotice, renderSessionLoad } from '../shared/states.js';
import '../payment-methods/address-fields.js';
import '../payment-methods/bank-account-fields.js';
import { AlisPaymentMethodAddedEvent } from '../../events/payment-method-events.js';
import { isAlisApiError } from '../../sdk/errors.js';
import { CardTokenizeError, type CardTokenizer } from '../../sdk/tokenizers/card-tokenizer.js';
import { addPaymentMethodStyles } from './add-payment-method.styles.js';
import { CardEntryController, cardProblemSentence } from './card-entry.js';
import type { Words } from '../shared/live-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import { refusalSentence } from '../../core/refusal-words.js';
import {
  cannotSaveMethodReason,
  refusedSaveSentence,
  splitMethodFieldErrors,
  unansweredSaveSentence,
  type MethodFieldErrors,
} from '../../core/payment-method-words.js';
import type { AlisAddressFields } from '../payment-methods/address-fields.js';
import { needsAttentionSentence } from '../payment-methods/field-group.js';
import type { AlisBankAccountFields } from '../payment-methods/bank-account-fields.js';
import type { AlisClient } from '../../sdk/index.js';
import type { CreatePaymentMethodRequest, Me, PaymentMethod } from '../../sdk/types.js';

/** Which kind of method the form adds. */
export type NewMethodKind = 'card' | 'bank_account';

type AddressErrors = MethodFieldErrors['address'];
type BankErrors = MethodFieldErrors['bank'];

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
 * @fires {AlisPaymentMethodAddedEvent} alis-payment-method-added - The method was saved.
 * @fires {Event} alis-add-payment-method-close - Not composed: the payer cancelled, or the method was saved.
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
    formError: { state: true },
    refusedFields: { state: true },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** A card tokenizer to use instead of the provider's. Without one, only bank accounts can be added. */
  declare tokenizer: CardTokenizer | undefined;

  /** The kind being added: `card` or `bank_account`. Defaults to a card when a tokenizer is configured. */
  declare kind: NewMethodKind | undefined;

  /** The form's heading; “Add a payment method”, in the reader's language, when unset. */
  declare heading: string | undefined;

  /** The level of the heading (2–4). */
  declare headingLevel: 2 | 3 | 4;

  /** BCP 47 locale for the card fields. */
  declare locale: string | undefined;

  /** Why the save failed, above the buttons, said in the words in force when drawn. */
  declare private formError: Words | null;
  /** The service's messages by field after a refused save (its `fields`), said in the words in force when drawn. */
  declare private refusedFields: Readonly<Record<string, string>> | null;
  /** The refused fields' messages as last given to the field groups, and in which words (see `#fieldErrors`). */
  #fieldErrors: { t: Translate; address: AddressErrors; bank: BankErrors } | null = null;

  /** Whose form this is; another user's session starts with an empty one (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  readonly #tokenizerConsumer = new ContextConsumer(this, { context: alisTokenizerContext, subscribe: true });
  /** The card fields in the light DOM and the token made from them. */
  readonly #card = new CardEntryController(this);
  #focusWhenReady = false;
  /** A Save is being sent (tokenizing a card, then saving the method): a second press sends nothing. */
  readonly #saving = new PendingAction(this);
  /**
   * How many fields the last Save found needing attention, said once for the whole form (card or
   * bank fields and address together), in the language it was said in: after a switch it falls silent.
   */
  #attention: { text: string; lang: string } | null = null;

  /** Who the user is: whether they may save a method here, and the resident's address to offer. */
  readonly #meTask = meTask(this, this.#session);

  constructor() {
    super();
    this.heading = undefined;
    this.headingLevel = 3;
    this.formError = null;
    this.refusedFields = null;
  }

  /**
   * Another user signed in (or out): what the previous one typed goes with them. The form renders
   * anew once the new user's details load, and the card entry is mounted afresh.
   */
  #forgetUser(): void {
    this.#card.unmount();
    this.#card.tokenized = null;
    this.#saving.reset();
    this.formError = null;
    this.#card.error = null;
    this.refusedFields = null;
    this.#attention = null;
  }

  get #tokenizer(): CardTokenizer | undefined {
    return this.tokenizer ?? this.#tokenizerConsumer.value;
  }

  get #kind(): NewMethodKind {
    return this.kind ?? (this.#tokenizer ? 'card' : 'bank_account');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Decided before rendering, so the state it changes renders in this same update.
    const loaded = this.#meTask.value;
    const me = loaded && loaded.client === this.#session.client ? loaded.me : undefined;
    if (this.#kind === 'card' && this.#tokenizer && this.#card.mounted !== this.#tokenizer && me && !cannotSaveMethodReason(me, this.t)) {
      void this.#card.mount(this.#tokenizer, this.formatLocale, this.t);
    } else if (this.#kind !== 'card' && this.#card.mounted) {
      this.#card.unmount();
    } else if (this.#card.mounted) {
      // The reader switched language: the card fields take the new words, keeping what was typed.
      this.#card.relabel(this.formatLocale, this.t);
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

  #heading(t: Translate): TemplateResult {
    const heading = this.heading ?? t('Add a payment method');
    switch (this.headingLevel) {
      case 2:
        return html`<h2 part="heading" tabindex="-1" data-heading>${heading}</h2>`;
      case 4:
        return html`<h4 part="heading" tabindex="-1" data-heading>${heading}</h4>`;
      default:
        return html`<h3 part="heading" tabindex="-1" data-heading>${heading}</h3>`;
    }
  }

  protected override render() {
    const t = this.t;
    return html`
      ${renderAnnouncer(this.#saving.busy ? t('Saving your payment method.') : this.#attention?.lang === t.lang ? this.#attention.text : '')}
      ${renderSessionLoad(this.#session.client, this.#meTask, {
        loading: t('Loading…'),
        subject: 'details',
        retry: () => this.#meTask.run(),
        // Another user's form is never kept: it is rebuilt, empty, once the new user's details load.
        view: (view) => this.#renderForm(view.me, t),
        t,
      })}
    `;
  }

  #renderForm(me: Me, t: Translate): TemplateResult {
    const reason = cannotSaveMethodReason(me, t);
    if (reason) {
      return html`
        ${this.#heading(t)}
        ${renderNotice(reason)}
        <div class="actions">
          <button type="button" @click=${this.#cancel}>${t('Back')}</button>
        </div>
      `;
    }
    const kind = this.#kind;
    const tokenizer = this.#tokenizer;
    const fieldErrors = this.#fieldErrorsIn(t);
    return html`
      <form novalidate @submit=${this.#onSubmit} aria-busy=${this.#saving.busy ? 'true' : 'false'}>
        ${this.#heading(t)}
        <fieldset class="kinds">
          <legend>${t.ctx('payment method', 'Type')}</legend>
          <label class="kind">
            <input type="radio" name="kind" value="card" .checked=${kind === 'card'} ?disabled=${!tokenizer} @change=${() => (this.kind = 'card')} />
            <span>${t('Credit or debit card')}</span>
          </label>
          <label class="kind">
            <input type="radio" name="kind" value="bank_account" .checked=${kind === 'bank_account'} @change=${() => (this.kind = 'bank_account')} />
            <span>${t('Bank account (checking or savings)')}</span>
          </label>
          ${tokenizer
            ? nothing
            : html`<p class="muted" id="no-cards">${t('Card entry is not set up on this site, so you can add a bank account.')}</p>`}
        </fieldset>
        ${kind === 'card' ? this.#renderCard(tokenizer, t) : this.#renderBank(fieldErrors.bank)}
        <alis-address-fields
          .nameLabel=${t('Name on the card')}
          .withoutName=${kind === 'bank_account'}
          .residentAddress=${me.residentAddress}
          .errors=${fieldErrors.address}
          .disabled=${this.#saving.busy}
        ></alis-address-fields>
        <div class="field">
          <label for="nickname">${t('Nickname')} <span class="muted">${t('(optional)')}</span></label>
          <input id="nickname" name="nickname" maxlength="40" autocomplete="off" placeholder=${t("e.g. Mom's checking")} ?disabled=${this.#saving.busy} />
        </div>
        <label class="check">
          <input type="checkbox" name="makeDefault" ?disabled=${this.#saving.busy} />
          <span>${t('Make this my default for payments')}</span>
        </label>
        <label class="check">
          <input type="checkbox" name="authorizeRecurring" aria-describedby="recurring-terms" ?disabled=${this.#saving.busy} />
          <span>${t('Allow the billing team to use it for automatic payments')}</span>
        </label>
        <p class="muted" id="recurring-terms">
          ${t(
            "If you allow it, {community}'s billing team may collect what you owe from this method on the day you agree with them. You can withdraw the permission here at any time; the billing team then stops collecting automatically and you pay your bills yourself by their due dates.",
            { community: me.community.communityName },
          )}
        </p>
        ${this.formError ? renderNotice(this.formError(t), 'danger') : nothing}
        <div class="actions">
          <button type="button" @click=${this.#cancel} ?disabled=${this.#saving.busy}>${t('Cancel')}</button>
          <button type="submit" class="primary" ?disabled=${this.#saving.busy || (kind === 'card' && !this.#card.ready)}>
            ${this.#saving.busy ? t('Saving…') : kind === 'card' ? t('Save card') : t('Save bank account')}
          </button>
        </div>
      </form>
    `;
  }

  #renderCard(tokenizer: CardTokenizer | undefined, t: Translate): TemplateResult {
    if (!tokenizer) return html``;
    const error = this.#card.error ? cardProblemSentence(this.#card.error, t) : null;
    return html`
      <div class="card-entry" role="group" aria-label=${t('Card details')} aria-describedby=${error ? 'card-error' : nothing}>
        ${this.#card.ready || error ? nothing : html`<p class="muted" role="status">${t('Loading secure card entry…')}</p>`}
        <slot name="card-entry"></slot>
        ${error
          ? // A problem a Save found is in the form's one "fields need attention"; one the payer meets while typing is said here.
            this.#card.counted
            ? html`<p class="field-error" id="card-error">${error}</p>`
            : html`<p class="field-error" id="card-error" role="alert">${error}</p>`
          : nothing}
        <p class="muted">${t('Your card number goes straight to the payment processor; this site never sees it.')}</p>
      </div>
    `;
  }

  #renderBank(errors: BankErrors): TemplateResult {
    return html`<alis-bank-account-fields .errors=${errors} .disabled=${this.#saving.busy}></alis-bank-account-fields>`;
  }

  /**
   * The refused fields' messages for the field groups, in `t`'s words. The same objects while the
   * words stay the same, since a group drops a message from the object it was given once the payer
   * edits that field; after a switch of language, only the messages the groups still show, anew.
   */
  #fieldErrorsIn(t: Translate): { address: AddressErrors; bank: BankErrors } {
    const refused = this.refusedFields;
    if (!refused) {
      this.#fieldErrors = null;
      return { address: {}, bank: {} };
    }
    const kept = this.#fieldErrors;
    if (kept?.t === t) return kept;
    const split = splitMethodFieldErrors(refused, t, this.#kind);
    const root = this.renderRoot;
    const showing = (selector: string) => (kept ? (root.querySelector<HTMLElement & { errors?: object }>(selector)?.errors ?? {}) : null);
    const still = <Errors extends object>(errors: Errors, shown: object | null): Errors =>
      shown === null ? errors : (Object.fromEntries(Object.entries(errors).filter(([field]) => field in shown)) as Errors);
    this.#fieldErrors = {
      t,
      address: still(split.address, showing('alis-address-fields')),
      bank: still(split.bank, showing('alis-bank-account-fields')),
    };
    return this.#fieldErrors;
  }

  #cancel(): void {
    this.#card.unmount();
    this.dispatchEvent(new Event('alis-add-payment-method-close', { bubbles: true }));
  }

  async #onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    // Whose save this is: once another user signs in, nothing of it is written or shown.
    const client = this.#session.client;
    const signal = this.#session.signal;
    if (!api || this.#saving.busy) return;
    const root = this.renderRoot;
    const addressFields = root.querySelector<AlisAddressFields>('alis-address-fields');
    const bankFields = root.querySelector<AlisBankAccountFields>('alis-bank-account-fields');
    const kind = this.#kind;
    // Every group is checked at once, the card as its tokenizer sees it (no card number reaches this
    // code), so the payer learns of every problem now. Each check shows its errors and focuses its
    // first problem; the card or bank fields come first on screen, so they are checked last and keep
    // the focus when both have problems. The form then says how many fields need attention, once.
    const addressOk = addressFields?.validate({ announce: false }) ?? false;
    const bankOk = kind === 'bank_account' ? (bankFields?.validate({ announce: false }) ?? false) : true;
    const cardProblems = kind === 'card' ? this.#card.validate() : 0;
    const invalid = (addressFields?.invalidFields.length ?? 0) + (kind === 'bank_account' ? (bankFields?.invalidFields.length ?? 0) : 0) + cardProblems;
    this.#sayAttention(invalid);
    if (!bankOk || !addressOk || cardProblems > 0 || !addressFields) return;
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const nickname = String(data.get('nickname') ?? '').trim();
    const common = {
      billingAddress: addressFields.value,
      nickname: nickname === '' ? null : nickname,
      makeDefault: data.get('makeDefault') === 'on',
      authorizeRecurring: data.get('authorizeRecurring') === 'on',
    };
    this.formError = null;
    this.refusedFields = null;
    /** Tokenizes a card if need be, then saves the method; null when it stops short (no tokenizer, another user). */
    const save = async (): Promise<PaymentMethod | null> => {
      let body: CreatePaymentMethodRequest;
      if (kind === 'card') {
        const tokenizer = this.#tokenizer;
        if (!tokenizer) return null;
        this.#card.error = null;
        const card =
          this.#card.tokenized ?? (await tokenizer.tokenize({ name: common.billingAddress.name, address: common.billingAddress }, { client: api, ...(signal ? { signal } : {}) }));
        // A card tokenized for the previous user is never kept for (or saved by) the next one.
        if (this.#session.client !== client) return null;
        this.#card.tokenized = card;
        body = { type: 'card', token: card.token, card: card.card, ...(card.setupIntentId ? { setupIntentId: card.setupIntentId } : {}), ...common };
      } else {
        const bank = bankFields?.value;
        if (!bank) return null;
        // The form asks for the holder's name once; the billing address carries it too.
        body = { type: 'bank_account', ...bank, ...common, billingAddress: { ...common.billingAddress, name: bank.holderName } };
      }
      return api.paymentMethods.create(body);
    };
    // After a change of user, `#forgetUser` already ended this save: nothing of it is written or shown.
    await this.#saving.run(save, {
      answered: (method) => {
        if (!method || this.#session.client !== client) return;
        this.#card.tokenized = null;
        // Only the last four digits survive: the full number leaves the form now.
        bankFields?.clear();
        if (kind === 'card') this.#card.unmount();
        this.emit(new AlisPaymentMethodAddedEvent(method));
        this.dispatchEvent(new Event('alis-add-payment-method-close', { bubbles: true }));
      },
      refused: (error) => {
        if (this.#session.client === client) this.#showError(error);
      },
    });
  }

  /** Says how many fields need attention (nothing when none do); said again when a Save finds the same. */
  #sayAttention(count: number): void {
    const t = this.t;
    if (count === 0) {
      this.#attention = null;
    } else {
      const text = needsAttentionSentence(count, t);
      // A trailing no-break space alternates, so the same count after another Save is said again.
      this.#attention = { text: this.#attention?.text === text ? `${text}\u00a0` : text, lang: t.lang };
    }
    this.requestUpdate();
  }

  #showError(error: unknown): void {
    // Abandoned because the form left the page or another user signed in: not a failure to show.
    if (isSessionAbort(error)) return;
    if (error instanceof CardTokenizeError) {
      this.#card.error = { message: error.message, code: error.code, field: error.field };
      if (error.field) this.#card.mounted?.focus();
      return;
    }
    if (isAlisApiError(error)) {
      this.refusedFields = error.fields;
      this.#fieldErrors = null;
      const kind = this.#kind;
      this.formError = (t) => refusedSaveSentence(splitMethodFieldErrors(error.fields, t, kind), refusalSentence(error, t), t);
      return;
    }
    this.formError = (t) => unansweredSaveSentence(error, t);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-add-payment-method': AlisAddPaymentMethod;
  }
}
