// One save at a time: the flag a Save or Send button reads ("Saving…", aria-disabled), set before
// the first await so a double click sends once, and cleared however the save ends. Shared by the
// Payment Center's forms instead of each keeping its own `saving` property around an awaited call.
import type { ReactiveControllerHost } from 'lit';

/** Whether a save is in flight for `host`, which re-renders as one starts and ends. */
export class InFlight {
  readonly #host: ReactiveControllerHost;
  #busy = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
  }

  get busy(): boolean {
    return this.#busy;
  }

  /** Runs `work` unless a run is already in flight; false when it did not run. */
  async run(work: () => Promise<void>): Promise<boolean> {
    if (this.#busy) return false;
    this.#set(true);
    try {
      await work();
    } finally {
      this.#set(false);
    }
    return true;
  }

  /** Forgets a run of the previous user's: what it ends with is no longer shown. */
  reset(): void {
    this.#set(false);
  }

  #set(busy: boolean): void {
    this.#busy = busy;
    this.#host.requestUpdate();
  }
}
