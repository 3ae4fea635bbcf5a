// States the billing team's panels add to states.ts: a load that is shown only for the user it was
// loaded for, and the notice that a switch is off (which tests and hosts find by its data- mark).
import { html, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { missingClientMessage } from './client-consumer.js';
import { renderLoading, renderLoadTask, renderNotice, type LoadTaskRendering } from './states.js';
import type { AlisClient } from '../../sdk/index.js';

/**
 * {@link renderLoadTask} for a view that records whose session it was loaded in (`view.client`):
 * while another user's view loads, the previous user's is not kept on screen (the loading line
 * stands in). Without any client, the "no client" alert.
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

/** A warning notice (`part="notice"`, `data-switched-off`) that ALIS Pay or ALIS Connect is off now. */
export function renderSwitchedOffNotice(message: string): TemplateResult {
  return html`<div class="notice" part="notice" data-tone="warning" role="status" data-switched-off><p>${message}</p></div>`;
}
