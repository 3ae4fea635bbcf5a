// A thin holder of the store and the clock, binding the pure query functions to them. It keeps no
// other state, so whatever the handlers can observe is in `state` (and could be saved and restored).
import { authenticate } from './auth.js';
import { hasDueWork, runDueWork } from './due-work.js';
import { DEFAULT_NOW, ManualClock, type ClockChange } from './clock.js';
import { detached, nextState, publish } from './draft.js';
import { getOutstanding, getPayerInvoice, listPayerInvoices, type ListInvoicesQuery } from './invoices.js';
import { createSeedState, DEFAULT_SEED, type Persona } from './seed.js';
import { getMe, listPersonas } from './session.js';
import { emailView, publicCommunityView, type Invoice, type InvoicePage, type Me, type MockEmail, type Outstanding, type PublicCommunity } from './views.js';
import type { BillingState, UserRecord } from './state.js';

/** Where a backend starts, and where `reset()` without options returns to. */
export interface MockBackendOptions {
  /** PRNG seed of the seed data (default 1). */
  seed?: number;
  /** Clock start (default `2026-11-25T15:00:00.000Z`). */
  now?: Date | string;
  /** Called after every change of the store or the clock (see {@link MockBackend.onChange}). */
  onChange?: StateChangeListener;
}

/** Told the store and the clock after each change, e.g. to persist them (`persistence.ts`). */
export type StateChangeListener = (state: BillingState, now: Date) => void;

/** The seed and clock after a reset (the contract's `MockState`). */
export interface MockStateInfo {
  seed: number;
  now: string;
}

/** An `Authorization` header value, e.g. `Bearer mock-token-daniel-whitaker`, or null when absent. */
export type Authorization = string | null | undefined;

/** The mock billing backend: seeded state, a manual clock, and the queries over them. */
export class MockBackend {
  readonly clock: ManualClock;
  readonly #defaults: { seed: number; now: Date | string };
  #state: BillingState;
  /**
   * Called after every successful mutation, reset, load and clock change (never for a refused
   * request), with the new store and time. Settable later, so the shared backend can be persisted.
   */
  onChange: StateChangeListener | undefined;

  constructor(options: MockBackendOptions = {}) {
    this.#defaults = { seed: options.seed ?? DEFAULT_SEED, now: options.now ?? DEFAULT_NOW };
    this.clock = new ManualClock(this.#defaults.now);
    this.#state = createSeedState({ seed: this.#defaults.seed, now: this.clock.now() });
    publish(this.#state);
    this.onChange = options.onChange;
  }

  /** The live store. Read it freely in tests; change it only through the engine. */
  get state(): BillingState {
    return this.#state;
  }

  /** The seed the current data came from. */
  get seed(): number {
    return this.#state.seed;
  }

  /** The clock's time. */
  now(): Date {
    return this.clock.now();
  }

  /** Re-seeds the store and resets the clock; options default to the ones the backend was created with. */
  reset(options: MockBackendOptions = {}): MockStateInfo {
    const seed = options.seed ?? this.#defaults.seed;
    const now = options.now ?? this.#defaults.now;
    // Seed first: if `now` is invalid this throws before anything changes.
    const state = createSeedState({ seed, now });
    this.clock.reset(now);
    publish(state);
    this.#state = state;
    this.#changed();
    return { seed, now: this.clock.now().toISOString() };
  }

  /**
   * Replaces the store (and the clock, when `now` is given) with a saved copy, e.g. one restored
   * from storage. The copy is cloned, so the caller's object never becomes the live store.
   */
  load(state: BillingState, now?: Date | string): void {
    const copy = structuredClone(state);
    if (now !== undefined) this.clock.reset(now);
    publish(copy);
    this.#state = copy;
    if (!this.catchUp()) this.#changed();
  }

  /**
   * Runs `change` on a draft of the store and keeps the result only when it returns. A refused
   * request throws, so it leaves the store exactly as it was — the same object, every record
   * unwritten: nothing is ever half-written. Whatever the change made due (a refund that leaves a
   * pulled payer owing again within the notice period) is done in the same step, so the store is
   * always caught up with the clock and a later request — even a refused one — never changes
   * anything on time's behalf.
   *
   * The draft is structurally shared (`draft.ts`): only the records the change writes are copied,
   * so a change costs what it touches, not the size of the store. Records are shared between
   * versions, so nothing may write a record of `state` outside a change.
   */
  mutate<T>(change: (draft: BillingState, now: Date) => T): T {
    const now = this.now();
    let result: { value: T } | undefined;
    let next = nextState(this.#state, (draft) => {
      // Answers built from the draft outlive it: drafts inside them become plain values.
      result = { value: detached(change(draft, now)) };
    });
    // Due work is judged on the changed store, outside the draft (a plain read), and done before
    // the store is replaced: if it threw, the change would be discarded with it.
    if (hasDueWork(next, now)) next = nextState(next, (draft) => runDueWork(draft, now));
    if (!result) throw new Error('mutate: the change did not run');
    this.#state = next;
    this.#changed();
    return result.value;
  }

  /** Moves the clock forwards (never backwards); returns the new time. */
  advanceClock(change: ClockChange): Date {
    const now = this.clock.change(change);
    // Time passing is what settles bank payments and sends advance notices, so it happens here: a
    // later request (even one that is refused, or an idempotent replay) then never changes state on
    // the clock's behalf.
    if (!this.catchUp()) this.#changed();
    return now;
  }

  /** Does whatever the clock has made due (see `due-work.ts`); true when that changed the store. */
  catchUp(): boolean {
    if (!hasDueWork(this.#state, this.now())) return false;
    // `mutate` does the due work after its (here empty) change.
    this.mutate(() => undefined);
    return true;
  }

  #changed(): void {
    this.onChange?.(this.#state, this.now());
  }

  /** The user behind an `Authorization` header; 401 / 403 `access_revoked` otherwise. */
  authenticate(authorization: Authorization): UserRecord {
    return authenticate(this.#state, authorization);
  }

  /** `GET /me`. */
  me(authorization: Authorization): Me {
    return getMe(this.#state, this.authenticate(authorization));
  }

  /** `GET /invoices`. */
  listInvoices(authorization: Authorization, query: ListInvoicesQuery = {}): InvoicePage {
    return listPayerInvoices(this.#state, this.now(), this.authenticate(authorization), query);
  }

  /** `GET /invoices/{invoiceId}`. */
  getInvoice(authorization: Authorization, invoiceId: string): Invoice {
    return getPayerInvoice(this.#state, this.now(), this.authenticate(authorization), invoiceId);
  }

  /** `GET /community`: what anyone may read about the community's billing. */
  community(): PublicCommunity {
    return publicCommunityView(this.#state.settings);
  }

  /** `GET /outstanding`. */
  outstanding(authorization: Authorization): Outstanding {
    return getOutstanding(this.#state, this.now(), this.authenticate(authorization));
  }

  /** `GET /__mock/personas`: seeded users and their tokens, default payer first, staff last. */
  personas(): Persona[] {
    return listPersonas(this.#state);
  }

  /** `GET /__mock/outbox`: emails "sent", newest first. */
  outbox(): MockEmail[] {
    // Emails sent in the same instant keep their sending order (ids are zero-padded counters).
    return [...this.#state.outbox].sort((a, b) => b.sentAt.localeCompare(a.sentAt) || b.id.localeCompare(a.id)).map(emailView);
  }
}

/** A backend seeded with `seed` (default 1) and its clock at `now` (default 2026-11-25T15:00Z). */
export function createMockBackend(options: MockBackendOptions = {}): MockBackend {
  return new MockBackend(options);
}
