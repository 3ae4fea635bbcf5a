// Who the signed-in user is, loaded once per user: for elements that decide what to show from `GET /me` alone.
import { Task } from '@lit/task';
import type { ReactiveControllerHost } from 'lit';
import type { SessionController } from './session.js';
import type { AlisClient } from '../../sdk/index.js';
import type { Me } from '../../sdk/types.js';

/** `GET /me`, with the client it was loaded for, so another user's answer is never taken for this one's. */
export interface LoadedMe {
  client: AlisClient;
  me: Me;
}

/**
 * A task that loads `GET /me` whenever the session's client changes (undefined without a client),
 * registered with `session` so it runs again after a removal or an expired session resumes.
 */
export function meTask(host: ReactiveControllerHost, session: SessionController): Task<readonly [AlisClient | undefined], LoadedMe | undefined> {
  const task = new Task(host, {
    args: () => [session.client] as const,
    task: async ([client], { signal }): Promise<LoadedMe | undefined> => {
      const api = session.requireApi();
      if (!client || !api) return undefined;
      return { client, me: await api.session.me({ signal }) };
    },
  });
  session.reloads(task);
  return task;
}
