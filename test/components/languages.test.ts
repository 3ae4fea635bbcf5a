// The widgets write in the language `lang` asks for, on the element, an ancestor or the document;
// they switch live, never flash English on a Spanish page, read plurals by the language's rules,
// date things in that language, and let a host replace any string.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import { overrideWords, clearWordOverrides } from '../../src/core/i18n/overrides.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import type { AlisInvoices } from '../../src/components/invoices/invoices.js';
import type { AlisPayFlow } from '../../src/components/pay-flow/pay-flow.js';
import { sendKeys } from '@web/test-runner-commands';
import { createAlisClient } from '../../src/sdk/index.js';

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const buttons = (root: ParentNode) => [...root.querySelectorAll('button')].map((button) => textOf(button));

const headers = (element: Element) => [...element.shadowRoot!.querySelectorAll('thead th')].map((th) => th.textContent?.trim());
const firstDue = (element: Element) => element.shadowRoot!.querySelector('tbody tr[data-invoice-id] td.due')?.textContent ?? '';

async function mount(daniel: Persona, lang: { page?: string; provider?: string; element?: string } = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div lang=${lang.page ?? 'en'}>
      <alis-billing-provider base-url="/api/v1" .token=${daniel.token} lang=${lang.provider ?? ''}>
        <alis-invoices lang=${lang.element ?? ''}></alis-invoices>
      </alis-billing-provider>
    </div>
  `);
  // An empty `lang` is "unknown" to the platform; the tests mean "not set".
  for (const each of wrapper.querySelectorAll('[lang=""]')) each.removeAttribute('lang');
  const element = wrapper.querySelector<AlisInvoices>('alis-invoices')!;
  await waitUntil(() => element.shadowRoot?.querySelector('tbody tr[data-invoice-id]'), 'the invoices never showed', { timeout: 10_000 });
  await element.updateComplete;
  return { wrapper, element };
}

describe('languages', () => {
  let daniel: Persona;

  before(async () => {
    await mockWorker();
    daniel = await persona((p) => p.token === 'mock-token-daniel-whitaker', 'Daniel Whitaker');
  });
  beforeEach(() => resetMockBackend());
  afterEach(() => clearWordOverrides());

  it('writes in English where nothing asks for another language', async () => {
    const { element } = await mount(daniel);
    expect(headers(element)).to.include.members(['Invoice', 'Due date', 'Balance']);
  });

  it('follows lang on an ancestor, and dates follow it too', async () => {
    const { element } = await mount(daniel, { page: 'es-US' });
    expect(headers(element)).to.include.members(['Factura', 'Vencimiento', 'Saldo']);
    expect(headers(element)).not.to.include('Invoice');
    // A Spanish date: "7 dic 2026" style, not "Dec 7, 2026".
    expect(firstDue(element)).to.match(/\d{1,2} \p{L}+\.? \d{4}$/u);
    expect(firstDue(element)).not.to.match(/(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d/);
  });

  it('follows lang on the provider and on the element itself, the nearest winning', async () => {
    const onProvider = await mount(daniel, { provider: 'es' });
    expect(headers(onProvider.element)).to.include('Factura');
    const onElement = await mount(daniel, { page: 'es', element: 'en' });
    expect(headers(onElement.element)).to.include('Invoice');
  });

  it('switches live when any lang changes, and back', async () => {
    const { wrapper, element } = await mount(daniel);
    wrapper.lang = 'es';
    await waitUntil(() => headers(element).includes('Factura'), 'never switched to Spanish', { timeout: 5000 });
    wrapper.lang = 'en-GB';
    await waitUntil(() => headers(element).includes('Invoice'), 'never switched back to English', { timeout: 5000 });
  });

  it('never draws English first on a Spanish page', async () => {
    const seen: string[][] = [];
    const wrapper = document.createElement('div');
    wrapper.lang = 'es';
    wrapper.innerHTML = `<alis-billing-provider base-url="/api/v1"><alis-invoices></alis-invoices></alis-billing-provider>`;
    const provider = wrapper.querySelector('alis-billing-provider')!;
    (provider as unknown as { token: string }).token = daniel.token;
    const element = wrapper.querySelector<AlisInvoices>('alis-invoices')!;
    const observer = new MutationObserver(() => seen.push(headers(element) as string[]));
    document.body.append(wrapper);
    await waitUntil(() => element.shadowRoot, 'no shadow root');
    observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await waitUntil(() => element.shadowRoot?.querySelector('tbody tr[data-invoice-id]'), 'the invoices never showed', { timeout: 10_000 });
    observer.disconnect();
    wrapper.remove();
    expect(seen.flat()).not.to.include('Invoice');
    expect(seen.flat()).to.include('Factura');
  });

  it('lets a host replace any string, in any language, live', async () => {
    const { wrapper, element } = await mount(daniel);
    overrideWords('en', { 'Due date': 'Pay by' });
    await waitUntil(() => headers(element).includes('Pay by'), 'the English override never showed');
    overrideWords('es', { 'Due date': 'Pagar antes del' });
    wrapper.lang = 'es';
    await waitUntil(() => headers(element).includes('Pagar antes del'), 'the Spanish override never showed', { timeout: 5000 });
    expect(headers(element)).to.include('Factura');
  });

  it('keeps what the payer typed and chose across a switch, and pays once after a switch between review and submit', async () => {
    const client = createAlisClient({ baseUrl: '/api/v1', getToken: () => daniel.token });
    const before = (await client.payments.list({ limit: 100 })).items.length;
    const wrapper = await fixture<HTMLDivElement>(html`
      <div lang="en"><alis-billing-provider base-url="/api/v1" .token=${daniel.token}><alis-invoices status="open"></alis-invoices></alis-billing-provider></div>
    `);
    const invoices = wrapper.querySelector('alis-invoices')!;
    await waitUntil(() => invoices.shadowRoot?.querySelector('tbody button.pay'), 'no Pay button', { timeout: 10_000 });
    invoices.shadowRoot!.querySelector<HTMLButtonElement>('tbody button.pay')!.click();
    await waitUntil(() => invoices.shadowRoot!.querySelector('alis-pay-flow')?.shadowRoot?.querySelector('input[name="method"]'), 'the flow never showed methods', { timeout: 10_000 });
    const flow = invoices.shadowRoot!.querySelector<AlisPayFlow>('alis-pay-flow')!;
    const methods = [...flow.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="method"]')];
    const chosen = methods[methods.length - 1]!;
    chosen.click();
    const input = () => flow.shadowRoot!.querySelector('alis-amount-input')!.shadowRoot!.querySelector('input')!;
    input().focus();
    input().select();
    await sendKeys({ type: '12.34' });

    wrapper.lang = 'es';
    await waitUntil(() => !buttons(flow.shadowRoot!).includes('Review payment'), 'the flow never switched to Spanish', { timeout: 5000 });
    expect(input().value, 'the amount typed').to.equal('12.34');
    expect(flow.shadowRoot!.querySelector<HTMLInputElement>(`input[name="method"][value="${chosen.value}"]`)!.checked, 'the method chosen').to.be.true;

    // Review in Spanish, then switch back to English before paying.
    const reviewButton = [...flow.shadowRoot!.querySelectorAll('button')].find((button) => /^Revisar/.test(textOf(button)));
    expect(reviewButton, `a Spanish review button among ${buttons(flow.shadowRoot!).join(' | ')}`).to.exist;
    reviewButton!.click();
    await waitUntil(() => flow.step === 'review', 'never reached review', { timeout: 5000 });
    await flow.updateComplete;
    // A bare `lang="es"` writes amounts as US Spanish does ($12.34), not as Spain does (12,34 US$).
    expect(textOf(flow.shadowRoot)).to.match(/\$12\.34/);
    expect(textOf(flow.shadowRoot)).not.to.match(/12,34/);
    wrapper.lang = 'en';
    await waitUntil(() => buttons(flow.shadowRoot!).some((label) => /^Pay \$12\.34/.test(label)), `no English Pay button: ${buttons(flow.shadowRoot!).join(' | ')}`, { timeout: 5000 });
    [...flow.shadowRoot!.querySelectorAll('button')].find((button) => /^Pay \$12\.34/.test(textOf(button)))!.click();
    await waitUntil(() => flow.step === 'receipt', 'never paid', { timeout: 10_000 });
    const payments = (await client.payments.list({ limit: 100 })).items;
    expect(payments.length).to.equal(before + 1);
    expect(payments.some((payment) => payment.amount.amountCents === 1234)).to.be.true;
  });

  it('passes axe in Spanish', async () => {
    const { element } = await mount(daniel, { page: 'es' });
    await expect(element).to.be.accessible();
  });
});
