// How every Payment Center load starts: with no client it asks for nothing, and it asks who the user
// is (`GET /me`) before any billing data, so a payer's token gets no further than that one call.
import type { TaskFunctionOptions } from '@lit/task';
import type { SessionController } from '../shared/session.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me } from '../../sdk/types.js';

/** What a load has once the user is known. */
export interface LoadContext {
  /** The element's scoped client (aborted when it leaves the page or the user changes). */
  api: AlisClient;
  /** Whose session this load is for: a view records it, so another user's view is never shown. */
  client: AlisClient;
  me: Me;
  signal: AbortSignal;
}

/**
 * A load task's function for `session`: `args` start with the session's client; `load` runs once
 * `/me` has answered, with the rest of the args.
 */
export function loadAfterMe<Rest extends ReadonlyArray<unknown>, View>(
  session: SessionController,
  load: (context: LoadContext, ...rest: Rest) => Promise<View>,
): (args: readonly [AlisClient | undefined, ...Rest], options: TaskFunctionOptions) => Promise<View | undefined> {
  return async ([client, ...rest], { signal }) => {
    const api = session.requireApi();
    if (!client || !api) return undefined;
    const me = await api.session.me({ signal });
    return load({ api, client, me, signal }, ...rest);
  };
}
