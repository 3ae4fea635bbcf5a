// The loading shapes a widget remembers (how many rows, how tall) belong to the user who saw them:
// when another user signs in on the same tab they are forgotten, so the next person's skeleton
// never outlines the previous person's billing.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SessionController } from '../../src/components/shared/session.js';
import type { AlisClient } from '../../src/sdk/index.js';

class ShapeHost extends LitElement {
  static override properties = { client: { attribute: false } };
  declare client: AlisClient | undefined;
  readonly session = new SessionController(this);
}
customElements.define('test-shape-host', ShapeHost);

/** A stand-in for a signed-in user's client: SessionController only scopes it. */
const userClient = (): AlisClient => {
  const scoped = (): AlisClient => ({ withSignal: () => scoped() }) as unknown as AlisClient;
  return scoped();
};

describe('remembered loading shapes', () => {
  afterEach(() => {
    sessionStorage.removeItem('alis-rows:alis-invoices:all');
    sessionStorage.removeItem('alis-space:alis-invoices:all');
  });

  it('are kept while the same user stays, and forgotten when another signs in', async () => {
    const host = await fixture<ShapeHost>(html`<test-shape-host .client=${userClient()}></test-shape-host>`);
    sessionStorage.setItem('alis-rows:alis-invoices:all', '7');
    sessionStorage.setItem('alis-space:alis-invoices:all', '800 412');
    host.requestUpdate();
    await host.updateComplete;
    expect(sessionStorage.getItem('alis-rows:alis-invoices:all'), 'same user').to.equal('7');
    host.client = userClient();
    await host.updateComplete;
    expect(sessionStorage.getItem('alis-rows:alis-invoices:all'), 'rows after the switch').to.equal(null);
    expect(sessionStorage.getItem('alis-space:alis-invoices:all'), 'height after the switch').to.equal(null);
  });
});
