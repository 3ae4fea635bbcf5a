// The self-contained build: dist/alis-billing.js alone, loaded the way a community website does
// with one <script type="module">, in a page that has nothing else of ours but the mock backend.
import { expect, waitUntil } from '@open-wc/testing';
import { mockWorker, persona } from '../support/mock-backend.js';
import { staticallyImported } from './bundle-files.js';

const bundleUrl = '/dist/alis-billing.js';

describe('dist/alis-billing.js in a bare page', () => {
  before(async () => {
    await mockWorker();
  });

  it('loads from one script URL: its chunks sit beside it, and no bare import is left for a browser to fail on', async () => {
    const files = await staticallyImported(bundleUrl);
    expect(files.length, 'the bundle and its shared chunk').to.be.greaterThan(1);
    for (const [url, source] of files) {
      expect(source.length, url).to.be.greaterThan(1000);
      expect(source, url).to.not.match(/\bfrom\s*["'](lit|@lit\/|openapi-fetch|tslib)/);
      expect(source, url).to.not.match(/\bimport\s*["'][^./]/);
    }
  });

  it('defines the elements and renders invoices from the backend', async () => {
    const payer = await persona((p) => p.role === 'payer', 'the default payer');
    const script = document.createElement('script');
    script.type = 'module';
    script.src = bundleUrl;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;

    document.body.insertAdjacentHTML(
      'beforeend',
      `<alis-billing-provider base-url="/api/v1" token="${payer.token}"><alis-invoices></alis-invoices></alis-billing-provider>`,
    );
    await waitUntil(() => customElements.get('alis-invoices') && customElements.get('alis-billing-provider'), 'elements never defined');
    expect(customElements.get('alis-payment-center'), 'the Payment Center stays out of the payer bundle').to.equal(undefined);
    for (const tag of ['alis-notification-settings', 'alis-payment-guide']) {
      expect(customElements.get(tag), `${tag} is in the payer bundle`).to.not.equal(undefined);
    }
    const element = document.querySelector('alis-invoices')!;
    await waitUntil(() => (element.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, 'no invoice rows rendered', {
      timeout: 5000,
    });
    expect(element.shadowRoot!.textContent).to.contain('INV-');
  });

  it('keeps its minified styles and the spaces between words and values', async () => {
    const element = document.querySelector('alis-invoices')!;
    const root = element.shadowRoot!;
    // The built sheets lose their whitespace (rollup.config.mjs): the rules must still apply.
    const heading = root.querySelector<HTMLElement>('[part="heading"]')!;
    expect(getComputedStyle(heading).marginTop, 'the layout sheet styles the heading').to.equal('0px');
    const hidden = root.querySelector<HTMLElement>('.visually-hidden')!;
    expect(getComputedStyle(hidden).position, 'the live region is visually hidden').to.equal('absolute');
    // A sentence built around an interpolation keeps its spaces ("Showing 12 invoices", not "Showing12").
    const words = (root.textContent ?? '').replace(/\s+/g, ' ');
    expect(words).to.not.match(/[a-z]\d|\d[a-z]{2}/);
  });
});
