import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { Task } from '@lit/task';
import { AlisElement } from '../shared/alis-element.js';
import { hostStyles } from '../shared/tokens.js';
import { commonStyles } from '../shared/common.styles.js';
import { staffStyles } from '../shared/staff.styles.js';
import { missingClientMessage } from '../shared/client-consumer.js';
import { SessionController, isSessionAbort } from '../shared/session.js';
import { isStaff, renderStaffOnly } from '../shared/staff.js';
import { renderLoadError, renderLoading, renderNotice } from '../shared/states.js';
import { formatBasisPoints } from '../../core/format.js';
import { AlisNetworkError, isAlisApiError } from '../../sdk/errors.js';
import { payerFormStyles } from './payers-panel.styles.js';
import '../amount-input/amount-input.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Arrangement, ArrangementPart, Payer, PaymentMethod } from '../../sdk/types.js';
import { basisPointsAsTyped, parsePercent } from '../../core/percent.js';

/** How the billing team splits a pull across the payer's methods. */
export type ArrangementSplit = 'single' | 'fixed_amounts' | 'percentages';

type Mode = Arrangement['mode'];

/** What the editor loaded, in whose session; `payer` is null for someone who is not staff (nothing more was asked). */
interface ArrangementLoad {
  client: AlisClient;
  payer: Payer | null;
}

/** 100% in basis points. */
const WHOLE = 10_000;
const MAX_PARTS = 4;
const DAYS = Array.from({ length: 28 }, (_, i) => i + 1);

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
 * @fires alis-pc-arrangement-saved - Not composed: the arrangement was saved; `detail` is the updated `Payer`.
 * @fires alis-pc-arrangement-close - Not composed: staff closed the editor without saving.
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
    busy: { state: true, attribute: false },
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
  /** Messages by field: `day`, `method`, `parts`, `part:<methodId>`, `form`. */
  declare private errors: Readonly<Record<string, string>>;
  declare private busy: boolean;

  /** Whose edit this is; another user's session starts afresh (see `#forgetUser`). */
  readonly #session = new SessionController(this, { onUserChange: () => this.#forgetUser() });
  #filledFor: string | null = null;

  readonly #loadTask = new Task(this, {
    args: () => [this.#session.client, this.payerId] as const,
    task: async ([client, payerId], { signal }): Promise<ArrangementLoad | undefined> => {
      if (!client || !payerId) return undefined;
      const api = this.#session.requireApi();
      if (!api) return undefined;
      // Who the user is first: a payer's token asks for nothing more.
      const me = await api.session.me({ signal });
      if (!isStaff(me)) return { client, payer: null };
      const payer = await api.staff.payers.get(payerId, { signal });
      if (this.#filledFor !== payerId) this.#fillFrom(payer);
      return { client, payer };
    },
  });

  constructor() {
    super();
    this.mode = 'self_pay';
    this.dayOfMonth = 1;
    this.split = 'single';
    this.singleMethodId = null;
    this.chosen = [];
    this.amounts = {};
    this.percents = {};
    this.errors = {};
    this.busy = false;
    this.#session.reloads(this.#loadTask);
  }

  /** Another user signed in (or out): nothing chosen or typed in the previous user's form stays. */
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
    this.busy = false;
  }

  /** Resolves when the payer has loaded (or failed to). */
  get loadComplete(): Promise<unknown> {
    return this.#loadTask.taskComplete.catch(() => undefined);
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
    const offered = payer.methods.filter((m) => blockReason(m) === null);
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
    const client = this.#session.client;
    if (!client) return renderNotice(missingClientMessage, 'danger');
    if (!this.payerId) return nothing;
    // Only what was loaded in this user's session is drawn; another user's form is never shown.
    const show = (load: ArrangementLoad | undefined): TemplateResult =>
      !load || load.client !== client ? renderLoading('Loading the payer…') : load.payer ? this.#renderForm(load.payer) : renderStaffOnly('Editing an arrangement');
    return this.#loadTask.render({
      initial: () => renderLoading('Loading the payer…'),
      pending: () => show(this.#loadTask.value),
      error: (error) =>
        isSessionAbort(error)
          ? renderLoading('Loading the payer…')
          : html`${renderLoadError(error, 'payer', () => this.#loadTask.run())}
              <div class="actions"><button type="button" @click=${this.#close}>Close</button></div>`,
      complete: (load) => show(load),
    });
  }

  #renderForm(payer: Payer): TemplateResult {
    const name = payer.party.name;
    const offered = payer.methods.filter((m) => blockReason(m) === null);
    return html`
      <form class="step" novalidate @submit=${(event: SubmitEvent) => this.#save(event, payer)} aria-busy=${this.busy ? 'true' : 'false'}>
        <h4 part="heading" tabindex="-1" data-heading>Arrangement for ${name}</h4>
        <p class="hint">${describeParty(payer)}</p>
        ${this.errors['form'] ? html`<div class="notice" part="notice" data-tone="danger" role="alert" data-error="form"><p>${this.errors['form']}</p></div>` : nothing}
        <fieldset>
          <legend>How ${name} pays</legend>
          ${this.#radio('mode', 'self_pay', this.mode === 'self_pay', 'Pays on their own', `${name} pays through the portal; the billing team does not pull.`, () => this.#setMode('self_pay'))}
          ${this.#radio('mode', 'billing_team_pulls', this.mode === 'billing_team_pulls', 'The billing team pulls each month', `From methods ${name} authorized for recurring payments.`, () =>
            this.#setMode('billing_team_pulls'),
          )}
        </fieldset>
        ${this.mode === 'billing_team_pulls' ? this.#renderPulls(payer, offered) : nothing}
        <div class="actions">
          <button type="button" data-action="cancel" @click=${this.#close}>Cancel</button>
          <button type="submit" class="primary" data-action="save" ?disabled=${this.busy}>${this.busy ? 'Saving…' : 'Save arrangement'}</button>
        </div>
      </form>
    `;
  }

  #renderPulls(payer: Payer, offered: PaymentMethod[]): TemplateResult {
    const dayError = this.errors['day'];
    return html`
      <div class="field">
        <label for="day">Day of the month</label>
        <select id="day" name="dayOfMonth" aria-describedby=${dayError ? 'day-hint day-error' : 'day-hint'} aria-invalid=${dayError ? 'true' : 'false'} @change=${this.#onDay}>
          ${DAYS.map((day) => html`<option .value=${String(day)} ?selected=${day === this.dayOfMonth}>${day}</option>`)}
        </select>
        <p id="day-hint" class="hint">Days 1 to 28, so every month has the day.</p>
        ${dayError ? html`<p id="day-error" class="field-error" data-error="day">${dayError}</p>` : nothing}
      </div>
      <fieldset>
        <legend>Pull from</legend>
        ${this.#radio('split', 'single', this.split === 'single', 'One method', 'The whole outstanding balance from one method.', () => this.#setSplit('single'))}
        ${this.#radio('split', 'fixed_amounts', this.split === 'fixed_amounts', 'Split by fixed amounts', 'A set amount from each method, never more than is owed.', () =>
          this.#setSplit('fixed_amounts'),
        )}
        ${this.#radio('split', 'percentages', this.split === 'percentages', 'Split by percentages', 'A share of the outstanding balance from each method; the shares total 100%.', () =>
          this.#setSplit('percentages'),
        )}
      </fieldset>
      ${this.split === 'single' ? this.#renderSingle(payer, offered) : this.#renderSplit(payer, offered)}
    `;
  }

  #radio(name: string, value: string, checked: boolean, label: string, hint: string, onChange: () => void): TemplateResult {
    const id = `${name}-${value}`;
    return html`
      <label class="choice">
        <input type="radio" name=${name} .value=${value} .checked=${checked} aria-describedby=${`${id}-hint`} @change=${onChange} />
        <span class="choice-text">
          <span class="choice-label">${label}</span>
          <span class="why" id=${`${id}-hint`}>${hint}</span>
        </span>
      </label>
    `;
  }

  #renderSingle(payer: Payer, offered: PaymentMethod[]): TemplateResult {
    const error = this.errors['method'] ?? this.errors['parts'];
    return html`
      <fieldset aria-describedby=${error ? 'method-error' : nothing} data-field="method">
        <legend>Method</legend>
        ${this.#noAuthorizedNotice(payer, offered)}
        ${payer.methods.map((method) => {
          const why = blockReason(method);
          return html`
            <label class="choice" data-method-id=${method.id} ?data-disabled=${why !== null}>
              <input
                type="radio"
                name="method"
                .value=${method.id}
                .checked=${method.id === this.singleMethodId && why === null}
                ?disabled=${why !== null}
                aria-describedby=${why ? `why-${method.id}` : nothing}
                @change=${() => this.#chooseSingle(method.id)}
              />
              ${this.#methodText(method, why)}
            </label>
          `;
        })}
        ${error ? html`<p id="method-error" class="field-error" data-error="method">${error}</p>` : nothing}
      </fieldset>
    `;
  }

  #renderSplit(payer: Payer, offered: PaymentMethod[]): TemplateResult {
    const partsError = this.errors['parts'];
    const percentages = this.split === 'percentages';
    const total = percentages ? this.#percentTotal() : null;
    return html`
      <fieldset aria-describedby=${partsError ? 'parts-total parts-error' : 'parts-total'} data-field="parts">
        <legend>${percentages ? 'Methods and shares' : 'Methods and amounts'}</legend>
        ${this.#noAuthorizedNotice(payer, offered)}
        ${payer.methods.map((method) => this.#renderPart(method, payer))}
        <p id="parts-total" class="running-total hint">
          ${percentages
            ? total === null
              ? 'The shares must total 100%.'
              : total === WHOLE
                ? 'The shares total 100%.'
                : `The shares total ${formatBasisPoints(total, this.locale)}; they must total 100%.`
            : `At most ${MAX_PARTS} methods. Each month the amounts are pulled in this order, never more than is owed.`}
        </p>
        ${partsError ? html`<p id="parts-error" class="field-error" data-error="parts">${partsError}</p>` : nothing}
      </fieldset>
    `;
  }

  #renderPart(method: PaymentMethod, payer: Payer): TemplateResult {
    const why = blockReason(method);
    const checked = this.chosen.includes(method.id) && why === null;
    const error = this.errors[`part:${method.id}`];
    const describedBy = [why ? `why-${method.id}` : '', error && !checked ? `part-error-${method.id}` : ''].filter(Boolean).join(' ');
    return html`
      <div class="part" data-method-id=${method.id}>
        <label class="choice" ?data-disabled=${why !== null}>
          <input
            type="checkbox"
            name="methods"
            .value=${method.id}
            .checked=${checked}
            ?disabled=${why !== null}
            aria-describedby=${describedBy || nothing}
            @change=${(event: Event) => this.#toggle(method.id, (event.target as HTMLInputElement).checked)}
          />
          ${this.#methodText(method, why)}
        </label>
        ${checked ? this.#renderPartField(method, payer, error) : error ? html`<p id=${`part-error-${method.id}`} class="field-error" data-error="part">${error}</p>` : nothing}
      </div>
    `;
  }

  #renderPartField(method: PaymentMethod, payer: Payer, error: string | undefined): TemplateResult {
    if (this.split === 'fixed_amounts') {
      return html`
        <alis-amount-input
          class="part-field"
          data-part=${method.id}
          .label=${`Amount from ${method.label}`}
          .currency=${payer.outstanding.currency}
          .locale=${this.locale}
          .valueCents=${this.amounts[method.id] ?? null}
          .errorText=${error ?? null}
          @input=${(event: Event) => this.#onAmount(method.id, event)}
        ></alis-amount-input>
      `;
    }
    const id = `pct-${method.id}`;
    return html`
      <div class="field part-field">
        <label for=${id}>Share from ${method.label} (%)</label>
        <input
          id=${id}
          data-part=${method.id}
          type="text"
          inputmode="decimal"
          autocomplete="off"
          size="8"
          .value=${this.percents[method.id] ?? ''}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${error ? `${id}-error` : nothing}
          @input=${(event: Event) => this.#onPercent(method.id, (event.target as HTMLInputElement).value)}
        />
        ${error ? html`<p id=${`${id}-error`} class="field-error" data-error="part">${error}</p>` : nothing}
      </div>
    `;
  }

  #methodText(method: PaymentMethod, why: string | null): TemplateResult {
    return html`
      <span class="choice-text">
        <span class="choice-label">${method.nickname ? `${method.nickname} · ${method.label}` : method.label}</span>
        ${why ? html`<span class="why" id=${`why-${method.id}`}>Not offered: ${why}</span>` : html`<span class="why">Authorized for recurring payments</span>`}
      </span>
    `;
  }

  #noAuthorizedNotice(payer: Payer, offered: PaymentMethod[]): TemplateResult | typeof nothing {
    if (offered.length > 0) return nothing;
    return html`<p class="hint" data-kind="no-authorized">
      ${payer.party.name} has no saved method authorized for recurring payments. They can allow automatic payments on a method in the
      portal; until then they pay on their own.
    </p>`;
  }

  #setMode(mode: Mode): void {
    this.mode = mode;
    this.errors = {};
  }

  #setSplit(split: ArrangementSplit): void {
    this.split = split;
    this.errors = {};
    // A split starts from the single method chosen so far.
    if (split !== 'single' && this.chosen.length === 0 && this.singleMethodId) this.chosen = [this.singleMethodId];
  }

  #onDay(event: Event): void {
    this.dayOfMonth = Number((event.target as HTMLSelectElement).value);
    this.#clearError('day');
  }

  #chooseSingle(methodId: string): void {
    this.singleMethodId = methodId;
    this.#clearError('method', 'parts');
  }

  #toggle(methodId: string, checked: boolean): void {
    const payer = this.#loadTask.value?.payer;
    const order = payer?.methods.map((m) => m.id) ?? [];
    const next = new Set(this.chosen);
    if (checked) next.add(methodId);
    else next.delete(methodId);
    this.chosen = order.filter((id) => next.has(id));
    this.#clearError(`part:${methodId}`, 'parts');
  }

  #onAmount(methodId: string, event: Event): void {
    this.amounts = { ...this.amounts, [methodId]: (event.currentTarget as AlisAmountInput).valueCents };
    this.#clearError(`part:${methodId}`, 'parts');
  }

  #onPercent(methodId: string, text: string): void {
    this.percents = { ...this.percents, [methodId]: text };
    this.#clearError(`part:${methodId}`, 'parts');
  }

  #clearError(...keys: string[]): void {
    const drop = new Set([...keys, 'form']);
    if (!Object.keys(this.errors).some((key) => drop.has(key))) return;
    this.errors = Object.fromEntries(Object.entries(this.errors).filter(([key]) => !drop.has(key)));
  }

  /** The sum of the typed shares in basis points, or null while one cannot be read. */
  #percentTotal(): number | null {
    let total = 0;
    for (const id of this.chosen) {
      const bp = parseShare(this.percents[id] ?? '');
      if (bp === null) return null;
      total += bp;
    }
    return total;
  }

  /** The request for what is on screen, or the field errors that stop it from being sent. */
  #build(): { body: Arrangement } | { errors: Record<string, string> } {
    if (this.mode === 'self_pay') return { body: { mode: 'self_pay' } };
    const errors: Record<string, string> = {};
    if (!(this.dayOfMonth >= 1 && this.dayOfMonth <= 28)) errors['day'] = 'Choose a day from 1 to 28.';
    if (this.split === 'single') {
      if (!this.singleMethodId) errors['method'] = 'Choose the method the billing team pulls from.';
      if (Object.keys(errors).length > 0) return { errors };
      return { body: { mode: 'billing_team_pulls', dayOfMonth: this.dayOfMonth, split: 'single', parts: [{ methodId: this.singleMethodId ?? '' }] } };
    }
    if (this.chosen.length === 0) errors['parts'] = 'Choose at least one authorized method.';
    if (this.chosen.length > MAX_PARTS) errors['parts'] = `Choose at most ${MAX_PARTS} methods.`;
    const parts: ArrangementPart[] = [];
    if (this.split === 'fixed_amounts') {
      for (const id of this.chosen) {
        const cents = this.amounts[id] ?? null;
        const field = this.renderRoot.querySelector<AlisAmountInput>(`alis-amount-input[data-part="${CSS.escape(id)}"]`);
        if (cents === null || (field && !field.checkValidity())) errors[`part:${id}`] = field?.validationMessage || 'Enter an amount.';
        else parts.push({ methodId: id, amountCents: cents });
      }
    } else {
      let total = 0;
      let readable = true;
      for (const id of this.chosen) {
        const bp = parseShare(this.percents[id] ?? '');
        if (bp === null) {
          readable = false;
          errors[`part:${id}`] = 'Enter a share from 0.01 to 100, with at most two decimals.';
        } else {
          total += bp;
          parts.push({ methodId: id, basisPoints: bp });
        }
      }
      if (readable && this.chosen.length > 0 && total !== WHOLE) {
        errors['parts'] = `The shares total ${formatBasisPoints(total, this.locale)}. They must total exactly 100%; nothing was saved.`;
      }
    }
    if (Object.keys(errors).length > 0) return { errors };
    return { body: { mode: 'billing_team_pulls', dayOfMonth: this.dayOfMonth, split: this.split, parts } };
  }

  async #save(event: SubmitEvent, payer: Payer): Promise<void> {
    event.preventDefault();
    const api = this.#session.api;
    if (!api || this.busy) return;
    const built = this.#build();
    if ('errors' in built) {
      this.errors = built.errors;
      await this.#focusFirstError();
      return;
    }
    this.busy = true;
    this.errors = {};
    try {
      const updated = await api.staff.payers.setArrangement(payer.party.id, built.body);
      this.dispatchEvent(new CustomEvent<Payer>('alis-pc-arrangement-saved', { detail: updated, bubbles: true }));
    } catch (error) {
      // Removed, or another user signed in (whose form starts afresh): nothing to say here.
      if (isSessionAbort(error)) return;
      this.errors = this.#refusalErrors(error, built.body);
      // The payer may have withdrawn an authorization meanwhile: show the methods as they are now.
      if (isAlisApiError(error, 'method_unusable')) await this.#loadTask.run();
      await this.#focusFirstError();
    } finally {
      this.busy = false;
    }
  }

  /** Places the engine's refusal at the fields it names (`parts[i].…` is the i-th part sent). */
  #refusalErrors(error: unknown, body: Arrangement): Record<string, string> {
    if (!isAlisApiError(error)) {
      return {
        form:
          error instanceof AlisNetworkError
            ? 'We could not reach the billing service; the arrangement was not saved. Please try again.'
            : 'Something went wrong; the arrangement was not saved. Please try again.',
      };
    }
    const parts = body.mode === 'billing_team_pulls' ? body.parts : [];
    const errors: Record<string, string> = {};
    for (const [path, message] of Object.entries(error.fields)) {
      const match = /^parts\[(\d+)\]/.exec(path);
      const part = match ? parts[Number(match[1])] : undefined;
      if (part && this.split === 'single') errors['method'] ??= message;
      else if (part) errors[`part:${part.methodId}`] ??= message;
      else if (path === 'parts') errors['parts'] ??= message;
      else if (path === 'dayOfMonth') errors['day'] ??= message;
      else errors['form'] ??= message;
    }
    if (Object.keys(errors).length === 0) errors['form'] = error.message;
    return errors;
  }

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    const root = this.renderRoot;
    const errors = this.errors;
    const target = errors['form']
      ? root.querySelector<HTMLElement>('[data-heading]')
      : errors['day']
        ? root.querySelector<HTMLElement>('#day')
        : errors['method']
          ? root.querySelector<HTMLElement>('input[name="method"]:checked, input[name="method"]:not(:disabled)')
          : (this.#firstPartWithError() ?? (errors['parts'] ? (root.querySelector<HTMLElement>('[data-part]') ?? root.querySelector<HTMLElement>('input[name="methods"]:not(:disabled)')) : null));
    (target ?? root.querySelector<HTMLElement>('[data-heading]'))?.focus();
  }

  #firstPartWithError(): HTMLElement | null {
    const id = this.chosen.find((methodId) => `part:${methodId}` in this.errors) ?? Object.keys(this.errors).find((k) => k.startsWith('part:'))?.slice(5);
    if (!id) return null;
    const part = this.renderRoot.querySelector(`.part[data-method-id="${CSS.escape(id)}"]`);
    return part?.querySelector<HTMLElement>('[data-part]') ?? part?.querySelector<HTMLElement>('input') ?? null;
  }

  #close(): void {
    this.dispatchEvent(new Event('alis-pc-arrangement-close', { bubbles: true }));
  }
}

/** Why staff may not pull from `method`, or null when they may (the engine has the last word). */
function blockReason(method: PaymentMethod): string | null {
  if (!method.usable) return method.unusableReason ?? 'It cannot be used to pay now.';
  if (!method.recurringAuthorization) return 'the payer has not authorized it for recurring payments.';
  return null;
}

function describeParty(payer: Payer): string {
  const party = payer.party;
  if (party.kind === 'resident') return 'Resident.';
  return `${party.relationship ?? 'Contact'} of ${payer.residentName}.`;
}

/** A typed share ("50", "33.33", "12,5 %") in basis points, or null when it is not one from 0.01 % to 100 %. */
function parseShare(text: string): number | null {
  const parsed = parsePercent(text, { min: 1, max: WHOLE });
  return parsed.ok ? parsed.basisPoints : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'alis-pc-arrangement-editor': AlisPcArrangementEditor;
  }
}
