// The state messages every data widget shows the same way: loading, a notice, a failed load.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderUnbroken } from './unbroken.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Task } from '@lit/task';
import { describeLoadFailure } from './error-message.js';
import { missingClientSentence } from './client-consumer.js';
import { english, type Translate } from '../../core/i18n/translate.js';
import type { AlisClient } from '../../sdk/index.js';
import { billingAccess, noBillingAccessMessage, portalOffMessage, readsPayerBilling } from '../../core/billing-access.js';
import type { Me } from '../../sdk/types.js';
import { isSessionAbort } from './session.js';
import { rememberRows } from './shape-memory.js';

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
  ><p>${renderUnbroken(message)}</p></div>`;
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
 * A loading state that holds the place of what is loading, so nothing on the page moves when it
 * arrives (layout shift): `shape` is drawn from the same boxes and row heights as the loaded view,
 * with grey bones instead of words (see {@link bone}). The shape is hidden from screen readers and
 * marked busy; they hear the loading line only, said politely and kept visually hidden (the shape
 * shows sighted users the same thing).
 */
export function renderSkeleton(message: string, shape: unknown): TemplateResult {
  return html`<p class="loading visually-hidden" part="notice" role="status">${message}</p>
    <div class="skeleton" aria-hidden="true" aria-busy="true" data-skeleton>${shape}</div>`;
}

/**
 * The room a widget's loaded view took below its heading last time, so that its next loading shape
 * takes exactly that (a shape drawn from counts cannot know where words wrap). Measured after
 * layout by a ResizeObserver on the widget's `.layout` section (no extra layout work), remembered
 * per view (`key()`: e.g. `alis-invoices:all`) and per width of the host, and given to the
 * skeleton (`[data-skeleton]`) after each update, before the browser paints it; at another width
 * the shape's own height is used. Only a size is kept, in sessionStorage: it lasts as long as the
 * tab and is forgotten when another user signs in there (shape-memory.ts), so the next person at a
 * shared computer does not see the shape of someone else's lists. `loaded()` says when the view on screen is
 * the plain loaded one worth measuring (no flow, form or expanded row open, one page).
 */
export class ReservedSpaceController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode };
  readonly #key: () => string;
  readonly #loaded: () => boolean;
  #observer: ResizeObserver | undefined;
  #observed: Element | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }, key: () => string, loaded: () => boolean) {
    this.#host = host;
    this.#key = key;
    this.#loaded = loaded;
    host.addController(this);
  }

  /** The height remembered for `key` at the widget's current width, or null. */
  #reserved(key: string): number | null {
    // The host's width, which is known before the first render draws the section.
    const width = Math.round(this.#host.getBoundingClientRect().width);
    try {
      const stored = globalThis.sessionStorage?.getItem(`alis-space:${key}`);
      const [storedWidth, height] = (stored ?? '').split(' ').map(Number);
      return width > 0 && storedWidth === width && height !== undefined && height > 0 ? height : null;
    } catch {
      return null;
    }
  }

  hostUpdated(): void {
    // Set through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it refuses).
    const skeleton = this.#host.renderRoot.querySelector<HTMLElement>('[data-skeleton]');
    const reserved = skeleton ? this.#reserved(this.#key()) : null;
    if (skeleton) {
      skeleton.style.blockSize = reserved === null ? '' : `${reserved}px`;
      skeleton.style.overflow = reserved === null ? '' : 'clip';
    }
    const section = this.#host.renderRoot.querySelector('.layout');
    if (section === this.#observed || typeof ResizeObserver === 'undefined') return;
    this.#observer ??= new ResizeObserver(() => this.#measure());
    if (this.#observed) this.#observer.unobserve(this.#observed);
    this.#observed = section;
    if (section) this.#observer.observe(section);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observed = null;
  }

  #measure(): void {
    const section = this.#observed;
    const heading = section?.querySelector('h2');
    if (!this.#loaded() || !section || !heading || section.querySelector('[data-skeleton]')) return;
    const gap = Number.parseFloat(getComputedStyle(section).rowGap) || 0;
    const height = Math.round(section.getBoundingClientRect().bottom - heading.getBoundingClientRect().bottom - gap);
    if (height <= 0) return;
    try {
      globalThis.sessionStorage?.setItem(`alis-space:${this.#key()}`, `${Math.round(this.#host.getBoundingClientRect().width)} ${height}`);
    } catch {
      // Not remembered: the next loading shape keeps its own height.
    }
  }
}

/** How long a {@link bone} is: a short word, a few words, most of its box. */
export type BoneLength = 's' | 'm' | 'l';

/**
 * One bone of a {@link renderSkeleton} shape, a grey bar as high as what it stands for: a line of
 * the text around it (`line`, one line-height, so a table heading's bone is as high as its small
 * words), a button or select (`control`, the target size) or the outstanding total (`figure`).
 * Lengths are attributes rather than inline styles, which a strict Content-Security-Policy refuses.
 */
export function bone(length: BoneLength = 'm', kind: 'line' | 'control' | 'figure' = 'line'): TemplateResult {
  return html`<span class="bone" data-bone=${kind} data-length=${length}></span>`;
}

/** One column of a {@link renderSkeletonTable}: its bone's length and the cell's class. */
export type SkeletonColumn = readonly [BoneLength, string];

/**
 * A list's loading shape as a table: a header of bones over `columns`, `rows` copies of `row`, and
 * the "Show more" button's room when the list had more last time. The rows sit in a tfoot, so hosts
 * and scripts that wait for the table body's rows wait for real ones.
 */
export function renderSkeletonTable(columns: ReadonlyArray<SkeletonColumn>, row: TemplateResult, rows: number, more: boolean, tableClass?: string): TemplateResult {
  return html`
    <table class=${ifDefined(tableClass)}>
      <thead>
        <tr>
          ${columns.map(([, kind]) => html`<th class=${kind}>${bone('m')}</th>`)}
          <th></th>
        </tr>
      </thead>
      <tfoot>
        ${Array.from({ length: rows }, () => row)}
      </tfoot>
    </table>
    ${more ? html`<span class="more">${bone('l', 'control')}</span>` : nothing}
  `;
}

/**
 * How many rows a list will most likely show when it loads: what it showed last time in this
 * tab (remembered per list, e.g. `alis-invoices:all`), else `usual`, never more than `cap`.
 * Only a count is kept, nothing of what the rows said, and only for the tab's session (sessionStorage).
 */
export const likelyRows = {
  read(list: string, usual: number, cap: number): number {
    let remembered: number | null = null;
    try {
      const stored = globalThis.sessionStorage?.getItem(`alis-rows:${list}`);
      remembered = stored === null || stored === undefined ? null : Number.parseInt(stored, 10);
    } catch {
      // Storage may be off (private modes, sandboxed frames): the usual count will do.
    }
    const rows = remembered !== null && Number.isFinite(remembered) && remembered >= 0 ? remembered : usual;
    return Math.min(rows, cap);
  },
  remember: rememberRows,
};

/**
 * The way out of a flow opened inside a widget or panel whose data failed to load: a Close button,
 * in its own actions row after the notice or inside it beside Try again.
 */
export interface LoadExit {
  onClose: () => void;
  where: 'after' | 'inside';
}

/**
 * A failed load of `subject` in words (see `describeLoadFailure` for how to name it), with Try again where trying again can help (and Close, for
 * a flow that can be left). A calm state (signed out, the portal switched off) is an info notice
 * announced politely, like the portal-off notice a widget shows when it knows beforehand; anything
 * else is an alert.
 */
export function renderLoadError(error: unknown, subject: string, retry: () => unknown, exit?: LoadExit, t: Translate = english): TemplateResult {
  const failure = describeLoadFailure(error, subject, t);
  const close = exit ? html`<button type="button" @click=${exit.onClose}>${t('Close')}</button>` : nothing;
  const notice = html`
    <div class="notice" part="notice" data-tone=${failure.calm ? 'info' : 'danger'} role=${failure.calm ? 'status' : 'alert'}>
      <p>${failure.message}</p>
      ${failure.canRetry ? html`<button type="button" @click=${retry}>${t('Try again')}</button>` : nothing}
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
  /**
   * The shape to hold the view's place while it loads ({@link renderSkeleton}); without it, the
   * loading line alone.
   */
  skeleton?: () => unknown;
  /**
   * What failed to load, for the failure sentence ("payments" gives "We couldn't load your
   * payments."): in English (the widgets' subjects are translated by `describeLoadFailure`) or
   * already translated as it reads after "your".
   */
  subject: string;
  /** Try again. */
  retry: () => unknown;
  /** The loaded view; `refreshing` is true while a reload runs with the old view still on screen. */
  view: (view: View, refreshing: boolean) => unknown;
  /** For a flow opened in a panel: Close beside a failed load. */
  exit?: LoadExit;
  /** The element's words (`this.t`), for the failure sentence and its buttons; English by default. */
  t?: Translate;
}

/** The skeleton of `rendering` with its loading line, or the line alone when it has no shape. */
function renderLoadingState(rendering: Pick<LoadTaskRendering<unknown>, 'loading' | 'skeleton'>): TemplateResult {
  return rendering.skeleton ? renderSkeleton(rendering.loading, rendering.skeleton()) : renderLoading(rendering.loading);
}

/**
 * A load task on screen: the loading line until the first view arrives, the failure in words with
 * Try again, or the view. A reload keeps the old view on screen (told it is refreshing) rather than
 * blanking the widget, so nobody loses their place while the numbers update.
 */
export function renderLoadTask<Args extends ReadonlyArray<unknown>, View>(task: Task<Args, View | undefined>, rendering: LoadTaskRendering<View>): TemplateResult {
  const loading = () => renderLoadingState(rendering);
  return html`${task.render({
    initial: loading,
    pending: () => (task.value ? rendering.view(task.value, true) : loading()),
    // Work aborted because the element left the page or the user changed is not a failure: it
    // runs again (as the new user) and nobody should read "couldn't load" meanwhile.
    error: (error) => (isSessionAbort(error) ? loading() : renderLoadError(error, rendering.subject, rendering.retry, rendering.exit, rendering.t)),
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
  if (!client) return renderNotice(missingClientSentence(rendering.t), 'danger');
  return renderLoadTask(task, {
    ...rendering,
    view: (view, refreshing) => (view.client === client ? rendering.view(view, refreshing) : renderLoadingState(rendering)),
  });
}

/**
 * Runs `onPayment` whenever a payment made anywhere on the page (`alis-payment-submitted`, which
 * bubbles to the window) succeeds, while the host is connected, so every widget shows the new
 * balances without a reload.
 *
 * From the payment until the user next presses a key or clicks, the host keeps at least the
 * height it had: a balance card that lists fewer invoices once they are paid would otherwise pull
 * everything below it up while the payer reads the receipt, a shift nobody asked for. The user's
 * next action lets it shrink, as part of what that action changes: a key at once, a pointer once
 * it is released (a button moving away between press and release would lose the click). The
 * height is set through the CSSOM (a strict style-src allows it) and the host's own `min-height`
 * is put back.
 */
export class RefreshOnPaymentController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #onPayment: () => void;
  /** The host's own inline `min-height` while a hold is on, to put back. */
  #heldFrom: string | null = null;

  constructor(host: ReactiveControllerHost & HTMLElement, onPayment: () => void) {
    this.#host = host;
    this.#onPayment = onPayment;
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('alis-payment-submitted', this.#paid);
  }

  hostDisconnected(): void {
    window.removeEventListener('alis-payment-submitted', this.#paid);
    this.#release();
  }

  readonly #paid = (): void => {
    this.#hold();
    this.#onPayment();
  };

  #hold(): void {
    const height = this.#host.getBoundingClientRect().height;
    if (height === 0) return;
    if (this.#heldFrom === null) {
      this.#heldFrom = this.#host.style.minHeight;
      for (const type of RELEASING_EVENTS) window.addEventListener(type, this.#releaseSoon, { capture: true });
    }
    this.#host.style.minHeight = `${height}px`;
  }

  /** After a pointer's release, in a task of its own: the click it makes lands first. */
  readonly #releaseSoon = (event: Event): void => {
    if (event.type === 'keydown') this.#release();
    else setTimeout(this.#release);
  };

  readonly #release = (): void => {
    if (this.#heldFrom === null) return;
    this.#host.style.minHeight = this.#heldFrom;
    this.#heldFrom = null;
    for (const type of RELEASING_EVENTS) window.removeEventListener(type, this.#releaseSoon, { capture: true });
  };
}

/** What the user does that lets a held height go. */
const RELEASING_EVENTS = ['keydown', 'pointerup', 'pointercancel'] as const;

/**
 * The notice for a payer who may not see billing here: the portal is off, or their profile has
 * neither `view_billing` nor `pay_bills`. Null when they may see it. One calm sentence with the
 * billing office's contact, never an empty list that reads like "nothing is due".
 */
export function renderNoBillingNotice(me: Me, t: Translate = english): TemplateResult | null {
  switch (billingAccess(me)) {
    case 'portal_off':
      return renderNotice(portalOffMessage(me.community, t), 'info');
    case 'none':
      return renderNotice(noBillingAccessMessage(me.community, t), 'info');
    default:
      return null;
  }
}

/** What a payer widget says to a member of the billing team, who has no bills of their own here. */
export function payerWidgetForStaffSentence(t: Translate = english): string {
  return t('This is where residents and families see their bills; the billing team uses the Payment Center.');
}

/** {@link payerWidgetForStaffSentence} in English. */
export const payerWidgetForStaffMessage = payerWidgetForStaffSentence();

/**
 * What a payer widget shows instead of loading billing, or null to go ahead and load it: the
 * {@link renderNoBillingNotice} for payers, and for staff one calm sentence pointing to the
 * Payment Center: a widget the signed-in role cannot use asks the service for nothing more.
 */
export function renderPayerGate(me: Me, t: Translate = english): TemplateResult | null {
  // The same decision the bundle's early reads take (components/shared/first-reads.ts).
  if (readsPayerBilling(me)) return null;
  return me.user.role === 'staff' ? renderNotice(payerWidgetForStaffSentence(t), 'info') : renderNoBillingNotice(me, t);
}
