// Whose data an element shows, and the lifetime of the work it starts for them.
import { ContextConsumer } from '@lit/context';
import { TaskStatus, type Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { alisClientContext } from './client-context.js';
import { isAlisApiError } from '../../sdk/errors.js';
import type { AlisClient } from '../../sdk/client.js';
import { forgetLoadedShapes } from './shape-memory.js';

/** An element with an optional `client` property that overrides the provider's. */
export type SessionHost = ReactiveControllerHost & HTMLElement & { client?: AlisClient | undefined };

/** What an element does when its session changes. */
export interface SessionOptions {
  /**
   * Another user signed in, or the user signed out: drop everything of the previous user's that
   * the element holds (open flows, notices, live-region text, remembered idempotency keys, caches,
   * selections). Runs before the render that shows the new user, so nothing of theirs is painted.
   */
  onUserChange?: () => void;
}

/** The reason work is aborted with when its element leaves the page. */
export class ElementRemovedError extends DOMException {
  constructor() {
    super('The element was removed from the page.', 'AbortError');
  }
}

/** The reason work is aborted with when another user signs in (or the user signs out). */
export class UserChangedError extends DOMException {
  constructor() {
    super('Another user signed in.', 'AbortError');
  }
}

/** Whether `error` is the reason a {@link SessionController} aborted work with, i.e. not a failure to show. */
export function isSessionAbort(error: unknown): boolean {
  return error instanceof ElementRemovedError || error instanceof UserChangedError;
}

/**
 * The client an element uses (its `client` property, else the nearest `<alis-billing-provider>`'s)
 * and the lifetime of what it asks of it:
 *
 * - `client` is the signed-in user's session: a different object means a different user, and the
 *   host's `onUserChange` runs before the next render.
 * - `api` is that client scoped to this element: every request made through it is aborted when
 *   the element leaves the page or the user changes, so a removed element neither keeps
 *   requesting nor stays alive (rendering) until its answers arrive.
 * - Load tasks registered with {@link reloads} run again when the element comes back after its
 *   load was aborted, and when the provider resumes an expired session for the same user.
 */
export class SessionController implements ReactiveController {
  readonly #host: SessionHost;
  readonly #options: SessionOptions;
  readonly #consumer: ContextConsumer<typeof alisClientContext, SessionHost>;
  readonly #tasks: Task<ReadonlyArray<unknown>, unknown>[] = [];
  /** The client `api` was scoped from: whose session the element's work belongs to. */
  #scopedFrom: AlisClient | undefined;
  #scope: AbortController | undefined;
  #api: AlisClient | undefined;

  constructor(host: SessionHost, options: SessionOptions = {}) {
    this.#host = host;
    this.#options = options;
    // The consumer is registered first, so on reconnecting it has asked the provider for the
    // current client before this controller follows it (not the one it had when removed).
    this.#consumer = new ContextConsumer(host, {
      context: alisClientContext,
      subscribe: true,
      // The provider hands the same client again when an expired session resumes for the same
      // user: loads that failed for want of a session run again.
      callback: (client) => {
        if (client !== undefined && client === this.#scopedFrom) this.#rerunFailedLoads('signed-out');
      },
    });
    // Registered before the host's tasks (field order), so a change of user is seen, and the old
    // user's work aborted, before a task starts loading as the new one.
    host.addController(this);
  }

  /** The signed-in user's client: the element's `client` property, else the provider's. */
  get client(): AlisClient | undefined {
    return this.#host.client ?? this.#consumer.value;
  }

  /**
   * The client to make requests with: `client`, with every call aborted when the element leaves
   * the page or the user changes. Undefined while there is no client or the element is not on the page.
   */
  get api(): AlisClient | undefined {
    this.#follow();
    return this.#api;
  }

  /**
   * `api` for a load task: throws the removal as an abort when the element is off the page (the
   * task runs again when it comes back), undefined when there is no client at all.
   */
  requireApi(): AlisClient | undefined {
    const api = this.api;
    if (!api && this.client) throw new ElementRemovedError();
    return api;
  }

  /** Aborted when the element leaves the page or the user changes; for work that is not an SDK call. */
  get signal(): AbortSignal | undefined {
    this.#follow();
    return this.#scope?.signal;
  }

  /** Runs `task` again when its load was aborted by a removal, or failed because the session had expired. */
  reloads<T extends ReadonlyArray<unknown>, R>(task: Task<T, R>): void {
    this.#tasks.push(task as unknown as Task<ReadonlyArray<unknown>, unknown>);
  }

  hostConnected(): void {
    this.#follow();
    this.#rerunFailedLoads('aborted');
  }

  hostDisconnected(): void {
    this.#scope?.abort(new ElementRemovedError());
    this.#scope = undefined;
    this.#api = undefined;
  }

  hostUpdate(): void {
    this.#follow();
  }

  /** Scopes `api` to the current client, and starts afresh when the client is another user's. */
  #follow(): void {
    const client = this.client;
    if (client === this.#scopedFrom) {
      if (client && !this.#scope && this.#host.isConnected) this.#open(client);
      return;
    }
    const hadUser = this.#scopedFrom !== undefined;
    this.#scope?.abort(new UserChangedError());
    this.#scope = undefined;
    this.#api = undefined;
    this.#scopedFrom = client;
    if (client && this.#host.isConnected) this.#open(client);
    if (hadUser) {
      forgetLoadedShapes();
      this.#options.onUserChange?.();
    }
  }

  #open(client: AlisClient): void {
    this.#scope = new AbortController();
    // A hand-made client without `withSignal` (a test double) is used as it is.
    this.#api = typeof client.withSignal === 'function' ? client.withSignal(this.#scope.signal) : client;
  }

  /** Runs again the loads a removal aborted (`aborted`), or that failed because the session had expired (`signed-out`). */
  #rerunFailedLoads(which: 'aborted' | 'signed-out'): void {
    if (!this.#host.isConnected) return;
    for (const task of this.#tasks) {
      const rerun =
        which === 'aborted'
          ? task.status === TaskStatus.PENDING || (task.status === TaskStatus.ERROR && isSessionAbort(task.error))
          : task.status === TaskStatus.ERROR && isAlisApiError(task.error, 'unauthenticated');
      if (rerun) void task.run();
    }
  }
}
