// The payer bundle's early reads (src/bundles/head-start.ts): run before the elements' code has
// arrived, they ask `GET /me` and each widget's first read once, and the widgets, once defined,
// take those answers instead of asking again: one request per resource for the page, every answer
// taken. Requests are counted where the service worker sees them (msw's `request:start`). The
// elements are imported only after the early reads started, as the bundle does.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { startReadsEarly } from '../../src/bundles/head-start.js';
import { payerFirstReads } from '../../src/components/shared/first-reads.js';
import { preloadCount } from '../../src/components/shared/preloads.js';
import { mockWorker, resetMockBackend } from '../support/mock-backend.js';

const DANIEL = 'mock-token-daniel-whitaker';

describe('the payer bundle reads ahead while its elements load', () => {
  before(async () => {
    await mockWorker();
    // The elements' code, compiled by the test server ahead (a cold compile of it all can take
    // longer than a test may) without defining anything: the test imports the define modules.
    await Promise.all([
      import('../../src/components/billing-provider/billing-provider.js'),
      import('../../src/components/pay-outstanding/pay-outstanding.js'),
      import('../../src/components/invoices/invoices.js'),
      import('../../src/components/payment-history/payment-history.js'),
      import('../../src/components/payment-methods/payment-methods.js'),
    ]);
  });
  beforeEach(resetMockBackend);

  it('sends each first read once, before the elements exist, and the widgets take every answer', async () => {
    const { worker } = await mockWorker();
    const requests: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname.startsWith('/api/v1/')) requests.push(`${request.method} ${url.pathname}${url.search} ${request.headers.get('Authorization')}`);
    };
    worker.events.on('request:start', onRequest);
    const page = document.createElement('div');
    try {
      expect(customElements.get('alis-billing-provider'), 'the provider is not defined yet').to.equal(undefined);
      page.innerHTML = `
        <alis-billing-provider base-url="/api/v1" token="${DANIEL}">
          <alis-pay-outstanding></alis-pay-outstanding>
          <alis-invoices></alis-invoices>
          <alis-payment-history></alis-payment-history>
          <alis-payment-methods></alis-payment-methods>
        </alis-billing-provider>`;
      document.body.append(page);
      startReadsEarly(page, payerFirstReads);
      await waitUntil(() => requests.length === 5, `the early reads were ${requests.join(', ')}`, { timeout: 5000 });
      expect(requests.map((request) => request.split(' ').slice(0, 2).join(' ')).sort()).to.deep.equal([
        'GET /api/v1/invoices?status=all&limit=24',
        'GET /api/v1/me',
        'GET /api/v1/outstanding',
        'GET /api/v1/payment-methods',
        'GET /api/v1/payments?limit=24',
      ]);
      expect(requests.every((request) => request.endsWith(`Bearer ${DANIEL}`))).to.equal(true);

      // The code arrives: the provider, then the widgets.
      await import('../../src/define/alis-billing-provider.js');
      await Promise.all([
        import('../../src/define/alis-pay-outstanding.js'),
        import('../../src/define/alis-invoices.js'),
        import('../../src/define/alis-payment-history.js'),
        import('../../src/define/alis-payment-methods.js'),
      ]);
      const shadow = (tag: string, selector: string) => page.querySelector(tag)?.shadowRoot?.querySelector(selector);
      await waitUntil(() => shadow('alis-pay-outstanding', '[part="total"]'), 'the balance never showed', { timeout: 5000 });
      await waitUntil(() => shadow('alis-invoices', 'tr[data-invoice-id]'), 'the invoices never showed', { timeout: 5000 });
      await waitUntil(() => shadow('alis-payment-history', 'tr.payment'), 'the payments never showed', { timeout: 5000 });
      await waitUntil(() => shadow('alis-payment-methods', 'li[data-method-id]'), 'the methods never showed', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests, 'nothing was asked twice').to.have.length(5);
      // Two widgets asking for the balance together share one request, which takes it once; what
      // is left is dropped a moment later, before anyone could refresh.
      await waitUntil(() => preloadCount() === 0, 'an answer read ahead was kept', { timeout: 3000 });

      // A refresh asks the service again: an answer read ahead is used once.
      await page.querySelector('alis-invoices')!.refresh();
      expect(requests.filter((request) => request.startsWith('GET /api/v1/invoices'))).to.have.length(2);
    } finally {
      worker.events.removeListener('request:start', onRequest);
      page.remove();
    }
  });
});
