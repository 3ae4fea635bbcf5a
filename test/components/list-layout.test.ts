// A page that does not jump: while a payer widget loads it holds the room its loaded view takes
// (a skeleton of the same boxes, hidden from screen readers beside one polite "Loading …"), so
// nothing after it moves when the data arrives; and "Show more" adds rows below the ones shown,
// keeping their DOM nodes as they are.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { http } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import '../../src/define/alis-pay-outstanding.js';
import '../../src/define/alis-payment-history.js';
import '../../src/define/alis-payment-methods.js';
import '../../src/define/alis-notification-settings.js';
import { AlisPcUndeposited } from '../../src/components/payment-center/undeposited-panel.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { mockWorker, payQuoted, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { createAlisClient } from '../../src/sdk/index.js';
import { AlisPaymentSubmittedEvent } from '../../src/events/payment-events.js';
import { textOf } from '../support/dom.js';

// The panel has no define module of its own (the Payment Center registers it); its tests register it like this.
AlisPcUndeposited.define('alis-pc-undeposited');

type Widget = HTMLElement & { loadComplete: Promise<unknown>; updateComplete: Promise<boolean> };

/** Forgets the shapes and sizes the widgets remembered (only theirs: other tests' storage stays). */
function forgetShapes(): void {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith('alis-rows:') || key.startsWith('alis-space:') || key.startsWith('alis-pay-outstanding:') || key.startsWith('alis-payment-methods:') || key.startsWith('alis-notification-settings:')) {
      sessionStorage.removeItem(key);
    }
  }
}

/** Holds every answer of `path` until `release()`: the widget stays in its loading state meanwhile. */
async function holdAnswers(path: string): Promise<() => void> {
  const { worker } = await mockWorker();
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  // Answers nothing itself: once released, the mock's own handler answers.
  worker.use(
    http.get(path, async () => {
      await released;
    }),
  );
  return release;
}

/** `<tag>` in a provider, `width` wide, with a paragraph after it that must not move. */
async function mount(tag: string, token: string, width: string, attributes = '') {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  wrapper.style.width = width;
  // The tag varies, so the markup is built as a string (the values are fixed in this file).
  wrapper.innerHTML = `<alis-billing-provider base-url="/api/v1"><${tag} ${attributes}></${tag}></alis-billing-provider><p id="after">After the widget</p>`;
  const provider = wrapper.querySelector<AlisBillingProvider>('alis-billing-provider');
  if (!provider) throw new Error('no provider');
  provider.token = token;
  const element = wrapper.querySelector<Widget>(tag);
  const after = wrapper.querySelector<HTMLElement>('#after');
  if (!element || !after) throw new Error('not mounted');
  return { wrapper, element, after };
}

/** The element's height and where the paragraph after it starts. */
function boxes(element: Element, after: Element) {
  return { height: element.getBoundingClientRect().height, after: after.getBoundingClientRect().top };
}

async function skeletonShown(element: Widget): Promise<void> {
  await waitUntil(() => element.shadowRoot?.querySelector('[data-skeleton]'), 'the loading shape never showed', { timeout: 5000 });
  await nextFrame();
}

async function loaded(element: Widget): Promise<void> {
  await element.loadComplete;
  await element.updateComplete;
  await waitUntil(() => !element.shadowRoot?.querySelector('[data-skeleton]'), 'the loading shape never went', { timeout: 5000 });
  await nextFrame();
}

describe('a page that does not jump', () => {
  let karen: Persona;
  let ruth: Persona;

  before(async () => {
    await mockWorker();
    karen = await persona((p) => p.token === 'mock-token-karen-molloy', 'Karen Molloy');
    ruth = await persona((p) => p.token === 'mock-token-ruth-jensen', 'Ruth Jensen');
  });

  beforeEach(async () => {
    await resetMockBackend();
    forgetShapes();
  });

  after(forgetShapes);

  it('holds the loading state hidden from screen readers but one polite "Loading invoices…", and passes axe', async () => {
    const release = await holdAnswers('/api/v1/invoices');
    const { element } = await mount('alis-invoices', karen.token, '1300px');
    await skeletonShown(element);
    const root = element.shadowRoot!;
    const status = root.querySelector('[role="status"].loading');
    expect(textOf(status)).to.equal('Loading invoices…');
    const skeleton = root.querySelector('[data-skeleton]')!;
    expect(skeleton.getAttribute('aria-hidden')).to.equal('true');
    expect(skeleton.getAttribute('aria-busy')).to.equal('true');
    expect(textOf(skeleton), 'the shape says nothing').to.equal('');
    expect(root.querySelectorAll('tbody tr'), 'no row in the table body until invoices arrive').to.have.length(0);
    await expect(element).to.be.accessible();
    release();
    await loaded(element);
  });

  it('a first visit: the invoice table takes the room its skeleton held when the list is as usual (a page of rows)', async () => {
    // Karen has one invoice, addressed to her: with a page of one, the usual shape is exactly hers.
    const release = await holdAnswers('/api/v1/invoices');
    const { element, after } = await mount('alis-invoices', karen.token, '1300px', 'page-size="1"');
    await skeletonShown(element);
    const before = boxes(element, after);
    release();
    await loaded(element);
    expect(element.shadowRoot!.querySelectorAll('tbody tr[data-invoice-id]')).to.have.length(1);
    expect(boxes(element, after)).to.deep.equal(before);
  });

  for (const [tag, path, width] of [
    ['alis-invoices', '/api/v1/invoices', '320px'],
    ['alis-invoices', '/api/v1/invoices', '1300px'],
    ['alis-payment-history', '/api/v1/payments', '320px'],
    ['alis-payment-history', '/api/v1/payments', '1000px'],
    ['alis-pay-outstanding', '/api/v1/outstanding', '600px'],
    ['alis-payment-methods', '/api/v1/payment-methods', '600px'],
    ['alis-notification-settings', '/api/v1/notification-preferences', '600px'],
  ] as const) {
    it(`a return visit: <${tag}> at ${width} holds exactly the room it took last time, and nothing after it moves`, async () => {
      const first = await mount(tag, ruth.token, width);
      await loaded(first.element);
      // The size is remembered after layout; give the observer a frame.
      await nextFrame();
      first.wrapper.remove();
      const release = await holdAnswers(path);
      const { element, after } = await mount(tag, ruth.token, width);
      await skeletonShown(element);
      const before = boxes(element, after);
      release();
      await loaded(element);
      expect(boxes(element, after)).to.deep.equal(before);
    });
  }

  it('a first visit: the email settings take the room their skeleton held when the list is as usual', async () => {
    const release = await holdAnswers('/api/v1/notification-preferences');
    const { element, after } = await mount('alis-notification-settings', ruth.token, '1300px');
    await skeletonShown(element);
    const before = boxes(element, after);
    release();
    await loaded(element);
    expect(boxes(element, after)).to.deep.equal(before);
  });

  it('after a payment the balance card keeps its height until the payer next acts, so nothing below moves on its own', async () => {
    const daniel = await persona((p) => p.token === 'mock-token-daniel-whitaker', 'Daniel Whitaker');
    const { element, after } = await mount('alis-pay-outstanding', daniel.token, '900px');
    await loaded(element);
    const root = element.shadowRoot!;
    const before = boxes(element, after);
    const client = createAlisClient({ baseUrl: '/api/v1', getToken: () => daniel.token });
    const method = (await client.paymentMethods.list()).find((m) => m.status === 'active')!;
    const [invoice] = (await client.invoices.list({ status: 'open' })).items;
    const payment = await payQuoted(client, {
      methodId: method.id,
      target: { type: 'invoice', invoiceId: invoice!.id },
      amountCents: invoice!.balance.amountCents,
      currency: invoice!.balance.currency,
    });
    window.dispatchEvent(new AlisPaymentSubmittedEvent(payment));
    await waitUntil(() => !textOf(root).includes(invoice!.number), 'the card never dropped the paid invoice');
    await element.updateComplete;
    await nextFrame();
    expect(boxes(element, after), 'held while the payer reads the receipt').to.deep.equal(before);
    window.dispatchEvent(new PointerEvent('pointerdown'));
    await nextFrame();
    expect(boxes(element, after), 'still held while the pointer is down (what it presses must not move away)').to.deep.equal(before);
    window.dispatchEvent(new PointerEvent('pointerup'));
    await new Promise((resolve) => setTimeout(resolve));
    await nextFrame();
    expect(boxes(element, after).after, 'the card shrinks once the pointer is released').to.be.below(before.after);
    expect(element.style.minHeight, 'the host\'s own style is given back').to.equal('');
  });

  it('"Show more" adds the next page below the rows shown and leaves their DOM nodes as they were', async () => {
    const { element } = await mount('alis-invoices', ruth.token, '1300px', 'page-size="3"');
    await loaded(element);
    const root = element.shadowRoot!;
    const rows = () => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr[data-invoice-id]')];
    const shown = rows();
    expect(shown).to.have.length(3);
    const changes: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => changes.push(...records));
    for (const row of shown) watcher.observe(row, { subtree: true, childList: true, attributes: true, characterData: true });
    const top = shown[0]!.getBoundingClientRect().top;
    [...root.querySelectorAll('button')].find((button) => textOf(button) === 'Show more invoices')!.click();
    await waitUntil(() => rows().length === 6, 'the next page never appeared', { timeout: 5000 });
    await element.updateComplete;
    watcher.disconnect();
    const now = rows();
    expect(now.slice(0, 3), 'the same nodes, in the same order').to.deep.equal(shown);
    expect(changes, 'nothing inside the rows shown was rewritten').to.have.length(0);
    expect(shown[0]!.getBoundingClientRect().top, 'nothing above moved').to.equal(top);
    for (const row of now.slice(3)) {
      expect(row.compareDocumentPosition(shown[2]!) & Node.DOCUMENT_POSITION_PRECEDING, 'new rows come after the old').to.not.equal(0);
    }
    await expect(element).to.be.accessible();
  });

  it('"Show more payments" keeps the first payments\' nodes and appends', async () => {
    const { element } = await mount('alis-payment-history', ruth.token, '1000px', 'page-size="4"');
    await loaded(element);
    const root = element.shadowRoot!;
    const rows = () => [...root.querySelectorAll<HTMLTableRowElement>('tbody tr.payment')];
    const shown = rows();
    expect(shown).to.have.length(4);
    [...root.querySelectorAll('button')].find((button) => textOf(button) === 'Show more payments')!.click();
    await waitUntil(() => rows().length === 8, 'the next page never appeared', { timeout: 5000 });
    expect(rows().slice(0, 4)).to.deep.equal(shown);
  });

  it('the Payment Center\'s Show more keeps the payments shown, untouched, and adds the next page after them', async () => {
    const staff = await persona((p) => p.role === 'staff', 'the billing team');
    const wrapper = await fixture<HTMLDivElement>(html`
      <div style="width: 1300px">
        <alis-billing-provider base-url="/api/v1" .token=${staff.token}><alis-pc-undeposited .pageSize=${2}></alis-pc-undeposited></alis-billing-provider>
      </div>
    `);
    const element = wrapper.querySelector<Widget>('alis-pc-undeposited')!;
    const root = () => element.shadowRoot!;
    const rows = () => [...root().querySelectorAll<HTMLTableRowElement>('tbody tr[data-payment-id]')];
    // The seed holds three undeposited payments: a page of two leaves one for Show more.
    await waitUntil(() => rows().length === 2, 'the first page never showed', { timeout: 5000 });
    const shown = rows();
    const changes: MutationRecord[] = [];
    const watcher = new MutationObserver((records) => changes.push(...records));
    for (const row of shown) watcher.observe(row, { subtree: true, childList: true, attributes: true, characterData: true });
    root().querySelector<HTMLButtonElement>('button[data-action="more"]')!.click();
    await waitUntil(() => rows().length > 2, 'the next page never showed', { timeout: 5000 });
    await element.updateComplete;
    watcher.disconnect();
    expect(rows().slice(0, 2)).to.deep.equal(shown);
    expect(changes, 'nothing inside the rows shown was rewritten').to.have.length(0);
  });
});
