// What the billing team's page loads when (issue 15): each Payment Center tab, the payer activities
// and details, and Connect access's User profiles load their code when first opened, and pointing
// at or focusing what opens them starts the load early. This file imports only the Payment Center
// and Connect access classes, never a define module, so a tag is registered only by the load under
// test. Tests run in order in one page: a part once loaded stays loaded, so each test uses its own.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import { AlisPaymentCenter } from '../../src/components/payment-center/payment-center.js';
import { AlisConnectAccess } from '../../src/components/connect-access/connect-access.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { giveCredit } from '../support/credit.js';
import { textOf } from '../support/dom.js';
import { profileFormPart } from '../../src/components/access-profiles/profile-form-part.js';
import { reportSheetPart } from '../../src/components/payment-center/on-demand-parts.js';

AlisPaymentCenter.define('alis-payment-center');
AlisConnectAccess.define('alis-connect-access');

const clientFor = (token: string): AlisClient => createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
const defined = (tag: string) => customElements.get(tag) !== undefined;

async function mountCenter(token: string): Promise<AlisPaymentCenter> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-payment-center></alis-payment-center></alis-billing-provider>
  `);
  const center = provider.querySelector('alis-payment-center')!;
  await waitUntil(() => center.shadowRoot!.querySelector('[role="tablist"]'), 'the tabs never rendered', { timeout: 5000 });
  return center;
}

const tabPanel = (center: AlisPaymentCenter) => center.shadowRoot!.querySelector<HTMLElement>('[role="tabpanel"]')!;
const tabButton = (center: AlisPaymentCenter, tab: string) => center.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!;

/** Makes registering `tag` fail once, as a dropped connection makes loading its code fail. */
function failNextDefinitionOf(tag: string): () => void {
  const original = customElements.define;
  customElements.define = function (name: string, ...rest: Parameters<CustomElementRegistry['define']> extends [string, ...infer R] ? R : never) {
    if (name === tag) {
      customElements.define = original;
      throw new TypeError('Failed to fetch dynamically imported module');
    }
    return original.call(customElements, name, ...rest);
  } as CustomElementRegistry['define'];
  return () => {
    customElements.define = original;
  };
}

describe('what the staff page loads when', () => {
  let staff: Persona;
  let daniel: Persona;
  let payer: Persona;

  before(async () => {
    await mockWorker();
    payer = await persona((p) => p.role === 'payer', 'a payer');
    staff = await persona((p) => p.role === 'staff', 'staff');
    daniel = await persona((p) => p.token === 'mock-token-daniel-whitaker', 'Daniel Whitaker');
  });

  beforeEach(resetMockBackend);

  it("loads no tab's code for a payer's token, which gets the staff-only sentence", async () => {
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1" .token=${payer.token}><alis-payment-center></alis-payment-center></alis-billing-provider>
    `);
    const center = provider.querySelector('alis-payment-center')!;
    await waitUntil(() => textOf(center.shadowRoot).includes('staff only'), 'no staff-only sentence', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(defined('alis-pc-undeposited'), 'the first tab for a payer').to.equal(false);
  });

  it('loads only the open tab at first; pointing at a tab loads that tab before it is clicked', async () => {
    const center = await mountCenter(staff.token);
    await waitUntil(() => tabPanel(center).querySelector('alis-pc-undeposited'), 'the first tab never showed', { timeout: 5000 });
    for (const tag of ['alis-pc-deposits', 'alis-pc-payers', 'alis-pc-invoices', 'alis-pc-history', 'alis-pc-settings']) {
      expect(defined(tag), `${tag} before it was needed`).to.equal(false);
    }
    expect(defined('alis-pc-pull-all-due'), '"Pull all due" before the Payers tab').to.equal(false);
    tabButton(center, 'payers').dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => defined('alis-pc-payers') && defined('alis-pc-pull-all-due'), 'hovering Payers never loaded it', { timeout: 5000 });
    expect(defined('alis-pc-invoices'), 'a tab nobody pointed at').to.equal(false);
  });

  it('focusing a tab loads it and the tabs the arrow keys reach from it', async () => {
    const center = await mountCenter(staff.token);
    expect(defined('alis-pc-settings')).to.equal(false);
    tabButton(center, 'undeposited').focus();
    // Undeposited payments is first: ArrowLeft reaches Settings, ArrowRight Deposits.
    await waitUntil(() => defined('alis-pc-settings') && defined('alis-pc-deposits'), 'focus never loaded the neighbouring tabs', { timeout: 5000 });
    expect(defined('alis-pc-invoices'), 'a tab two steps away').to.equal(false);
    expect(defined('alis-pc-history'), 'a tab two steps away').to.equal(false);
  });

  it('says in the tab panel that a tab is loading, then shows it', async () => {
    const center = await mountCenter(staff.token);
    expect(defined('alis-pc-history')).to.equal(false);
    tabButton(center, 'history').click();
    await center.updateComplete;
    const panel = tabPanel(center);
    expect(panel.getAttribute('aria-labelledby')).to.equal('tab-history');
    expect(panel.querySelector('[role="status"]')?.textContent).to.equal('Loading Payment history tab…');
    const history = await waitUntil(() => panel.querySelector('alis-pc-history'), 'the history tab never showed', { timeout: 5000 }).then(() => panel.querySelector('alis-pc-history')!);
    await history.loadComplete;
    expect(textOf(history.shadowRoot)).to.not.contain('Loading Payment history tab');

    // A payment's confirmation (void, refund, return) and its amount field load when an action
    // button is pointed at or focused, and the click then opens it with focus inside as before.
    expect(defined('alis-amount-input'), 'the amount field before any action').to.equal(false);
    history.shadowRoot!.querySelector<HTMLButtonElement>('button.details')!.click();
    const action = await waitUntil(() => history.shadowRoot!.querySelector('[data-actions-for] [data-action]'), 'no payment action', { timeout: 5000 }).then(
      () => history.shadowRoot!.querySelector<HTMLButtonElement>('[data-actions-for] [data-action]')!,
    );
    action.focus();
    await waitUntil(() => defined('alis-amount-input'), 'focusing an action never loaded its confirmation', { timeout: 5000 });
    const paymentId = action.closest('[data-actions-for]')!.getAttribute('data-actions-for')!;
    action.click();
    await waitUntil(() => history.shadowRoot!.querySelector(`[data-confirm-for="${paymentId}"]`), 'the confirmation never opened', { timeout: 5000 });
    await waitUntil(() => history.shadowRoot!.activeElement?.matches('[data-autofocus]'), 'focus never moved into the confirmation', { timeout: 5000 });
  });

  it('shows a failed load with Try again in the tab panel, and Try again loads the tab', async () => {
    const center = await mountCenter(staff.token);
    const restore = failNextDefinitionOf('alis-pc-invoices');
    try {
      tabButton(center, 'invoices').click();
      const panel = tabPanel(center);
      await waitUntil(() => panel.querySelector('[role="alert"]'), 'the failure was never shown', { timeout: 5000 });
      expect(textOf(panel)).to.contain("We couldn't load your Invoices tab.");
      expect(panel.querySelector('alis-pc-invoices')).to.equal(null);
      const retry = [...panel.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again');
      expect(retry, 'Try again').to.exist;
      retry!.click();
      await waitUntil(() => panel.querySelector('alis-pc-invoices'), 'Try again never loaded the tab', { timeout: 5000 });
      expect(panel.querySelector('[role="alert"]')).to.equal(null);
      await expect(center).to.be.accessible();
    } finally {
      restore();
    }
  });

  it("loads a deposit's printable report when its Report button is pointed at, and opens it with focus on its heading", async () => {
    const center = await mountCenter(staff.token);
    tabButton(center, 'deposits').click();
    await waitUntil(() => tabPanel(center).querySelector('alis-pc-deposits'), 'the Deposits tab never showed', { timeout: 5000 });
    const deposits = tabPanel(center).querySelector('alis-pc-deposits')!;
    const report = await waitUntil(() => deposits.shadowRoot!.querySelector('button[data-action="report"]'), 'no Report button', { timeout: 5000 }).then(
      () => deposits.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="report"]')!,
    );
    expect(reportSheetPart.loaded, 'the report before anyone asked').to.equal(false);
    report.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await waitUntil(() => reportSheetPart.loaded, 'pointing at Report never loaded the report', { timeout: 5000 });
    report.click();
    await waitUntil(() => deposits.shadowRoot!.activeElement?.id === 'report-heading', 'the report never opened with focus on its heading', { timeout: 5000 });
  });

  describe('the Payers panel', () => {
    async function payersPanel() {
      const center = await mountCenter(staff.token);
      tabButton(center, 'payers').click();
      await waitUntil(() => tabPanel(center).querySelector('alis-pc-payers'), 'the Payers tab never showed', { timeout: 5000 });
      const payers = tabPanel(center).querySelector('alis-pc-payers')!;
      await payers.loadComplete;
      await waitUntil(() => payers.shadowRoot!.querySelector('tr[data-payer-id]'), 'no payer rows', { timeout: 5000 });
      return payers;
    }
    const firstRowButton = (payers: HTMLElement, action: string) => payers.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-payer-id] [data-action="${action}"]`)!;

    it('loads the arrangement editor when the pointer reaches Edit, and opens it on the click', async () => {
      const payers = await payersPanel();
      expect(defined('alis-pc-arrangement-editor'), 'the editor before anyone asked').to.equal(false);
      const edit = firstRowButton(payers, 'edit');
      edit.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await waitUntil(() => defined('alis-pc-arrangement-editor') && defined('alis-amount-input'), 'pointing at Edit never loaded the editor', { timeout: 5000 });
      edit.click();
      await waitUntil(() => payers.shadowRoot!.querySelector('alis-pc-arrangement-editor'), 'the editor never opened', { timeout: 5000 });
    });

    it('loads the pull flow on focus of Pull, and a payer’s details (trail, request) when they open', async () => {
      const payers = await payersPanel();
      expect(defined('alis-pc-pull-payment'), 'the pull flow before anyone asked').to.equal(false);
      // (The audit trail may be here already: the Settings tab, prefetched above, shows one.)
      expect(defined('alis-pc-request-method'), '"Ask to add a payment method" before any details').to.equal(false);
      const pull = payers.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="pull"]');
      expect(pull, 'a Pull button').to.exist;
      pull!.focus();
      await waitUntil(() => defined('alis-pc-pull-payment'), 'focusing Pull never loaded the pull flow', { timeout: 5000 });
      firstRowButton(payers, 'details').click();
      await waitUntil(() => defined('alis-audit-trail') && defined('alis-pc-request-method'), 'opening details never loaded them', { timeout: 5000 });
    });

    it('says the apply-credit panel is loading when opened without a prefetch; a failed load offers Try again and Close', async () => {
      await giveCredit(clientFor(staff.token), clientFor(daniel.token));
      const payers = await payersPanel();
      const applyButton = () => payers.shadowRoot!.querySelector<HTMLButtonElement>(`tr[data-payer-id="${daniel.partyId}"] [data-action="apply-credit"]`);
      expect(applyButton(), "Apply credit on Daniel's row").to.exist;
      expect(defined('alis-pc-apply-credit')).to.equal(false);
      const restore = failNextDefinitionOf('alis-pc-apply-credit');
      try {
        applyButton()!.click();
        await payers.updateComplete;
        expect(textOf(payers.shadowRoot)).to.contain('Loading apply-credit panel…');
        await waitUntil(() => payers.shadowRoot!.querySelector('[role="alert"]'), 'the failure was never shown', { timeout: 5000 });
        expect(textOf(payers.shadowRoot)).to.contain("We couldn't load your apply-credit panel.");
        const buttons = () => [...payers.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="alert"] button')];
        expect(buttons().map((b) => b.textContent?.trim())).to.deep.equal(['Try again', 'Close']);
        // Close leaves the failed panel: the list is back, focus on the button that opened it.
        buttons()[1]!.click();
        await waitUntil(() => payers.shadowRoot!.activeElement === applyButton(), 'focus never returned to Apply credit', { timeout: 5000 });
        // Opened again, it shows the failure until Try again, which loads it.
        applyButton()!.click();
        await waitUntil(() => buttons().length > 0, 'the failure was not shown again', { timeout: 5000 });
        buttons()[0]!.click();
        await waitUntil(() => payers.shadowRoot!.querySelector('alis-pc-apply-credit'), 'Try again never opened the panel', { timeout: 5000 });
      } finally {
        restore();
      }
    });
  });

  // After the Payers panel's tests: Connect access loads "Ask to add a payment method" with its list.
  describe('Connect access', () => {
    it('loads User profiles when its toggle is pointed at, and shows them when opened', async () => {
      const provider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-connect-access></alis-connect-access></alis-billing-provider>
      `);
      const access = provider.querySelector('alis-connect-access')!;
      await access.loadComplete;
      const toggle = await waitUntil(() => access.shadowRoot!.querySelector('#profiles-toggle'), 'no profiles toggle', { timeout: 5000 }).then(
        () => access.shadowRoot!.querySelector<HTMLButtonElement>('#profiles-toggle')!,
      );
      expect(defined('alis-access-profiles'), 'User profiles before anyone asked').to.equal(false);
      toggle.dispatchEvent(new PointerEvent('pointerenter'));
      await waitUntil(() => defined('alis-access-profiles'), 'pointing at the toggle never loaded User profiles', { timeout: 5000 });
      toggle.click();
      await waitUntil(() => access.shadowRoot!.querySelector('alis-access-profiles'), 'User profiles never showed', { timeout: 5000 });

      // The profile editor: loaded when "+ New profile" is pointed at, not with the list.
      const profiles = access.shadowRoot!.querySelector('alis-access-profiles')!;
      await profiles.loadComplete;
      const create = await waitUntil(() => profiles.shadowRoot!.querySelector('[data-action="create"]'), 'no "+ New profile"', { timeout: 5000 }).then(
        () => profiles.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="create"]')!,
      );
      expect(profileFormPart.loaded, 'the profile form before anyone asked').to.equal(false);
      create.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await waitUntil(() => profileFormPart.loaded, 'pointing at "+ New profile" never loaded the form', { timeout: 5000 });
      create.click();
      await waitUntil(() => profiles.shadowRoot!.querySelector('#profile-name'), 'the form never opened', { timeout: 5000 });
      expect(profiles.shadowRoot!.activeElement?.id, 'focus on the form heading').to.equal('form-heading');
    });
  });
});
