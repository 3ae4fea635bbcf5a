// What the payer does to a saved method (rename, make default, allow or stop automatic payments,
// remove): its confirmations, the one change in flight, its outcome next to the method, focus and
// announcements. Kept out of <alis-payment-methods> so the element only loads and lays out the list.
import type { LitElement } from 'lit';
import { PendingAction, type PendingActionSteps } from '../shared/pending-action.js';
import { arrangementEndedSentence, methodChangeFailure, methodChangedSentence } from '../../core/payment-method-words.js';
import { AlisDefaultPaymentMethodChangedEvent, AlisPaymentMethodRemovedEvent } from '../../events/payment-method-events.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { Words } from '../shared/live-words.js';
import type { AlisClient } from '../../sdk/index.js';
import type { PaymentMethod, UpdatePaymentMethodRequest } from '../../sdk/types.js';

/** A per-method action's outcome, shown next to the method. */
export interface MethodMessage {
  methodId: string;
  text: string;
  tone: 'danger' | 'success';
}

/** What the actions need from the list: the scoped client, a reload once something changed, and its words now. */
export interface MethodActionsOptions {
  api(): AlisClient | undefined;
  refresh(): Promise<void>;
  /** The list's words in the reader's language at this moment, for outcomes and announcements. */
  t(): Translate;
}

/** The panels that stand in for a method's buttons; each may be open on a different method. */
export type MethodPanel = 'rename' | 'remove' | 'withdraw';

export class MethodActionsController {
  readonly #host: LitElement;
  readonly #options: MethodActionsOptions;
  /** The method each panel is open on, if any. */
  #open: Record<MethodPanel, string | null> = { rename: null, remove: null, withdraw: null };
  // Outcomes are kept as what is needed to say them, and said in the list's words when drawn, so a
  // reader who switches language with one on screen reads it in the new language.
  /** What changed when the billing team's pulls ended, shown above the list. */
  #endedNotice: Words | null = null;
  /** The one change in flight, and the method it is for. */
  readonly #pending: PendingAction;
  #pendingMethodId: string | null = null;
  #message: { methodId: string; words: Words; tone: MethodMessage['tone'] } | null = null;
  #announcement = '';
  /** The language the live region's text was said in: after a switch it falls silent (it was already spoken). */
  #announcementLang = '';

  constructor(host: LitElement, options: MethodActionsOptions) {
    this.#host = host;
    this.#options = options;
    this.#pending = new PendingAction(host);
  }

  /** The panel open on `methodId` instead of its buttons, if any: the rename form before either confirmation. */
  panelOf(methodId: string): MethodPanel | null {
    return (['rename', 'remove', 'withdraw'] as const).find((panel) => this.#open[panel] === methodId) ?? null;
  }

  get endedNotice(): string | null {
    return this.#endedNotice ? this.#endedNotice(this.#options.t()) : null;
  }

  /** The method a change is being saved for, if any: one at a time. */
  get busyMethodId(): string | null {
    return this.#pending.busy ? this.#pendingMethodId : null;
  }

  /** The outcome shown next to a method, in the list's words now. */
  get message(): MethodMessage | null {
    const message = this.#message;
    return message ? { methodId: message.methodId, text: message.words(this.#options.t()), tone: message.tone } : null;
  }

  /** Text for the list's polite live region, while the reader's language is the one it was said in. */
  get announcement(): string {
    return this.#announcementLang === this.#options.t().lang ? this.#announcement : '';
  }

  /** Says `text` in the list's live region. */
  announce(text: string): void {
    this.#set(() => this.#say(text));
  }

  #say(text: string): void {
    this.#announcement = text;
    this.#announcementLang = this.#options.t().lang;
  }

  /** Another user signed in (or out): nothing of the previous user's stays open, noted or announced. */
  forget(): void {
    this.#set(() => {
      this.#open = { rename: null, remove: null, withdraw: null };
      this.#endedNotice = null;
      this.#pending.reset();
      this.#message = null;
      this.#announcement = '';
    });
  }

  async startRename(methodId: string): Promise<void> {
    await this.#openPanel('rename', methodId, `#nickname-${CSS.escape(methodId)}`);
  }

  async endRename(methodId: string): Promise<void> {
    await this.#closePanel('rename', methodId, 'rename');
  }

  async startRemoval(methodId: string): Promise<void> {
    await this.#openPanel('remove', methodId, actionButton(methodId, 'keep'));
  }

  async endRemoval(methodId: string): Promise<void> {
    await this.#closePanel('remove', methodId, 'remove');
  }

  /** Withdrawing from a method the billing team pulls from ends their pulls: the payer confirms that first. */
  async startWithdrawal(method: PaymentMethod): Promise<void> {
    if (!method.usedByArrangement) {
      await this.update(method, { recurringAuthorization: false });
      return;
    }
    await this.#openPanel('withdraw', method.id, actionButton(method.id, 'keep-authorization'));
  }

  async endWithdrawal(methodId: string, focusAction = 'withdraw'): Promise<void> {
    await this.#closePanel('withdraw', methodId, focusAction);
  }

  async withdraw(method: PaymentMethod): Promise<void> {
    const saved = await this.update(method, { recurringAuthorization: false });
    // Withdrawn: "Allow automatic payments" stands where the button was. Refused: the error is shown by "Stop".
    await this.endWithdrawal(method.id, saved ? 'authorize' : 'withdraw');
  }

  async rename(event: SubmitEvent, method: PaymentMethod): Promise<void> {
    event.preventDefault();
    const nickname = String(new FormData(event.currentTarget as HTMLFormElement).get('nickname') ?? '').trim();
    const saved = await this.update(method, { nickname: nickname === '' ? null : nickname });
    if (saved) await this.endRename(method.id);
  }

  async remove(method: PaymentMethod): Promise<void> {
    await this.#run(method.id, (api) => api.paymentMethods.remove(method.id), {
      answered: async (removed) => {
        const t = this.#options.t();
        const arrangementEnded = removed?.arrangementEnded;
        const ended = arrangementEnded ? arrangementEndedSentence(arrangementEnded, t) : null;
        const gone = t('{name} was removed.', { name: method.nickname ?? method.label });
        this.#set(() => {
          this.#open.remove = null;
          this.#endedNotice = arrangementEnded ? (words) => arrangementEndedSentence(arrangementEnded, words) : null;
          this.#say(ended ? `${gone} ${ended}` : gone);
        });
        this.#host.dispatchEvent(new AlisPaymentMethodRemovedEvent(method.id));
        await this.#options.refresh();
        // Focus went with the removed card; a payer who has meanwhile opened the add form (or
        // moved on to another control) keeps their place rather than being pulled to the heading.
        const active = (this.#host.renderRoot as ShadowRoot).activeElement;
        if (active === null || !active.isConnected) this.#host.renderRoot.querySelector<HTMLElement>('#heading')?.focus();
      },
      // An abort (the element left the page or another user signed in) says nothing.
      refused: async (error) => {
        this.#set(() => (this.#open.remove = null));
        this.#showError(method.id, error);
        await this.#focusAction(method.id, 'remove');
      },
    });
  }

  /** Applies a change to one method; returns whether it was saved. */
  async update(method: PaymentMethod, change: UpdatePaymentMethodRequest): Promise<boolean> {
    let saved = false;
    const root = this.#host.renderRoot as ShadowRoot;
    // Whether the payer was in the list when they asked (pressed a method's button): if what they
    // pressed goes with the change, focus stays with them rather than falling to the page.
    const focusWasHere = root.activeElement !== null;
    const call = (api: AlisClient): Promise<PaymentMethod> => {
      this.#set(() => (this.#message = null));
      return api.paymentMethods.update(method.id, change);
    };
    await this.#run(method.id, call, {
      answered: async (updated) => {
        const arrangementEnded = updated.arrangementEnded;
        const words: Words = (t) =>
          arrangementEnded ? arrangementEndedSentence(arrangementEnded, t) : methodChangedSentence(change, updated.nickname ?? updated.label, t);
        this.#set(() => {
          if (arrangementEnded) this.#endedNotice = (t) => arrangementEndedSentence(arrangementEnded, t);
          this.#message = { methodId: method.id, words, tone: 'success' };
          this.#say(words(this.#options.t()));
        });
        if (change.isDefault === true) this.#host.dispatchEvent(new AlisDefaultPaymentMethodChangedEvent(updated));
        await this.#options.refresh();
        saved = true;
        // "Make default" is gone once the method is the default: focus goes to the method itself,
        // which reads its name and "Default". Not when the payer has moved on meanwhile.
        await this.#host.updateComplete;
        if (focusWasHere && focusIsLost(root)) root.querySelector<HTMLElement>(`li[data-method-id="${CSS.escape(method.id)}"]`)?.focus();
      },
      refused: (error) => this.#showError(method.id, error),
    });
    return saved;
  }

  /** Sends `call` as the one change in flight, for `methodId`; does nothing while another is out or without a client. */
  async #run<Answer>(methodId: string, call: (api: AlisClient) => Promise<Answer>, steps: PendingActionSteps<Answer>): Promise<void> {
    const api = this.#options.api();
    if (!api || this.#pending.busy) return;
    this.#pendingMethodId = methodId;
    await this.#pending.run(() => call(api), steps);
  }

  #showError(methodId: string, error: unknown): void {
    this.#set(() => (this.#message = { methodId, words: (t) => methodChangeFailure(error, t), tone: 'danger' }));
  }

  async #openPanel(panel: MethodPanel, methodId: string, focusSelector: string): Promise<void> {
    this.#set(() => {
      this.#open[panel] = methodId;
      this.#message = null;
    });
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(focusSelector)?.focus();
  }

  async #closePanel(panel: MethodPanel, methodId: string, focusAction: string): Promise<void> {
    this.#set(() => (this.#open[panel] = null));
    await this.#focusAction(methodId, focusAction);
  }

  async #focusAction(methodId: string, action: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(actionButton(methodId, action))?.focus();
  }

  /** Changes state the list renders, and asks it to render again. */
  #set(change: () => unknown): void {
    change();
    this.#host.requestUpdate();
  }
}

/** Whether focus fell out of `root` onto nothing (the page's body), as when the focused button was removed. */
function focusIsLost(root: ShadowRoot): boolean {
  const active = root.activeElement;
  if (active?.isConnected) return false;
  return document.activeElement === null || document.activeElement === document.body;
}

/** The selector of a method's button for `action`. */
function actionButton(methodId: string, action: string): string {
  return `[data-method-id="${CSS.escape(methodId)}"] [data-action="${action}"]`;
}
