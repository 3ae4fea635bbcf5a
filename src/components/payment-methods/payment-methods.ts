import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { Task, TaskStatus } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { ReservedSpaceController, bone, likelyRows, payerWidgetForStaffSentence, renderAnnouncer, renderNotice, settled, renderSessionLoad } from '../shared/states.js';
import { addMethodFormPart } from '../add-payment-method/add-method-part.js';
import { OnDemandController } from '../shared/on-demand.js';
import { portalOffMessage, readsPaymentMethods } from '../../core/billing-access.js';
import { noMethodsAccessSentence, savingMethodsOffSentence } from '../../core/billing-words.js';
import { canAddMethods } from '../../core/payment-method-words.js';
import type { AlisPaymentMethodAddedEvent } from '../../events/payment-method-events.js';
import { paymentMethodsStyles } from './payment-methods.styles.js';
import { MethodActionsController } from './method-actions.js';
import { renderMethod } from './method-view.js';
import type { AlisAddPaymentMethod } from '../add-payment-method/add-payment-method.js';
import type { CardTokenizer } from '../../sdk/tokenizers/card-tokenizer.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me, PaymentMethod } from '../../sdk/types.js';
import type { Translate } from '../../core/i18n/translate.js';

interface MethodsView {
  /** The client the view was loaded with: another user's methods are never shown. */
  client: AlisClient;
  me: Me;
  /** Whether the user may not see methods here (nothing was loaded): the view says why, in {@link methodsGate}'s words. */
  gated: boolean;
  methods: PaymentMethod[];
}

/**
 * The list's shape, remembered after each load so the next loading shape matches it: how many
 * methods, how many of them carry a third line (automatic payments, a block), and what ends the
 * list (1 the add button, 2 a sentence). First time: one method and the add button.
 */
const shapeKeys = { methods: 'alis-payment-methods:methods', longer: 'alis-payment-methods:longer', tail: 'alis-payment-methods:tail' } as const;

/**
 * Why the user may not see saved methods here, in words, or null: the portal is off, the profile
 * neither pays bills nor manages methods, or the user is staff (who have no methods of their own,
 * so the widget asks the service for nothing more).
 */
function methodsGate(me: Me, t: Translate): string | null {
  // The same decision the bundle's early reads take (components/shared/first-reads.ts).
  if (readsPaymentMethods(me)) return null;
  if (me.user.role === 'staff') return payerWidgetForStaffSentence(t);
  if (!me.community.portalEnabled) return portalOffMessage(me.community, t);
  if (!me.permissions.includes('pay_bills') && !me.permissions.includes('manage_payment_methods')) {
    return noMethodsAccessSentence(me.community, false, t);
  }
  return null;
}

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
 * @fires {AlisPaymentMethodAddedEvent} alis-payment-method-added - A method was saved.
 * @fires {AlisPaymentMethodRemovedEvent} alis-payment-method-removed - A method was removed.
 * @fires {AlisDefaultPaymentMethodChangedEvent} alis-default-payment-method-changed - Another method became the default.
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
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** A card tokenizer to use instead of the provider's. Without one, only bank accounts can be added. */
  declare tokenizer: CardTokenizer | undefined;

  /** The heading above the list; “Payment methods”, in the reader's language, when unset. */
  declare heading: string | undefined;

  /** BCP 47 locale for dates; the browser's language when unset. */
  declare locale: string | undefined;

  /** Whether the add form is open. */
  declare private adding: boolean;

  /** Whose methods these are; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });

  /** Rename, make default, automatic payments and removal, with their confirmations and outcomes. */
  readonly #actions = new MethodActionsController(this, { api: () => this.#session.api, refresh: () => this.refresh(), t: () => this.t });

  /** The add form's code, loaded on "+ Add payment method" (prefetched on hover and focus). */
  readonly #addForm = new OnDemandController(this, addMethodFormPart);

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client] as const,
    task: loadAfterMe(this.#session, async ({ api, client, me, signal }): Promise<MethodsView> => {
      if (methodsGate(me, this.t)) return { client, me, gated: true, methods: [] };
      const methods = await api.paymentMethods.list({ signal });
      rememberShape(methods, canAddMethods(me) && me.permissions.includes('manage_payment_methods'));
      return { client, me, gated: false, methods };
    }),
  });

  /** The community's time zone: an authorization late in its evening is dated that day, not UTC's next. */
  get #timeZone(): string | undefined {
    return this.#loadTask.value?.me.community.timeZone;
  }

  /** A pay flow elsewhere asked to add a method: open the form here, unless the page handled it. */
  readonly #onAddRequest = (event: Event): void => {
    const view = this.#loadTask.value;
    if (event.defaultPrevented || !this.isConnected || view === undefined || view.gated || !canAddMethods(view.me)) return;
    if (event.composedPath().includes(this)) return;
    event.preventDefault();
    void this.openAddForm();
  };

  constructor() {
    super();
    // The room the list took last time (without a form open), which its loading shape takes next time.
    new ReservedSpaceController(
      this,
      () => 'alis-payment-methods',
      () => !this.adding && this.#loadTask.status === TaskStatus.COMPLETE && this.#loadTask.value?.client === this.#session.client,
    );
    this.heading = undefined;
    this.adding = false;
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
    return settled(this.#loadTask);
  }

  /** Opens the add form, scrolls it into view and moves focus to it. */
  async openAddForm(): Promise<void> {
    // The form's code first (usually prefetched), so focus moves straight into it; a failed load
    // opens it anyway, showing the failure with Try again, which then takes focus.
    const client = this.#session.client;
    const loaded = await this.#addForm.load();
    // Another user signed in while the form's code loaded: the form was theirs to open, not this one's.
    if (this.#session.client !== client) return;
    this.adding = true;
    await this.updateComplete;
    if (!loaded) {
      this.renderRoot.querySelector<HTMLElement>('[role="alert"] button')?.focus();
      return;
    }
    const form = this.renderRoot.querySelector<AlisAddPaymentMethod>('alis-add-payment-method');
    form?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    await form?.updateComplete;
    form?.focus();
  }

  /** Another user signed in (or out): nothing of the previous user's stays open, noted or announced. */
  #forgetUser(): void {
    this.adding = false;
    this.#actions.forget();
  }

  protected override render() {
    const t = this.t;
    return html`
      <section class="layout" aria-labelledby="heading">
        <h2 id="heading" part="heading" tabindex="-1">${this.heading ?? t('Payment methods')}</h2>
        ${renderAnnouncer(this.#actions.announcement)}
        ${renderSessionLoad(this.#session.client, this.#loadTask, {
          loading: t('Loading your payment methods…'),
          skeleton: () => renderMethodsSkeleton(),
          subject: 'payment methods',
          retry: () => this.refresh(),
          view: (view) => this.#renderView(view, t),
          t,
        })}
      </section>
    `;
  }

  #renderView(view: MethodsView, t: Translate): TemplateResult {
    const { me } = view;
    const gate = view.gated ? methodsGate(me, t) : null;
    if (gate) return renderNotice(gate);
    const canManage = me.permissions.includes('manage_payment_methods');
    const canAdd = canAddMethods(me);
    const context = { canManage, actions: this.#actions, locale: this.formatLocale, timeZone: this.#timeZone, t };
    return html`
      ${this.#actions.endedNotice ? renderNotice(this.#actions.endedNotice, 'warning', { kind: 'arrangement-ended', role: null }) : nothing}
      ${view.methods.length === 0
        ? renderNotice(canAdd ? t('You have no saved payment methods yet. Add a card or a bank account to pay faster.') : t('You have no saved payment methods.'))
        : html`<ul class="methods">${view.methods.map((method) => renderMethod(method, context))}</ul>`}
      ${!canManage
        ? html`<p class="access" data-kind="no-manage">${renderUnbroken(noMethodsAccessSentence(me.community, true, t))}</p>`
        : !canAdd
          ? html`<p class="access" data-kind="saving-off">${renderUnbroken(savingMethodsOffSentence(me.community, t))}</p>`
          : this.adding
          ? this.#addForm.render(
              () => html`<alis-add-payment-method
                .client=${this.#session.client}
                .tokenizer=${this.tokenizer}
                .locale=${this.locale}
                @alis-payment-method-added=${this.#onAdded}
                @alis-add-payment-method-close=${this.#closeAdd}
              ></alis-add-payment-method>`,
              t.ctx('your …', 'the form for a new payment method'),
              { onClose: () => void this.#closeAdd(), where: 'after' },
              t,
            )
          : html`<button
              type="button"
              class="primary add"
              part="add-button"
              @pointerenter=${addMethodFormPart.prefetch}
              @focusin=${addMethodFormPart.prefetch}
              @click=${() => this.openAddForm()}
            >${t('+ Add payment method')}</button>`}
    `;
  }

  async #onAdded(event: AlisPaymentMethodAddedEvent): Promise<void> {
    const t = this.t;
    this.#actions.announce(t('{name} was saved.', { name: event.method.nickname ?? event.method.label }));
    await this.refresh();
  }

  async #closeAdd(): Promise<void> {
    this.adding = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('button.add')?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-payment-methods': AlisPaymentMethods;
  }
}

/** Remembers the list's shape (see {@link shapeKeys}) for the next loading shape. */
function rememberShape(methods: readonly PaymentMethod[], addButton: boolean): void {
  likelyRows.remember(shapeKeys.methods, methods.length);
  likelyRows.remember(shapeKeys.longer, methods.filter((method) => method.recurringAuthorization || !method.usable).length);
  likelyRows.remember(shapeKeys.tail, addButton ? 1 : 2);
}

/** The loading shape: the methods' cards as the list looked last time, with bones for words and buttons. */
function renderMethodsSkeleton(): TemplateResult {
  const methods = likelyRows.read(shapeKeys.methods, 1, 12);
  const longer = likelyRows.read(shapeKeys.longer, 0, methods);
  const tail = likelyRows.read(shapeKeys.tail, 1, 2);
  const card = (index: number) => html`<li class="method">
    <div class="summary">
      <p class="title">${bone('m')}</p>
      <p class="details">${bone('l')}</p>
      ${index < longer ? html`<p class="details">${bone('l')}</p>` : nothing}
    </div>
    <div class="actions">${bone('l', 'control')}</div>
  </li>`;
  return html`
    ${methods === 0
      ? html`<div class="notice">${bone('l')}</div>`
      : html`<ul class="methods">
          ${Array.from({ length: methods }, (_, index) => card(index))}
        </ul>`}
    ${tail === 1 ? html`<span class="add">${bone('l', 'control')}</span>` : html`<p class="access">${bone('l')}</p>`}
  `;
}
