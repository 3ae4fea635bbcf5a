// Issue 13 for the billing team's elements: a change of user is a clean slate, a removal aborts
// the element's work, and a payer's token asks for nothing but who they are. The seed has one staff
// persona (Brenda Lopez), so a "switch" goes staff → payer → signed out → staff, and each flow is
// checked to start afresh. Everything runs against the shared MSW backend.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { http, HttpResponse, delay } from 'msw';
// Every staff element registered, the panels too: they are also used here on their own.
import '../../src/staff.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisPaymentCenter } from '../../src/components/payment-center/payment-center.js';
import { staffOnlySentence } from '../../src/components/shared/staff.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';
import { giveCredit } from '../support/credit.js';
import { accessibleNames, composedText, expectNothingOf, liveRegionTexts, switchTo, typeInto } from '../support/session.js';

type Loadable = HTMLElement & { updateComplete: Promise<boolean>; loadComplete?: Promise<unknown> };





async function mountCenter(token: string, tab: AlisPaymentCenter['tab']): Promise<{ provider: AlisBillingProvider; center: AlisPaymentCenter }> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-payment-center .tab=${tab}></alis-payment-center></alis-billing-provider>
  `);
  const center = provider.querySelector('alis-payment-center')!;
  return { provider, center };
}

/** The current tab's panel inside the Payment Center, once it is there. */
async function panelOf<T extends Loadable>(center: AlisPaymentCenter, tag: string): Promise<T> {
  await waitUntil(() => center.shadowRoot!.querySelector(tag), `${tag} never appeared`, { timeout: 5000 });
  const panel = center.shadowRoot!.querySelector(tag) as T;
  await panel.loadComplete;
  return panel;
}


/** Paths asked of the mock while recording, e.g. `/api/v1/me`. */
async function recordRequests(): Promise<{ paths: string[]; stop: () => void }> {
  const { worker } = await mockWorker();
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }): void => {
    paths.push(`${request.method} ${new URL(request.url).pathname}`);
  };
  worker.events.on('request:start', listener);
  return { paths, stop: () => worker.events.removeListener('request:start', listener) };
}

/** A client for `token` whose requests are recorded and, while `held`, never answered (until aborted). */
function spyClient(token: string): { client: AlisClient; sent: Request[]; release: () => void } {
  const sent: Request[] = [];
  let held = true;
  const client = createAlisClient({
    baseUrl: '/api/v1',
    getToken: () => token,
    retry: { baseDelayMs: 10 },
    fetch: (request) => {
      sent.push(request);
      if (!held) return globalThis.fetch(request);
      return new Promise<Response>((_, reject) => {
        if (request.signal.aborted) reject(request.signal.reason);
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      });
    },
  });
  return {
    client,
    sent,
    release: () => {
      held = false;
    },
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Staff elements: sessions (issue 13)', () => {
  let staff: Persona;
  let payer: Persona;
  let staffApi: AlisClient;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff');
    payer = await persona((p) => p.role === 'payer', 'a payer');
    staffApi = createAlisClient({ baseUrl: '/api/v1', getToken: () => staff.token });
  });

  beforeEach(resetMockBackend);

  describe("a payer's token asks for nothing but /me", () => {
    const elements: { tag: string; what: string; template: (token: string) => ReturnType<typeof html> }[] = [
      { tag: 'alis-payment-center', what: 'The Payment Center', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-payment-center></alis-payment-center></alis-billing-provider>` },
      { tag: 'alis-connect-access', what: 'Portal access', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-connect-access></alis-connect-access></alis-billing-provider>` },
      { tag: 'alis-access-profiles', what: 'User profiles', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-access-profiles></alis-access-profiles></alis-billing-provider>` },
      {
        tag: 'alis-audit-trail',
        what: 'The history of changes',
        template: (t) =>
          html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-audit-trail subject-type="settings" subject-id="community"></alis-audit-trail></alis-billing-provider>`,
      },
      { tag: 'alis-pc-undeposited', what: 'Undeposited Payments', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-undeposited></alis-pc-undeposited></alis-billing-provider>` },
      { tag: 'alis-pc-deposits', what: 'Deposits', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-deposits></alis-pc-deposits></alis-billing-provider>` },
      { tag: 'alis-pc-payers', what: 'The payer list', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-payers></alis-pc-payers></alis-billing-provider>` },
      { tag: 'alis-pc-invoices', what: 'The Payment Center’s invoice list', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-invoices></alis-pc-invoices></alis-billing-provider>` },
      { tag: 'alis-pc-history', what: 'The Payment Center’s payment history', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-history></alis-pc-history></alis-billing-provider>` },
      { tag: 'alis-pc-settings', what: 'Billing settings', template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-settings></alis-pc-settings></alis-billing-provider>` },
      {
        tag: 'alis-pc-pull-payment',
        what: 'Pulling a payment',
        template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-pull-payment payer-id="res-whitaker"></alis-pc-pull-payment></alis-billing-provider>`,
      },
      {
        tag: 'alis-pc-apply-credit',
        what: 'Applying credit',
        template: (t) => html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-apply-credit payer-id="res-whitaker"></alis-pc-apply-credit></alis-billing-provider>`,
      },
      {
        tag: 'alis-pc-arrangement-editor',
        what: 'Editing an arrangement',
        template: (t) =>
          html`<alis-billing-provider base-url="/api/v1" .token=${t}><alis-pc-arrangement-editor payer-id="res-whitaker"></alis-pc-arrangement-editor></alis-billing-provider>`,
      },
    ];

    for (const { tag, what, template } of elements) {
      it(`<${tag}> shows one calm sentence and asks only who the user is`, async () => {
        const requests = await recordRequests();
        try {
          const provider = await fixture<AlisBillingProvider>(template(payer.token));
          const element = provider.querySelector(tag)!;
          const sentence = staffOnlySentence(what);
          await waitForText(element, sentence);
          // Anything still to come would arrive now.
          await settle(150);
          expect(requests.paths.filter((p) => !p.endsWith(' /api/v1/me')), 'requests other than GET /me').to.deep.equal([]);
          expect(requests.paths.length, 'it asked who the user is').to.be.greaterThan(0);
          const notices = [...element.shadowRoot!.querySelectorAll('[part="notice"]')];
          expect(notices.map(textOf)).to.deep.equal([sentence]);
          expect(notices[0]!.getAttribute('role'), 'calm: a status, not an alert').to.equal('status');
          await expect(element).to.be.accessible();
        } finally {
          requests.stop();
        }
      });
    }
  });

  describe('a change of user is a clean slate', () => {
    it('a refund dialog with a typed reason in the Payment Center leaves nothing behind for a payer, signed out, or the next staff session', async () => {
      const payment = (await staffApi.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
      const { provider, center } = await mountCenter(staff.token, 'history');
      const history = await panelOf<Loadable>(center, 'alis-pc-history');
      const root = history.shadowRoot!;
      await waitUntil(() => root.querySelector(`tr.payment[data-payment-id="${payment.id}"]`), 'the payment is not listed', { timeout: 5000 });
      root.querySelector<HTMLButtonElement>(`tr.payment[data-payment-id="${payment.id}"] button.details`)!.click();
      await waitUntil(() => root.querySelector(`[data-details-for="${payment.id}"] [data-action="refund"]`), 'no refund action');
      root.querySelector<HTMLButtonElement>(`[data-details-for="${payment.id}"] [data-actions-for] > .actions [data-action="refund"]`)!.click();
      await waitUntil(() => root.querySelector(`form[data-confirm-for="${payment.id}"] textarea[name="reason"]`), 'the refund dialog never opened');
      const reason = 'Brenda typed XYZZY-REFUND-REASON';
      await typeInto(root.querySelector<HTMLTextAreaElement>(`form[data-confirm-for="${payment.id}"] textarea[name="reason"]`)!, reason);
      // A refusal shown and announced (no amount typed): the announcement must go too.
      root.querySelector<HTMLButtonElement>(`form[data-confirm-for="${payment.id}"] [data-action="confirm"]`)!.click();
      await history.updateComplete;
      expect(composedText(center)).to.contain(reason);
      const brendas = [reason, payment.reference, payment.payer.name];

      const requests = await recordRequests();
      try {
        await switchTo(provider, payer.token);
        await center.updateComplete;
        await expectNothingOf("Brenda's refund", center, brendas);
        await waitForText(center, staffOnlySentence('The Payment Center'));
        await expectNothingOf("Brenda's refund", center, brendas);
        expect(center.shadowRoot!.querySelector('alis-pc-history'), 'no panel for a payer').to.equal(null);
        expect(requests.paths.filter((p) => !p.endsWith(' /api/v1/me')), 'the payer asked only who they are').to.deep.equal([]);
      } finally {
        requests.stop();
      }

      await switchTo(provider, undefined);
      await waitForText(center, 'Please sign in');
      await expectNothingOf("Brenda's refund", center, brendas);

      await switchTo(provider, staff.token);
      const fresh = await panelOf<Loadable>(center, 'alis-pc-history');
      await waitUntil(() => fresh.shadowRoot!.querySelector(`tr.payment[data-payment-id="${payment.id}"]`), 'the history never loaded again', { timeout: 5000 });
      expect(fresh.shadowRoot!.querySelector('form[data-confirm-for]'), 'no dialog is open').to.equal(null);
      expect(fresh.shadowRoot!.querySelector('[data-details-for]'), 'no payment is expanded').to.equal(null);
      expect(composedText(center)).not.to.contain(reason);
      expect((await staffApi.staff.payments.get(payment.id)).refunds, 'nothing was refunded').to.deep.equal(payment.refunds);
      await expect(center).to.be.accessible();
    });

    it('a pull with a typed amount, and an open apply-credit panel, close for a payer and do not come back for the next staff session', async () => {
      const { provider, center } = await mountCenter(staff.token, 'payers');
      const payers = await panelOf<Loadable>(center, 'alis-pc-payers');
      const root = payers.shadowRoot!;
      await waitUntil(() => root.querySelector('tr[data-payer-id] [data-action="pull"]'), 'no payer to pull from', { timeout: 5000 });
      const row = root.querySelector<HTMLTableRowElement>('tr[data-payer-id]:has([data-action="pull"])')!;
      const payerName = textOf(row.querySelector('th, td'));
      row.querySelector<HTMLButtonElement>('[data-action="pull"]')!.click();
      await waitUntil(() => root.querySelector('alis-pc-pull-payment')?.shadowRoot?.querySelector('alis-amount-input'), 'the pull form never rendered', { timeout: 5000 });
      const flow = root.querySelector('alis-pc-pull-payment')!;
      const amount = flow.shadowRoot!.querySelector('alis-amount-input')!.shadowRoot!.querySelector('input')!;
      amount.select();
      await typeInto(amount, '12.34');
      expect(composedText(center)).to.contain('12.34');

      await switchTo(provider, payer.token);
      await center.updateComplete;
      await expectNothingOf("Brenda's pull", center, ['12.34', `Pull from ${payerName}`, payerName]);
      expect(flow.isConnected, 'the pull flow left the page').to.equal(false);
      await waitForText(center, staffOnlySentence('The Payment Center'));

      await switchTo(provider, staff.token);
      const fresh = await panelOf<Loadable>(center, 'alis-pc-payers');
      await waitUntil(() => fresh.shadowRoot!.querySelector('tr[data-payer-id]'), 'the payers never loaded again', { timeout: 5000 });
      expect(fresh.shadowRoot!.querySelector('alis-pc-pull-payment'), 'no pull is open').to.equal(null);
      expect(composedText(center)).not.to.contain('12.34');

      await expect(center).to.be.accessible();
    });

    it('"Pull all due" cut off mid-pull by a change of user leaves no run, row or announcement behind', async () => {
      // Frank Castellano's arrangement pulls on the 5th: ten days on, it is due.
      const moved = await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: 10 }) });
      expect(moved.ok).to.equal(true);
      const { worker } = await mockWorker();
      let pulls = 0;
      worker.use(
        http.post('/api/v1/staff/payments', async () => {
          pulls += 1;
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const { provider, center } = await mountCenter(staff.token, 'payers');
      const payers = await panelOf<Loadable>(center, 'alis-pc-payers');
      await waitUntil(() => payers.shadowRoot!.querySelector('alis-pc-pull-all-due')?.shadowRoot?.querySelector('[data-action="pull-all"]'), 'no "Pull all due"', { timeout: 5000 });
      const pullAll = payers.shadowRoot!.querySelector('alis-pc-pull-all-due')!;
      const dueNames = [...payers.shadowRoot!.querySelectorAll('tr[data-due-payer-id]')].map((row) => textOf(row.querySelector('th, td')));
      pullAll.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="pull-all"]')!.click();
      await waitUntil(() => pullAll.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="start"]')?.disabled === false, 'the review never finished quoting', { timeout: 10000 });
      pullAll.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="start"]')!.click();
      await waitUntil(() => pulls === 1 && pullAll.step === 'running', 'the run never started pulling', { timeout: 5000 });
      await waitForText(pullAll, 'Pulling');

      await switchTo(provider, payer.token);
      await center.updateComplete;
      await expectNothingOf("Brenda's run", center, ['Pulling', 'Pull all due', ...dueNames]);
      expect(pullAll.isConnected, 'the run left the page').to.equal(false);
      await waitForText(center, staffOnlySentence('The Payment Center'));
      worker.resetHandlers();

      await switchTo(provider, staff.token);
      const fresh = await panelOf<Loadable>(center, 'alis-pc-payers');
      await waitUntil(() => fresh.shadowRoot!.querySelector('tr[data-due-payer-id]'), 'the due pulls never showed again', { timeout: 5000 });
      const again = fresh.shadowRoot!.querySelector('alis-pc-pull-all-due')!;
      expect(again.step, 'no run is shown').to.equal('idle');
      expect(composedText(center)).not.to.contain('Pulling');
      expect(pulls, 'the pull was not sent again').to.equal(1);
    });

    it('an open apply-credit panel closes when the user signs out, and the next staff session starts at the list', async () => {
      const payerApi = createAlisClient({ baseUrl: '/api/v1', getToken: () => payer.token });
      await giveCredit(staffApi, payerApi);
      const { provider, center } = await mountCenter(staff.token, 'payers');
      const payers = await panelOf<Loadable>(center, 'alis-pc-payers');
      const root = payers.shadowRoot!;
      const button = `tr[data-payer-id="${payer.partyId}"] [data-action="apply-credit"]`;
      await waitUntil(() => root.querySelector(button), 'no Apply credit for the payer', { timeout: 5000 });
      root.querySelector<HTMLButtonElement>(button)!.click();
      await waitUntil(() => root.querySelector('alis-pc-apply-credit')?.shadowRoot?.querySelector('[data-credit]'), 'the apply-credit panel never loaded', { timeout: 5000 });
      const flow = root.querySelector('alis-pc-apply-credit')!;
      const credit = textOf(flow.shadowRoot!.querySelector('[data-credit]'));
      const heading = textOf(flow.shadowRoot!.querySelector('[data-heading]'));

      await switchTo(provider, undefined);
      await center.updateComplete;
      await expectNothingOf("Brenda's apply-credit panel", center, [heading, payer.displayName]);
      expect(flow.isConnected, 'the panel left the page').to.equal(false);
      await waitForText(center, 'Please sign in');

      await switchTo(provider, staff.token);
      const fresh = await panelOf<Loadable>(center, 'alis-pc-payers');
      await waitUntil(() => fresh.shadowRoot!.querySelector(button), 'the payers never loaded again', { timeout: 5000 });
      expect(fresh.shadowRoot!.querySelector('alis-pc-apply-credit'), 'no apply-credit panel is open').to.equal(null);
      expect(credit.length).to.be.greaterThan(0);
    });

    it('the settings form with a typed fee, and the invite form with a typed email, start empty for the next session', async () => {
      const { provider, center } = await mountCenter(staff.token, 'settings');
      const settings = await panelOf<Loadable>(center, 'alis-pc-settings');
      await waitUntil(() => settings.shadowRoot!.querySelector('#card-fee'), 'the settings form never rendered', { timeout: 5000 });
      const fee = settings.shadowRoot!.querySelector<HTMLInputElement>('#card-fee')!;
      fee.select();
      await typeInto(fee, '7.77');
      settings.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
      await waitUntil(() => settings.shadowRoot!.querySelector('[aria-invalid="true"]'), 'the refusal never showed');
      expect(composedText(center)).to.contain('7.77');

      await switchTo(provider, payer.token);
      await center.updateComplete;
      await expectNothingOf("Brenda's typed fee", center, ['7.77']);
      await waitForText(center, staffOnlySentence('The Payment Center'));
      await switchTo(provider, staff.token);
      const fresh = await panelOf<Loadable>(center, 'alis-pc-settings');
      await waitUntil(() => fresh.shadowRoot!.querySelector('#card-fee'), 'the settings never loaded again', { timeout: 5000 });
      const saved = await staffApi.settings.get();
      expect(fresh.shadowRoot!.querySelector<HTMLInputElement>('#card-fee')!.value).to.equal((saved.cardFeeBasisPoints / 100).toFixed(2));
      expect(fresh.shadowRoot!.querySelector('[aria-invalid="true"]'), 'no refusal is shown').to.equal(null);
      await expectNothingOf("Brenda's typed fee", center, ['7.77']);

      // The invite form of Portal access.
      const accessProvider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-connect-access></alis-connect-access></alis-billing-provider>
      `);
      const access = accessProvider.querySelector('alis-connect-access')!;
      await waitUntil(() => access.shadowRoot!.querySelector('[data-action="invite"]'), 'Portal access never loaded', { timeout: 5000 });
      access.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="invite"]')!.click();
      await waitUntil(() => access.shadowRoot!.querySelector('#invite-email'), 'the invite form never opened');
      const email = 'secret.person.xyzzy@example.com';
      await typeInto(access.shadowRoot!.querySelector<HTMLInputElement>('#invite-email')!, email);
      access.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="send-invite"]')!.click();
      await waitUntil(() => access.shadowRoot!.querySelector('form.invite-form [aria-invalid="true"]'), 'the form never refused');
      expect(composedText(access)).to.contain(email);

      await switchTo(accessProvider, undefined);
      await waitForText(access, 'Please sign in');
      await expectNothingOf("Brenda's invite form", access, [email, 'The invitation was not sent']);
      await switchTo(accessProvider, staff.token);
      await waitUntil(() => access.shadowRoot!.querySelector('[data-action="invite"]'), 'Portal access never loaded again', { timeout: 5000 });
      expect(access.shadowRoot!.querySelector('form.invite-form'), 'the invite form is closed').to.equal(null);
      await expectNothingOf("Brenda's invite form", access, [email, 'The invitation was not sent']);
      await expect(access).to.be.accessible();
    });

    it('standalone panels (history, undeposited, invoices) drop an open dialog, a selection and a typed search when the user changes', async () => {
      const payment = (await staffApi.staff.payments.list({ deposited: true, methodType: 'card', status: 'succeeded', limit: 1 })).items[0]!;
      const provider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .token=${staff.token}>
          <alis-pc-history .payerId=${payment.payer.id}></alis-pc-history>
          <alis-pc-undeposited></alis-pc-undeposited>
          <alis-pc-invoices></alis-pc-invoices>
        </alis-billing-provider>
      `);
      const history = provider.querySelector('alis-pc-history')!;
      const undeposited = provider.querySelector('alis-pc-undeposited')!;
      const invoices = provider.querySelector('alis-pc-invoices')!;

      // History: a void or refund dialog with a typed reason.
      const h = history.shadowRoot!;
      await waitUntil(() => h.querySelector(`tr.payment[data-payment-id="${payment.id}"]`), 'the payment is not listed', { timeout: 5000 });
      h.querySelector<HTMLButtonElement>(`tr.payment[data-payment-id="${payment.id}"] button.details`)!.click();
      await waitUntil(() => h.querySelector(`[data-details-for="${payment.id}"] [data-actions-for] > .actions [data-action="refund"]`), 'no refund action');
      h.querySelector<HTMLButtonElement>(`[data-details-for="${payment.id}"] [data-actions-for] > .actions [data-action="refund"]`)!.click();
      await waitUntil(() => h.querySelector('textarea[name="reason"]'), 'the refund dialog never opened');
      const reason = 'Standalone XYZZY reason';
      await typeInto(h.querySelector<HTMLTextAreaElement>('textarea[name="reason"]')!, reason);

      // Undeposited: everything selected.
      const u = undeposited.shadowRoot!;
      await waitUntil(() => u.querySelector('input[data-select-all]'), 'no undeposited payments', { timeout: 5000 });
      u.querySelector<HTMLInputElement>('input[data-select-all]')!.click();
      await undeposited.updateComplete;
      expect(u.querySelectorAll('tr[data-selected]').length).to.be.greaterThan(0);

      // Invoices: a search typed and run.
      const i = invoices.shadowRoot!;
      await waitUntil(() => i.querySelector('input[name="search"]'), 'no invoice search', { timeout: 5000 });
      const search = 'Whitaker';
      await typeInto(i.querySelector<HTMLInputElement>('input[name="search"]')!, search);
      i.querySelector<HTMLFormElement>('form[role="search"]')!.requestSubmit();
      await waitUntil(() => invoices.search === search, 'the search never ran');

      await switchTo(provider, undefined);
      for (const element of [history, undeposited, invoices]) await waitForText(element, 'Please sign in');
      await expectNothingOf("Brenda's panels", provider, [reason, payment.reference, search]);

      await switchTo(provider, staff.token);
      await waitUntil(() => h.querySelector(`tr.payment[data-payment-id="${payment.id}"]`), 'the history never loaded again', { timeout: 5000 });
      await waitUntil(() => u.querySelector('input[data-select-all]'), 'the undeposited payments never loaded again', { timeout: 5000 });
      await waitUntil(() => i.querySelector('input[name="search"]'), 'the invoices never loaded again', { timeout: 5000 });
      expect(h.querySelector('form[data-confirm-for]'), 'no dialog is open').to.equal(null);
      expect(h.querySelector('[data-details-for]'), 'no payment is expanded').to.equal(null);
      // Opening the payment again shows its actions, not the previous session's dialog and reason.
      h.querySelector<HTMLButtonElement>(`tr.payment[data-payment-id="${payment.id}"] button.details`)!.click();
      await waitUntil(() => h.querySelector(`[data-details-for="${payment.id}"]`), 'the details never opened again');
      await history.updateComplete;
      expect(h.querySelector('form[data-confirm-for]'), "the previous session's dialog stays closed").to.equal(null);
      expect(u.querySelectorAll('tr[data-selected]'), 'nothing is selected').to.have.length(0);
      expect(invoices.search, 'the search is cleared').to.equal('');
      expect(i.querySelector<HTMLInputElement>('input[name="search"]')!.value).to.equal('');
      expect(composedText(provider)).not.to.contain(reason);
    });

    it('a deposit being created is aborted when the user changes, and nothing of it is shown or deposited', async () => {
      const { worker } = await mockWorker();
      let posted = 0;
      worker.use(
        http.post('/api/v1/staff/deposits', async () => {
          posted += 1;
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const { provider, center } = await mountCenter(staff.token, 'undeposited');
      const panel = await panelOf<Loadable>(center, 'alis-pc-undeposited');
      const root = panel.shadowRoot!;
      await waitUntil(() => root.querySelector('input[data-select-all]'), 'no payments to deposit', { timeout: 5000 });
      root.querySelector<HTMLInputElement>('input[data-select-all]')!.click();
      await panel.updateComplete;
      root.querySelector<HTMLButtonElement>('button[data-action="deposit"]')!.click();
      await waitUntil(() => root.querySelector('[data-action="confirm-deposit"]'), 'the confirmation never opened');
      const selectedIds = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-payment-id]')].map((r) => r.dataset.paymentId!);
      root.querySelector<HTMLButtonElement>('[data-action="confirm-deposit"]')!.click();
      await waitUntil(() => posted === 1, 'the deposit was never sent');
      await waitForText(panel, 'Depositing');

      await switchTo(provider, payer.token);
      await center.updateComplete;
      await expectNothingOf("Brenda's deposit", center, ['Depositing', 'Deposit these']);
      await waitForText(center, staffOnlySentence('The Payment Center'));
      worker.resetHandlers();

      await switchTo(provider, staff.token);
      const fresh = await panelOf<Loadable>(center, 'alis-pc-undeposited');
      await waitUntil(() => fresh.shadowRoot!.querySelector('input[data-select-all]'), 'the payments never loaded again', { timeout: 5000 });
      expect(fresh.shadowRoot!.querySelector('[data-action="confirm-deposit"]'), 'no confirmation is open').to.equal(null);
      expect(fresh.shadowRoot!.querySelectorAll('tr[data-selected]'), 'nothing is selected').to.have.length(0);
      const still = (await staffApi.staff.payments.list({ deposited: false, limit: 200 })).items.map((p) => p.id);
      expect(selectedIds.every((id) => still.includes(id)), 'nothing was deposited').to.equal(true);
      expect(posted, 'the deposit was not sent again').to.equal(1);
    });
  });

  describe('work answered just before another user signs in', () => {
    it('a pull that went through is still told to the host with alis-payment-pulled, and shown to nobody', async () => {
      const daniel = await persona((p) => p.token.includes('daniel'), 'Daniel Whitaker');
      const { worker } = await mockWorker();
      let holding = false;
      let held = 0;
      // The read of the payer that follows the pull hangs until the change of user aborts it.
      worker.use(
        http.get('/api/v1/staff/payers/:payerId', async () => {
          if (!holding) return undefined;
          held += 1;
          await delay('infinite');
          return undefined;
        }),
      );
      const host = await fixture<HTMLDivElement>(html`<div>
        <alis-pc-pull-payment .client=${createAlisClient({ baseUrl: '/api/v1', getToken: () => staff.token })} payer-id=${daniel.partyId!}></alis-pc-pull-payment>
      </div>`);
      const flow = host.querySelector('alis-pc-pull-payment')!;
      await waitUntil(() => flow.shadowRoot!.querySelector('[data-action="review"]'), 'the pull form never rendered', { timeout: 5000 });
      flow.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="review"]')!.click();
      await waitUntil(() => flow.step === 'review' && flow.shadowRoot!.querySelector('[data-action="confirm"]'), 'the review never opened', { timeout: 8000 });
      const pulled: Event[] = [];
      host.addEventListener('alis-payment-pulled', (event) => pulled.push(event));
      holding = true;
      flow.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      await waitUntil(() => held === 1, 'the payer was never read after the pull', { timeout: 8000 });

      holding = false;
      flow.client = createAlisClient({ baseUrl: '/api/v1', getToken: () => staff.token });
      await flow.updateComplete;
      await settle(200);
      expect(pulled, 'the host heard of the money that moved').to.have.length(1);
      const payments = (pulled[0] as Event & { payments: { reference: string; payer: { id: string } }[] }).payments;
      expect(payments[0]!.payer.id).to.equal(daniel.partyId);
      expect(flow.step, 'no result shown to the next session').not.to.equal('result');
      expect(composedText(flow).includes(payments[0]!.reference), 'the reference is not on screen').to.equal(false);
      expect([accessibleNames(flow), ...liveRegionTexts(flow)].join(' ').includes(payments[0]!.reference), 'the reference is not announced').to.equal(false);
    });
  });

  describe('disconnect aborts', () => {
    const standalone: { tag: string; template: (client: AlisClient) => ReturnType<typeof html>; loaded: string }[] = [
      { tag: 'alis-payment-center', template: (c) => html`<alis-payment-center .client=${c}></alis-payment-center>`, loaded: '[role="tablist"]' },
      { tag: 'alis-connect-access', template: (c) => html`<alis-connect-access .client=${c}></alis-connect-access>`, loaded: '[data-action="invite"]' },
      { tag: 'alis-access-profiles', template: (c) => html`<alis-access-profiles .client=${c}></alis-access-profiles>`, loaded: 'table' },
      { tag: 'alis-audit-trail', template: (c) => html`<alis-audit-trail .client=${c} subject-type="settings" subject-id="community"></alis-audit-trail>`, loaded: 'ol, [data-empty]' },
      { tag: 'alis-pc-undeposited', template: (c) => html`<alis-pc-undeposited .client=${c}></alis-pc-undeposited>`, loaded: 'table' },
      { tag: 'alis-pc-deposits', template: (c) => html`<alis-pc-deposits .client=${c}></alis-pc-deposits>`, loaded: 'table' },
      { tag: 'alis-pc-payers', template: (c) => html`<alis-pc-payers .client=${c}></alis-pc-payers>`, loaded: 'tr[data-payer-id]' },
      { tag: 'alis-pc-invoices', template: (c) => html`<alis-pc-invoices .client=${c}></alis-pc-invoices>`, loaded: 'table' },
      { tag: 'alis-pc-history', template: (c) => html`<alis-pc-history .client=${c}></alis-pc-history>`, loaded: 'table' },
      { tag: 'alis-pc-settings', template: (c) => html`<alis-pc-settings .client=${c}></alis-pc-settings>`, loaded: '#card-fee' },
      { tag: 'alis-pc-pull-payment', template: (c) => html`<alis-pc-pull-payment .client=${c} payer-id="res-castellano"></alis-pc-pull-payment>`, loaded: 'form' },
      { tag: 'alis-pc-arrangement-editor', template: (c) => html`<alis-pc-arrangement-editor .client=${c} payer-id="res-castellano"></alis-pc-arrangement-editor>`, loaded: 'form' },
      { tag: 'alis-pc-apply-credit', template: (c) => html`<alis-pc-apply-credit .client=${c} payer-id="res-castellano"></alis-pc-apply-credit>`, loaded: '[data-heading]' },
    ];

    for (const { tag, template, loaded } of standalone) {
      it(`<${tag}> aborts every request it started when removed, asks nothing more, and loads again when put back`, async () => {
        const spy = spyClient(staff.token);
        const host = await fixture<HTMLDivElement>(html`<div>${template(spy.client)}</div>`);
        const element = host.querySelector(tag)! as Loadable;
        await waitUntil(() => spy.sent.length > 0, 'it never asked for anything', { timeout: 5000 });
        const started = [...spy.sent];
        element.remove();
        await waitUntil(() => started.every((r) => r.signal.aborted), `not aborted: ${started.filter((r) => !r.signal.aborted).map((r) => r.url).join(', ')}`);
        await settle(150);
        expect(spy.sent.length, 'no request after removal').to.equal(started.length);
        expect(element.shadowRoot!.textContent ?? '').not.to.contain('couldn');

        spy.release();
        host.append(element);
        await waitUntil(() => element.shadowRoot!.querySelector(loaded), `<${tag}> never loaded again`, { timeout: 5000 });
        expect(spy.sent.length, 'it asked again').to.be.greaterThan(started.length);
      });
    }
  });

  describe('an expired session keeps what was typed', () => {
    it('a 401 while checking again a pull whose outcome is unknown keeps it unknown, and the payer is pulled once', async () => {
      const daniel = await persona((p) => p.token.includes('daniel'), 'Daniel Whitaker');
      const pullsOf = async () =>
        (await staffApi.staff.payments.list({ payerId: daniel.partyId!, limit: 200 })).items.filter((p) => p.source === 'staff_pull').length;
      const before = await pullsOf();
      const provider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .token=${staff.token}><div><alis-pc-pull-payment payer-id=${daniel.partyId!}></alis-pc-pull-payment></div></alis-billing-provider>
      `);
      const flow = provider.querySelector('alis-pc-pull-payment')!;
      const holder = flow.parentElement!;
      await waitUntil(() => flow.shadowRoot!.querySelector('[data-action="review"]'), 'the pull form never rendered', { timeout: 5000 });
      flow.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="review"]')!.click();
      await waitUntil(() => flow.step === 'review' && flow.shadowRoot!.querySelector('[data-action="confirm"]'), 'the review never opened', { timeout: 8000 });

      // The engine makes the pull, but its answer never comes back (until the flow leaves the page).
      const { worker } = await mockWorker();
      worker.use(
        http.post('/api/v1/staff/payments', async ({ request }) => {
          if (request.headers.has('x-test-passthrough')) return undefined;
          const headers = new Headers(request.headers);
          headers.set('x-test-passthrough', '1');
          await fetch(request.url, { method: 'POST', headers, body: await request.text() });
          await delay('infinite');
          return undefined;
        }),
      );
      flow.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="confirm"]')!.click();
      await waitUntil(async () => (await pullsOf()) === before + 1, 'the engine never made the pull', { timeout: 5000 });
      flow.remove();
      await waitUntil(() => flow.step === 'unconfirmed', 'the outcome was not left unknown', { timeout: 5000 });
      worker.resetHandlers();
      holder.append(flow);
      await flow.updateComplete;

      // The session has ended by the time Brenda checks again: the first check is refused with a 401.
      worker.use(
        http.post('/api/v1/staff/payments', () => HttpResponse.json({ code: 'unauthenticated', message: 'Your session is not valid any more. Sign in again.' }, { status: 401 }), {
          once: true,
        }),
      );
      let expired = 0;
      provider.addEventListener('alis-session-expired', () => (expired += 1));
      flow.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="check-again"]')!.click();
      await waitUntil(() => expired > 0, 'alis-session-expired never fired', { timeout: 5000 });
      await flow.updateComplete;
      expect(flow.step, 'still checking').to.equal('checking');
      expect(composedText(flow).includes('Nothing was pulled'), 'it does not say nothing was pulled').to.equal(false);
      // The next check gets the first answer back.
      await waitUntil(() => flow.step === 'result', 'the pull was never confirmed', { timeout: 8000 });
      expect(await pullsOf(), 'pulled once').to.equal(before + 1);
      await expect(flow).to.be.accessible();
    });

    it('the settings form keeps a typed fee through a 401, and saves it once after the same user signs in again', async () => {
      const { backend } = await mockWorker();
      const provider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-pc-settings></alis-pc-settings></alis-billing-provider>
      `);
      const settings = provider.querySelector('alis-pc-settings')!;
      const root = settings.shadowRoot!;
      await waitUntil(() => root.querySelector('#card-fee'), 'the settings form never rendered', { timeout: 5000 });
      const fee = root.querySelector<HTMLInputElement>('#card-fee')!;
      fee.select();
      await typeInto(fee, '1.75');

      const renewed = 'mock-token-brenda-lopez-renewed';
      backend.mutate((draft) => {
        draft.users.find((u) => u.token === staff.token)!.token = renewed;
      });
      let expired = 0;
      provider.addEventListener('alis-session-expired', () => (expired += 1));
      root.querySelector<HTMLFormElement>('form')!.requestSubmit();
      await waitUntil(() => expired > 0, 'alis-session-expired never fired', { timeout: 5000 });
      await waitUntil(() => root.querySelector('[data-form-error]'), 'the refusal never showed', { timeout: 5000 });
      expect(root.querySelector<HTMLInputElement>('#card-fee')!.value, 'the typed fee is kept').to.equal('1.75');

      provider.token = renewed;
      await settle(200);
      root.querySelector<HTMLFormElement>('form')!.requestSubmit();
      await waitForText(settings, 'Settings saved');
      expect(expired, 'alis-session-expired fired once').to.equal(1);
      const renewedApi = createAlisClient({ baseUrl: '/api/v1', getToken: () => renewed });
      expect((await renewedApi.settings.get()).cardFeeBasisPoints).to.equal(175);
      const changes = await renewedApi.staff.auditLog.list({ subjectType: 'settings', subjectId: 'community', limit: 50 });
      const feeChanges = changes.items.filter((entry) => entry.changes.some((c) => c.field === 'cardFeeBasisPoints' && c.after === 175));
      expect(feeChanges, 'saved once').to.have.length(1);
      await expect(settings).to.be.accessible();
    });

    it('the invite form keeps its typed fields through a 401, and sends once after the same user signs in again', async () => {
      const { backend } = await mockWorker();
      const provider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-connect-access></alis-connect-access></alis-billing-provider>
      `);
      const access = provider.querySelector('alis-connect-access')!;
      const root = access.shadowRoot!;
      await waitUntil(() => root.querySelector('[data-action="invite"]'), 'Portal access never loaded', { timeout: 5000 });
      root.querySelector<HTMLButtonElement>('[data-action="invite"]')!.click();
      await waitUntil(() => (root.querySelector<HTMLSelectElement>('#invite-party')?.options.length ?? 0) > 1, 'the residents never loaded', { timeout: 5000 });
      const email = 'grace.brooks@example.com';
      await typeInto(root.querySelector<HTMLInputElement>('#invite-email')!, email);
      const party = root.querySelector<HTMLSelectElement>('#invite-party')!;
      party.value = 'res-brooks';
      party.dispatchEvent(new Event('change', { bubbles: true }));
      await access.updateComplete;
      root.querySelector<HTMLInputElement>('#invite-profile-prof-view-only')!.click();
      await access.updateComplete;
      root.querySelector<HTMLInputElement>('#invite-confirm')!.click();
      await access.updateComplete;

      // Brenda's session ends elsewhere (her token is no longer valid); she signs in again with a new one.
      const renewed = 'mock-token-brenda-lopez-renewed';
      backend.mutate((draft) => {
        const user = draft.users.find((u) => u.token === staff.token)!;
        user.token = renewed;
      });
      let expired = 0;
      provider.addEventListener('alis-session-expired', () => (expired += 1));
      root.querySelector<HTMLButtonElement>('[data-action="send-invite"]')!.click();
      await waitUntil(() => expired > 0, 'alis-session-expired never fired', { timeout: 5000 });
      await access.updateComplete;
      expect(root.querySelector<HTMLInputElement>('#invite-email')!.value, 'the email is kept').to.equal(email);
      expect(root.querySelector<HTMLSelectElement>('#invite-party')!.value, 'the resident is kept').to.equal('res-brooks');
      expect(root.querySelector<HTMLInputElement>('#invite-confirm')!.checked, 'the confirmation is kept').to.equal(true);

      const client = provider.providedClient;
      provider.token = renewed;
      await settle(200);
      expect(provider.providedClient, 'the same user carries on in the same session').to.equal(client);
      root.querySelector<HTMLButtonElement>('[data-action="send-invite"]')!.click();
      await waitForText(access, `Invitation sent to ${email}`);
      expect(expired, 'alis-session-expired fired once').to.equal(1);
      const renewedApi = createAlisClient({ baseUrl: '/api/v1', getToken: () => renewed });
      const invited = (await renewedApi.access.users({ status: 'invited', limit: 100 })).items.filter((u) => u.email === email);
      expect(invited, 'invited exactly once').to.have.length(1);
      await expect(access).to.be.accessible();
      fixtureCleanup();
    });
  });
});
