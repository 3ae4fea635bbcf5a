// The provider owns the session's `GET /me`: one request per user and token for the whole page,
// whenever a widget joins, and never one user's answer given to another. Requests are counted where
// the service worker sees them (msw's `request:start`), the provider's own token checks included.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import '../../src/define/alis-pay-outstanding.js';
import '../../src/define/alis-payment-history.js';
import '../../src/define/alis-payment-methods.js';
import '../../src/define/alis-notification-settings.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { createAlisClient } from '../../src/sdk/index.js';
import { mockWorker, resetMockBackend } from '../support/mock-backend.js';
import { waitForText } from '../support/dom.js';
import { acceptRefreshedToken, expectNothingOf, switchTo } from '../support/session.js';

const DANIEL = 'mock-token-daniel-whitaker';
const RUTH = 'mock-token-ruth-jensen';

/** Every `GET /me` the service is asked from now on, by the token it carried, until `stop()`. */
async function countMe(): Promise<{ tokens: string[]; stop: () => void }> {
  const { worker } = await mockWorker();
  const tokens: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    if (request.method === 'GET' && new URL(request.url).pathname === '/api/v1/me') {
      tokens.push((request.headers.get('Authorization') ?? '').replace(/^Bearer /, ''));
    }
  };
  worker.events.on('request:start', onRequest);
  return { tokens, stop: () => worker.events.removeListener('request:start', onRequest) };
}

async function mountIn(token: string, content: TemplateResult): Promise<AlisBillingProvider> {
  return fixture<AlisBillingProvider>(html`<alis-billing-provider base-url="/api/v1" .token=${token}>${content}</alis-billing-provider>`);
}

const fourWidgets = html`
  <alis-pay-outstanding></alis-pay-outstanding>
  <alis-invoices></alis-invoices>
  <alis-payment-history></alis-payment-history>
  <alis-payment-methods></alis-payment-methods>
`;

const invoiceIds = (provider: AlisBillingProvider) =>
  [...(provider.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll<HTMLElement>('tbody tr[data-invoice-id]') ?? [])].map((row) => row.dataset.invoiceId);

/** Waits until the four widgets show their data. */
async function loaded(provider: AlisBillingProvider): Promise<void> {
  const shadow = (tag: string, selector: string) => provider.querySelector(tag)?.shadowRoot?.querySelector(selector);
  await waitUntil(() => shadow('alis-pay-outstanding', '[part="total"]'), 'the balance never showed', { timeout: 5000 });
  await waitUntil(() => invoiceIds(provider).length > 0, 'the invoices never showed', { timeout: 5000 });
  await waitUntil(() => shadow('alis-payment-history', 'tr.payment'), 'the payments never showed', { timeout: 5000 });
  await waitForText(provider.querySelector('alis-payment-methods')!, 'Add payment method');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('<alis-billing-provider> owns GET /me: one per user and token for the page', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it('asks GET /me once for four widgets, and not again for a widget added after they loaded', async () => {
    const me = await countMe();
    try {
      const provider = await mountIn(DANIEL, fourWidgets);
      await loaded(provider);
      expect(me.tokens, 'one GET /me for the four widgets').to.deep.equal([DANIEL]);

      const late = document.createElement('alis-notification-settings');
      provider.append(late);
      await waitUntil(() => late.shadowRoot?.querySelector('#notice-payment_receipt'), 'the widget added later never loaded', { timeout: 5000 });
      await pause(100);
      expect(me.tokens, 'the widget added later was given the same answer').to.deep.equal([DANIEL]);

      // Removed and put back: it loads again, still without asking who the user is.
      late.remove();
      provider.append(late);
      await waitUntil(() => late.shadowRoot?.querySelector('#notice-payment_receipt'), 'the widget put back never loaded', { timeout: 5000 });
      expect(me.tokens).to.deep.equal([DANIEL]);
    } finally {
      me.stop();
    }
  });

  it('asks GET /me afresh on refresh(), and once more for the same user’s refreshed token only', async () => {
    await acceptRefreshedToken('daniel-refreshed', DANIEL);
    const me = await countMe();
    try {
      const provider = await mountIn(DANIEL, fourWidgets);
      await loaded(provider);
      const client = provider.providedClient;
      await provider.querySelector('alis-invoices')!.refresh();
      expect(me.tokens, 'refresh() looks again at who the user is').to.deep.equal([DANIEL, DANIEL]);

      provider.token = 'daniel-refreshed';
      await provider.checkToken();
      expect(provider.providedClient, 'the same session').to.equal(client);
      // (The mock's stand-in for a refreshed token sends each such request on with the real one.)
      expect(me.tokens.slice(2), 'the provider checked the refreshed token').to.deep.equal(['daniel-refreshed', DANIEL]);
      const late = document.createElement('alis-notification-settings');
      provider.append(late);
      await waitUntil(() => late.shadowRoot?.querySelector('#notice-payment_receipt'), 'the widget added later never loaded', { timeout: 5000 });
      await pause(100);
      expect(me.tokens.length, "the check of the refreshed token is the widgets' answer too").to.equal(4);
    } finally {
      me.stop();
    }
  });

  it('asks GET /me once for another user’s token, and gives the widgets nothing of the first user', async () => {
    const daniel = createAlisClient({ baseUrl: '/api/v1', getToken: () => DANIEL });
    const danielsInvoices = (await daniel.invoices.list({ limit: 100 })).items.map((invoice) => invoice.number);
    const danielsEmail = (await daniel.session.me()).user.email;
    const me = await countMe();
    try {
      const provider = await mountIn(DANIEL, fourWidgets);
      await loaded(provider);
      await switchTo(provider, RUTH);
      await loaded(provider);
      const late = document.createElement('alis-notification-settings');
      provider.append(late);
      await waitUntil(() => late.shadowRoot?.querySelector('#notice-payment_receipt'), 'the widget added later never loaded', { timeout: 5000 });
      await pause(100);
      expect(me.tokens, 'one GET /me per user: the check of her token serves her widgets').to.deep.equal([DANIEL, RUTH]);

      const ruth = createAlisClient({ baseUrl: '/api/v1', getToken: () => RUTH });
      const ruthsInvoices = (await ruth.invoices.list({ limit: 24 })).items.map((invoice) => invoice.id);
      expect(invoiceIds(provider)).to.deep.equal(ruthsInvoices);
      await expectNothingOf('Daniel', provider, [danielsEmail, ...danielsInvoices]);
    } finally {
      me.stop();
    }
  });
});
