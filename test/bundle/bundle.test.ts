// The self-contained build: dist/alis-billing.js alone, loaded the way a community website does
// with one <script type="module">, in a page that has nothing else of ours but the mock backend.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
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
      // Not empty (the entries are small now: they define the provider and load the rest on first use).
      expect(source.length, url).to.be.greaterThan(200);
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
    await waitUntil(() => customElements.get('alis-invoices') && customElements.get('alis-billing-provider'), 'elements never defined', { timeout: 5000 });
    expect(customElements.get('alis-payment-center'), 'the Payment Center stays out of the payer bundle').to.equal(undefined);
    const element = document.querySelector('alis-invoices')!;
    await waitUntil(() => (element.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, 'no invoice rows rendered', {
      timeout: 5000,
    });
    expect(element.shadowRoot!.textContent).to.contain('INV-');
  });

  it('loads nothing the page does not show: other tags on first use, the pay flow when Pay is hovered', async () => {
    // Issue 15: a page with the invoice widgets does not download the steps and widgets it never shows.
    for (const tag of ['alis-pay-flow', 'alis-add-payment-method', 'alis-notification-settings', 'alis-payment-guide', 'alis-accept-invitation']) {
      expect(customElements.get(tag), `${tag} loaded before it was needed`).to.equal(undefined);
    }
    const element = document.querySelector('alis-invoices')!;
    const pay = element.shadowRoot!.querySelector<HTMLButtonElement>('button.pay');
    expect(pay, 'a Pay button').to.not.equal(null);
    pay!.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => customElements.get('alis-pay-flow'), 'hovering Pay never loaded the pay flow', { timeout: 5000 });
    expect(customElements.get('alis-add-payment-method'), 'the add-method form waits until it is asked for').to.equal(undefined);

    // A tag the page adds later is loaded then, and whenDefined resolves.
    const defined = customElements.whenDefined('alis-payment-guide');
    document.querySelector('alis-billing-provider')!.insertAdjacentHTML('beforeend', '<alis-payment-guide></alis-payment-guide>');
    await defined;
    expect(customElements.get('alis-notification-settings'), 'settings still not loaded').to.equal(undefined);
  });

  it("loads a tag inside a host app's own shadow root once that root is handed to watchForAlisElements", async () => {
    const bundle = (await import(/* @vite-ignore */ bundleUrl)) as { watchForAlisElements: (root: ShadowRoot) => () => void };
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const stop = bundle.watchForAlisElements(shadow);
    try {
      shadow.innerHTML = '<alis-accept-invitation></alis-accept-invitation>';
      await waitUntil(() => customElements.get('alis-accept-invitation'), 'a tag in a shadow root never loaded', { timeout: 5000 });
      expect(customElements.get('alis-notification-settings'), 'only what the root holds').to.equal(undefined);
    } finally {
      stop();
      host.remove();
    }
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
