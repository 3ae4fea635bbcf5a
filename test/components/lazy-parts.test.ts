// Issue 15: a widget does not carry the steps it may open. This file imports only the widgets
// (never a flow or form's define module), so what the steps define must arrive on demand: the pay
// flow when a Pay button is hovered, the add-method form when "+ Add payment method" takes focus,
// the receipt view when a receipt opens.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import '../../src/define/alis-payment-methods.js';
import '../../src/define/alis-payment-history.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { mockWorker, persona, resetMockBackend } from '../support/mock-backend.js';

async function mount(token: string, body: ReturnType<typeof html>) {
  return fixture<AlisBillingProvider>(html`<alis-billing-provider base-url="/api/v1" .token=${token}>${body}</alis-billing-provider>`);
}

describe('steps load when first needed', () => {
  let token: string;

  before(async () => {
    await mockWorker();
  });

  beforeEach(async () => {
    await resetMockBackend();
    token = (await persona((p) => p.role === 'payer', 'the default payer')).token;
  });

  it('the pay flow loads when a Pay button is hovered, not with <alis-invoices>', async () => {
    expect(customElements.get('alis-pay-flow'), 'the pay flow came with the invoices').to.equal(undefined);
    const provider = await mount(token, html`<alis-invoices></alis-invoices>`);
    const invoices = provider.querySelector('alis-invoices')!;
    await waitUntil(() => invoices.shadowRoot!.querySelector('button.pay'), 'no Pay button', { timeout: 5000 });
    expect(customElements.get('alis-pay-flow'), 'the pay flow loaded before Pay was hovered').to.equal(undefined);
    invoices.shadowRoot!.querySelector('button.pay')!.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => customElements.get('alis-pay-flow'), 'hovering Pay never loaded the pay flow', { timeout: 5000 });
    expect(customElements.get('alis-add-payment-method'), 'the add-method form came with the pay flow').to.equal(undefined);
  });

  it('the add-method form loads when "+ Add payment method" takes focus, and opens with focus inside it', async () => {
    const provider = await mount(token, html`<alis-payment-methods></alis-payment-methods>`);
    const methods = provider.querySelector('alis-payment-methods')!;
    await waitUntil(() => methods.shadowRoot!.querySelector('button.add'), 'no Add button', { timeout: 5000 });
    expect(customElements.get('alis-add-payment-method'), 'the form came with the methods').to.equal(undefined);
    const add = methods.shadowRoot!.querySelector<HTMLButtonElement>('button.add')!;
    add.focus();
    await waitUntil(() => customElements.get('alis-add-payment-method'), 'focusing Add never loaded the form', { timeout: 5000 });
    add.click();
    await waitUntil(() => methods.shadowRoot!.querySelector('alis-add-payment-method')?.matches(':focus-within, :focus'), 'focus did not move into the form', { timeout: 5000 });
  });

  it('the receipt view loads when a receipt is first opened', async () => {
    const provider = await mount(token, html`<alis-payment-history></alis-payment-history>`);
    const history = provider.querySelector('alis-payment-history')!;
    await waitUntil(() => history.shadowRoot!.querySelector('button[aria-controls]'), 'no payments', { timeout: 5000 });
    const toggle = history.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls]')!;
    toggle.click();
    const panel = history.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
    await waitUntil(() => panel.querySelector('.receipt'), 'the receipt never rendered', { timeout: 5000 });
  });
});
