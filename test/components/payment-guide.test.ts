// <alis-payment-guide> read as a resident's family would, with nobody signed in, against the shared
// mock backend; the billing office changes the settings and the guide follows.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-payment-guide.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisPaymentGuide } from '../../src/components/payment-guide/payment-guide.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { mockWorker, resetMockBackend } from '../support/mock-backend.js';
import { textOf } from '../support/dom.js';

const BRENDA = 'mock-token-brenda-lopez';

function staffClient(): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => BRENDA, retry: { baseDelayMs: 10 } });
}

/** Mounts the guide in a provider with no token: nobody is signed in. */
async function mount(portalUrl?: string): Promise<AlisPaymentGuide> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1"><alis-payment-guide portal-url=${portalUrl ?? ''}></alis-payment-guide></alis-billing-provider>
  `);
  const element = provider.querySelector('alis-payment-guide')!;
  await element.loadComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('[data-section="office"], .notice'), 'the guide never rendered', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);
const section = (element: AlisPaymentGuide, id: string) => textOf($(element, `[data-section="${id}"]`));

/** The method, path and Authorization header of every request made while `body` runs. */
async function recordRequests(body: () => Promise<void>): Promise<{ path: string; authorization: string | null }[]> {
  const { worker } = await mockWorker();
  const seen: { path: string; authorization: string | null }[] = [];
  const listener = ({ request }: { request: Request }) => {
    seen.push({ path: `${request.method} ${new URL(request.url).pathname}`, authorization: request.headers.get('Authorization') });
  };
  worker.events.on('request:start', listener);
  try {
    await body();
  } finally {
    worker.events.removeListener('request:start', listener);
  }
  return seen;
}

describe('<alis-payment-guide>', () => {
  before(async () => {
    await mockWorker();
  });

  beforeEach(async () => {
    await resetMockBackend();
  });

  it('works with nobody signed in: one request for the public community settings, without a token', async () => {
    let element: AlisPaymentGuide | undefined;
    const requests = await recordRequests(async () => {
      element = await mount();
    });
    expect(requests.map((r) => r.path)).to.deep.equal(['GET /api/v1/community']);
    expect(requests[0]!.authorization).to.equal(null);
    expect(textOf($(element!, '.lead'))).to.contain('Willow Creek');
  });

  it("names the billing office with its phone, email and hours, as links one can use", async () => {
    const element = await mount();
    expect(textOf($(element, 'h2'))).to.equal('How to pay bills');
    const office = section(element, 'office');
    expect(office).to.contain('Willow Creek business office');
    expect(office).to.contain('(630) 555-0142');
    expect(office).to.contain('billing@willowcreek.example');
    expect(office).to.contain('Monday to Friday, 8:30 AM to 4:30 PM');
    expect($(element, 'a[href="tel:6305550142"]')).to.not.equal(null);
    expect($(element, 'a[href="mailto:billing@willowcreek.example"]')).to.not.equal(null);
    await expect(element).to.be.accessible();
  });

  it('states the fees in percent, the steps, who pays which invoice, and the advance notice days', async () => {
    await staffClient().settings.update({ cardFeeBasisPoints: 275, bankFeeBasisPoints: 0, pullNoticeLeadDays: 7 });
    const element = await mount('https://willowcreek.example/billing');
    expect(textOf($(element, '[data-fact="card-fee"]'))).to.contain('convenience fee of 2.75% of the amount');
    expect(textOf($(element, '[data-fact="bank-fee"]'))).to.contain('costs nothing extra');
    expect(textOf($(element, '[data-fact="advance-notice"]'))).to.contain('7 days ahead');
    // Changes go through the office; stopping is the payer's own button, allowed at any time.
    const advanceNotice = textOf($(element, '[data-fact="advance-notice"]'));
    expect(advanceNotice).to.contain('To change the day or the account, contact the billing office before that date: Willow Creek business office, (630) 555-0142');
    expect(textOf($(element, '[data-fact="stop-automatic"]'))).to.contain('choose Stop automatic payments on that payment method. The billing team then no longer collects');
    expect(section(element, 'addressee')).to.contain('only the person an invoice is addressed to can pay it online');
    expect(section(element, 'addressee')).to.contain('re-address');
    const steps = $(element, '[data-section="steps"]')!;
    expect([...steps.querySelectorAll('h4')].map((h) => textOf(h))).to.deep.equal([
      'Sign in',
      'Add a payment method',
      'Pay one invoice',
      'Pay everything addressed to you',
    ]);
    expect(steps.querySelector('a[href="https://willowcreek.example/billing"]')).to.not.equal(null);
    expect(section(element, 'steps')).to.contain('oldest due date first');
    expect(section(element, 'switched-off')).to.contain('Right now the resident portal and online payments are both on.');
    await expect(element).to.be.accessible();
  });

  it('says which cards pay the fee, and that none does while card surcharges are off', async () => {
    await staffClient().settings.update({ cardFeeFlatCents: 100, cardFeeCapCents: 2_500 });
    const element = await mount();
    expect(textOf($(element, '[data-fact="card-fee"]'))).to.contain(
      'Paying by credit card adds a convenience fee of 2.5% of the amount plus $1.00, at most $25.00; debit cards, prepaid cards and cards of unknown type pay none',
    );
    await staffClient().settings.update({ cardSurchargesProhibited: true });
    await element.refresh();
    await element.updateComplete;
    expect(textOf($(element, '[data-fact="card-fee"]'))).to.contain('Paying by card costs nothing extra.');
    await expect(element).to.be.accessible();
  });

  it('changes when the billing office switches online payments off', async () => {
    const before = await mount();
    expect($(before, '[data-fact="card-fee"]')).to.not.equal(null);
    await staffClient().settings.update({ gatewayEnabled: false });
    await before.refresh();
    await before.updateComplete;
    expect($(before, '[data-fact="card-fee"]'), 'no fees offered without the gateway').to.equal(null);
    expect(textOf($(before, '[data-fact="no-online-payments"]'))).to.contain('switched off');
    expect(textOf($(before, '[data-fact="no-automatic"]'))).to.contain('does not collect payments automatically');
    expect(textOf($(before, '.notice'))).to.contain('Paying online is switched off for now');
    expect(textOf($(before, '.notice'))).to.contain('(630) 555-0142');
    const steps = [...$(before, '[data-section="steps"]')!.querySelectorAll('h4')].map((h) => textOf(h));
    expect(steps).to.deep.equal(['Sign in']);
    expect(section(before, 'switched-off')).to.contain('online payments are switched off');
    await expect(before).to.be.accessible();
  });

  it('says the portal is off, without sign-in steps, while the portal is switched off', async () => {
    await staffClient().settings.update({ portalEnabled: false });
    const element = await mount();
    expect(textOf($(element, '.notice'))).to.contain('The resident portal is switched off for now');
    expect($(element, '[data-section="steps"]')).to.equal(null);
    expect(section(element, 'office')).to.contain('(630) 555-0142');
    await expect(element).to.be.accessible();
  });

  it('prints with Print this guide', async () => {
    const element = await mount();
    const original = window.print;
    let printed = 0;
    window.print = () => {
      printed++;
    };
    try {
      const button = $<HTMLButtonElement>(element, 'button[part="print-button"]')!;
      expect(textOf(button)).to.equal('Print this guide');
      button.click();
      expect(printed).to.equal(1);
    } finally {
      window.print = original;
    }
  });

  it('leaves its buttons off paper, and keeps the office contact', async () => {
    const element = await mount();
    const button = $<HTMLButtonElement>(element, 'button[part="print-button"]')!;
    expect(getComputedStyle(button).display).to.not.equal('none');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(button).display).to.equal('none');
      expect(getComputedStyle($(element, 'dl.office')!).display).to.not.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
  });

  it('is readable in a 320px-wide box without sideways scrolling', async () => {
    const element = await mount();
    element.style.display = 'block';
    element.style.width = '320px';
    await element.updateComplete;
    const guide = $(element, '.guide')!;
    expect(guide.scrollWidth, 'the guide does not overflow 320px').to.be.at.most(320);
  });
});
