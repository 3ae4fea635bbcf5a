// The billing team's self-contained build: dist/alis-staff.js alone in a bare page, the way a
// back-office page loads it, against the mock backend.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { mockWorker, persona } from '../support/mock-backend.js';
import { staticallyImported } from './bundle-files.js';

const bundleUrl = '/dist/alis-staff.js';

describe('dist/alis-staff.js in a bare page', () => {
  before(async () => {
    await mockWorker();
  });

  it('loads from one script URL: its chunks sit beside it, and no bare import is left for a browser to fail on', async () => {
    const files = await staticallyImported(bundleUrl);
    expect(files.length, 'the bundle and its shared chunk').to.be.greaterThan(1);
    for (const [url, source] of files) {
      // Not empty (the entries are small now: they define the provider and load the rest on first use).
      expect(source.length, url).to.be.greaterThan(200);
      expect(source, url).to.not.match(/\bfrom\s*["'](lit|@lit\/|openapi-fetch|tslib)/);
      expect(source, url).to.not.match(/\bimport\s*["'][^./]/);
    }
  });

  it('defines the Payment Center, which shows staff their undeposited payments', async () => {
    const staff = await persona((p) => p.role === 'staff', 'staff');
    const script = document.createElement('script');
    script.type = 'module';
    script.src = bundleUrl;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    expect(customElements.get('alis-invoices'), 'payer elements stay out of the staff bundle').to.equal(undefined);

    document.body.insertAdjacentHTML(
      'beforeend',
      `<alis-billing-provider base-url="/api/v1" token="${staff.token}"><alis-payment-center></alis-payment-center></alis-billing-provider>`,
    );
    await waitUntil(() => customElements.get('alis-payment-center'), 'the Payment Center never defined', { timeout: 5000 });
    expect(customElements.get('alis-connect-access'), 'Connect access loads only on a page that shows it').to.equal(undefined);
    const center = document.querySelector('alis-payment-center')!;
    await waitUntil(() => center.shadowRoot?.querySelector('[role="tablist"]'), 'no tabs rendered', { timeout: 5000 });
    // The first tab's panel is loaded on demand, once `/me` says staff: the tabs can show before it.
    await waitUntil(() => center.shadowRoot?.querySelector('alis-pc-undeposited'), 'the Undeposited panel never showed', { timeout: 8000 });
    const panel = center.shadowRoot!.querySelector('alis-pc-undeposited')!;
    await waitUntil(() => (panel.shadowRoot?.textContent ?? '').includes('PAY-'), 'no undeposited payments rendered', { timeout: 8000 });
    // The minified templates keep empty attributes: "Everyone" filters by nobody, not by its words.
    const everyone = [...panel.shadowRoot!.querySelectorAll('option')].find((option) => option.textContent?.trim().startsWith('Any') || option.value === '');
    expect(everyone, 'a filter option for everyone').to.not.equal(undefined);
    expect(everyone!.getAttribute('value')).to.equal('');
  });
});
