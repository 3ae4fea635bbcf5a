// <alis-audit-trail> against the shared mock backend: changes are made through the SDK as the
// billing office (Brenda), and the trail must show them as staff would read them.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import { AlisAuditTrail } from '../../src/components/audit-trail/audit-trail.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { mockWorker, resetMockBackend } from '../support/mock-backend.js';
import { textOf } from '../support/dom.js';

AlisAuditTrail.define('alis-audit-trail');

const STAFF_TOKEN = 'mock-token-brenda-lopez';
const PAYER_TOKEN = 'mock-token-daniel-whitaker';

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string, attributes: { type: string; id: string; pageSize?: number; collapsible?: boolean }): Promise<AlisAuditTrail> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-audit-trail
        subject-type=${attributes.type}
        subject-id=${attributes.id}
        page-size=${attributes.pageSize ?? 10}
        heading="History"
        ?collapsible=${attributes.collapsible ?? false}
      ></alis-audit-trail>
    </alis-billing-provider>
  `);
  const element = provider.querySelector('alis-audit-trail')!;
  if (!attributes.collapsible) await waitUntil(() => element.shadowRoot!.querySelector('ol.entries, [data-empty], .notice'), 'the trail never rendered', { timeout: 5000 });
  return element;
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);
const $$ = (element: Element, selector: string): HTMLElement[] => [...element.shadowRoot!.querySelectorAll<HTMLElement>(selector)];

/** A changed field's row as "Label | before | after". */
function changeRow(entry: Element, field: string): string {
  const row = entry.querySelector(`tr[data-field="${field}"]`);
  if (!row) throw new Error(`no ${field} change in: ${textOf(entry)}`);
  return [...row.children].map((cell) => textOf(cell)).join(' | ');
}

describe('<alis-audit-trail>', () => {
  let brenda: AlisClient;

  before(async () => {
    await mockWorker();
  });

  beforeEach(async () => {
    await resetMockBackend();
    brenda = clientFor(STAFF_TOKEN);
  });

  it("shows an invoice's readdressing newest first: who, when on the community clock, and the names before and after", async () => {
    await brenda.staff.invoices.update('inv-jensen-2026-12', { addresseeId: 'con-karen-molloy' });
    await brenda.staff.invoices.update('inv-jensen-2026-12', { addresseeId: 'res-jensen' });
    const element = await mount(STAFF_TOKEN, { type: 'invoice', id: 'inv-jensen-2026-12' });
    const entries = $$(element, 'li.entry');
    expect(entries.length).to.equal(2);
    // Newest first: the second change (to Harold, the resident) leads.
    expect(changeRow(entries[0]!, 'addressee')).to.equal('Addressed to | Karen Molloy (Daughter) | Harold Jensen');
    expect(changeRow(entries[1]!, 'addressee')).to.equal('Addressed to | Ruth Jensen (Spouse) | Karen Molloy (Daughter)');
    // The id beside the name is not shown.
    expect(entries[0]!.querySelector('tr[data-field="addresseeId"]')).to.equal(null);
    expect(textOf(entries[0]!.querySelector('[data-actor]'))).to.equal('Brenda Lopez');
    expect(textOf(entries[0])).to.contain('(billing team)');
    expect(textOf(entries[0]!.querySelector('[data-summary]'))).to.contain('INV-2026-0090');
    expect(textOf($(element, '[data-time-zone]'))).to.contain('America/Chicago');
    // The time is written on the community's clock, with its zone.
    expect(textOf(entries[0]!.querySelector('time'))).to.match(/C[SD]T$/);
    await expect(element).to.be.accessible();
  });

  it('shows a settings change in words: switches On/Off, fees in percent, the office contact, nothing as a dash', async () => {
    await brenda.settings.update({
      cardFeeBasisPoints: 175,
      gatewayEnabled: false,
      billingOffice: { name: 'Willow Creek business office', phone: null, email: 'billing@willowcreek.example', hours: 'Monday to Friday, 8:30 AM to 4:30 PM' },
    });
    const element = await mount(STAFF_TOKEN, { type: 'settings', id: 'community' });
    const [entry] = $$(element, 'li.entry');
    expect(changeRow(entry!, 'cardFeeBasisPoints')).to.equal('Card convenience fee | 2.50% | 1.75%');
    expect(changeRow(entry!, 'gatewayEnabled')).to.equal('ALIS Pay | On | Off');
    expect(changeRow(entry!, 'billingOffice.phone')).to.equal('Billing office: phone | (630) 555-0142 | —');
    await expect(element).to.be.accessible();
  });

  it('pages with "Show more changes", announcing what was added', async () => {
    for (const fee of [10, 20, 30]) await brenda.settings.update({ bankFeeBasisPoints: fee });
    const element = await mount(STAFF_TOKEN, { type: 'settings', id: 'community', pageSize: 2 });
    expect($$(element, 'li.entry').length).to.equal(2);
    $<HTMLButtonElement>(element, 'button[data-action="more"]')!.click();
    await waitUntil(() => $$(element, 'li.entry').length === 3, 'the next page never arrived', { timeout: 5000 });
    expect($(element, 'button[data-action="more"]')).to.equal(null);
    expect(textOf($(element, '[role="status"]'))).to.equal('1 more change loaded.');
    // Oldest last: 0.00% → 0.10% is the first change made.
    expect(changeRow($$(element, 'li.entry')[2]!, 'bankFeeBasisPoints')).to.equal('Bank account convenience fee | 0.00% | 0.10%');
  });

  it('says when nothing was recorded', async () => {
    const element = await mount(STAFF_TOKEN, { type: 'invoice', id: 'inv-jensen-2026-11' });
    expect(textOf($(element, '[data-empty]'))).to.equal('No change has been recorded here yet.');
  });

  it('as a disclosure, loads nothing until opened, and loads afresh each time it opens', async () => {
    const requests: string[] = [];
    const original = window.fetch;
    window.fetch = (info: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(info, init);
      if (request.url.includes('/staff/audit-log')) requests.push(request.url);
      return original(request);
    };
    try {
      const element = await mount(STAFF_TOKEN, { type: 'settings', id: 'community', collapsible: true });
      const toggle = $<HTMLButtonElement>(element, 'button[part="toggle"]')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect($<HTMLElement>(element, '#trail-body')!.hidden).to.equal(true);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(requests).to.deep.equal([]);
      toggle.click();
      await waitUntil(() => $(element, '[data-empty], ol.entries'), 'the trail never loaded', { timeout: 5000 });
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(requests.length).to.equal(1);
      await expect(element).to.be.accessible();
      await brenda.settings.update({ bankFeeBasisPoints: 40 });
      toggle.click();
      await element.updateComplete;
      toggle.click();
      await waitUntil(() => $(element, 'li.entry'), 'the new change never showed', { timeout: 5000 });
      expect(requests.length).to.equal(2);
    } finally {
      window.fetch = original;
    }
  });

  it("gives a payer's token the staff-only notice", async () => {
    const element = await mount(PAYER_TOKEN, { type: 'invoice', id: 'inv-jensen-2026-12' });
    expect(textOf($(element, '.notice'))).to.contain('staff only');
    await expect(element).to.be.accessible();
  });
});
