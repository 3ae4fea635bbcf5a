// <alis-pc-invoices> driven as the billing team (Brenda Lopez) would, against the shared mock
// backend: searching, filtering, sorting, and readdressing an invoice, with who can see it read
// back through the SDK as the old and the new addressee.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import { AlisAuditTrail } from '../../src/components/audit-trail/audit-trail.js';
import { AlisPcInvoices } from '../../src/components/payment-center/invoices-panel.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisInvoiceAddresseeChangedEvent } from '../../src/events/staff-events.js';
import { createAlisClient, isAlisApiError, type AlisClient, type Invoice } from '../../src/sdk/index.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

AlisAuditTrail.define('alis-audit-trail');
AlisPcInvoices.define('alis-pc-invoices');

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string, search = ''): Promise<AlisPcInvoices> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-pc-invoices .search=${search}></alis-pc-invoices></alis-billing-provider>
  `);
  const element = provider.querySelector('alis-pc-invoices')!;
  await element.loadComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('table, .notice'), 'the invoices never rendered', { timeout: 5000 });
  return element;
}

const root = (element: AlisPcInvoices) => element.shadowRoot!;
const row = (element: AlisPcInvoices, invoiceId: string) => root(element).querySelector<HTMLTableRowElement>(`tr.invoice[data-invoice-id="${invoiceId}"]`);
const rowIds = (element: AlisPcInvoices) => [...root(element).querySelectorAll('tr.invoice')].map((tr) => tr.getAttribute('data-invoice-id'));
const options = (element: AlisPcInvoices, invoiceId: string) => root(element).querySelector<HTMLElement>(`[data-options-for="${invoiceId}"]`);
const editor = (element: AlisPcInvoices, invoiceId: string) => root(element).querySelector<HTMLFormElement>(`form[data-editor-for="${invoiceId}"]`);

/** Whether `expected` has focus inside the element (compared by identity: a failing DOM comparison would serialize the node). */
function expectFocused(element: AlisPcInvoices, expected: Element | null | undefined): void {
  const active = root(element).activeElement;
  expect(active === expected && active !== null, `focus is on ${active?.outerHTML.slice(0, 80) ?? 'nothing'}`).to.equal(true);
}

async function openEditor(element: AlisPcInvoices, invoiceId: string): Promise<HTMLFormElement> {
  await waitUntil(() => row(element, invoiceId), `invoice ${invoiceId} is not listed`, { timeout: 5000 });
  row(element, invoiceId)!.querySelector<HTMLButtonElement>('[data-action="options"]')!.click();
  await waitUntil(() => options(element, invoiceId), 'the options never opened');
  options(element, invoiceId)!.querySelector<HTMLButtonElement>('[data-action="edit-addressee"]')!.click();
  await waitUntil(() => editor(element, invoiceId)?.querySelector('input[name="addressee"]:checked'), 'the addressee choices never loaded', { timeout: 5000 });
  await waitUntil(() => root(element).activeElement?.getAttribute('name') === 'addressee', 'focus did not move into the editor');
  return editor(element, invoiceId)!;
}

function choose(form: HTMLFormElement, name: string): void {
  const label = [...form.querySelectorAll('label.choice')].find((l) => textOf(l).startsWith(name));
  if (!label) throw new Error(`no choice ${name}: ${textOf(form)}`);
  label.querySelector('input')!.click();
}

async function expectNotFound(client: AlisClient, invoiceId: string): Promise<void> {
  const outcome = await client.invoices.get(invoiceId).then(
    () => 'found',
    (error: unknown) => (isAlisApiError(error) ? error.code : 'other error'),
  );
  expect(outcome).to.equal('not_found');
}

/** Every request sent while `body` runs, as method and URL. */
async function recordRequests(body: () => Promise<void>): Promise<string[]> {
  const original = window.fetch;
  const sent: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    return original(request);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return sent;
}

describe('<alis-pc-invoices>', () => {
  let staff: Persona;
  let ruth: Persona;
  let karen: Persona;
  let staffClient: AlisClient;
  /** Ruth Jensen's open invoice (the resident Harold Jensen's), addressed to her. */
  let ruthsInvoice: Invoice;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff (Brenda Lopez)');
    ruth = await persona((p) => p.displayName === 'Ruth Jensen', 'Ruth Jensen');
    karen = await persona((p) => p.displayName === 'Karen Molloy', 'Karen Molloy');
  });

  beforeEach(async () => {
    await resetMockBackend();
    staffClient = clientFor(staff.token);
    ruthsInvoice = (await staffClient.staff.invoices.list({ addresseeId: ruth.partyId!, status: 'open' })).items[0]!;
  });

  it('tells a payer it is for staff only instead of failing', async () => {
    const element = await mount(ruth.token);
    await waitForText(element, 'staff only');
    expect(root(element).querySelector('table') === null, 'no table').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('lists every invoice of the community with resident, addressee, period, due date, amounts and status', async () => {
    const element = await mount(staff.token);
    const expected = await staffClient.staff.invoices.list({ limit: 50 });
    expect(rowIds(element)).to.deep.equal(expected.items.map((i) => i.id));
    const text = textOf(row(element, ruthsInvoice.id));
    expect(text).to.contain(ruthsInvoice.number).and.contain('Harold Jensen').and.contain('Ruth Jensen').and.contain('Open');
    expect(root(element).querySelector('button.more'), 'Show more is offered').to.exist;
    await expect(element).to.be.accessible();

    root(element).querySelector<HTMLButtonElement>('button.more')!.click();
    const all = await staffClient.staff.invoices.list({ limit: 100 });
    await waitUntil(() => rowIds(element).length === Math.min(all.items.length, 100), 'Show more did not add the next page', { timeout: 5000 });
    expect(rowIds(element)).to.deep.equal(all.items.map((i) => i.id));
  });

  it('narrows the invoices by resident or payer name, and by status', async () => {
    const element = await mount(staff.token);
    const search = root(element).querySelector<HTMLInputElement>('input[name="search"]')!;
    search.focus();
    await sendKeys({ type: 'molloy' });
    await sendKeys({ press: 'Enter' });
    const expected = await staffClient.staff.invoices.list({ search: 'molloy' });
    await waitUntil(() => rowIds(element).join() === expected.items.map((i) => i.id).join(), 'the search did not narrow the list', { timeout: 5000 });
    expect(expected.items.length).to.be.greaterThan(0);
    for (const tr of root(element).querySelectorAll('tr.invoice')) expect(textOf(tr)).to.contain('Karen Molloy');
    await waitUntil(() => textOf(root(element).querySelector('[role="status"][aria-live="polite"]')).includes('match'), 'the result count was not announced');

    search.select();
    await sendKeys({ type: 'Jensen' });
    // No Enter: the search runs after a short pause in typing.
    const jensen = await staffClient.staff.invoices.list({ search: 'Jensen' });
    await waitUntil(() => rowIds(element).join() === jensen.items.map((i) => i.id).join(), 'typing did not search', { timeout: 5000 });

    const status = root(element).querySelector<HTMLSelectElement>('select[name="status"]')!;
    status.value = 'open';
    status.dispatchEvent(new Event('change'));
    const open = await staffClient.staff.invoices.list({ search: 'Jensen', status: 'open' });
    await waitUntil(() => rowIds(element).join() === open.items.map((i) => i.id).join(), 'the status filter was not applied', { timeout: 5000 });

    search.select();
    await sendKeys({ type: 'nobody by this name' });
    await sendKeys({ press: 'Enter' });
    await waitForText(element, 'No invoices match');
    await expect(element).to.be.accessible();
  });

  it('announces a search that finds one invoice in the singular', async () => {
    const molloy = await staffClient.staff.invoices.list({ search: 'molloy' });
    const one = { items: molloy.items.slice(0, 1), nextCursor: null };
    const { worker } = await mockWorker();
    worker.use(http.get('/api/v1/staff/invoices', ({ request }) => (new URL(request.url).searchParams.get('search') ? HttpResponse.json(one) : undefined)));
    try {
      const element = await mount(staff.token);
      const search = root(element).querySelector<HTMLInputElement>('input[name="search"]')!;
      search.focus();
      await sendKeys({ type: 'molloy' });
      await sendKeys({ press: 'Enter' });
      const live = () => textOf(root(element).querySelector('[role="status"][aria-live="polite"]'));
      // The search runs as the clerk types: on a slow machine "mol" may be searched (and said) first.
      await waitUntil(() => live() === '1 invoice matches “molloy”.', 'the count of the search for “molloy” was not announced', { timeout: 5000 }).catch(() => {
        expect(live()).to.equal('1 invoice matches “molloy”.');
      });
    } finally {
      worker.resetHandlers();
    }
  });

  it('sorts by each column header, with aria-sort telling the order', async () => {
    const element = await mount(staff.token);
    const header = (label: string) => [...root(element).querySelectorAll('thead th')].find((th) => textOf(th).startsWith(label))!;
    const column = (index: number) => [...root(element).querySelectorAll('tr.invoice')].map((tr) => textOf(tr.children[index]));
    const cents = (texts: string[]) => texts.map((t) => Math.round(Number(t.replace(/[^0-9.-]/g, '')) * 100));

    header('Balance').querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(header('Balance').getAttribute('aria-sort')).to.equal('ascending');
    const balances = cents(column(6));
    expect(balances).to.deep.equal([...balances].sort((a, b) => a - b));
    expectFocused(element, header('Balance').querySelector('button'));

    header('Balance').querySelector('button')!.click();
    await element.updateComplete;
    expect(header('Balance').getAttribute('aria-sort')).to.equal('descending');
    expect(cents(column(6))).to.deep.equal([...balances].sort((a, b) => b - a));

    header('Addressed to').querySelector('button')!.click();
    await element.updateComplete;
    expect(header('Addressed to').getAttribute('aria-sort')).to.equal('ascending');
    expect(header('Balance').getAttribute('aria-sort')).to.equal('none');
    const names = column(2);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
    for (const label of ['Invoice', 'Resident', 'Period', 'Due date', 'Total', 'Status']) {
      expect(header(label).querySelector('button.sort'), `${label} sorts`).to.exist;
    }
    await expect(element).to.be.accessible();
  });

  it("readdresses Ruth Jensen's invoice to Karen Molloy: the effect is stated first, Ruth can no longer pay it, Karen sees and pays it, and its History says so", async () => {
    const ruthClient = clientFor(ruth.token);
    const karenClient = clientFor(karen.token);
    expect((await ruthClient.invoices.get(ruthsInvoice.id)).id).to.equal(ruthsInvoice.id);
    await expectNotFound(karenClient, ruthsInvoice.id);

    const element = await mount(staff.token, 'Jensen');
    const form = await openEditor(element, ruthsInvoice.id);
    expect([...form.querySelectorAll('label.choice')].map((l) => textOf(l))).to.deep.equal([
      'Harold Jensen (resident)',
      'Ruth Jensen (Spouse, addressed now)',
      'Karen Molloy (Daughter)',
    ]);
    expectFocused(element, form.querySelector('input[name="addressee"]:checked'));
    await expect(element).to.be.accessible();

    choose(form, 'Karen Molloy');
    await element.updateComplete;
    expect(textOf(form.querySelector('[data-effect]'))).to.contain(
      `From now on only Karen Molloy can pay ${ruthsInvoice.number}; Ruth Jensen no longer can.`,
    );
    await expect(element).to.be.accessible();

    const changed = new Promise<AlisInvoiceAddresseeChangedEvent>((resolve) => window.addEventListener('alis-invoice-addressee-changed', resolve, { once: true }));
    form.querySelector<HTMLButtonElement>('[data-action="save-addressee"]')!.click();
    const event = await changed;
    expect(event.invoice.id).to.equal(ruthsInvoice.id);
    expect(event.invoice.addressee.id).to.equal(karen.partyId);
    expect(event.previousAddresseeId).to.equal(ruth.partyId);

    // Ruth's profile sees all of Harold's billing, so she still sees it; paying it is Karen's now.
    expect((await ruthClient.invoices.get(ruthsInvoice.id)).addressee.name).to.equal('Karen Molloy');
    const ruthsMethod = (await ruthClient.paymentMethods.list()).find((m) => m.usable)!;
    const refusal = await ruthClient.payments
      .quote({ methodId: ruthsMethod.id, target: { type: 'invoice', invoiceId: ruthsInvoice.id }, amountCents: 100, currency: 'USD' })
      .then(
        () => 'quoted',
        (error: unknown) => (isAlisApiError(error) ? error.code : 'other error'),
      );
    expect(refusal).to.equal('not_addressee');
    const seenByKaren = await karenClient.invoices.get(ruthsInvoice.id);
    expect(seenByKaren.addressee.name).to.equal('Karen Molloy');
    expect(seenByKaren.balance.amountCents).to.equal(ruthsInvoice.balance.amountCents);

    await waitUntil(() => options(element, ruthsInvoice.id)?.querySelector('[data-outcome]'), 'no outcome shown');
    const outcome = options(element, ruthsInvoice.id)!.querySelector('[data-outcome]')!;
    expect(textOf(outcome)).to.equal(`${ruthsInvoice.number} is now addressed to Karen Molloy; Ruth Jensen can no longer pay it.`);
    expectFocused(element, outcome);
    expect(textOf(row(element, ruthsInvoice.id)!.querySelector('.addressee'))).to.equal('Karen Molloy');
    await expect(element).to.be.accessible();

    // Its History: who readdressed it, and the names before and after.
    const trail = options(element, ruthsInvoice.id)!.querySelector('alis-audit-trail')!;
    const toggle = trail.shadowRoot!.querySelector<HTMLButtonElement>('button[part="toggle"]')!;
    expect(textOf(toggle)).to.contain(`History of ${ruthsInvoice.number}`);
    toggle.click();
    await waitUntil(() => trail.shadowRoot!.querySelector('li.entry'), 'the history never showed', { timeout: 5000 });
    const entry = trail.shadowRoot!.querySelector('li.entry')!;
    expect(textOf(entry.querySelector('[data-actor]'))).to.equal('Brenda Lopez');
    expect(textOf(entry.querySelector('tr[data-field="addressee"] [data-before]'))).to.equal('Ruth Jensen (Spouse)');
    expect(textOf(entry.querySelector('tr[data-field="addressee"] [data-after]'))).to.equal('Karen Molloy (Daughter)');
    await expect(element).to.be.accessible();
  });

  it('shows a refused change in the editor with the engine’s message, keeps the choice and changes nothing', async () => {
    const { worker } = await mockWorker();
    const message = 'Karen Molloy cannot be given this invoice right now.';
    worker.use(
      http.patch('/api/v1/staff/invoices/:invoiceId', () =>
        HttpResponse.json({ code: 'invalid_addressee', message, fields: { addresseeId: message } }, { status: 422 }),
      ),
    );
    let fired = false;
    const listener = () => (fired = true);
    window.addEventListener('alis-invoice-addressee-changed', listener);
    try {
      const element = await mount(staff.token, 'Jensen');
      const form = await openEditor(element, ruthsInvoice.id);
      choose(form, 'Karen Molloy');
      form.querySelector<HTMLButtonElement>('[data-action="save-addressee"]')!.click();
      await waitUntil(() => form.querySelector('[data-error]'), 'no refusal shown');
      expect(textOf(form.querySelector('[data-error]'))).to.equal(message);
      expect(form.querySelector('[data-error]')!.getAttribute('role')).to.equal('alert');
      const checked = form.querySelector<HTMLInputElement>('input[name="addressee"]:checked')!;
      expect(textOf(checked.closest('label'))).to.contain('Karen Molloy');
      expect(textOf(row(element, ruthsInvoice.id)!.querySelector('.addressee'))).to.equal('Ruth Jensen');
      await expect(element).to.be.accessible();
    } finally {
      window.removeEventListener('alis-invoice-addressee-changed', listener);
    }
    worker.resetHandlers();
    expect(fired, 'no event for a refused change').to.equal(false);
    expect((await clientFor(ruth.token).invoices.get(ruthsInvoice.id)).addressee.name).to.equal('Ruth Jensen');
    expect((await staffClient.staff.invoices.list({ addresseeId: ruth.partyId!, status: 'open' })).items.map((i) => i.id)).to.include(ruthsInvoice.id);
  });

  it('saves once on a double click, and sends nothing when the addressee is unchanged', async () => {
    const element = await mount(staff.token, 'Jensen');
    const form = await openEditor(element, ruthsInvoice.id);
    const save = form.querySelector<HTMLButtonElement>('[data-action="save-addressee"]')!;

    const unchanged = await recordRequests(async () => {
      save.click();
      await waitUntil(() => form.querySelector('[data-error]'), 'no hint to choose someone else');
    });
    expect(unchanged.filter((r) => r.startsWith('PATCH'))).to.have.length(0);
    expect(textOf(form.querySelector('[data-error]'))).to.contain('instead of Ruth Jensen');

    choose(form, 'Harold Jensen');
    const sent = await recordRequests(async () => {
      save.click();
      save.click();
      await waitUntil(() => options(element, ruthsInvoice.id)?.querySelector('[data-outcome]'), 'no outcome shown');
    });
    expect(sent.filter((r) => r.startsWith('PATCH'))).to.deep.equal([`PATCH /api/v1/staff/invoices/${ruthsInvoice.id}`]);
    expect((await staffClient.staff.invoices.list({ search: 'Harold', status: 'open' })).items.find((i) => i.id === ruthsInvoice.id)?.addressee.name).to.equal('Harold Jensen');
  });

  it('closes the editor on Cancel, with focus back on Edit addressee and nothing changed', async () => {
    const element = await mount(staff.token, 'Jensen');
    const form = await openEditor(element, ruthsInvoice.id);
    choose(form, 'Karen Molloy');
    form.querySelector<HTMLButtonElement>('[data-action="cancel-addressee"]')!.click();
    await waitUntil(() => !editor(element, ruthsInvoice.id), 'the editor did not close');
    expectFocused(element, options(element, ruthsInvoice.id)!.querySelector('[data-action="edit-addressee"]'));
    expect((await clientFor(ruth.token).invoices.get(ruthsInvoice.id)).addressee.name).to.equal('Ruth Jensen');
  });
});
