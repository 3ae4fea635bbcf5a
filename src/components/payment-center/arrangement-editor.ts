import { nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import type { WordsArea } from '../shared/language.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { SessionController } from '../shared/session.js';
import { loadAfterMe } from '../shared/load-after-me.js';
import { PendingAction } from '../shared/pending-action.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { settled, renderSessionLoad } from '../shared/states.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { basisPointsAsTyped } from '../../core/percent.js';
import { chooseInOrder, dropErrors, pullableMethods } from '../../core/pull-methods.js';
import { buildArrangement, placeArrangementRefusal, shareTotal, type ArrangementForm, type ArrangementSplit } from '../../core/arrangement-form.js';
import { payerFormStyles } from './payers-panel.styles.js';
import { renderArrangementForm, type ArrangementFormActions } from './arrangement-fields.js';
import { focusFirstError, methodRadioSelector, payerLoadWords } from './method-part.js';
import { sayAll, wordsByKey, type Words } from './live-words.js';
import type { Translate } from '../../core/i18n/translate.js';
import '../amount-input/amount-input.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Arrangement, Payer } from '../../sdk/types.js';

export type { ArrangementSplit } from '../../core/arrangement-form.js';

type Mode = Arrangement['mode'];

/** What the editor loaded, in whose session; `payer` is null for someone who is not staff (nothing more was asked). */
interface ArrangementLoad {
  client: AlisClient;
  payer: Payer | null;
}

/**
 * Edits how one payer pays: on their own, or the billing team pulls on a day of the month (1–28)
 * from one method or split across several by fixed amounts or by percentages that total 100%.
 * Only methods the payer authorized for recurring payments (and that can pay now) are offered;
 * the others are listed, disabled, with the reason. Saving calls
 * `client.staff.payers.setArrangement`; a refusal is shown at the field it concerns and what was
 * entered stays.
 *
 * @tagname alis-pc-arrangement-editor
 * @summary Internal to the Payers panel: one payer's arrangement form.
 *
 * @fires {CustomEvent<Payer>} alis-pc-arrangement-saved - Not composed: the arrangement was saved; `detail` is the updated `Payer`.
 * @fires {Event} alis-pc-arrangement-close - Not composed: staff closed the editor without saving.
 *
 * @csspart heading - The editor's heading.
 * @csspart notice - State messages.
 *
 * @cssprop --alis-color-primary - Buttons and the chosen options.
 * @cssprop --alis-color-border - Fieldsets and option borders.
 * @cssprop --alis-color-danger - Field errors.
 * @cssprop --alis-target-size - Minimum size of every control (44px).
 */
export class AlisPcArrangementEditor extends AlisElement {
  protected static override wordsArea: WordsArea = 'staff';

  static override styles = [hostStyles, commonStyles, staffStyles, payerFormStyles];

  static override properties = {
    client: { attribute: false },
    payerId: { attribute: 'payer-id' },
    locale: {},
    mode: { state: true, attribute: false },
    dayOfMonth: { state: true, attribute: false },
    split: { state: true, attribute: false },
    singleMethodId: { state: true, attribute: false },
    chosen: { state: true, attribute: false },
    amounts: { state: true, attribute: false },
    percents: { state: true, attribute: false },
    errors: { state: true, attribute: false },
  };

  /** An SDK client to use instead of the one from `<alis-billing-provider>`. */
  declare client: AlisClient | undefined;

  /** The id of the payer (resident or contact) whose arrangement is edited. */
  declare payerId: string | undefined;

  /** BCP 47 locale for amounts and percentages; the browser's language when unset. */
  declare locale: string | undefined;

  declare private mode: Mode;
  declare private dayOfMonth: number;
  declare private split: ArrangementSplit;
  declare private singleMethodId: string | null;
  /** Methods of a split, in the order the payer's methods are listed. */
  declare private chosen: readonly string[];
  declare private amounts: Readonly<Record<string, number | null>>;
  /** Percentages as typed, per method. */
  declare private percents: Readonly<Record<string, string>>;
  /** Messages by field (`day`, `method`, `parts`, `part:<methodId>`, `form`), said in the words in force. */
  declare private errors: Readonly<Record<string, Words | undefined>>;

  /** Whose edit this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  /** A Save is being sent: a second press sends nothing. */
  readonly #saving = new PendingAction(this);
  #filledFor: string | null = null;

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.payerId] as const,
    task: async ([client, payerId], options) => (payerId ? this.#loadPayer([client, payerId], options) : undefined),
  });

  readonly #loadPayer = loadAfterMe(this.#session, async ({ api, client, me, signal }, payerId: string): Promise<ArrangementLoad> => {
    // A payer's token asks for nothing more.
    if (!isStaff(me)) return { client, payer: null };
    const payer = await api.staff.payers.get(payerId, { signal });
    if (this.#filledFor !== payerId) this.#fillFrom(payer);
    return { client, payer };
  });

  constructor() {
    super();
    this.#forgetUser();
    this.#session.reloads(this.#loadTask);
  }

  /** Another user signed in (or out), or a new editor: nothing chosen or typed in a previous form stays. */
  #forgetUser(): void {
    this.#filledFor = null;
    this.mode = 'self_pay';
    this.dayOfMonth = 1;
    this.split = 'single';
    this.singleMethodId = null;
    this.chosen = [];
    this.amounts = {};
    this.percents = {};
    this.errors = {};
    this.#saving.reset();
  }

  /** Resolves when the payer has loaded (or failed to). */
  get loadComplete(): Promise<unknown> {
    return settled(this.#loadTask);
  }

  /** Set when a payer is opened: the heading takes focus once the form has rendered. */
  #focusHeading = true;

  protected override updated(changed: PropertyValues<this>): void {
    // The heading takes focus once the form has rendered for a newly opened payer (WCAG 2.4.3).
    if (this.#focusHeading) {
      const heading = this.renderRoot.querySelector<HTMLElement>('[data-heading]');
      if (heading) {
        this.#focusHeading = false;
        heading.focus();
      }
    }
    if (changed.has('payerId')) this.#focusHeading = true;
  }

  /** Starts the form from the payer's current arrangement. */
  #fillFrom(payer: Payer): void {
    this.#filledFor = payer.party.id;
    const arrangement = payer.arrangement;
    const offered = pullableMethods(payer.methods);
    this.errors = {};
    this.amounts = {};
    this.percents = {};
    if (arrangement.mode === 'billing_team_pulls') {
      this.mode = 'billing_team_pulls';
      this.dayOfMonth = arrangement.dayOfMonth ?? 1;
      this.split = arrangement.split ?? 'single';
      const ids = arrangement.parts.map((p) => p.method.id);
      this.singleMethodId = ids[0] ?? offered[0]?.id ?? null;
      this.chosen = this.split === 'single' ? [] : ids;
      this.amounts = Object.fromEntries(arrangement.parts.map((p) => [p.method.id, p.amountCents]));
      this.percents = Object.fromEntries(
        arrangement.parts.filter((p) => p.basisPoints !== null).map((p) => [p.method.id, basisPointsAsTyped(p.basisPoints ?? 0)]),
      );
    } else {
      this.mode = 'self_pay';
      this.dayOfMonth = 1;
      this.split = 'single';
      this.singleMethodId = offered[0]?.id ?? null;
      this.chosen = [];
    }
  }

  protected override render() {
    // Nothing asked for yet; without any client, the load below says one is missing.
    if (!this.payerId && this.#session.client) return nothing;
    const t = this.t;
    const view = (load: ArrangementLoad) => (load.payer ? this.#renderForm(load.payer) : renderStaffOnly(t('Editing an arrangement'), t));
    return renderSessionLoad(this.#session.client, this.#loadTask, { ...payerLoadWords(t), retry: () => this.#loadTask.run(), exit: { onClose: () => this.#close(), where: 'after' }, view });
  }

  #renderForm(payer: Payer): TemplateResult {
    const form = this.#form();
    const view = { ...form, payer, shareTotal: shareTotal(form), errors: sayAll(this.errors, this.t), busy: this.#saving.busy, locale: this.formatLocale, t: this.t };
    return renderArrangementForm(view, this.#formActions(payer));
  }

  #form(): ArrangementForm {
    const { mode, dayOfMonth, split, singleMethodId, chosen, amounts, percents } = this;
    return { mode, dayOfMonth, split, singleMethodId, chosen, amounts, percents };
  }

  #formActions(payer: Payer): ArrangementFormActions {
    return {
      save: (event) => void this.#save(event, payer),
      close: () => this.#close(),
      setMode: (mode) => {
        this.mode = mode;
        this.errors = {};
      },
      setSplit: (split) => {
        this.split = split;
        this.errors = {};
        // A split starts from the single method chosen so far.
        if (split !== 'single' && this.chosen.length === 0 && this.singleMethodId) this.chosen = [this.singleMethodId];
      },
      day: (event) => {
        this.dayOfMonth = Number((event.target as HTMLSelectElement).value);
        this.#clearError('day');
      },
      chooseSingle: (methodId) => {
        this.singleMethodId = methodId;
        this.#clearError('method', 'parts');
      },
      toggle: (methodId, checked) => {
        this.chosen = chooseInOrder(payer.methods.map((m) => m.id), this.chosen, methodId, checked);
        this.#clearError(`part:${methodId}`, 'parts');
      },
      amount: (methodId, event) => {
        this.amounts = { ...this.amounts, [methodId]: (event.currentTarget as AlisAmountInput).valueCents };
        this.#clearError(`part:${methodId}`, 'parts');
      },
      percent: (methodId, text) => {
        this.percents = { ...this.percents, [methodId]: text };
        this.#clearError(`part:${methodId}`, 'parts');
      },
    };
  }

  #clearError(...keys: string[]): void {
    this.errors = dropErrors(this.errors, [...keys, 'form']);
  }

  /** A part's amount field's validation message when it is invalid, null when it is valid or absent. */
  #fieldProblem(methodId: string): string | null {
    const field = this.renderRoot.querySelector<AlisAmountInput>(`alis-amount-input[data-part="${CSS.escape(methodId)}"]`);
    return field && !field.checkValidity() ? field.validationMessage : null;
  }

  async #save(event: SubmitEvent, payer: Payer): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    if (!api || this.#saving.busy) return;
    // Each amount field's own word on what was typed, read once, now: the errors are said again
    // (in the words in force) from what the form held at this moment.
    const problems = new Map<string, string | null>();
    const fieldProblem = (methodId: string): string | null => {
      if (!problems.has(methodId)) problems.set(methodId, this.#fieldProblem(methodId));
      return problems.get(methodId) ?? null;
    };
    const form = this.#form();
    const build = (t: Translate) => buildArrangement(form, fieldProblem, this.formatLocale, t);
    const built = build(this.t);
    if ('errors' in built) {
      this.errors = wordsByKey((t) => {
        const again = build(t);
        return 'errors' in again ? again.errors : {};
      });
      await this.#focusFirstError();
      return;
    }
    this.errors = {};
    await this.#saving.run(() => api.staff.payers.setArrangement(payer.party.id, built.body), {
      answered: (updated) => {
        this.dispatchEvent(new CustomEvent<Payer>('alis-pc-arrangement-saved', { detail: updated, bubbles: true }));
      },
      // An abort (removed, or another user signed in, whose form starts afresh) says nothing.
      refused: async (error) => {
        const split = this.split;
        this.errors = isAlisApiError(error)
          ? wordsByKey((t) => placeArrangementRefusal(error, built.body, split, t))
          : {
              form:
                error instanceof AlisNetworkError
                  ? (t) => t('We could not reach the billing service; the arrangement was not saved. Please try again.')
                  : (t) => t('Something went wrong; the arrangement was not saved. Please try again.'),
            };
        // The payer may have withdrawn an authorization meanwhile: show the methods as they are now.
        if (isAlisApiError(error, 'method_unusable')) await this.#loadTask.run();
        await this.#focusFirstError();
      },
    });
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    focusFirstError(this.renderRoot, this.errors, this.chosen, {
      fields: [
        ['form', '[data-heading]'],
        ['day', '#day'],
        ['method', methodRadioSelector],
      ],
      inPart: ['[data-part]', 'input'],
      firstPartField: '[data-part]',
    });
  }

  #close(): void {
    this.dispatchEvent(new Event('alis-pc-arrangement-close', { bubbles: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-arrangement-editor': AlisPcArrangementEditor;
  }
}
