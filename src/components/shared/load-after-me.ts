// How every load that depends on who is signed in starts: with no client it asks for nothing, and it
// asks who the user is (`GET /me`) before any billing data, so a token that may see nothing more (a
// payer's in a staff widget, anyone's while the portal is off) gets no further than that one call.
// Inside a provider, `/me` comes from the provider's memory of it (one request per user and token
// for the page); a load run again with the same arguments after it completed — `refresh()`, Retry —
// asks it afresh, as the user asked to look again.
import { Task, type TaskFunctionOptions } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { SessionController } from './session.js';
import { askMe } from './client-context.js';
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
 * `/me` has answered, with the rest of the args. Run again with the args of the last load that
 * completed (a refresh or a retry), it asks `/me` afresh; otherwise (first load, another page or
 * filter, another user) it takes the provider's answer.
 */
export function loadAfterMe<Rest extends ReadonlyArray<unknown>, View>(
  session: SessionController,
  load: (context: LoadContext, ...rest: Rest) => Promise<View>,
): (args: readonly [AlisClient | undefined, ...Rest], options: TaskFunctionOptions) => Promise<View | undefined> {
  let completed: ReadonlyArray<unknown> | undefined;
  return async (args, { signal }) => {
    const [client, ...rest] = args;
    const api = session.requireApi();
    if (!client || !api) return undefined;
    const again = completed !== undefined && completed.length === args.length && completed.every((arg, i) => arg === args[i]);
    const me = await askMe(api, { signal }, again);
    const view = await load({ api, client, me, signal }, ...rest);
    completed = args;
    return view;
  };
}

/** `GET /me`, with the client it was loaded for, so another user's answer is never taken for this one's. */
export interface LoadedMe {
  client: AlisClient;
  me: Me;
}

/**
 * For elements that decide what to show from `GET /me` alone: a task that loads it whenever the
 * session's client changes (undefined without a client), registered with `session` so it runs again
 * after a removal or an expired session resumes.
 */
export function meTask(host: ReactiveControllerHost, session: SessionController): Task<readonly [AlisClient | undefined], LoadedMe | undefined> {
  const task = new Task(host, {
    args: () => [session.client] as const,
    task: loadAfterMe(session, async ({ client, me }): Promise<LoadedMe> => ({ client, me })),
  });
  session.reloads(task);
  return task;
}
