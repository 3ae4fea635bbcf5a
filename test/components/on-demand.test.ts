// onDemand and OnDemandController on a tiny host: a part loads once whoever asks, a prefetch that
// fails costs nothing, and an element shows "Loading…", the part, or a failure with Try again.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { LitElement } from 'lit';
import { onDemand, OnDemandController, whenLoaded, type OnDemandPart } from '../../src/components/shared/on-demand.js';

/** An importer whose loads the test settles by hand. */
function controllableImporter() {
  const calls: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const importer = () =>
    new Promise<unknown>((resolve, reject) => {
      calls.push({ resolve: () => resolve({}), reject });
    });
  return { calls, importer };
}

let hostPart: OnDemandPart;

class OnDemandHost extends LitElement {
  readonly form = new OnDemandController(this, hostPart);
  override render() {
    return this.form.render(() => html`<p id="ready">The part</p>`, 'the payment form');
  }
}
customElements.define('test-on-demand-host', OnDemandHost);

describe('onDemand', () => {
  it('loads the module once, however many ask and prefetch', async () => {
    const { calls, importer } = controllableImporter();
    const part = onDemand(importer);
    part.prefetch();
    part.prefetch();
    const first = part.load();
    expect(calls).to.have.length(1);
    expect(part.loaded).to.equal(false);
    calls[0]!.resolve();
    await first;
    expect(part.loaded).to.equal(true);
    await part.load();
    expect(calls).to.have.length(1);
  });

  it('tries again after a failed load, and a failed prefetch throws nowhere', async () => {
    const { calls, importer } = controllableImporter();
    const part = onDemand(importer);
    part.prefetch();
    calls[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
    await new Promise((resolve) => setTimeout(resolve));
    expect(part.loaded).to.equal(false);
    const again = part.load();
    expect(calls).to.have.length(2);
    calls[1]!.resolve();
    await again;
    expect(part.loaded).to.equal(true);
  });
});

describe('OnDemandController', () => {
  it('says it is loading, then shows the part', async () => {
    const { calls, importer } = controllableImporter();
    hostPart = onDemand(importer);
    const host = await fixture<OnDemandHost>(html`<test-on-demand-host></test-on-demand-host>`);
    expect(host.shadowRoot!.querySelector('[role="status"]')?.textContent).to.equal('Loading the payment form…');
    calls[0]!.resolve();
    await waitUntil(() => host.shadowRoot!.querySelector('#ready'));
  });

  it('shows a failed load with Try again, which loads it', async () => {
    const { calls, importer } = controllableImporter();
    hostPart = onDemand(importer);
    const host = await fixture<OnDemandHost>(html`<test-on-demand-host></test-on-demand-host>`);
    calls[0]!.reject(new TypeError('Failed to fetch'));
    await waitUntil(() => host.shadowRoot!.querySelector('[role="alert"]'));
    const retry = [...host.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Try again');
    expect(retry, 'Try again').to.exist;
    retry!.click();
    await waitUntil(() => calls.length === 2);
    calls[1]!.resolve();
    await waitUntil(() => host.shadowRoot!.querySelector('#ready'));
  });
});

describe('whenLoaded', () => {
  it('says it is loading, shows a failed load with Try again and Close, and recovers', async () => {
    const { calls, importer } = controllableImporter();
    const part = onDemand(importer);
    let closed = 0;
    const view = await fixture<HTMLDivElement>(html`<div>${whenLoaded(part, () => html`<p id="ready">The flow</p>`, 'the payment form', { onClose: () => closed++, where: 'after' })}</div>`);
    expect(view.querySelector('[role="status"]')?.textContent).to.equal('Loading the payment form…');
    calls[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
    await waitUntil(() => view.querySelector('[role="alert"]'), 'the failure was not shown');
    const buttons = () => [...view.querySelectorAll('button')];
    buttons().find((b) => b.textContent === 'Close')!.click();
    expect(closed).to.equal(1);
    buttons().find((b) => b.textContent === 'Try again')!.click();
    await waitUntil(() => calls.length === 2, 'Try again did not load again');
    calls[1]!.resolve();
    await waitUntil(() => view.querySelector('#ready'), 'the part never showed');
  });
});
