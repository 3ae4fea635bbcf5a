// The state messages every data widget shows the same way: loading, a notice, a failed load.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Task } from '@lit/task';
import { describeLoadFailure } from './error-message.js';
import { missingClientMessage } from './client-consumer.js';
import type { AlisClient } from '../../sdk/index.js';
import { billingAccess, noBillingAccessMessage, portalOffMessage } from '../../core/billing-access.js';
import type { Me } from '../../sdk/types.js';
import { isSessionAbort } from './session.js';

/** How a notice reads: `danger` is announced assertively (an alert), the others politely. */
export type NoticeTone = 'info' | 'warning' | 'danger';

/** What else a {@link renderNotice} says about itself. */
export interface NoticeOptions {
  /** `data-kind`: what the notice is about, by which its flow focuses it and hosts and tests find it. */
  kind?: string;
  /**
   * Its role. By default an alert for `danger` and a status otherwise. `alert` for a warning the
   * user must hear now (money may not have moved as expected); `null` for a notice that is focused
   * instead (a changed quote) or whose words the live region has already said.
   */
  role?: 'alert' | 'status' | null;
  /** Focusable by script (`tabindex="-1"`), for a notice that takes focus when it appears. */
  focusable?: boolean;
}

/** A notice box (`part="notice"`) with one sentence. */
export function renderNotice(message: string, tone: NoticeTone = 'info', options: NoticeOptions = {}): TemplateResult {
  const role = options.role === undefined ? (tone === 'danger' ? 'alert' : 'status') : options.role;
  return html`<div
    class="notice"
    part="notice"
    data-tone=${tone}
    data-kind=${ifDefined(options.kind)}
    role=${ifDefined(role ?? undefined)}
    tabindex=${ifDefined(options.focusable ? -1 : undefined)}
  ><p>${message}</p></div>`;
}

/** The notice that the reviewed quote changed (`data-kind="quote-changed"`), focused rather than announced; nothing without one. */
export function renderQuoteChangedNotice(sentence: string | null, nothingDone: string): TemplateResult | typeof nothing {
  return sentence ? renderNotice(`${sentence} ${nothingDone}`, 'warning', { kind: 'quote-changed', role: null, focusable: true }) : nothing;
}

/** The loading line (`part="notice"`), announced politely. */
export function renderLoading(message: string): TemplateResult {
  return html`<p class="loading" part="notice" role="status">${message}</p>`;
}

/**
 * The way out of a flow opened inside a widget or panel whose data failed to load: a Close button,
 * in its own actions row after the notice or inside it beside Try again.
 */
export interface LoadExit {
  onClose: () => void;
  where: 'after' | 'inside';
}

/**
 * A failed load of `subject` in words, with Try again where trying again can help (and Close, for
 * a flow that can be left). A calm state (signed out, the portal switched off) is an info notice
 * announced politely, like the portal-off notice a widget shows when it knows beforehand; anything
 * else is an alert.
 */
export function renderLoadError(error: unknown, subject: string, retry: () => unknown, exit?: LoadExit): TemplateResult {
  const failure = describeLoadFailure(error, subject);
  const close = exit ? html`<button type="button" @click=${exit.onClose}>Close</button>` : nothing;
  const notice = html`
    <div class="notice" part="notice" data-tone=${failure.calm ? 'info' : 'danger'} role=${failure.calm ? 'status' : 'alert'}>
      <p>${failure.message}</p>
      ${failure.canRetry ? html`<button type="button" @click=${retry}>Try again</button>` : nothing}
      ${exit?.where === 'inside' ? close : nothing}
    </div>
  `;
  return exit?.where === 'after' ? html`${notice}<div class="actions">${close}</div>` : notice;
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
  /** For a flow opened in a panel: Close beside a failed load. */
  exit?: LoadExit;
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
    error: (error) => (isSessionAbort(error) ? loading() : renderLoadError(error, rendering.subject, rendering.retry, rendering.exit)),
    complete: (view) => (view ? rendering.view(view, false) : loading()),
  })}`;
}

/**
 * {@link renderLoadTask} for data loaded in `client`'s session (each view records the client it
 * was loaded with): without any client, the alert that one is missing; while another user's data
 * loads, the loading line, never the previous user's view.
 */
export function renderSessionLoad<Args extends ReadonlyArray<unknown>, View extends { client: unknown }>(
  client: AlisClient | undefined,
  task: Task<Args, View | undefined>,
  rendering: LoadTaskRendering<View>,
): TemplateResult {
  if (!client) return renderNotice(missingClientMessage, 'danger');
  return renderLoadTask(task, {
    ...rendering,
    view: (view, refreshing) => (view.client === client ? rendering.view(view, refreshing) : renderLoading(rendering.loading)),
  });
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
