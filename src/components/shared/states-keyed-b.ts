// States that states.ts does not draw, added beside it (states.ts stays as every widget imports it):
// a notice that interrupts whatever its tone, a load task with a way out of a failed load, and a
// load task that shows only the signed-in user's data.
import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { isSessionAbort } from './session.js';
import { missingClientMessage } from './client-consumer.js';
import { renderLoading, renderLoadTask, renderNotice, type LoadTaskRendering, type NoticeTone } from './states.js';
import type { AlisClient } from '../../sdk/index.js';

/**
 * A notice box (`part="notice"`) announced as an alert whatever its tone: a refusal or an outcome
 * that could not be confirmed, which the user must hear now. `kind` names it for tests (`data-kind`).
 */
export function renderAlertNotice(message: string, tone: NoticeTone, kind?: string): TemplateResult {
  return html`<div class="notice" part="notice" data-tone=${tone} data-kind=${kind ?? nothing} role="alert"><p>${message}</p></div>`;
}

/**
 * {@link renderLoadTask}, with `afterFailure` (a Close button of a panel inside another) under the
 * failed load's notice, so a panel whose data could not load can still be left.
 */
export function renderLoadTaskWithExit<Args extends ReadonlyArray<unknown>, View>(
  task: Task<Args, View | undefined>,
  rendering: LoadTaskRendering<View>,
  afterFailure: TemplateResult,
): TemplateResult {
  const failed = task.status === TaskStatus.ERROR && !isSessionAbort(task.error);
  return html`${renderLoadTask(task, rendering)}${failed ? afterFailure : nothing}`;
}

/**
 * {@link renderLoadTask} for a widget of `client`'s session: without a client, the missing-client
 * alert; while another user's data loads, the loading line rather than the previous user's view
 * (each view records the client it was loaded with).
 */
export function renderSessionLoadTask<Args extends ReadonlyArray<unknown>, View extends { client: AlisClient }>(
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
