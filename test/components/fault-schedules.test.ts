// Faults, proven: the real pay flow, staff pull and refund driven through random fault schedules
// of the mock (dropped connections before and after the engine, timeouts, 500, 503, 429, slow
// answers, offline spells). After each schedule the engine — read directly, never through the
// widget — holds exactly one payment (or refund) or none, and the screen says which:
//   one  → the receipt / outcome, or "could not confirm", which after the faults end and a "Check
//          again" shows the receipt of that same payment;
//   none → a failure the user can retry, with what they typed still there; retrying pays once.
//
// Runs: FAULT_SCHEDULE_RUNS (default 210, split between the three flows) with a fixed seed,
// FAULT_SCHEDULE_SEED to replay another. A longer run:
//   FAULT_SCHEDULE_RUNS=3000 npx web-test-runner test/components/fault-schedules.test.ts
// (the test runner hands the variables over through a server command, see web-test-runner.config.mjs).
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../../src/define/alis-pay-flow.js';
import '../../src/define/alis-amount-input.js';
import { AlisPcPullPayment } from '../../src/components/payment-center/pull-payment.js';
import { AlisPcHistory } from '../../src/components/payment-center/history-panel.js';
import type { AlisPayFlow, PayTarget } from '../../src/components/pay-flow/pay-flow.js';
import type { AlisAmountInput } from '../../src/components/amount-input/amount-input.js';
import { CONFIRM_DELAYS_MS } from '../../src/core/confirm-submission.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import type { BillingState } from '../../src/mock-server/engine/state.js';
import type { Fault, FaultKind } from '../../src/mock-server/faults.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf } from '../support/dom.js';

AlisPcPullPayment.define('alis-pc-pull-payment');
AlisPcHistory.define('alis-pc-history');

const DEFAULT_RUNS = 210;
const DEFAULT_SEED = 13_2026;

interface Settings {
  runs: number;
  seed: number;
}

/** A client whose retries wait milliseconds, not seconds (Retry-After is capped by maxDelayMs). */
function quickClient(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 1, maxDelayMs: 3 } });
}

/**
 * The flows wait 1 s, 2 s, 4 s between checks of an unknown outcome (`CONFIRM_DELAYS_MS`). While a
 * schedule runs those waits — and only those — take a millisecond, so 200 schedules fit in a test.
 */
function compressConfirmDelays(): () => void {
  const original = window.setTimeout;
  const confirmDelays = new Set(CONFIRM_DELAYS_MS);
  const patched = ((handler: TimerHandler, timeout?: number, ...rest: unknown[]) =>
    original(handler, timeout !== undefined && confirmDelays.has(timeout) ? 1 : timeout, ...rest)) as typeof window.setTimeout;
  window.setTimeout = patched;
  return () => {
    window.setTimeout = original;
  };
}

const KINDS: readonly FaultKind[] = ['network-error', 'timeout', 'status-500', 'status-503', 'status-429', 'slow', 'pass'];

/** A schedule: an offline spell first (often none), then faults aimed at the action's request or at any request. */
interface Schedule {
  offline: number;
  faults: Fault[];
}

function scheduleArbitrary(method: string, path: string): fc.Arbitrary<Schedule> {
  const fault = fc
    .record({
      kind: fc.constantFrom(...KINDS),
      when: fc.constantFrom<'before' | 'after'>('before', 'after'),
      times: fc.integer({ min: 1, max: 6 }),
      anywhere: fc.boolean(),
      delayMs: fc.integer({ min: 1, max: 12 }),
      retryAfterSeconds: fc.constantFrom(0, 1, 30),
    })
    .map(({ anywhere, ...rest }): Fault => (anywhere ? rest : { ...rest, method, path }));
  return fc.record({
    offline: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 14 }) }),
    faults: fc.array(fault, { maxLength: 4 }),
  });
}

const describeSchedule = (s: Schedule) =>
  `offline ${s.offline}; ${s.faults.map((f) => `${f.kind}/${f.when}×${f.times}${f.path ? ` ${f.path}` : ' any'}`).join(', ') || 'no faults'}`;

function setAmount(field: AlisAmountInput, cents: number): void {
  const input = field.shadowRoot!.querySelector('input')!;
  input.value = (cents / 100).toFixed(2);
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function button(root: ParentNode, selector: string, what: string): HTMLButtonElement {
  const found = root.querySelector<HTMLButtonElement>(selector);
  if (!found) throw new Error(`no ${what} button`);
  return found;
}

describe('fault schedules: one payment or none, and the screen says which', function () {
  let settings: Settings;
  let staff: Persona;
  let daniel: Persona;
  let staffClient: AlisClient;
  let danielClient: AlisClient;
  let seedState: BillingState;
  let seedNow: string;

  before(async () => {
    const fromEnv = (await executeServerCommand<{ runs: number | null; seed: number | null }, undefined>('fault-schedule-settings').catch(() => null)) ?? null;
    settings = { runs: fromEnv?.runs ?? DEFAULT_RUNS, seed: fromEnv?.seed ?? DEFAULT_SEED };
    await resetMockBackend();
    staff = await persona((p) => p.role === 'staff', 'staff');
    daniel = await persona((p) => p.token === 'mock-token-daniel-whitaker', 'Daniel Whitaker');
    staffClient = quickClient(staff.token);
    danielClient = quickClient(daniel.token);
    const { backend } = await mockWorker();
    seedState = structuredClone(backend.state);
    seedNow = backend.now().toISOString();
  });

  after(async () => {
    console.log(`fault schedules (seed ${settings.seed}, ${settings.runs} runs): ${JSON.stringify(outcomes)}`);
    await resetMockBackend();
  });

  /** Back to the seed, cheaply (no re-seeding, no request), with no faults. */
  async function restore(): Promise<void> {
    const { backend, faults } = await mockWorker();
    faults.clear();
    // Remembered payment keys stay: the engine is back at the seed, so a key it has not seen is a
    // new payment; and removing them would pull them from under the other test file running on
    // this origin at the same time (pay.test.ts's two-tab test shares its key through them).
    backend.load(seedState, seedNow);
  }

  async function engine(): Promise<BillingState> {
    return (await mockWorker()).backend.state;
  }

  async function applySchedule(schedule: Schedule): Promise<void> {
    const { faults } = await mockWorker();
    faults.schedule(schedule.faults);
    if (schedule.offline > 0) faults.offline(schedule.offline);
  }

  async function endFaults(): Promise<void> {
    (await mockWorker()).faults.clear();
  }

  /** Runs `property` over `runs` schedules with the fixed seed; confirm delays are compressed meanwhile. */
  async function check(schedules: fc.Arbitrary<Schedule>, runs: number, offset: number, property: (s: Schedule) => Promise<void>): Promise<void> {
    const restoreTimers = compressConfirmDelays();
    try {
      await fc.assert(
        fc.asyncProperty(schedules, async (schedule) => {
          try {
            await property(schedule);
          } catch (error) {
            throw new Error(`${describeSchedule(schedule)}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          } finally {
            fixtureCleanup();
          }
        }),
        { numRuns: runs, seed: settings.seed + offset, endOnFailure: true, includeErrorInReport: true },
      );
    } finally {
      restoreTimers();
      await endFaults();
    }
  }

  const share = (part: number) => Math.ceil((settings.runs * part) / 3);

  /** How each flow's schedules ended before any retry: so a run shows it reached every branch. */
  const outcomes: Record<string, Record<string, number>> = {};
  const tally = (flow: string, outcome: string) => {
    const counts = (outcomes[flow] ??= {});
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  };

  /** With enough runs, the schedules must have led each flow to each of its endings, or they test too little. */
  function reachedEveryEnding(flow: string, endings: string[]): void {
    if (settings.runs < 150) return;
    expect(Object.keys(outcomes[flow] ?? {}), `the ${flow} schedules' first endings`).to.include.members(endings);
  }

  /**
   * The first retry or "Check again" runs under what is left of the schedule (faults do not end
   * because the user acted); later ones after the faults end. Each settled screen is checked.
   */
  async function untilDone(settle: () => Promise<'done' | 'retry'>, retry: () => Promise<void>): Promise<void> {
    for (let round = 0; (await settle()) === 'retry'; round++) {
      if (round >= 1) await endFaults();
      if (round >= 4) throw new Error('still not done four retries after the faults ended');
      await retry();
    }
  }

  it("the payer's pay flow pays once, and its final screen tells the truth", async function () {
    this.timeout(Math.max(60_000, settings.runs * 1_000));
    const method = (await danielClient.paymentMethods.list()).find((m) => m.usable && m.type === 'card')!;
    const invoice = (await danielClient.invoices.list({ status: 'open' })).items.find((i) => i.balance.amountCents >= 2_000)!;
    expect(invoice, 'an open invoice of Daniel with $20 due').to.exist;
    const target: PayTarget = { type: 'invoice', invoiceId: invoice.id, invoiceNumber: invoice.number, balance: invoice.balance };

    await check(scheduleArbitrary('POST', '/payments'), share(1), 1, async (schedule) => {
      await restore();
      const typed = 1_000 + ((schedule.faults.length * 137 + schedule.offline) % 900);
      const flow = await fixture<AlisPayFlow>(html`<alis-pay-flow .client=${danielClient} .target=${target}></alis-pay-flow>`);
      await flow.loadComplete;
      const root = flow.shadowRoot!;
      await waitUntil(() => root.querySelector(`input[name="method"][value="${method.id}"]`), 'the methods never loaded', { timeout: 5000, interval: 5 });
      root.querySelector<HTMLInputElement>(`input[name="method"][value="${method.id}"]`)!.click();
      setAmount(root.querySelector<AlisAmountInput>('alis-amount-input')!, typed);
      await flow.updateComplete;
      const reviewAndPay = async () => {
        button(root, 'button[type="submit"]', 'Review payment').click();
        await waitUntil(() => flow.step === 'review' || flow.step === 'method' && !!root.querySelector('[data-kind="flow-error"]'), `never reached review: ${textOf(root)}`, { timeout: 5000, interval: 5 });
        await flow.updateComplete;
        // Faults may hit the quote too: then the review never opens and the payer tries again.
        if (flow.step === 'review') button(root, '[data-action="pay"]', 'Pay').click();
      };
      const before = (await engine()).payments.length;
      const made = () => engine().then((s) => s.payments.slice(before));
      // The schedule starts once the review is open, so it meets the payment itself first.
      button(root, 'button[type="submit"]', 'Review payment').click();
      await waitUntil(() => flow.step === 'review', `never reached review: ${textOf(root)}`, { timeout: 5000, interval: 5 });
      await flow.updateComplete;
      await applySchedule(schedule);
      button(root, '[data-action="pay"]', 'Pay').click();
      let first = true;
      await untilDone(
        async () => {
          await waitUntil(() => ['receipt', 'unconfirmed', 'method'].includes(flow.step), `never settled: ${flow.step}`, { timeout: 10_000, interval: 5 });
          await flow.updateComplete;
          const created = await made();
          expect(created.length, 'payments made').to.be.at.most(1);
          if (first) tally('pay', flow.step);
          first = false;
          if (flow.step === 'receipt') {
            expect(created, 'the receipt is of a payment the engine has').to.have.length(1);
            expect(created[0]!.amountCents, 'of the amount typed').to.equal(typed);
            expect(textOf(root), 'the receipt shows the payment made').to.contain(created[0]!.reference);
            return 'done';
          }
          if (flow.step === 'method') {
            // A failure: true only when nothing was paid, and the payer can retry with what they typed.
            expect(created, `the flow says it failed (${textOf(root.querySelector('[data-kind="flow-error"]'))}) but the engine has a payment`).to.have.length(0);
            expect(root.querySelector<AlisAmountInput>('alis-amount-input')!.valueCents, 'the amount typed is kept').to.equal(typed);
          } else {
            expect(textOf(root)).to.contain('could not confirm');
          }
          return 'retry';
        },
        async () => {
          if (flow.step === 'unconfirmed') button(root, '.actions button.primary', 'Check again').click();
          else await reviewAndPay();
        },
      );
    });
    reachedEveryEnding('pay', ['receipt', 'unconfirmed', 'method']);
  });

  it('the staff pull pulls once, and its final screen tells the truth', async function () {
    this.timeout(Math.max(60_000, settings.runs * 1_000));
    const danielId = daniel.partyId!;
    await check(scheduleArbitrary('POST', '/staff/payments'), share(1), 2, async (schedule) => {
      await restore();
      const flow = await fixture<AlisPcPullPayment>(html`<alis-pc-pull-payment .client=${staffClient} .payerId=${danielId}></alis-pc-pull-payment>`);
      await flow.loadComplete;
      const root = flow.shadowRoot!;
      await waitUntil(() => root.querySelector('[data-action="review"]'), `the pull form never rendered: ${textOf(root)}`, { timeout: 5000, interval: 5 });
      const amount = () => root.querySelector<AlisAmountInput>('alis-amount-input[data-field="amount"]')!.valueCents;
      const typed = amount();
      expect(typed, 'the whole balance is offered').to.be.greaterThan(0);
      const reviewAndPull = async () => {
        button(root, '[data-action="review"]', 'Review pull').click();
        await waitUntil(() => flow.step === 'review' || flow.step === 'form' && !!root.querySelector('[data-kind="flow-error"]'), `never reached review: ${textOf(root)}`, { timeout: 5000, interval: 5 });
        await flow.updateComplete;
        if (flow.step === 'review') button(root, '[data-action="confirm"]', 'Pull').click();
      };
      const before = (await engine()).payments.length;
      const made = () => engine().then((s) => s.payments.slice(before));
      button(root, '[data-action="review"]', 'Review pull').click();
      await waitUntil(() => flow.step === 'review', `never reached review: ${textOf(root)}`, { timeout: 5000, interval: 5 });
      await flow.updateComplete;
      await applySchedule(schedule);
      button(root, '[data-action="confirm"]', 'Pull').click();
      let first = true;
      await untilDone(
        async () => {
          await waitUntil(() => ['result', 'unconfirmed', 'form'].includes(flow.step), `never settled: ${flow.step}`, { timeout: 10_000, interval: 5 });
          await flow.updateComplete;
          const created = await made();
          expect(created.length, 'pulls made').to.be.at.most(1);
          if (first) tally('pull', flow.step);
          first = false;
          if (flow.step === 'result') {
            expect(created, 'the result is of a pull the engine has').to.have.length(1);
            expect(created[0]!.source).to.equal('staff_pull');
            expect(textOf(root), 'the result shows the pull made').to.contain(created[0]!.reference);
            return 'done';
          }
          if (flow.step === 'form') {
            expect(created, `the pull says it failed (${textOf(root.querySelector('[data-kind="flow-error"]'))}) but the engine has a payment`).to.have.length(0);
            expect(amount(), 'the amount is kept').to.equal(typed);
          }
          return 'retry';
        },
        async () => {
          if (flow.step === 'unconfirmed') button(root, '[data-action="check-again"]', 'Check again').click();
          else await reviewAndPull();
        },
      );
    });
    reachedEveryEnding('pull', ['result', 'unconfirmed', 'form']);
  });

  it('a staff refund refunds once, and its final screen tells the truth', async function () {
    this.timeout(Math.max(60_000, settings.runs * 1_000));
    const payment = (await staffClient.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
    expect(payment, 'a settled card payment to refund').to.exist;
    const reason = 'Courtesy credit';

    await check(scheduleArbitrary('POST', '/staff/payments/:id/refunds'), settings.runs - 2 * share(1), 3, async (schedule) => {
      await restore();
      const typed = 100 + ((schedule.faults.length * 211 + schedule.offline) % 400);
      const element = await fixture<AlisPcHistory>(
        html`<alis-pc-history .client=${staffClient} .payerId=${payment.payer.id} .methodType=${'card'}></alis-pc-history>`,
      );
      await element.loadComplete;
      const root = element.shadowRoot!;
      const row = () => root.querySelector<HTMLTableRowElement>(`tr.payment[data-payment-id="${payment.id}"]`);
      const details = () => root.querySelector<HTMLElement>(`[data-details-for="${payment.id}"]`);
      await waitUntil(row, 'the payment is not listed', { timeout: 5000, interval: 5 });
      row()!.querySelector<HTMLButtonElement>('button.details')!.click();
      const refundAction = () => details()?.querySelector<HTMLButtonElement>('[data-actions-for] > .actions [data-action="refund"]');
      await waitUntil(refundAction, `no Refund action: ${textOf(details())}`, { timeout: 5000, interval: 5 });
      refundAction()!.click();
      await waitUntil(() => root.querySelector(`form[data-confirm-for="${payment.id}"] alis-amount-input`), `the refund form never opened: ${textOf(details())}`, { timeout: 5000, interval: 5 });
      const form = () => root.querySelector<HTMLFormElement>(`form[data-confirm-for="${payment.id}"]`)!;
      setAmount(form().querySelector<AlisAmountInput>('alis-amount-input')!, typed);
      const textarea = form().querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!;
      textarea.value = reason;
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await element.updateComplete;

      const refunds = async () => (await engine()).payments.find((p) => p.id === payment.id)!.refunds;
      const before = (await refunds()).length;
      const confirm = () => button(root, `form[data-confirm-for="${payment.id}"] [data-action="confirm"]`, 'Refund');
      const outcome = () => details()?.querySelector('[data-outcome]');
      const error = () => root.querySelector(`form[data-confirm-for="${payment.id}"] [data-error]`);
      const busy = () => root.querySelector(`form[data-confirm-for="${payment.id}"][aria-busy="true"]`);
      await applySchedule(schedule);
      let first = true;
      let previousError: Element | null = null;
      confirm().click();
      await untilDone(
        async () => {
          // Settled: an outcome, or a new error message (a retry renders a fresh one) and not busy.
          await waitUntil(() => outcome() || (error() && error() !== previousError && !busy()), 'the refund never settled', { timeout: 10_000, interval: 5 });
          await element.updateComplete;
          previousError = error();
          const made = (await refunds()).slice(before);
          expect(made.length, 'refunds made').to.be.at.most(1);
          const state = outcome() ? 'outcome' : textOf(error()).includes('could not confirm') ? 'unconfirmed' : 'refused';
          if (first) tally('refund', state);
          first = false;
          if (state === 'outcome') {
            expect(made, 'the outcome is of a refund the engine has').to.have.length(1);
            expect(made[0]!.amountCents, 'of the amount typed').to.equal(typed);
            expect(textOf(outcome()), 'the outcome says it was refunded').to.match(/^Refunded /);
            return 'done';
          }
          if (state === 'refused') {
            expect(made, `the refund says it failed (${textOf(error())}) but the engine has a refund`).to.have.length(0);
            expect(form().querySelector<AlisAmountInput>('alis-amount-input')!.valueCents, 'the amount typed is kept').to.equal(typed);
            expect(form().querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!.value, 'the reason typed is kept').to.equal(reason);
          } else {
            expect(textOf(confirm()), 'offered to check again').to.equal('Check again');
          }
          return 'retry';
        },
        async () => {
          confirm().click();
        },
      );
    });
    reachedEveryEnding('refund', ['outcome', 'unconfirmed', 'refused']);
  });
});
