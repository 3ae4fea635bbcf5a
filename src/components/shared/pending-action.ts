// One save, send or delete at a time, with its controls disabled while it is out: the busy flag
// every element used to set and clear by hand around an awaited SDK call (and forget to clear on
// one of the paths). An abort because the element left or the user changed is not a failure: it
// ends quietly, or with `aborted` where the element still has something to undo or say.
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
  /** The call was aborted (the element left the page or the user changed): not a failure, e.g. to say a save may not have been made. */
  aborted?: (error: unknown) => unknown;
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
      await (isSessionAbort(error) ? steps.aborted?.(error) : steps.refused(error));
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
