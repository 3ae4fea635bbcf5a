// Additions to states.ts for the flows that open inside a widget or panel (the pay flow, a staff
// pull, the arrangement editor): a failed load offers Close as well as Try again, since the flow
// can be left, and their notices carry a `data-kind` that focus and tests find them by.
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TaskStatus, type Task } from '@lit/task';
import { describeLoadFailure } from './error-message.js';
import { isSessionAbort } from './session.js';
import { missingClientMessage } from './client-consumer.js';
import { renderLoadError, renderLoading, renderLoadTask, renderNotice, type LoadTaskRendering, type NoticeTone } from './states.js';

/** The failure to show for `task`, or undefined when it has none (or was only aborted: it runs again). */
function shownFailure(task: Task<ReadonlyArray<unknown>, unknown>): { error: unknown } | undefined {
  return task.status === TaskStatus.ERROR && !isSessionAbort(task.error) ? { error: task.error } : undefined;
}

/**
 * {@link renderLoadTask} for a flow opened in a panel: a failed load is followed by a Close button
 * (`where: 'after'`, in its own actions row) or carries it inside the notice (`where: 'inside'`).
 */
export function renderClosableLoadTask<Args extends ReadonlyArray<unknown>, View>(
  task: Task<Args, View | undefined>,
  rendering: LoadTaskRendering<View>,
  close: { onClose: () => void; where: 'after' | 'inside' },
): TemplateResult {
  const failure = shownFailure(task as unknown as Task<ReadonlyArray<unknown>, unknown>);
  if (!failure) return renderLoadTask(task, rendering);
  const closeButton = html`<button type="button" @click=${close.onClose}>Close</button>`;
  if (close.where === 'after') return html`${renderLoadError(failure.error, rendering.subject, rendering.retry)}<div class="actions">${closeButton}</div>`;
  const { message, calm, canRetry } = describeLoadFailure(failure.error, rendering.subject);
  const retry = canRetry ? html`<button type="button" @click=${rendering.retry}>Try again</button>` : nothing;
  return html`<div class="notice" part="notice" data-tone=${calm ? 'info' : 'danger'} role=${calm ? 'status' : 'alert'}><p>${message}</p>${retry}${closeButton}</div>`;
}

/** How a {@link renderKindNotice} reads. */
export interface KindNoticeOptions {
  tone: NoticeTone;
  /** `data-kind`, by which the flow focuses the notice and tests find it. */
  kind?: string;
  /**
   * Its role; by default an alert for `danger` and a status otherwise, like `renderNotice`. A
   * warning that money may not have moved as expected is an alert; `null` for a notice that is
   * focused instead of announced (the quote changed).
   */
  role?: 'alert' | 'status' | null;
  /** Focusable by script (`tabindex="-1"`), for a notice that takes focus when it appears. */
  focusable?: boolean;
}

/** A notice box (`part="notice"`) with one sentence, as `renderNotice`, with a kind, role and focus of its own. */
export function renderKindNotice(message: string, options: KindNoticeOptions): TemplateResult {
  const role = options.role === undefined ? (options.tone === 'danger' ? 'alert' : 'status') : options.role;
  return html`<div
    class="notice"
    part="notice"
    data-tone=${options.tone}
    data-kind=${options.kind ?? nothing}
    role=${ifDefined(role ?? undefined)}
    tabindex=${ifDefined(options.focusable ? -1 : undefined)}
  ><p>${message}</p></div>`;
}

/** How {@link renderSessionLoad} words a flow's load and draws what it loaded. */
export interface SessionLoadRendering<Load> {
  loading: string;
  subject: string;
  onClose: () => void;
  /** Where Close goes beside a failed load (see {@link renderClosableLoadTask}). */
  closeWhere: 'after' | 'inside';
  view: (load: Load) => TemplateResult;
}

/**
 * A flow's load on screen, drawn only for the session that loaded it: while another user's answer
 * is still the task's value (the new user's load is under way), the loading line, never their data.
 * Without any client, the notice that one is missing.
 */
export function renderSessionLoad<Args extends ReadonlyArray<unknown>, Load extends { client: unknown }>(
  task: Task<Args, Load | undefined>,
  client: unknown,
  rendering: SessionLoadRendering<Load>,
): TemplateResult {
  if (!client) return renderNotice(missingClientMessage, 'danger');
  const { loading, subject } = rendering;
  const view = (load: Load) => (load.client === client ? rendering.view(load) : renderLoading(loading));
  return renderClosableLoadTask(task, { loading, subject, retry: () => task.run(), view }, { onClose: rendering.onClose, where: rendering.closeWhere });
}

/** The notice that the reviewed quote changed (`data-kind="quote-changed"`), focused rather than announced; nothing without one. */
export function renderQuoteChangedNotice(sentence: string | null, nothingDone: string): TemplateResult | typeof nothing {
  return sentence ? renderKindNotice(`${sentence} ${nothingDone}`, { tone: 'warning', kind: 'quote-changed', role: null, focusable: true }) : nothing;
}
