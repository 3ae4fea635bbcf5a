import { html, nothing, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { isSessionAbort, SessionController } from '../shared/session.js';
import { payerWidgetForStaffMessage, renderLoading, renderNotice, renderLoadTask } from '../shared/states.js';
import '../add-payment-method/add-payment-method.js';
import { formatDateOfInstant } from '../../core/format.js';
import { portalOffMessage } from '../../core/billing-access.js';
import { noMethodsAccessSentence, savingMethodsOffSentence } from '../../core/billing-words.js';
import { AlisDefaultPaymentMethodChangedEvent, AlisPaymentMethodRemovedEvent, type AlisPaymentMethodAddedEvent } from '../../events/payment-method-events.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { paymentMethodsStyles } from './payment-methods.styles.js';
import type { AlisAddPaymentMethod } from '../add-payment-method/add-payment-method.js';
import type { CardTokenizer } from '../../sdk/tokenizers/card-tokenizer.js';
import type { AlisClient } from '../../sdk/index.js';
import type { ArrangementEnded, Me, PaymentMethod, UpdatePaymentMethodRequest } from '../../sdk/types.js';

interface MethodsView {
  /** The client the view was loaded with: another user's methods are never shown. */
  client: AlisClient;
  me: Me;
  /** The sentence shown instead of a list when the user may not see methods here (nothing was loaded). */
  gate: string | null;
  methods: PaymentMethod[];
}

/**
 * Why the user may not see saved methods here, in words, or null: the portal is off, the profile
 * neither pays bills nor manages methods, or the user is staff (who have no methods of their own,
 * so the widget asks the service for nothing more).
 */
function methodsGate(me: Me): string | null {
  if (me.user.role === 'staff') return payerWidgetForStaffMessage;
  if (!me.community.portalEnabled) return portalOffMessage(me.community);
  if (!me.permissions.includes('pay_bills') && !me.permissions.includes('manage_payment_methods')) {
    return noMethodsAccessSentence(me.community, false);
  }
  return null;
}

/** Whether this user may add a method here now: their profile manages methods and the gateway is on. */
function canAddMethods(me: Me): boolean {
  return me.permissions.includes('manage_payment_methods') && me.community.gatewayEnabled && me.community.portalEnabled;
}

/** A per-method action in progress or its outcome. */
interface MethodMessage {
  methodId: string;
  text: string;
  tone: 'danger' | 'success';
}

const brandNames: Record<string, string> = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  amex: 'American Express',
  discover: 'Discover',
  diners: 'Diners Club',
  jcb: 'JCB',
  unionpay: 'UnionPay',
  unknown: 'Card',
};

/**
 * The payer's saved payment methods: card brand or bank and account type, last four digits,
 * expiry, nickname, the default, the "use for automatic payments" authorization with its date, and
 * a blocked state with its reason after a bank return. Payers add a card (through the configured
 * tokenizer: no card number ever reaches this library or the backend) or a bank account (only its
 * last four digits are kept), make one the default, rename, grant or withdraw the authorization,
 * and remove one (confirmed first). Withdrawing or removing a method the billing team pulls from is
 * allowed at any time: the confirmation says that automatic payments stop and the payer then pays
 * their bills themselves, and afterwards the element announces it and shows it above the list.
 *
 * While the payment gateway (ALIS Pay) is off the list stays readable and usable (rename, make
 * default, automatic payments, remove) and, instead of "+ Add payment method", a sentence says that
 * saving new methods is off, what still works, and whom to contact. A user whose
 * profile does not manage methods reads that in one sentence (and sees no list at all if it does
 * not pay bills either); while the portal is off, one calm notice with the office's contact.
 *
 * It also answers `alis-add-payment-method-request` from a pay flow elsewhere on the page by
 * opening its add form (unless the page already handled the request, or adding is not possible).
 *
 * @tagname alis-payment-methods
 * @summary My payment methods.
 *
 * @fires alis-payment-method-added - A method was saved. `AlisPaymentMethodAddedEvent`.
 * @fires alis-payment-method-removed - A method was removed. `AlisPaymentMethodRemovedEvent`.
 * @fires alis-default-payment-method-changed - Another method became the default. `AlisDefaultPaymentMethodChangedEvent`.
 *
 * @csspart heading - The heading.
 * @csspart method - Each method's card.
 * @csspart notice - State messages (loading, empty, error, portal off, no access, saving methods switched off).
 * @csspart add-button - The "Add payment method" button.
 *
 * @cssprop --alis-font-family - Font of all text.
 * @cssprop --alis-color-text - Main text colour.
 * @cssprop --alis-color-primary - Buttons and the default badge.
 * @cssprop --alis-color-surface - Background of each method.
 * @cssprop --alis-color-border - Method borders.
 * @cssprop --alis-color-danger - Blocked and expired states, errors.
 * @cssprop --alis-radius - Corner radius.
 * @cssprop --alis-target-size - Minimum size of every button (44px).
 */
export class AlisPaymentMethods extends AlisElement {
  static override styles = [hostStyles, commonStyles, paymentMethodsStyles];

  static override properties = {
    client: { attribute: false },
    tokenizer: { attribute: false },
    heading: {},
    locale: {},
    adding: { state: true },
    renaming: { state: true },
    confirmingRemoval: { state: true },
    confirmingWithdrawal: { state: true },
    endedNotice: { state: true },
    busyMethodId: { state: true },
    message: { state: true },
    announcement: { state: true },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** A card tokenizer to use instead of the provider's. Without one, only bank accounts can be added. */
  declare tokenizer: CardTokenizer | undefined;

  /** The heading above the list. */
  declare heading: string;

  /** BCP 47 locale for dates; the browser's language when unset. */
  declare locale: string | undefined;

  declare private adding: boolean;
  declare private renaming: string | null;
  declare private confirmingRemoval: string | null;
  /** The method whose automatic payments the payer is about to stop, while the billing team pulls from it. */
  declare private confirmingWithdrawal: string | null;
  /** What changed when the billing team's pulls ended, shown above the list. */
  declare private endedNotice: string | null;
  declare private busyMethodId: string | null;
  declare private message: MethodMessage | null;
  declare private announcement: string;

  /** Whose methods these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: async ([client], { signal }): Promise<MethodsView | undefined> => {
      const api = this.#session.requireApi();
      if (!client || !api) return undefined;
      const me = await api.session.me({ signal });
      const gate = methodsGate(me);
      if (gate) return { client, me, gate, methods: [] };
      return { client, me, gate: null, methods: await api.paymentMethods.list({ signal }) };
    },
  });

  /** The community's time zone: an authorization late in its evening is dated that day, not UTC's next. */
  get #timeZone(): string | undefined {
    return this.#loadTask.value?.me.community.timeZone;
  }

  /** A pay flow elsewhere asked to add a method: open the form here, unless the page handled it. */
  readonly #onAddRequest = (event: Event): void => {
    const view = this.#loadTask.value;
    if (event.defaultPrevented || !this.isConnected || view === undefined || view.gate || !canAddMethods(view.me)) return;
    if (event.composedPath().includes(this)) return;
    event.preventDefault();
    void this.openAddForm();
  };

  constructor() {
    super();
    this.heading = 'Payment methods';
    this.adding = false;
    this.renaming = null;
    this.confirmingRemoval = null;
    this.confirmingWithdrawal = null;
    this.endedNotice = null;
    this.busyMethodId = null;
    this.message = null;
    this.announcement = '';
    this.#session.reloads(this.#loadTask);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('alis-add-payment-method-request', this.#onAddRequest);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('alis-add-payment-method-request', this.#onAddRequest);
    super.disconnectedCallback();
  }

  /** Loads the methods again. */
  async refresh(): Promise<void> {
    await this.#loadTask.run();
  }

  /** Resolves when the current load has finished (successfully or not). */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
  }

  /** Opens the add form, scrolls it into view and moves focus to it. */
  async openAddForm(): Promise<void> {
    this.adding = true;
    await this.updateComplete;
    const form = this.renderRoot.querySelector<AlisAddPaymentMethod>('alis-add-payment-method');
    form?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    await form?.updateComplete;
    form?.focus();
  }

  /** Another user signed in (or out): nothing of the previous user's stays open, noted or announced. */
  #forgetUser(): void {
    this.adding = false;
    this.renaming = null;
    this.confirmingRemoval = null;
    this.confirmingWithdrawal = null;
    this.endedNotice = null;
    this.busyMethodId = null;
    this.message = null;
    this.announcement = '';
  }

  protected override render() {
    const client = this.#session.client;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading}</h2>
        <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
        ${client
          ? renderLoadTask(this.#loadTask, {
              loading: 'Loading your payment methods…',
              subject: 'payment methods',
              retry: () => this.refresh(),
              view: (view) => (view.client === client ? this.#renderView(view) : renderLoading('Loading your payment methods…')),
            })
          : renderNotice(missingClientMessage, 'danger')}
      </section>
    `;
  }

  #renderView(view: MethodsView): TemplateResult {
    if (view.gate) return renderNotice(view.gate);
    const { me } = view;
    const canManage = me.permissions.includes('manage_payment_methods');
    const canAdd = canAddMethods(me);
    return html`
      ${this.endedNotice
        ? html`<div class="notice" part="notice" data-tone="warning" data-kind="arrangement-ended"><p>${this.endedNotice}</p></div>`
        : nothing}
      ${view.methods.length === 0
        ? renderNotice(canAdd ? 'You have no saved payment methods yet. Add a card or a bank account to pay faster.' : 'You have no saved payment methods.')
        : html`<ul class="methods">${view.methods.map((method) => this.#renderMethod(method, canManage))}</ul>`}
      ${!canManage
        ? html`<p class="access" data-kind="no-manage">${noMethodsAccessSentence(me.community, true)}</p>`
        : !canAdd
          ? html`<p class="access" data-kind="saving-off">${savingMethodsOffSentence(me.community)}</p>`
          : this.adding
          ? html`<alis-add-payment-method
              .client=${this.#session.client}
              .tokenizer=${this.tokenizer}
              .locale=${this.locale}
              @alis-payment-method-added=${this.#onAdded}
              @alis-add-payment-method-close=${this.#closeAdd}
            ></alis-add-payment-method>`
          : html`<button type="button" class="primary add" part="add-button" @click=${() => this.openAddForm()}>+ Add payment method</button>`}
    `;
  }

  #renderMethod(method: PaymentMethod, canManage: boolean): TemplateResult {
    const busy = this.busyMethodId === method.id;
    const message = this.message?.methodId === method.id ? this.message : null;
    const titleId = `method-${method.id}`;
    return html`
      <li class="method" part="method" data-method-id=${method.id} data-status=${method.usable ? 'usable' : 'unusable'} aria-labelledby=${titleId} aria-busy=${busy ? 'true' : 'false'}>
        <div class="summary">
          <p class="title" id=${titleId}>
            <span class="name">${method.nickname ?? describeKind(method)}</span>
            <span class="masked">${method.label}</span>
            ${method.isDefault ? html`<span class="badge" data-badge="default">Default</span>` : nothing}
          </p>
          <p class="details">${methodDetails(method, this.locale)}</p>
          ${method.recurringAuthorization
            ? html`<p class="details" data-recurring>
                Used for automatic payments — authorized by ${method.recurringAuthorization.authorizedBy} on
                ${formatDateOfInstant(method.recurringAuthorization.authorizedAt, this.#timeZone, this.locale)}${method.usedByArrangement
                  ? '. The billing team collects your balance from it.'
                  : '.'}
              </p>`
            : nothing}
          ${method.block
            ? html`<p class="problem" data-blocked>
                Blocked after a bank return (${method.block.returnCode}: ${method.block.reason}) on
                ${formatDateOfInstant(method.block.blockedAt, this.#timeZone, this.locale)}. Add another account to keep paying online.
              </p>`
            : !method.usable
              ? html`<p class="problem">${method.unusableReason ?? 'It cannot be used to pay now.'}</p>`
              : nothing}
        </div>
        ${message
          ? html`<p class=${message.tone === 'danger' ? 'problem' : 'confirmation'} role=${message.tone === 'danger' ? 'alert' : 'status'}>${message.text}</p>`
          : nothing}
        ${canManage ? this.#renderActions(method, busy) : nothing}
      </li>
    `;
  }

  #renderActions(method: PaymentMethod, busy: boolean): TemplateResult {
    const name = method.nickname ?? method.label;
    if (this.renaming === method.id) {
      return html`
        <form class="rename" @submit=${(event: SubmitEvent) => this.#rename(event, method)}>
          <label for=${`nickname-${method.id}`}>Nickname for ${method.label}</label>
          <input id=${`nickname-${method.id}`} name="nickname" maxlength="40" autocomplete="off" .value=${method.nickname ?? ''} />
          <div class="actions">
            <button type="button" @click=${() => this.#endRename(method.id)}>Cancel</button>
            <button type="submit" class="primary" ?disabled=${busy}>Save name</button>
          </div>
        </form>
      `;
    }
    if (this.confirmingRemoval === method.id) {
      return html`
        <div class="confirm" role="group" aria-label=${`Remove ${name}?`}>
          <p>Remove ${name}? Payments already made with it keep their record.${method.usedByArrangement ? ` ${STOPS_PULLS}` : ''}</p>
          <div class="actions">
            <button type="button" data-action="keep" @click=${() => this.#endRemoval(method.id)}>Keep it</button>
            <button type="button" class="danger" data-action="confirm-remove" ?disabled=${busy} @click=${() => this.#remove(method)}>Remove</button>
          </div>
        </div>
      `;
    }
    if (this.confirmingWithdrawal === method.id) {
      return html`
        <div class="confirm" role="group" aria-label=${`Stop automatic payments from ${name}?`}>
          <p>Stop automatic payments from ${name}? ${STOPS_PULLS}</p>
          <div class="actions">
            <button type="button" data-action="keep-authorization" @click=${() => this.#endWithdrawal(method.id, 'withdraw')}>Keep automatic payments</button>
            <button type="button" class="danger" data-action="confirm-withdraw" ?disabled=${busy} @click=${() => this.#withdraw(method)}>
              Stop automatic payments
            </button>
          </div>
        </div>
      `;
    }
    // Visible words stay short; screen readers hear which method each button acts on.
    const label = (text: string, joiner = '') => html`${text}<span class="visually-hidden">${joiner} ${name}</span>`;
    return html`
      <div class="actions">
        ${!method.isDefault && method.usable
          ? html`<button type="button" data-action="default" ?disabled=${busy} @click=${() => this.#update(method, { isDefault: true })}>
              ${label('Make default')}
            </button>`
          : nothing}
        <button type="button" data-action="rename" ?disabled=${busy} @click=${() => this.#startRename(method.id)}>${label('Rename')}</button>
        ${method.recurringAuthorization
          ? html`<button type="button" data-action="withdraw" ?disabled=${busy} @click=${() => this.#startWithdrawal(method)}>
              ${label('Stop automatic payments', ' from')}
            </button>`
          : method.usable
            ? html`<button type="button" data-action="authorize" ?disabled=${busy} @click=${() => this.#update(method, { recurringAuthorization: true })}>
                ${label('Allow automatic payments', ' from')}
              </button>`
            : nothing}
        <button type="button" data-action="remove" ?disabled=${busy} @click=${() => this.#startRemoval(method.id)}>${label('Remove')}</button>
      </div>
    `;
  }

  async #startRename(methodId: string): Promise<void> {
    this.renaming = methodId;
    this.message = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>(`#nickname-${CSS.escape(methodId)}`)?.focus();
  }

  async #endRename(methodId: string): Promise<void> {
    this.renaming = null;
    await this.#focusAction(methodId, 'rename');
  }

  async #startRemoval(methodId: string): Promise<void> {
    this.confirmingRemoval = methodId;
    this.message = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-method-id="${CSS.escape(methodId)}"] [data-action="keep"]`)?.focus();
  }

  /** Withdrawing from a method the billing team pulls from ends their pulls: the payer confirms that first. */
  async #startWithdrawal(method: PaymentMethod): Promise<void> {
    if (!method.usedByArrangement) {
      await this.#update(method, { recurringAuthorization: false });
      return;
    }
    this.confirmingWithdrawal = method.id;
    this.message = null;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-method-id="${CSS.escape(method.id)}"] [data-action="keep-authorization"]`)?.focus();
  }

  async #endWithdrawal(methodId: string, focusAction: string): Promise<void> {
    this.confirmingWithdrawal = null;
    await this.#focusAction(methodId, focusAction);
  }

  async #withdraw(method: PaymentMethod): Promise<void> {
    const saved = await this.#update(method, { recurringAuthorization: false });
    // Withdrawn: "Allow automatic payments" stands where the button was. Refused: the error is shown by "Stop".
    await this.#endWithdrawal(method.id, saved ? 'authorize' : 'withdraw');
  }

  async #endRemoval(methodId: string): Promise<void> {
    this.confirmingRemoval = null;
    await this.#focusAction(methodId, 'remove');
  }

  async #focusAction(methodId: string, action: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-method-id="${CSS.escape(methodId)}"] [data-action="${action}"]`)?.focus();
  }

  async #rename(event: SubmitEvent, method: PaymentMethod): Promise<void> {
    event.preventDefault();
    const nickname = String(new FormData(event.currentTarget as HTMLFormElement).get('nickname') ?? '').trim();
    const saved = await this.#update(method, { nickname: nickname === '' ? null : nickname });
    if (saved) await this.#endRename(method.id);
  }

  async #remove(method: PaymentMethod): Promise<void> {
    const api = this.#session.api;
    if (!api || this.busyMethodId) return;
    this.busyMethodId = method.id;
    try {
      const removed = await api.paymentMethods.remove(method.id);
      this.confirmingRemoval = null;
      const ended = removed?.arrangementEnded ? arrangementEndedSentence(removed.arrangementEnded) : null;
      this.endedNotice = ended;
      this.announcement = `${method.nickname ?? method.label} was removed.${ended ? ` ${ended}` : ''}`;
      this.emit(new AlisPaymentMethodRemovedEvent(method.id));
      await this.refresh();
      this.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
    } catch (error) {
      // Abandoned because the element left the page or another user signed in: nothing to say.
      if (isSessionAbort(error)) return;
      this.confirmingRemoval = null;
      this.#showMethodError(method.id, error);
      await this.#focusAction(method.id, 'remove');
    } finally {
      if (this.busyMethodId === method.id) this.busyMethodId = null;
    }
  }

  /** Applies a change to one method; returns whether it was saved. */
  async #update(method: PaymentMethod, change: UpdatePaymentMethodRequest): Promise<boolean> {
    const api = this.#session.api;
    if (!api || this.busyMethodId) return false;
    this.busyMethodId = method.id;
    this.message = null;
    try {
      const updated = await api.paymentMethods.update(method.id, change);
      const name = updated.nickname ?? updated.label;
      const ended = updated.arrangementEnded ? arrangementEndedSentence(updated.arrangementEnded) : null;
      if (ended) this.endedNotice = ended;
      const text = ended
        ? ended
        : change.isDefault === true
          ? `${name} is now your default.`
          : change.recurringAuthorization === true
            ? `The billing team may now use ${name} for automatic payments.`
            : change.recurringAuthorization === false
              ? `${name} will no longer be used for automatic payments.`
              : `Saved the name ${name}.`;
      this.message = { methodId: method.id, text, tone: 'success' };
      this.announcement = text;
      if (change.isDefault === true) this.emit(new AlisDefaultPaymentMethodChangedEvent(updated));
      await this.refresh();
      return true;
    } catch (error) {
      if (!isSessionAbort(error)) this.#showMethodError(method.id, error);
      return false;
    } finally {
      if (this.busyMethodId === method.id) this.busyMethodId = null;
    }
  }

  #showMethodError(methodId: string, error: unknown): void {
    const text = isAlisApiError(error)
      ? error.message
      : error instanceof AlisNetworkError
        ? 'We could not reach the billing service; nothing was changed. Please try again.'
        : 'Something went wrong; nothing was changed.';
    this.message = { methodId, text, tone: 'danger' };
  }

  async #onAdded(event: AlisPaymentMethodAddedEvent): Promise<void> {
    this.announcement = `${event.method.nickname ?? event.method.label} was saved.`;
    await this.refresh();
  }

  async #closeAdd(): Promise<void> {
    this.adding = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button.add')?.focus();
  }
}

/** What stopping automatic payments from a method the billing team pulls from means, said before it is done. */
const STOPS_PULLS =
  'The billing office will no longer pull your bills automatically, from this or any other method; you pay them yourself by their due dates. Collections already made still go through.';

/** What changed when the payer's withdrawal or removal ended the billing team's pulls. */
function arrangementEndedSentence(ended: ArrangementEnded): string {
  return `Automatic payments from ${ended.method.label} stopped. The billing office will no longer pull your bills; pay them yourself by their due dates.`;
}

function describeKind(method: PaymentMethod): string {
  if (method.card) return brandNames[method.card.brand] ?? 'Card';
  if (method.bankAccount) {
    const type = method.bankAccount.accountType === 'savings' ? 'Savings account' : 'Checking account';
    return method.bankAccount.bankName ? `${method.bankAccount.bankName} ${type.toLowerCase()}` : type;
  }
  return 'Payment method';
}

function methodDetails(method: PaymentMethod, locale?: string): string {
  if (method.card) {
    const expiry = new Intl.DateTimeFormat(locale, { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(method.card.expYear, method.card.expMonth - 1, 1)),
    );
    // How the card is funded decides whether it pays a card fee, so the payer sees it.
    const funding = method.card.funding && method.card.funding !== 'unknown' ? ` ${method.card.funding}` : '';
    return `${brandNames[method.card.brand] ?? 'Card'}${funding} ending in ${method.card.last4} · expires ${expiry}`;
  }
  if (method.bankAccount) {
    const account = method.bankAccount;
    return `${account.accountType === 'savings' ? 'Savings' : 'Checking'} account ending in ${account.last4}${account.bankName ? ` at ${account.bankName}` : ''} · ${account.holderName}`;
  }
  return method.label;
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-payment-methods': AlisPaymentMethods;
  }
}
