// The state messages every data widget shows the same way: loading, a notice, a failed load.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { describeLoadFailure } from './error-message.js';
import { billingAccess, noBillingAccessMessage, portalOffMessage } from '../../core/billing-access.js';
import type { Me } from '../../sdk/types.js';
import { isSessionAbort } from './session.js';

/** How a notice reads: `danger` is announced assertively (an alert), the others politely. */
export type NoticeTone = 'info' | 'warning' | 'danger';

/** A notice box (`part="notice"`) with one sentence. */
export function renderNotice(message: string, tone: NoticeTone = 'info'): TemplateResult {
  return html`<div class="notice" part="notice" data-tone=${tone} role=${tone === 'danger' ? 'alert' : 'status'}><p>${message}</p></div>`;
}

/** The loading line (`part="notice"`), announced politely. */
export function renderLoading(message: string): TemplateResult {
  return html`<p class="loading" part="notice" role="status">${message}</p>`;
}

/**
 * A failed load of `subject` in words, with Try again where trying again can help. A calm state
 * (signed out, the portal switched off) is an info notice announced politely, like the portal-off
 * notice a widget shows when it knows beforehand; anything else is an alert.
 */
export function renderLoadError(error: unknown, subject: string, retry: () => unknown): TemplateResult {
  const failure = describeLoadFailure(error, subject);
  return html`
    <div class="notice" part="notice" data-tone=${failure.calm ? 'info' : 'danger'} role=${failure.calm ? 'status' : 'alert'}>
      <p>${failure.message}</p>
      ${failure.canRetry ? html`<button type="button" @click=${retry}>Try again</button>` : nothing}
    </div>
  `;
}

/**
 * The element's live region: visually hidden, announced politely and read whole, so each status
 * change ("Payment received", "Your invoices were updated.") is heard once. One per element, first
 * in its shadow root, always rendered (a region added together with its text is not announced).
 */
export function renderAnnouncer(text: string): TemplateResult {
  return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${text}</div>`;
}

/**
 * Resolves when `task`'s current run has finished, successfully or not: what every widget's
 * `loadComplete` returns, for tests and hosts that wait for the data before looking.
 */
export function settled(task: Task<ReadonlyArray<unknown>, unknown>): Promise<unknown> {
  return task.taskComplete.catch(() => undefined);
}

/** How {@link renderLoadTask} words and draws one widget's data. */
export interface LoadTaskRendering<View> {
  /** The loading line, e.g. "Loading payments…". */
  loading: string;
  /** What failed to load, for the failure sentence ("payments" gives "We couldn't load your payments."). */
  subject: string;
  /** Try again. */
  retry: () => unknown;
  /** The loaded view; `refreshing` is true while a reload runs with the old view still on screen. */
  view: (view: View, refreshing: boolean) => unknown;
}

/**
 * A load task on screen: the loading line until the first view arrives, the failure in words with
 * Try again, or the view. A reload keeps the old view on screen (told it is refreshing) rather than
 * blanking the widget, so nobody loses their place while the numbers update.
 */
export function renderLoadTask<Args extends ReadonlyArray<unknown>, View>(task: Task<Args, View | undefined>, rendering: LoadTaskRendering<View>): TemplateResult {
  const loading = () => renderLoading(rendering.loading);
  return html`${task.render({
    initial: loading,
    pending: () => (task.value ? rendering.view(task.value, true) : loading()),
    // Work aborted because the element left the page or the user changed is not a failure: it
    // runs again (as the new user) and nobody should read "couldn't load" meanwhile.
    error: (error) => (isSessionAbort(error) ? loading() : renderLoadError(error, rendering.subject, rendering.retry)),
    complete: (view) => (view ? rendering.view(view, false) : loading()),
  })}`;
}

/**
 * Runs `onPayment` whenever a payment made anywhere on the page (`alis-payment-submitted`, which
 * bubbles to the window) succeeds, while the host is connected, so every widget shows the new
 * balances without a reload.
 */
export class RefreshOnPaymentController implements ReactiveController {
  readonly #onPayment: () => void;

  constructor(host: ReactiveControllerHost, onPayment: () => void) {
    this.#onPayment = onPayment;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('alis-payment-submitted', this.#onPayment);
  }

  hostDisconnected(): void {
    window.removeEventListener('alis-payment-submitted', this.#onPayment);
  }
}

/**
 * The notice for a payer who may not see billing here: the portal is off, or their profile has
 * neither `view_billing` nor `pay_bills`. Null when they may see it. One calm sentence with the
 * billing office's contact, never an empty list that reads like "nothing is due".
 */
export function renderNoBillingNotice(me: Me): TemplateResult | null {
  switch (billingAccess(me)) {
    case 'portal_off':
      return renderNotice(portalOffMessage(me.community), 'info');
    case 'none':
      return renderNotice(noBillingAccessMessage(me.community), 'info');
    default:
      return null;
  }
}

/** What a payer widget says to a member of the billing team, who has no bills of their own here. */
export const payerWidgetForStaffMessage = 'This is where residents and families see their bills; the billing team uses the Payment Center.';

/**
 * What a payer widget shows instead of loading billing, or null to go ahead and load it: the
 * {@link renderNoBillingNotice} for payers, and for staff one calm sentence pointing to the
 * Payment Center: a widget the signed-in role cannot use asks the service for nothing more.
 */
export function renderPayerGate(me: Me): TemplateResult | null {
  return me.user.role === 'staff' ? renderNotice(payerWidgetForStaffMessage, 'info') : renderNoBillingNotice(me);
}
