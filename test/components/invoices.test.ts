import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { http, HttpResponse, delay } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisInvoices } from '../../src/components/invoices/invoices.js';
import { createAlisClient, type AlisClient, type Invoice, type Me } from '../../src/sdk/index.js';
import { formatMoney } from '../../src/core/format.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

async function invoicesFor(token: string, status: 'all' | 'open' | 'paid' = 'all'): Promise<Invoice[]> {
  const client = createAlisClient({ baseUrl: '/api/v1', getToken: () => token });
  return (await client.invoices.list({ status, limit: 100 })).items;
}

async function mount(token: string | undefined, attributes: { status?: string } = {}) {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-invoices status=${attributes.status ?? 'all'}></alis-invoices>
    </alis-billing-provider>
  `);
  const element = provider.querySelector('alis-invoices')!;
  return { provider, element };
}

function rows(element: AlisInvoices): HTMLTableRowElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr[data-invoice-id]')];
}

async function waitForRows(element: AlisInvoices): Promise<HTMLTableRowElement[]> {
  await waitUntil(() => rows(element).length > 0, 'invoice rows never appeared', { timeout: 5000 });
  return rows(element);
}

describe('<alis-invoices>', () => {
  let payer: Persona;

  before(async () => {
    await mockWorker();
    payer = await persona((p) => p.role === 'payer', 'the default payer');
  });

  beforeEach(resetMockBackend);

  it('runs against the mock backend in a service worker that controls this page', () => {
    expect(navigator.serviceWorker.controller, 'service worker controller').to.exist;
  });

  it("shows every invoice addressed to the payer with number, period, due date, addressee, total, balance and status", async () => {
    const expected = await invoicesFor(payer.token);
    expect(expected.length, 'seeded invoices for the default payer').to.be.greaterThan(3);
    const { element } = await mount(payer.token);
    const shown = await waitForRows(element);

    expect(shown.map((row) => row.dataset.invoiceId)).to.deep.equal(expected.map((invoice) => invoice.id));
    for (const [index, invoice] of expected.entries()) {
      const cells = [...shown[index]!.querySelectorAll('td')].map(textOf);
      expect(cells[0]).to.contain(invoice.number);
      expect(textOf(shown[index]!.querySelector('[part="addressee"] .name')), 'all of the default payer’s invoices are addressed to him').to.equal('You');
      expect(cells[4]).to.contain(formatMoney(invoice.total));
      expect(cells[5]).to.contain(formatMoney(invoice.balance));
    }
    const statuses = shown.map((row) => textOf(row.querySelector('[part="status"]')));
    expect(statuses.some((s) => s.includes('Paid'))).to.be.true;
    expect(statuses.some((s) => /Open|Partially paid/.test(s))).to.be.true;
    await expect(element).to.be.accessible();
  });

  it('formats dates as calendar days, never shifted by the time zone', async () => {
    const [first] = await invoicesFor(payer.token);
    const { element } = await mount(payer.token);
    const [row] = await waitForRows(element);
    const [year, month, day] = first!.dueDate.split('-').map(Number);
    const expected = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(year!, month! - 1, day));
    expect(textOf(row!.querySelectorAll('td')[2])).to.contain(expected);
  });

  it('filters to open invoices (anything with a balance due)', async () => {
    const open = await invoicesFor(payer.token, 'open');
    const { element } = await mount(payer.token, { status: 'open' });
    const shown = await waitForRows(element);
    expect(shown.length).to.equal(open.length);
    for (const row of shown) {
      expect(textOf(row.querySelector('[part="status"]'))).to.match(/Open|Partially paid/);
    }
  });

  it('shows a loading state while the invoices are on their way', async () => {
    const { worker } = await mockWorker();
    worker.use(http.get('/api/v1/invoices', async () => {
      await delay('infinite');
      return HttpResponse.json({});
    }));
    const { element } = await mount(payer.token);
    await waitForText(element, 'Loading invoices');
    expect(element.shadowRoot!.querySelector('[role="status"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('says so when there are no invoices', async () => {
    const { worker } = await mockWorker();
    worker.use(http.get('/api/v1/invoices', () => HttpResponse.json({ items: [], nextCursor: null })));
    const { element } = await mount(payer.token);
    await waitForText(element, 'Margaret Whitaker has no invoices yet.');
    expect(rows(element)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('shows a failure with the server message and recovers with "Try again"', async () => {
    const { worker } = await mockWorker();
    worker.use(
      http.get('/api/v1/invoices', () =>
        HttpResponse.json({ code: 'conflict', message: 'The billing service is busy.' }, { status: 409 }),
      ),
    );
    const { element } = await mount(payer.token);
    await waitForText(element, 'The billing service is busy.');
    const alert = element.shadowRoot!.querySelector('[role="alert"]');
    expect(textOf(alert)).to.contain("We couldn't load your invoices.");
    await expect(element).to.be.accessible();

    worker.resetHandlers();
    const retry = [...element.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Try again')!;
    retry.click();
    await waitForRows(element);
  });

  it('asks a signed-out visitor to sign in', async () => {
    const { element } = await mount(undefined);
    await waitForText(element, 'Please sign in to see your invoices.');
    expect(rows(element)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it("shows the engine's refusal to a revoked user", async () => {
    const revoked = await persona((p) => /revoked/i.test(p.description), 'a revoked payer');
    const { element } = await mount(revoked.token);
    await waitForText(element, (text) => /revoked|no longer/i.test(text), 'expected the revoked message');
    expect(rows(element)).to.have.length(0);
  });

  it('says plainly when online payments are not enabled, and still lists the invoices', async () => {
    const { worker } = await mockWorker();
    const client = createAlisClient({ baseUrl: '/api/v1', getToken: () => payer.token });
    const me = await client.session.me();
    const disabled: Me = { ...me, community: { ...me.community, gatewayEnabled: false, paymentsEnabled: false } };
    worker.use(http.get('/api/v1/me', () => HttpResponse.json(disabled)));
    const { element } = await mount(payer.token);
    await waitForText(element, 'Online payments are not available');
    expect(textOf(element.shadowRoot!.querySelector('[part="notice"]'))).to.contain(me.community.communityName);
    await waitForRows(element);
    await expect(element).to.be.accessible();
  });

  it('reloads as the new user when the provider token changes', async () => {
    const all = (await import('../support/mock-backend.js')).personas;
    const other = (await all()).find((p) => p.role === 'payer' && p.userId !== payer.userId && !/revoked/i.test(p.description))!;
    const { provider, element } = await mount(payer.token);
    const before = (await waitForRows(element)).map((r) => r.dataset.invoiceId);
    const expectedAfter = (await invoicesFor(other.token)).map((invoice) => invoice.id);
    expect(expectedAfter).to.not.deep.equal(before);

    provider.token = other.token;
    await waitUntil(
      () => JSON.stringify(rows(element).map((r) => r.dataset.invoiceId)) === JSON.stringify(expectedAfter),
      'the list never switched to the other payer',
      { timeout: 5000 },
    );
  });

  it('works without a provider when given a client, and explains when it has neither', async () => {
    const alone = await fixture<AlisInvoices>(html`<alis-invoices></alis-invoices>`);
    await waitForText(alone, 'not connected');

    alone.client = createAlisClient({ baseUrl: '/api/v1', getToken: () => payer.token });
    await waitForRows(alone);
  });

  it('aborts what it asked for when removed before the answers arrive, and loads again when put back', async () => {
    const requests: Request[] = [];
    let hold = true;
    const client = createAlisClient({
      baseUrl: '/api/v1',
      getToken: () => payer.token,
      fetch: async (request) => {
        requests.push(request);
        while (hold && !request.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 20));
        if (request.signal.aborted) throw request.signal.reason;
        return fetch(request);
      },
    });
    const element = await fixture<AlisInvoices>(html`<alis-invoices .client=${client}></alis-invoices>`);
    await waitUntil(() => requests.length > 0, 'the element asked for nothing');
    const parent = element.parentElement!;
    element.remove();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests.every((request) => request.signal.aborted), 'every request it started was aborted').to.equal(true);
    const asked = requests.length;
    hold = false;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(requests.length, 'nothing more was asked while removed').to.equal(asked);

    parent.append(element);
    await waitForRows(element);
  });

  it('pages through long histories with "Show more invoices"', async () => {
    const expected = await invoicesFor(payer.token);
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${payer.token}>
        <alis-invoices page-size="3"></alis-invoices>
      </alis-billing-provider>
    `);
    const element = provider.querySelector('alis-invoices')!;
    await waitForRows(element);
    expect(rows(element)).to.have.length(3);
    const more = [...element.shadowRoot!.querySelectorAll('button')].find((b) => textOf(b) === 'Show more invoices')!;
    more.click();
    await waitUntil(() => rows(element).length === Math.min(6, expected.length), 'second page never appeared');
    expect(rows(element).map((r) => r.dataset.invoiceId)).to.deep.equal(expected.slice(0, 6).map((i) => i.id));
  });

  it('takes the host page brand through --alis-* custom properties', async () => {
    const { provider, element } = await mount(payer.token);
    provider.style.setProperty('--alis-color-text', 'rgb(10, 120, 40)');
    provider.style.setProperty('--alis-font-family', 'Georgia, serif');
    provider.style.setProperty('--alis-color-success', 'rgb(1, 2, 3)');
    const shown = await waitForRows(element);
    const heading = element.shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(heading).color).to.equal('rgb(10, 120, 40)');
    expect(getComputedStyle(heading).fontFamily).to.contain('Georgia');
    const paid = shown.map((row) => row.querySelector<HTMLElement>('[part="status"][data-status="paid"]')).find(Boolean)!;
    expect(getComputedStyle(paid).color).to.equal('rgb(1, 2, 3)');
  });

  it('turns rows into labelled cards in a narrow container (a phone, or 200% zoom)', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 320px">
        <alis-billing-provider base-url="/api/v1" .token=${payer.token}><alis-invoices></alis-invoices></alis-billing-provider>
      </div>
    `);
    const element = wrapper.querySelector('alis-invoices')!;
    const [row] = await waitForRows(element);
    const label = row!.querySelector<HTMLElement>('.cell-label')!;
    expect(getComputedStyle(label).display).to.not.equal('none');
    expect(getComputedStyle(row!).display).to.equal('block');
    expect(element.scrollWidth, 'no horizontal scrolling at 320px').to.be.at.most(320);
    await expect(element).to.be.accessible();
  });
});

const RUTH = 'mock-token-ruth-jensen';
const KAREN = 'mock-token-karen-molloy';
const FRANK = 'mock-token-frank-castellano';
const STAFF = 'mock-token-brenda-lopez';
const KARENS_JULY = 'inv-jensen-2026-07';
const RUTHS_DECEMBER = 'inv-jensen-2026-12';
const OFFICE_PHONE = '(630) 555-0142';

const staffClient = (): AlisClient => createAlisClient({ baseUrl: '/api/v1', getToken: () => STAFF });

/** Paths of the API requests this page makes from now on, until `stop()`. */
async function recordRequests(): Promise<{ paths: string[]; stop: () => void }> {
  const { worker } = await mockWorker();
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    paths.push(new URL(request.url).pathname);
  };
  worker.events.on('request:start', listener);
  return { paths, stop: () => worker.events.removeListener('request:start', listener) };
}

const rowOf = (element: AlisInvoices, invoiceId: string) => element.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-invoice-id="${invoiceId}"]`);
const payButtonOf = (element: AlisInvoices, invoiceId: string) => rowOf(element, invoiceId)?.querySelector('button.pay') ?? null;
const noteFor = (element: AlisInvoices, invoiceId: string) => element.shadowRoot!.querySelector<HTMLElement>(`tr[data-note-for="${invoiceId}"]`);

describe('<alis-invoices>: seeing follows the profile, paying follows the addressee', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it("shows Ruth all of Harold's invoices, Karen's July invoice addressed to Karen with no Pay and how to have it re-addressed", async () => {
    const { element } = await mount(RUTH);
    await waitForRows(element);
    expect(textOf(element.shadowRoot!.querySelector('h2'))).to.equal('Invoices for Harold Jensen');

    const july = rowOf(element, KARENS_JULY)!;
    expect(july, "Karen's July invoice is listed for Ruth").to.exist;
    expect(textOf(july.querySelector('[part="addressee"] .name'))).to.equal('Karen Molloy (Daughter)');
    expect(payButtonOf(element, KARENS_JULY), 'no Pay on an invoice addressed to someone else').to.equal(null);
    const note = textOf(noteFor(element, KARENS_JULY));
    expect(note).to.contain('INV-2026-0050 is addressed to Karen Molloy (Daughter), so only they can pay it online');
    expect(note).to.contain('the billing office can address it to you (in ALIS, under Options > Edit)');
    expect(note).to.contain(`Willow Creek business office, ${OFFICE_PHONE}, billing@willowcreek.example`);
    // Screen-reader users hear the reason with the row's Details button.
    const details = july.querySelector('button.details')!;
    expect(element.shadowRoot!.getElementById(details.getAttribute('aria-describedby')!)?.textContent).to.contain('Options > Edit');

    const december = rowOf(element, RUTHS_DECEMBER)!;
    expect(textOf(december.querySelector('[part="addressee"] .name'))).to.equal('You');
    expect(payButtonOf(element, RUTHS_DECEMBER), 'Pay on her own open invoice').to.exist;
    expect(noteFor(element, RUTHS_DECEMBER)).to.equal(null);
    // Her own paid invoices need no note either: only the July one has one.
    expect(element.shadowRoot!.querySelectorAll('tr.addressee-note')).to.have.length(1);
    await expect(element).to.be.accessible();
  });

  it('reads well at 1280px, just above the card layout, and as labelled cards at 320px, the re-address note included', async () => {
    // The cards end at 64rem: invoice numbers, dates and status phrases never break, so eight columns need it.
    for (const width of [1280, 1040, 320]) {
      const wrapper = await fixture<HTMLDivElement>(html`
        <div style=${`width: ${width}px`}>
          <alis-billing-provider base-url="/api/v1" .token=${RUTH}><alis-invoices></alis-invoices></alis-billing-provider>
        </div>
      `);
      const element = wrapper.querySelector('alis-invoices')!;
      await waitForRows(element);
      expect(element.scrollWidth, `no horizontal scrolling at ${width}px`).to.be.at.most(width);
      const note = noteFor(element, KARENS_JULY)!.querySelector('p')!;
      expect(note.getBoundingClientRect().width, `the note is readable at ${width}px`).to.be.greaterThan(200);
      const table = element.shadowRoot!.querySelector('table')!;
      expect(getComputedStyle(table).display).to.equal(width === 320 ? 'block' : 'table');
      await expect(element).to.be.accessible();
    }
  });

  it('shows Karen (pays bills, no view) only the invoice addressed to her, with Pay', async () => {
    const { element } = await mount(KAREN);
    const shown = await waitForRows(element);
    expect(shown.map((row) => row.dataset.invoiceId)).to.deep.equal([KARENS_JULY]);
    expect(textOf(element.shadowRoot!.querySelector('h2'))).to.equal('Invoices addressed to you');
    expect(textOf(shown[0]!.querySelector('[part="addressee"] .name'))).to.equal('You');
    expect(payButtonOf(element, KARENS_JULY)).to.exist;
    expect(element.shadowRoot!.querySelectorAll('tr.addressee-note')).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('tells a pay-only user with nothing addressed to them that others’ invoices are not shown', async () => {
    await staffClient().staff.invoices.update(KARENS_JULY, { addresseeId: 'con-ruth-jensen' });
    const { element } = await mount(KAREN);
    await waitForText(element, "No invoices are addressed to you yet. You see only invoices addressed to you; any others on Harold Jensen's account are not listed here.");
    expect(rows(element)).to.have.length(0);
    await expect(element).to.be.accessible();
  });

  it('shows Frank (views billing only) his invoices with no Pay, and says once why', async () => {
    const { element } = await mount(FRANK);
    const shown = await waitForRows(element);
    expect(shown.length).to.be.greaterThan(1);
    expect(element.shadowRoot!.querySelectorAll('button.pay')).to.have.length(0);
    const open = (await createAlisClient({ baseUrl: '/api/v1', getToken: () => FRANK }).invoices.list({ status: 'open' })).items;
    expect(open.length, 'Frank has an open invoice he could otherwise pay').to.be.greaterThan(0);
    const notices = [...element.shadowRoot!.querySelectorAll('[part="notice"]')].map(textOf);
    expect(notices).to.deep.equal([`Your access lets you view your billing but not pay online. If you should pay, contact Willow Creek business office, ${OFFICE_PHONE}, billing@willowcreek.example (Monday to Friday, 8:30 AM to 4:30 PM).`]);
    expect(textOf(element.shadowRoot!.querySelector('h2'))).to.equal('Your invoices');
    await expect(element).to.be.accessible();
  });

  it('shows a user whose profile includes no billing the no-access notice, without asking for invoices', async () => {
    const staff = staffClient();
    const profile = await staff.access.createProfile({ name: 'Front desk visitor', permissions: [] });
    await staff.access.updateUser('usr-ruth-jensen', { profileId: profile.id });
    const requests = await recordRequests();
    try {
      const { element } = await mount(RUTH);
      await waitForText(element, 'Your access does not include billing.');
      expect(textOf(element.shadowRoot!.querySelector('[part="notice"]'))).to.contain(OFFICE_PHONE);
      expect(rows(element)).to.have.length(0);
      expect(requests.paths.some((path) => path.endsWith('/me')), 'it asked who the user is').to.be.true;
      expect(requests.paths.filter((path) => path.includes('/invoices')), 'no request for invoices').to.deep.equal([]);
      await expect(element).to.be.accessible();
    } finally {
      requests.stop();
    }
  });

  it('shows the calm portal-off notice with the office phone while ALIS Connect is off, without asking for invoices', async () => {
    await staffClient().settings.update({ portalEnabled: false });
    const requests = await recordRequests();
    try {
      const { element } = await mount(RUTH);
      await waitForText(element, 'The resident portal of Willow Creek Senior Living is switched off for now.');
      const notice = element.shadowRoot!.querySelector('[part="notice"]')!;
      expect(textOf(notice)).to.contain(OFFICE_PHONE);
      expect(notice.getAttribute('role'), 'calm: a status, not an alert').to.equal('status');
      expect(requests.paths.filter((path) => path.includes('/invoices'))).to.deep.equal([]);
      await expect(element).to.be.accessible();
    } finally {
      requests.stop();
    }
  });

  it("closes Ruth's pay flow when Karen signs in, and never shows Ruth's invoices to Karen", async () => {
    const { provider, element } = await mount(RUTH);
    await waitForRows(element);
    (payButtonOf(element, RUTHS_DECEMBER) as HTMLElement).click();
    await waitUntil(() => element.shadowRoot!.querySelector('alis-pay-flow'), 'the pay flow never opened');

    const ruthsClient = provider.providedClient;
    provider.token = KAREN;
    // The provider checks whose token it is (GET /me) before anything else is asked with it.
    await waitUntil(() => provider.providedClient !== ruthsClient, 'the provider never started a session for Karen', { timeout: 5000 });
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('alis-pay-flow'), "Ruth's pay flow is closed").to.equal(null);
    expect(rowOf(element, RUTHS_DECEMBER), "Ruth's invoice is gone at once, not kept while Karen's load").to.equal(null);

    await waitUntil(() => rows(element).length === 1, "Karen's list never appeared", { timeout: 5000 });
    expect(rows(element).map((row) => row.dataset.invoiceId)).to.deep.equal([KARENS_JULY]);
    expect(rowOf(element, RUTHS_DECEMBER)).to.equal(null);
  });
});
