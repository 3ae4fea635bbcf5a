// The base of the controllers that keep a widget's forms and confirmations (Portal access, User
// profiles): their state, one action out at a time, and forgetting both when the user changes.
// Apart from pending-action.ts so a widget that needs only the busy flag does not carry it.
import type { ReactiveControllerHost } from 'lit';
import { PendingAction, type PendingActionSteps } from './pending-action.js';

/** An element whose user actions a {@link UserActions} controller keeps. */
export type UserActionsHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The base of a controller for a widget's user actions (its forms and confirmations): the state
 * they show, one action out at a time (`busy`), and forgetting both when another user signs in.
 * Subclasses add the actions; the element renders `state` and disables its controls while `busy`.
 */
export class UserActions<State extends object> {
  protected readonly host: UserActionsHost;
  readonly #pending: PendingAction;
  readonly #startingState: () => State;
  #state: State;

  constructor(host: UserActionsHost, startingState: () => State) {
    this.host = host;
    this.#pending = new PendingAction(host);
    this.#startingState = startingState;
    this.#state = startingState();
  }

  /** What the forms and confirmations show. */
  get state(): Readonly<State> {
    return this.#state;
  }

  /** Whether an action is out: every control waits. */
  get busy(): boolean {
    return this.#pending.busy;
  }

  /** Another user signed in (or out): nothing open, typed, refused or done by the previous user stays. */
  forgetUser(): void {
    this.#state = this.#startingState();
    this.#pending.reset();
    this.host.requestUpdate();
  }

  /** Changes what is shown, and renders it. */
  protected update(change: Partial<State>): void {
    this.#state = { ...this.#state, ...change };
    this.host.requestUpdate();
  }

  /** Sends one action through {@link PendingAction.run}. */
  protected run<Answer>(call: () => Promise<Answer>, steps: PendingActionSteps<Answer>): Promise<void> {
    return this.#pending.run(call, steps);
  }

  /** Moves focus to `selector` in the element once it has rendered, else to `fallback`. */
  protected async focus(selector: string, fallback: string): Promise<void> {
    await this.host.updateComplete;
    const root = this.host.renderRoot;
    (root.querySelector<HTMLElement>(selector) ?? root.querySelector<HTMLElement>(fallback))?.focus();
  }
}
