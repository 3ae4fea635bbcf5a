// The in-place confirmation of one payment action (void, refund, bank return, present again): its
// fields and buttons as plain render functions drawn in the history panel's shadow root. Loaded
// when an action is first opened, with the amount field it renders (issue 15): most visits to
// the history only read it.
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { live } from 'lit/directives/live.js';
import { formatMoney } from '../../core/format.js';
import { previewRefundFee, refundFeeSentence } from '../../core/fee-words.js';
import { actionEffect, actionTitle, confirmLabel, refundable, returnCodeConsequence, returnCodeMeaning, RETURN_CODES } from '../../core/payment-actions.js';
import { domId, type PaymentActionFormContext, type PaymentActionFormState } from './payment-action-form.js';
// The field's class, for the template checks; payment-actions.ts registers the tag as it loads this module.
import '../amount-input/amount-input.js';
import type { AlisAmountInput } from '../amount-input/amount-input.js';
import type { Payment } from '../../sdk/types.js';

/** The confirmation form of `form.kind` for `payment`, labelled by its title. */
export function renderPaymentActionForm(payment: Payment, form: PaymentActionFormState, context: PaymentActionFormContext): TemplateResult {
  const titleId = domId('confirm-title', payment.id);
  const t = context.t;
  const amount = form.amountCents === null ? null : { amountCents: form.amountCents, currency: payment.amount.currency };
  const label = confirmLabel(form.kind, { amount, busy: form.busy, unconfirmed: form.unconfirmed }, context.locale, t);
  const title = actionTitle(payment, form.kind, t);
  return html`
    <form
      class="panel confirm"
      data-confirm-for=${payment.id}
      data-kind=${form.kind}
      aria-labelledby=${titleId}
      aria-busy=${form.busy ? 'true' : 'false'}
      novalidate
      @submit=${context.submit}
    >
      <p class="confirm-title" id=${titleId}>${renderUnbroken(title)}</p>
      <p>${renderUnbroken(actionEffect(payment, form.kind, context.locale, t))}</p>
      ${form.error ? html`<p class="problem" role="alert" data-error>${renderUnbroken(form.error)}</p>` : nothing}
      ${form.kind === 'represent'
        ? nothing
        : html`<fieldset class="fields" ?disabled=${form.unconfirmed}>
            <legend class="visually-hidden">${title}</legend>
            ${form.kind === 'refund' ? renderAmount(payment, form, context) : nothing}
            ${form.kind === 'return' ? renderCodes(payment, form, context) : nothing}
            ${renderReason(payment, form, context)}
          </fieldset>`}
      <div class="actions">
        <button type="button" data-action="cancel" ?data-autofocus=${form.kind === 'represent'} @click=${context.cancel}>
          ${form.kind === 'void' ? t('Keep payment') : t('Cancel')}
        </button>
        <button type="submit" class=${form.kind === 'represent' ? 'primary' : 'danger'} data-action="confirm" aria-disabled=${form.busy ? 'true' : 'false'}>
          ${label}
        </button>
      </div>
    </form>
  `;
}

function renderAmount(payment: Payment, form: PaymentActionFormState, context: PaymentActionFormContext): TemplateResult {
  const { locale, t } = context;
  const most = refundable(payment);
  const left = t('Up to {most} of {amount} can still be refunded.', { most: formatMoney(most, locale), amount: formatMoney(payment.amount, locale) });
  const hint =
    payment.refundedTotal.amountCents > 0 ? `${left} ${t('{refunded} was refunded already.', { refunded: formatMoney(payment.refundedTotal, locale) })}` : left;
  return html`
    <alis-amount-input
      data-autofocus
      .name=${'amountCents'}
      .label=${t('Amount to refund')}
      .hint=${hint}
      .currency=${payment.amount.currency}
      .locale=${locale}
      .max=${most.amountCents}
      .maxMessage=${t('At most {max} can still be refunded.')}
      .valueCents=${form.amountCents}
      .errorText=${form.fieldErrors.amount ?? null}
      @input=${(event: Event) => context.amountChanged((event.currentTarget as AlisAmountInput).valueCents)}
    ></alis-amount-input>
    ${renderRefundFee(payment, form, context)}
  `;
}

/** What this refund does with the convenience fee, as the community's setting decides it. */
function renderRefundFee(payment: Payment, form: PaymentActionFormState, context: PaymentActionFormContext): TemplateResult | typeof nothing {
  if (payment.fee.amountCents === 0) return nothing;
  const { feeOnRefund: policy, t } = context;
  let text: string;
  if (policy === null) text = t('Checking whether refunds give the convenience fee back…');
  else {
    const earlier = payment.refunds.map((r) => ({ amountCents: r.amount.amountCents, feeCents: r.fee.amountCents }));
    const amount = form.amountCents ?? refundable(payment).amountCents;
    const share = previewRefundFee(policy, { amountCents: payment.amount.amountCents, feeCents: payment.fee.amountCents, refunds: earlier }, amount);
    text = refundFeeSentence(payment.fee.amountCents, share, payment.fee.currency, context.locale, t) ?? '';
  }
  return html`<p class="muted" data-refund-fee aria-live="polite">${text}</p>`;
}

function renderCodes(payment: Payment, form: PaymentActionFormState, context: PaymentActionFormContext): TemplateResult {
  const errorId = domId('code-error', payment.id);
  const t = context.t;
  return html`
    <fieldset class="codes" aria-describedby=${form.fieldErrors.code ? errorId : nothing}>
      <legend>${t('Return code the bank gave')}</legend>
      ${RETURN_CODES.map(
        (info, index) => html`
          <label class="code" data-code=${info.code}>
            <input
              type="radio"
              name="code"
              .value=${info.code}
              .checked=${form.code === info.code}
              ?data-autofocus=${index === 0}
              @change=${() => context.codeChosen(info.code)}
            />
            <span>
              <span class="code-name"><strong>${info.code}</strong> ${returnCodeMeaning(info.code, t)}</span>
              <span class="muted code-effect">${returnCodeConsequence(info, t)}</span>
            </span>
          </label>
        `,
      )}
      ${form.fieldErrors.code ? html`<p class="field-error" id=${errorId}>${form.fieldErrors.code}</p>` : nothing}
    </fieldset>
  `;
}

function renderReason(payment: Payment, form: PaymentActionFormState, context: PaymentActionFormContext): TemplateResult {
  const id = domId('reason', payment.id);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const t = context.t;
  return html`
    <div class="field">
      <label for=${id}>${t('Reason (required)')}</label>
      <p class="muted hint" id=${hintId}>${t('Kept in the payment’s audit trail with your name.')}</p>
      <textarea
        id=${id}
        name="reason"
        rows="2"
        maxlength="500"
        required
        ?data-autofocus=${form.kind === 'void'}
        aria-invalid=${form.fieldErrors.reason ? 'true' : 'false'}
        aria-describedby=${form.fieldErrors.reason ? `${hintId} ${errorId}` : hintId}
        .value=${live(form.reason)}
        @input=${(event: Event) => context.reasonTyped((event.currentTarget as HTMLTextAreaElement).value)}
      ></textarea>
      ${form.fieldErrors.reason ? html`<p class="field-error" id=${errorId}>${form.fieldErrors.reason}</p>` : nothing}
    </div>
  `;
}
