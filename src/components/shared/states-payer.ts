// The load state of a widget that shows the signed-in user's own data, on top of states.ts.
import type { TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { missingClientMessage } from './client-consumer.js';
import { renderLoading, renderLoadTask, renderNotice, type LoadTaskRendering } from './states.js';
import type { AlisClient } from '../../sdk/index.js';

/**
 * {@link renderLoadTask} for data loaded in `client`'s session: an alert when there is no client
 * at all, and the loading line, never the previous user's view, while another user's data loads
 * (each view carries the client it was loaded with).
 */
export function renderSessionLoad<Args extends ReadonlyArray<unknown>, View extends { client: AlisClient }>(
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
