// "Pull all due" in the Payers panel, driven as the billing team would (staff Brenda) on December 5,
// when Frank, Daniel and Ruth are pulled from checking (and, in some tests, Maria from a card that
// declines and Kevin, who withdrew his authorization after the list loaded). Outcomes are read back
// from the engine through the SDK. Also: the Payers tab after a payer ended their automatic payments.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { delay, getResponse, http, HttpResponse } from 'msw';
import '../../src/define/alis-amount-input.js';
import { AlisPcPayers } from '../../src/components/payment-center/payers-panel.js';
import { AlisPcArrangementEditor } from '../../src/components/payment-center/arrangement-editor.js';
import { AlisPcPullPayment } from '../../src/components/payment-center/pull-payment.js';
import { AlisPcPullAllDue } from '../../src/components/payment-center/pull-all-due.js';
import { AlisPcRequestMethod } from '../../src/components/payment-center/request-payment-method.js';
import { AlisAuditTrail } from '../../src/components/audit-trail/audit-trail.js';
import { handlers } from '../../src/mock-server/handlers.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import type { Payment } from '../../src/sdk/types.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf } from '../support/dom.js';

AlisPcArrangementEditor.define('alis-pc-arrangement-editor');
AlisPcPullPayment.define('alis-pc-pull-payment');
AlisPcPullAllDue.define('alis-pc-pull-all-due');
AlisPcRequestMethod.define('alis-pc-request-method');
AlisAuditTrail.define('alis-audit-trail');
AlisPcPayers.define('alis-pc-payers');

const ADDRESS = { name: 'Maria Alvarez-Reed', line1: '5 Lake Street', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' };

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

describe('<alis-pc-pull-all-due> in the Payers panel', () => {
  let staff: AlisClient;
  let tokens: Record<string, string>;

  before(async () => {
    await mockWorker();
    const find = async (partyId: string): Promise<Persona> => persona((p) => p.partyId === partyId, partyId);
    staff = clientFor((await persona((p) => p.role === 'staff', 'staff')).token);
    tokens = {
      staff: (await persona((p) => p.role === 'staff', 'staff')).token,
      ruth: (await find('con-ruth-jensen')).token,
      maria: (await find('con-maria-alvarez-reed')).token,
      kevin: (await find('con-kevin-nguyen')).token,
      daniel: (await find('con-daniel-whitaker')).token,
    };
  });

  beforeEach(async () => {
    await resetMockBackend();
  });

  const pullOn5th = (payerId: string, methodId: string) =>
    staff.staff.payers.setArrangement(payerId, { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', parts: [{ methodId }] });

  /** Frank (seeded), Daniel and Ruth are pulled from checking on the 5th; `extra` adds Maria's declining card and Kevin. */
  async function dueDay(extra = false): Promise<void> {
    await clientFor(tokens.ruth!).paymentMethods.update('pm-0003', { recurringAuthorization: true });
    await pullOn5th('con-daniel-whitaker', 'pm-0002');
    await pullOn5th('con-ruth-jensen', 'pm-0003');
    if (extra) {
      const card = await clientFor(tokens.maria!).paymentMethods.create({
        type: 'card',
        token: 'tok_chargeDeclined',
        card: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2030 },
        billingAddress: ADDRESS,
        authorizeRecurring: true,
      });
      await pullOn5th('con-maria-alvarez-reed', card.id);
      await clientFor(tokens.kevin!).paymentMethods.update('pm-0009', { recurringAuthorization: true });
      await pullOn5th('con-kevin-nguyen', 'pm-0009');
    }
    const moved = await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: 10 }) });
    expect(moved.ok).to.equal(true);
  }

  async function mount(): Promise<{ panel: AlisPcPayers; pullAll: AlisPcPullAllDue }> {
    const panel = await fixture<AlisPcPayers>(html`<alis-pc-payers .client=${clientFor(tokens.staff!)}></alis-pc-payers>`);
    await panel.loadComplete;
    const pullAll = await waitUntil(() => panel.shadowRoot!.querySelector('alis-pc-pull-all-due'), 'no "Pull all due"', { timeout: 5000 }).then(
      () => panel.shadowRoot!.querySelector('alis-pc-pull-all-due')!,
    );
    await waitUntil(() => pullAll.shadowRoot!.querySelector('[data-action="pull-all"]'), 'no "Pull all due" button', { timeout: 5000 });
    return { panel, pullAll };
  }

  const $ = (host: Element, selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector);
  const button = (host: Element, name: string) => $(host, `[data-action="${name}"]`) as HTMLButtonElement;
  const rowStatus = (pullAll: AlisPcPullAllDue, name: string) =>
    textOf([...pullAll.shadowRoot!.querySelectorAll('li[data-pull-payer-id]')].find((li) => textOf(li.querySelector('.name')) === name)?.querySelector('.status'));
  const announced = (host: Element) => textOf($(host, '[role="status"][aria-live="polite"]'));

  async function waitForStep(pullAll: AlisPcPullAllDue, step: AlisPcPullAllDue['step']): Promise<void> {
    await waitUntil(() => pullAll.step === step, `never reached ${step} (at ${pullAll.step}: ${textOf(pullAll.shadowRoot)})`, { timeout: 10000 });
    await pullAll.updateComplete;
  }

  /** The review has the engine's quote of every pull (fees included) and may start. */
  async function waitForQuotes(pullAll: AlisPcPullAllDue): Promise<void> {
    await waitUntil(() => !button(pullAll, 'start').disabled, `the review never finished quoting: ${textOf(pullAll.shadowRoot)}`, { timeout: 10000 });
  }

  /** The staff pulls of today per payer name. */
  async function pullsByPayer(): Promise<Record<string, Payment[]>> {
    const page = await staff.staff.payments.list({ limit: 200 });
    const today = page.items.filter((p) => p.source === 'staff_pull' && p.createdAt.startsWith('2026-12-05'));
    const byPayer: Record<string, Payment[]> = {};
    for (const payment of today) (byPayer[payment.payer.name] ??= []).push(payment);
    return byPayer;
  }

  it('a review cut off by moving the element on the page closes quietly, instead of saying the service did not answer', async () => {
    await dueDay();
    const { worker } = await mockWorker();
    let held = 0;
    worker.use(
      http.post('/api/v1/staff/payments/quote', async () => {
        held += 1;
        await delay('infinite');
        return HttpResponse.json({});
      }),
    );
    const { panel, pullAll } = await mount();
    button(pullAll, 'pull-all').click();
    await waitForStep(pullAll, 'review');
    await waitUntil(() => held === 1, 'the first pull was never quoted', { timeout: 5000 });
    // The host moves the element (out and back in at once): its requests are aborted as a removal.
    const parent = pullAll.parentNode!;
    const next = pullAll.nextSibling;
    pullAll.remove();
    parent.insertBefore(pullAll, next);
    await waitForStep(pullAll, 'idle');
    worker.resetHandlers();
    expect(textOf(pullAll.shadowRoot).includes('did not answer'), 'no row says the service did not answer').to.equal(false);
    expect(held, 'no further pull was quoted on the aborted session').to.equal(1);
    await waitUntil(() => panel.shadowRoot!.querySelector('tr[data-due-payer-id]'), 'the due list never came back', { timeout: 5000 });
    // A new review quotes afresh, on the element's new session.
    button(pullAll, 'pull-all').click();
    await waitForStep(pullAll, 'review');
    await waitForQuotes(pullAll);
    for (const name of ['Frank Castellano', 'Daniel Whitaker', 'Ruth Jensen']) expect(rowStatus(pullAll, name)).to.equal('Waiting');
    await expect(pullAll).to.be.accessible();
  });

  it('reviews, pulls every due payer row by row, announces the summary, and shows the due list again', async () => {
    await dueDay();
    // Each answer takes a moment, so "Pulling…" can be seen on its row.
    const { worker } = await mockWorker();
    worker.use(
      http.post('/api/v1/staff/payments', async ({ request }) => {
        const real = await getResponse(handlers, request);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return real;
      }),
    );
    const { panel, pullAll } = await mount();
    expect(textOf(button(pullAll, 'pull-all'))).to.equal('Pull all due (3)');
    button(pullAll, 'pull-all').click();
    await waitForStep(pullAll, 'review');
    expect(pullAll.shadowRoot!.activeElement?.id).to.equal('pull-all-heading');
    expect(panel.shadowRoot!.querySelector('tr[data-due-payer-id]'), 'the due table stays while the run list shows').to.equal(null);
    for (const name of ['Frank Castellano', 'Daniel Whitaker', 'Ruth Jensen']) expect(rowStatus(pullAll, name)).to.equal('Waiting');
    await waitForQuotes(pullAll);
    // The review shows what the run will charge, fees included, from the engine's quotes.
    expect(textOf($(pullAll, '[data-review-summary]'))).to.contain('convenience fees included');
    // The start button counts payers in words that fit the count (never "Pull all 3").
    expect(textOf(button(pullAll, 'start'))).to.equal('Pull from all 3 payers');
    await expect(pullAll).to.be.accessible();

    button(pullAll, 'start').click();
    await waitUntil(() => [...pullAll.shadowRoot!.querySelectorAll('li[data-status="pulling"]')].length === 1, 'no row shown as Pulling…', { timeout: 5000 });
    expect(textOf(pullAll.shadowRoot!.querySelector('li[data-status="pulling"] .status'))).to.equal('Pulling…');
    await waitForStep(pullAll, 'finished');
    const pulls = await pullsByPayer();
    for (const name of ['Frank Castellano', 'Daniel Whitaker', 'Ruth Jensen']) {
      expect(pulls[name]?.length, name).to.equal(1);
      expect(rowStatus(pullAll, name)).to.equal(`Pulled ${pulls[name]![0]!.reference}`);
    }
    expect(announced(pullAll)).to.equal('3 pulled.');
    expect(textOf($(pullAll, '[data-summary]'))).to.equal('3 pulled.');
    expect(pullAll.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('done');
    await expect(pullAll).to.be.accessible();

    button(pullAll, 'done').click();
    await waitUntil(() => panel.shadowRoot!.querySelector('[data-kind="no-due"]'), 'the due list still lists pulled payers', { timeout: 5000 });
    await waitUntil(() => panel.shadowRoot!.activeElement?.id === 'due-heading', 'focus did not return to the due pulls', { timeout: 5000 });
  });

  it('shows a declined card and a refusal with its reason, goes on with the others, and counts each', async () => {
    await dueDay(true);
    const { pullAll } = await mount();
    expect(textOf(button(pullAll, 'pull-all'))).to.equal('Pull all due (5)');
    // Kevin withdraws after the list loaded: his pull is refused, nothing is taken.
    await clientFor(tokens.kevin!).paymentMethods.update('pm-0009', { recurringAuthorization: false });
    button(pullAll, 'pull-all').click();
    await waitForStep(pullAll, 'review');
    await waitForQuotes(pullAll);
    button(pullAll, 'start').click();
    await waitForStep(pullAll, 'finished');
    const pulls = await pullsByPayer();
    const declined = pulls['Maria Alvarez-Reed']![0]!;
    expect(declined.status).to.equal('failed');
    expect(rowStatus(pullAll, 'Maria Alvarez-Reed')).to.equal(`Declined (card) ${declined.reference}: ${declined.failure!.message}`);
    expect(rowStatus(pullAll, 'Kevin Nguyen')).to.equal('Refused: The payer has not authorized this method for recurring payments.');
    expect(pulls['Kevin Nguyen']).to.equal(undefined);
    expect(announced(pullAll)).to.equal('3 pulled, 1 declined, 1 refused.');
    await expect(pullAll).to.be.accessible();
  });

  it('stops on a dropped connection, says so, and the re-run pays each payer exactly once', async () => {
    await dueDay();
    const { worker } = await mockWorker();
    let online = false;
    let daniel = 0;
    // Daniel's pull reaches the engine, which makes it; every answer to it is lost until `online`.
    worker.use(
      http.post('/api/v1/staff/payments', async ({ request }) => {
        const body = (await request.clone().json()) as { payerId: string };
        const real = await getResponse(handlers, request);
        if (body.payerId !== 'con-daniel-whitaker' || online) return real;
        daniel += 1;
        return HttpResponse.error();
      }),
    );
    const { pullAll } = await mount();
    button(pullAll, 'pull-all').click();
    await waitForStep(pullAll, 'review');
    await waitForQuotes(pullAll);
    button(pullAll, 'start').click();
    await waitForStep(pullAll, 'stopped');
    expect(daniel).to.be.at.least(1);
    expect(rowStatus(pullAll, 'Daniel Whitaker')).to.equal('Not confirmed: the connection dropped');
    expect(textOf($(pullAll, '[data-kind="stopped"]'))).to.contain('The connection to the billing service dropped while pulling from Daniel Whitaker');
    expect(textOf($(pullAll, '[data-kind="stopped"]'))).to.contain('is not made twice');
    expect(pullAll.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('rerun');
    expect((await pullsByPayer())['Daniel Whitaker']?.length, 'the engine made the pull whose answer was lost').to.equal(1);
    await expect(pullAll).to.be.accessible();

    online = true;
    button(pullAll, 'rerun').click();
    await waitForStep(pullAll, 'finished');
    const pulls = await pullsByPayer();
    for (const name of ['Frank Castellano', 'Daniel Whitaker', 'Ruth Jensen']) {
      expect(pulls[name]?.length, `${name}'s pulls`).to.equal(1);
      expect(rowStatus(pullAll, name)).to.equal(`Pulled ${pulls[name]![0]!.reference}`);
    }
    expect(announced(pullAll)).to.equal('3 pulled.');
  });

  it('works from the keyboard: review, start, and Done back to the due pulls', async () => {
    await dueDay();
    const { panel, pullAll } = await mount();
    button(pullAll, 'pull-all').focus();
    await sendKeys({ press: 'Enter' });
    await waitForStep(pullAll, 'review');
    await waitForQuotes(pullAll);
    await sendKeys({ press: 'Tab' });
    expect(pullAll.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('cancel');
    await sendKeys({ press: 'Tab' });
    expect(pullAll.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('start');
    await sendKeys({ press: 'Enter' });
    await waitForStep(pullAll, 'finished');
    expect(pullAll.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('done');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => panel.shadowRoot!.querySelector('[data-kind="no-due"]'), 'the due list never came back', { timeout: 5000 });
    await waitUntil(() => panel.shadowRoot!.activeElement?.id === 'due-heading', 'focus did not return to the due pulls', { timeout: 5000 });
  });

  it('pulls only as reviewed: a fee changed after the review refuses those pulls and takes nothing', async () => {
    await dueDay();
    const { pullAll } = await mount();
    button(pullAll, 'pull-all').click();
    await waitForStep(pullAll, 'review');
    await waitForQuotes(pullAll);
    // The billing office adds a bank account fee while the review is open.
    await clientFor(tokens.staff!).settings.update({ bankFeeBasisPoints: 100 });
    button(pullAll, 'start').click();
    await waitForStep(pullAll, 'finished');
    const pulls = await pullsByPayer();
    for (const name of ['Frank Castellano', 'Daniel Whitaker', 'Ruth Jensen']) {
      expect(pulls[name], `${name} was pulled under a fee not reviewed`).to.equal(undefined);
      expect(rowStatus(pullAll, name)).to.match(/^Refused: This pull changed since you reviewed it/);
    }
    expect(announced(pullAll)).to.equal('3 refused.');
  });

  it('Cancel in the review pulls nothing and brings the due table back', async () => {
    await dueDay();
    const { panel, pullAll } = await mount();
    expect(button(pullAll, 'pull-all').getBoundingClientRect().height).to.be.at.least(44);
    button(pullAll, 'pull-all').click();
    await waitForStep(pullAll, 'review');
    for (const name of ['cancel', 'start']) expect(button(pullAll, name).getBoundingClientRect().height, name).to.be.at.least(44);
    button(pullAll, 'cancel').click();
    await waitUntil(() => panel.shadowRoot!.querySelectorAll('tr[data-due-payer-id]').length === 3, 'the due table never came back', { timeout: 5000 });
    expect(await pullsByPayer()).to.deep.equal({});
  });
});

describe('the Payers tab after a payer ended their automatic payments', () => {
  before(async () => {
    await mockWorker();
  });

  beforeEach(async () => {
    await resetMockBackend();
  });

  it('says who ended them, with which method, and from which pull', async () => {
    const staffToken = (await persona((p) => p.role === 'staff', 'staff')).token;
    const daniel = await persona((p) => p.partyId === 'con-daniel-whitaker', 'Daniel');
    const staff = clientFor(staffToken);
    await staff.staff.payers.setArrangement('con-daniel-whitaker', { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', parts: [{ methodId: 'pm-0002' }] });
    const withdrawn = await clientFor(daniel.token).paymentMethods.update('pm-0002', { recurringAuthorization: false });
    expect(withdrawn.arrangementEnded?.firstSkippedPullDate).to.equal('2026-12-05');
    const panel = await fixture<AlisPcPayers>(html`<alis-pc-payers .client=${staff}></alis-pc-payers>`);
    await panel.loadComplete;
    const row = await waitUntil(() => panel.shadowRoot!.querySelector('tr[data-payer-id="con-daniel-whitaker"]'), 'no Daniel row', { timeout: 5000 }).then(
      () => panel.shadowRoot!.querySelector('tr[data-payer-id="con-daniel-whitaker"]')!,
    );
    expect(textOf(row.querySelector('[data-arrangement] .arrangement'))).to.equal('Pays on their own');
    expect(textOf(row.querySelector('[data-ended]'))).to.equal(
      `Automatic payments ended: Daniel Whitaker withdrew the authorization of ${withdrawn.label}; no pulls from Dec 5, 2026 on.`,
    );
    await expect(panel).to.be.accessible();
  });
});
