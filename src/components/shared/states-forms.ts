// Additions to states.ts for the payment-method widgets (states.ts itself stays as every widget imports it).
import { html, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { missingClientMessage } from './client-consumer.js';
import { renderLoading, renderLoadTask, renderNotice, type LoadTaskRendering, type NoticeTone } from './states.js';
import type { AlisClient } from '../../sdk/index.js';

/**
 * A notice box (`part="notice"`) that a test or a story finds by `data-kind`, shown next to an
 * announcement the widget already made in its live region, so it has no role of its own and is
 * not read out twice.
 */
export function renderKindNotice(message: string, tone: NoticeTone, kind: string): TemplateResult {
  return html`<div class="notice" part="notice" data-tone=${tone} data-kind=${kind}><p>${message}</p></div>`;
}

/**
 * The load of a widget that shows one signed-in user's data: an alert when no client is configured,
 * else {@link renderLoadTask}, with the loading line while the task's view still belongs to the
 * previous user (another user's data is never kept on screen, not even while the next one loads).
 */
export function renderClientLoad<Args extends ReadonlyArray<unknown>, View extends { client: AlisClient }>(
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
