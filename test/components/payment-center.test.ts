// The Payment Center shell: its tabs (WAI-ARIA tabs pattern), the staff-only answer to a payer,
// and axe on every tab as the billing team sees it against the mock backend.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-payment-center.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { PAYMENT_CENTER_TABS, type AlisPaymentCenter } from '../../src/components/payment-center/payment-center.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

async function mount(token: string): Promise<AlisPaymentCenter> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-payment-center></alis-payment-center></alis-billing-provider>
  `);
  const center = provider.querySelector('alis-payment-center')!;
  await waitUntil(() => center.shadowRoot!.querySelector('[role="tablist"], .notice'), 'the center never rendered', { timeout: 5000 });
  return center;
}

const tabs = (center: AlisPaymentCenter) => [...center.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const panelContent = (center: AlisPaymentCenter) => center.shadowRoot!.querySelector('[role="tabpanel"]')?.firstElementChild as HTMLElement & { loadComplete?: Promise<unknown> } | null;

describe('<alis-payment-center>', () => {
  let staff: Persona;
  let payer: Persona;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff');
    payer = await persona((p) => p.role === 'payer', 'a payer');
  });

  beforeEach(resetMockBackend);

  it('tells a payer it is for staff only instead of failing', async () => {
    const center = await mount(payer.token);
    await waitForText(center, 'staff only');
    expect(center.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
    await expect(center).to.be.accessible();
  });

  it('has one selected, focusable tab at a time, moved with the arrow keys, Home and End', async () => {
    const center = await mount(staff.token);
    expect(tabs(center).map((t) => t.getAttribute('aria-selected'))).to.deep.equal(PAYMENT_CENTER_TABS.map((t) => String(t === 'undeposited')));
    expect(tabs(center).filter((t) => t.tabIndex === 0)).to.have.length(1);
    tabs(center)[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await center.updateComplete;
    expect(center.tab).to.equal('deposits');
    expect(center.shadowRoot!.activeElement?.id).to.equal('tab-deposits');
    await sendKeys({ press: 'End' });
    await center.updateComplete;
    expect(center.tab).to.equal('settings');
    await sendKeys({ press: 'ArrowRight' });
    await center.updateComplete;
    expect(center.tab).to.equal('undeposited');
    await sendKeys({ press: 'ArrowLeft' });
    await center.updateComplete;
    expect(center.tab).to.equal('settings');
    const panel = center.shadowRoot!.querySelector('[role="tabpanel"]')!;
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-settings');
    expect(center.shadowRoot!.querySelector('#tab-settings')!.getAttribute('aria-controls')).to.equal(panel.id);
  });

  for (const tab of PAYMENT_CENTER_TABS) {
    it(`shows the ${tab} tab to staff, and it passes axe`, async () => {
      const center = await mount(staff.token);
      center.tab = tab;
      await center.updateComplete;
      // The tab's code may still be loading (it loads when the tab is first opened).
      await waitUntil(() => panelContent(center)?.localName.startsWith('alis-pc-'), `the ${tab} tab's code never loaded`, { timeout: 5000 });
      const content = panelContent(center)!;
      expect(content.tagName.toLowerCase()).to.equal(`alis-pc-${tab}`);
      await content.loadComplete;
      await waitUntil(() => textOf(content.shadowRoot).length > 0 && !textOf(content.shadowRoot).startsWith('Loading'), `the ${tab} panel never loaded`, { timeout: 8000 });
      await expect(center).to.be.accessible();
    });
  }
});
