// The keyed sequence every money-moving flow goes through — review → submitting → checking →
// unconfirmed → answered — with its idempotency key's lifetime, announcements and focus, written
// once so the pay flow, the staff pull and credit application cannot drift apart.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sendUntilKnown } from '../../core/confirm-submission.js';
import { createIdempotencyKey } from '../../sdk/idempotency.js';
import type { AlisClient } from '../../sdk/index.js';
import { ElementRemovedError, isSessionAbort, type SessionController } from './session.js';

/**
 * The steps this controller moves a host to. A host's own step union includes them beside its
 * own steps (a form, a receipt), and the host keeps the step as its own property.
 */
export type SubmissionStep = 'review' | 'submitting' | 'checking' | 'unconfirmed';

/** An element running a keyed submission: one with a shadow root whose steps take focus. */
export type KeyedSubmissionHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/** What a host tells {@link KeyedSubmissionController} about its submission. */
export interface KeyedSubmissionOptions<Answer> {
  /** The host's session: requests go through its scoped `api`, and its `client` owns the key. */
  session: SessionController;
  /** The host's current step. */
  step: () => string;
  /**
   * Moves the host to one of the submission's steps. `key` names the submission a step of a send
   * belongs to (absent when review opens): a host that lets its user leave or replace a
   * confirmation while a send is out (staff payment actions) applies it to that one.
   */
  setStep: (step: SubmissionStep, key?: string) => void;
  /** Puts `text` in the host's live region. */
  announce: (text: string) => void;
  /** What is announced while submitting, while checking an unknown outcome, and when it stays unknown. */
  words: { submitting: string; checking: string; unconfirmed: string };
  /** Sends the reviewed request with `key`; called again, with the same key, until the outcome is known. */
  send: (api: AlisClient, key: string) => Promise<Answer>;
  /**
   * Where the key comes from when review opens: a new key by default. The pay flow passes its
   * stored key per payment fingerprint, so a second tab reviewing the same payment shares it.
   */
  makeKey?: () => string;
  /** The engine answered; `api` is the session the request was sent with, `key` the one it was sent under. */
  onAnswered: (answer: Answer, api: AlisClient, key: string) => void | Promise<void>;
  /**
   * The engine refused definitely. The key is forgotten afterwards, unless the host calls
   * {@link KeyedSubmissionController.reviewAgain} here (a changed quote: the same request is sent again).
   */
  onRefused: (error: unknown, key: string) => void;
  /** The outcome stayed unknown after the last attempt (the step is already `unconfirmed`). */
  onUnconfirmed?: (key: string) => void;
  /**
   * Moves focus for a new step once it has rendered: returns false while the step's element is not
   * on screen yet (focus then waits for the next render). Focuses the first `[data-step-heading]`
   * or `[data-heading]` by default.
   */
  focusStep?: () => boolean;
  /** The waits between attempts of an unknown outcome (default `CONFIRM_DELAYS_MS`); tests shorten them. */
  delaysMs?: readonly number[];
}

/**
 * Owns one keyed submission of a host element:
 *
 * - the idempotency key: made when review opens ({@link startReview}), kept across checking,
 *   unconfirmed, "Check again" and a changed quote, forgotten on an answer, a definite refusal,
 *   going back ({@link forget}) and when another user signs in;
 * - sending it with `sendUntilKnown` (uncertain when checking again), so a lost answer is asked
 *   again with the same key and never guessed;
 * - the steps `submitting` → `checking` → `unconfirmed`, moved before the first await so a double
 *   click sends once, and their announcements;
 * - removal mid-send → `unconfirmed` (Check again reuses the key); a change of user → nothing, since
 *   the host has already dropped the previous user's flow;
 * - focus on each new step's heading once it has rendered (WCAG 2.4.3), for every step change of
 *   the host, not only the submission's.
 */
export class KeyedSubmissionController<Answer> implements ReactiveController {
  readonly #host: KeyedSubmissionHost;
  readonly #options: KeyedSubmissionOptions<Answer>;
  #key: string | null = null;
  /** The client whose user the key was made for: another user's session never sends it. */
  #keyClient: AlisClient | undefined;
  /** Set by {@link reviewAgain} while a refusal is handled: the key stays for the new quote. */
  #reviewingAgain = false;
  #lastStep: string | undefined;
  #focusPending = false;

  constructor(host: KeyedSubmissionHost, options: KeyedSubmissionOptions<Answer>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The idempotency key of the reviewed submission, or null when none is open. */
  get key(): string | null {
    return this.#key;
  }

  /** Opens review of a new request: takes a key from the key source, replacing any earlier one. */
  startReview(): void {
    this.#key = (this.#options.makeKey ?? createIdempotencyKey)();
    this.#keyClient = this.#options.session.client;
    this.#options.setStep('review');
  }

  /**
   * Back to review with the same request under a new quote (`quote_changed` / `quote_expired`):
   * the SAME key, since a key's request is its body without the quote and the refusal was not
   * stored under it, so two windows that both saw the change still submit once. A key is taken
   * only when none is held.
   */
  reviewAgain(): void {
    this.#reviewingAgain = true;
    if (this.#key === null) {
      this.#key = (this.#options.makeKey ?? createIdempotencyKey)();
      this.#keyClient = this.#options.session.client;
    }
    this.#options.setStep('review');
  }

  /** Forgets the key (going back to change the request, starting over): the next review takes a new one. */
  forget(): void {
    this.#key = null;
    this.#keyClient = undefined;
  }

  /**
   * Sends the reviewed request. Does nothing unless review is on screen with a key; the step
   * changes before the first await, so a second click finds nothing to act on.
   */
  async submit(): Promise<void> {
    if (this.#options.step() !== 'review' || this.#key === null) return;
    this.#options.setStep('submitting', this.#key);
    this.#options.announce(this.#options.words.submitting);
    await this.#send(false);
  }

  /** "Check again" after an unconfirmed outcome: the same request with the same key. */
  async checkAgain(): Promise<void> {
    if (this.#options.step() !== 'unconfirmed' || this.#key === null) return;
    this.#options.setStep('checking', this.#key);
    await this.#send(true);
  }

  /** Moves focus to the current step once it has rendered, although the step did not change. */
  focusSoon(): void {
    this.#focusPending = true;
  }

  /** The host has put focus somewhere itself (the field to fix): the step's pending focus is dropped. */
  cancelFocus(): void {
    this.#focusPending = false;
  }

  hostUpdate(): void {
    // Another user signed in: the previous user's key is never sent in their session.
    if (this.#key !== null && this.#options.session.client !== this.#keyClient) this.forget();
  }

  hostUpdated(): void {
    const step = this.#options.step();
    if (step !== this.#lastStep) {
      this.#lastStep = step;
      this.#focusPending = true;
    }
    if (this.#focusPending && (this.#options.focusStep ?? this.#focusHeading)()) this.#focusPending = false;
  }

  readonly #focusHeading = (): boolean => {
    const heading = this.#host.renderRoot.querySelector<HTMLElement>('[data-step-heading], [data-heading]');
    heading?.focus();
    return heading !== null;
  };

  async #send(uncertain: boolean): Promise<void> {
    // Sent with the session of the user who reviewed it, and only that one: an abort (removal,
    // another user) ends the work and is never retried here.
    const api = this.#options.session.api;
    const key = this.#key;
    if (!api || key === null || this.#options.session.client !== this.#keyClient) return;
    const { words } = this.#options;
    const outcome = await sendUntilKnown(() => this.#options.send(api, key), {
      uncertain,
      delaysMs: this.#options.delaysMs,
      onChecking: () => {
        this.#options.setStep('checking', key);
        this.#options.announce(words.checking);
      },
    });
    switch (outcome.kind) {
      case 'answered':
        // The submission is done: an answer is never replayed under this key by this flow.
        if (this.#key === key) this.forget();
        await this.#options.onAnswered(outcome.answer, api, key);
        return;
      case 'refused':
        // Removed mid-send: whether it went through is unknown until checked with the same key.
        if (outcome.error instanceof ElementRemovedError) {
          this.#options.setStep('unconfirmed', key);
          return;
        }
        // Another user signed in: the flow (and its key) went with the previous user.
        if (isSessionAbort(outcome.error)) return;
        this.#reviewingAgain = false;
        this.#options.onRefused(outcome.error, key);
        if (!this.#reviewingAgain && this.#key === key) this.forget();
        this.#reviewingAgain = false;
        return;
      case 'unconfirmed':
        this.#options.setStep('unconfirmed', key);
        this.#options.announce(words.unconfirmed);
        this.#options.onUnconfirmed?.(key);
    }
  }
}
