// One save, send or delete at a time, with its controls disabled while it is out: the busy flag
// every element used to set and clear by hand around an awaited SDK call (and forget to clear on
// one of the paths). An abort because the element left or the user changed is not a failure: it
// ends quietly.
import type { ReactiveControllerHost } from 'lit';
import { isSessionAbort } from './session.js';

/** What happens after the call, in order. */
export interface PendingActionSteps<Answer> {
  /** The call answered: show it (and reload) while the controls are still disabled. */
  answered: (answer: Answer) => unknown;
  /** Once the controls are enabled again after an answer, e.g. to move focus to what changed. */
  afterwards?: (answer: Answer) => unknown;
  /** The call failed (not an abort); the controls are enabled again, e.g. to show why and focus it. */
  refused: (error: unknown) => unknown;
}

/** Whether an action is out, for one element: `busy` disables its controls while `run` awaits; the host re-renders when it changes. */
export class PendingAction {
  readonly #host: ReactiveControllerHost;
  #busy = false;
  /** Counts runs and resets, so a run that was forgotten does not clear a newer run's busy flag. */
  #run = 0;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  /** Whether an action is out: its controls are disabled and another press does nothing. */
  get busy(): boolean {
    return this.#busy;
  }

  /**
   * Runs `call` unless another action is out, busy from before the first await (a double press
   * sends once) until the answer has been shown, or until the call failed.
   */
  async run<Answer>(call: () => Promise<Answer>, steps: PendingActionSteps<Answer>): Promise<void> {
    if (this.#busy) return;
    const run = this.#start();
    let answer: Answer;
    try {
      answer = await call();
    } catch (error) {
      this.#end(run);
      if (!isSessionAbort(error)) await steps.refused(error);
      return;
    }
    try {
      await steps.answered(answer);
    } finally {
      this.#end(run);
    }
    await steps.afterwards?.(answer);
  }

  /** Another user signed in: the controls are enabled for them whatever the previous user's call does. */
  reset(): void {
    this.#run += 1;
    this.#set(false);
  }

  #start(): number {
    this.#run += 1;
    this.#set(true);
    return this.#run;
  }

  #end(run: number): void {
    if (run === this.#run) this.#set(false);
  }

  #set(busy: boolean): void {
    if (this.#busy === busy) return;
    this.#busy = busy;
    this.#host.requestUpdate();
  }
}

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
