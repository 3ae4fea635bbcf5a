import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { createAlisClient } from '../../src/sdk/index.js';
import { mockWorker, persona, resetMockBackend } from '../support/mock-backend.js';

const rowCount = (provider: AlisBillingProvider) =>
  provider.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll('tbody tr[data-invoice-id]').length ?? 0;

describe('<alis-billing-provider>', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it('asks getToken for the bearer token on every request', async () => {
    const payer = await persona((p) => p.role === 'payer', 'the default payer');
    let asked = 0;
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider
        .getToken=${() => {
          asked++;
          return payer.token;
        }}
      >
        <alis-invoices></alis-invoices>
      </alis-billing-provider>
    `);
    await waitUntil(() => rowCount(provider) > 0, 'no invoices with a getToken provider');
    expect(asked, 'session + invoices requests').to.be.at.least(2);
  });

  it('provides a client given to it instead of building one', async () => {
    const payer = await persona((p) => p.role === 'payer', 'the default payer');
    const seen: string[] = [];
    const client = createAlisClient({
      baseUrl: '/api/v1',
      getToken: () => payer.token,
      fetch: (request) => {
        seen.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider .client=${client}><alis-invoices></alis-invoices></alis-billing-provider>
    `);
    await waitUntil(() => rowCount(provider) > 0, 'no invoices with a given client');
    expect(provider.providedClient).to.equal(client);
    expect(seen).to.include.members(['/api/v1/me', '/api/v1/invoices']);
  });

  it('takes no space of its own and is invisible to assistive technology', async () => {
    const provider = await fixture<AlisBillingProvider>(html`<alis-billing-provider><p>content</p></alis-billing-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });
});
