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

  it('passes axe in Spanish', async () => {
    const { element } = await mount(daniel, { page: 'es' });
    await expect(element).to.be.accessible();
  });
});
