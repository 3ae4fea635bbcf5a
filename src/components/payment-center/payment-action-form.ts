// A payment's action buttons, and the shapes of the in-place confirmation of one action (void,
// refund, bank return, present again) that payment-action-confirmation.ts draws: plain render
// functions, so PaymentActionsController keeps only the state and the sending, and the history
// panel keeps a single shadow root (ARIA references stay inside it). The confirmation's fields are
// a module of their own because they load when an action is first opened (issue 15).
import { html, nothing, type TemplateResult } from 'lit';
import { renderUnbroken } from '../shared/unbroken.js';
import { actionLabel, availableActions, whyNoActions, type PaymentActionFieldErrors, type PaymentActionKind } from '../../core/payment-actions.js';
import type { Translate } from '../../core/i18n/translate.js';
import type { FeeOnRefund, Payment, ReturnCode } from '../../sdk/types.js';

/** An id that is safe in `id` and ARIA references, whatever the server's ids look like. */
export const domId = (prefix: string, id: string): string => `${prefix}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** What the open confirmation shows: what was typed, and how its submission is going. */
export interface PaymentActionFormState {
  kind: PaymentActionKind;
  reason: string;
  amountCents: number | null;
  code: ReturnCode | null;
  fieldErrors: PaymentActionFieldErrors;
  error: string | null;
  busy: boolean;
  /** Sent without a known outcome: the fields are locked and the button checks again. */
  unconfirmed: boolean;
}

/** What the confirmation needs from its controller besides the state. */
export interface PaymentActionFormContext {
  locale: string | undefined;
  /** The element's words. */
  t: Translate;
  /** Whether refunds give the fee back; null while it is being read. */
  feeOnRefund: FeeOnRefund | null;
  submit: (event: SubmitEvent) => void;
  cancel: () => void;
  amountChanged: (valueCents: number | null) => void;
  codeChosen: (code: ReturnCode) => void;
  reasonTyped: (reason: string) => void;
}

/** The outcome last shown under a payment's actions. */
export interface PaymentActionOutcome {
  text: string;
  tone: 'success' | 'danger';
}

/** What a payment's actions show besides the payment. */
export interface PaymentActionsShown {
  /** The last outcome, above the actions. */
  outcome: PaymentActionOutcome | undefined;
  /** The action sent without a known outcome and closed, to be checked again first. */
  unsettledKind: PaymentActionKind | undefined;
  /** The open confirmation, shown instead of the buttons. */
  form: TemplateResult | null;
  open: (kind: PaymentActionKind) => void;
  /** The pointer or focus reached an action button: the confirmation's code may start loading. */
  prefetch: () => void;
  /** The element's words. */
  t: Translate;
}

/** That an action of `kind` was sent but its outcome never confirmed. */
function unsettledSentence(kind: PaymentActionKind, t: Translate): string {
  switch (kind) {
    case 'void':
      return t('The void of this payment was sent but not confirmed. Open any action to check it again first.');
    case 'refund':
      return t('The refund of this payment was sent but not confirmed. Open any action to check it again first.');
    case 'return':
      return t('The record bank return of this payment was sent but not confirmed. Open any action to check it again first.');
    case 'represent':
      return t('The present again of this payment was sent but not confirmed. Open any action to check it again first.');
  }
}

/** What follows an action button's label for a screen reader: "Void" + " payment PAY-1". */
function actionTarget(kind: PaymentActionKind, reference: string, t: Translate): string {
  switch (kind) {
    case 'void':
      return t.ctx('after “Void”', 'payment {reference}', { reference });
    case 'refund':
      return t.ctx('after “Refund”', 'payment {reference}', { reference });
    case 'return':
      return t.ctx('after “Record bank return”', 'payment {reference}', { reference });
    case 'represent':
      return t.ctx('after “Present again”', 'payment {reference}', { reference });
  }
}

/** The actions of `payment` (or its open confirmation), with the last outcome above them. */
export function renderPaymentActions(payment: Payment, shown: PaymentActionsShown): TemplateResult {
  const { outcome, unsettledKind, t } = shown;
  const actions = availableActions(payment);
  const why = whyNoActions(payment, t);
  const deposited = payment.depositId !== null && actions.includes('refund');
  return html`
    <div class="payment-actions" data-actions-for=${payment.id}>
      ${outcome ? html`<p class=${outcome.tone === 'success' ? 'confirmation' : 'problem'} data-outcome tabindex="-1">${renderUnbroken(outcome.text)}</p>` : nothing}
      ${unsettledKind
        ? html`<p class="problem" data-unsettled>${unsettledSentence(unsettledKind, t)}</p>`
        : nothing}
      ${shown.form ??
      html`
        ${deposited ? html`<p class="muted">${t('Already deposited, so it can be refunded but no longer voided.')}</p>` : nothing}
        ${actions.length > 0
          ? html`<div class="actions">
              ${actions.map(
                (kind) => html`<button type="button" data-action=${kind} @click=${() => shown.open(kind)} @pointerenter=${shown.prefetch} @focus=${shown.prefetch}>
                  ${actionLabel(kind, t)}<span class="visually-hidden"> ${actionTarget(kind, payment.reference, t)}</span>
                </button>`,
              )}
            </div>`
          : why
            ? html`<p class="muted">${why}</p>`
            : nothing}
      `}
    </div>
  `;
}
