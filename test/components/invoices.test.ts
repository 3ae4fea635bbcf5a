import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { http, HttpResponse, delay } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisInvoices } from '../../src/components/invoices/invoices.js';
import { createAlisClient, type Invoice, type Me } from '../../src/sdk/index.js';
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

  it("shows every invoice addressed to the payer with number, period, due date, total, balance and status", async () => {
    const expected = await invoicesFor(payer.token);
    expect(expected.length, 'seeded invoices for the default payer').to.be.greaterThan(3);
    const { element } = await mount(payer.token);
    const shown = await waitForRows(element);

    expect(shown.map((row) => row.dataset.invoiceId)).to.deep.equal(expected.map((invoice) => invoice.id));
    for (const [index, invoice] of expected.entries()) {
      const cells = [...shown[index]!.querySelectorAll('td')].map(textOf);
      expect(cells[0]).to.contain(invoice.number);
      expect(cells[3]).to.contain(formatMoney(invoice.total));
      expect(cells[4]).to.contain(formatMoney(invoice.balance));
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
    await waitForText(element, 'You have no invoices yet.');
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
