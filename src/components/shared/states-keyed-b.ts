// States that states.ts does not draw, added beside it (states.ts stays as every widget imports it):
// a notice that interrupts whatever its tone, and a load task with a way out of a failed load.
import { html, nothing, type TemplateResult } from 'lit';
import { TaskStatus, type Task } from '@lit/task';
import { isSessionAbort } from './session.js';
import { renderLoadTask, type LoadTaskRendering, type NoticeTone } from './states.js';

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
