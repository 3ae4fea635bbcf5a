import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { http, HttpResponse, delay } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import { createAlisClient } from '../../src/sdk/index.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import type { AlisSessionExpiredEvent } from '../../src/events/session-events.js';
import { acceptRefreshedToken } from '../support/session.js';


const payerInvoiceIds = (provider: AlisBillingProvider) =>
  [...(provider.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll<HTMLElement>('tbody tr[data-invoice-id]') ?? [])].map(
    (row) => row.dataset.invoiceId,
  );

const rowCount = (provider: AlisBillingProvider) =>
  provider.querySelector('alis-invoices')?.shadowRoot?.querySelectorAll('tbody tr[data-invoice-id]').length ?? 0;

describe('<alis-billing-provider>', () => {
  before(mockWorker);
  beforeEach(resetMockBackend);

  it('asks getToken for the bearer token on every request', async () => {
    const payer = await persona((p) => p.role === 'payer', 'the default payer');
    let asked = 0;
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider
        .getToken=${() => {
          asked++;
          return payer.token;
        }}
      >
        <alis-invoices></alis-invoices>
      </alis-billing-provider>
    `);
    await waitUntil(() => rowCount(provider) > 0, 'no invoices with a getToken provider');
    expect(asked, 'session + invoices requests').to.be.at.least(2);
  });

  it('provides a client given to it instead of building one', async () => {
    const payer = await persona((p) => p.role === 'payer', 'the default payer');
    const seen: string[] = [];
    const client = createAlisClient({
      baseUrl: '/api/v1',
      getToken: () => payer.token,
      fetch: (request) => {
        seen.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider .client=${client}><alis-invoices></alis-invoices></alis-billing-provider>
    `);
    await waitUntil(() => rowCount(provider) > 0, 'no invoices with a given client');
    expect(provider.providedClient).to.equal(client);
    expect(seen).to.include.members(['/api/v1/me', '/api/v1/invoices']);
  });

  it('takes no space of its own and is invisible to assistive technology', async () => {
    const provider = await fixture<AlisBillingProvider>(html`<alis-billing-provider><p>content</p></alis-billing-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
    await expect(provider).to.be.accessible();
  });

  describe('one signed-in user per session', () => {
    let payer: Persona;
    let other: Persona;
    before(async () => {
      payer = await persona((p) => p.role === 'payer', 'the default payer');
      other = await persona((p) => p.role === 'payer' && p.userId !== payer.userId && !/revoked/i.test(p.description), 'another payer');
    });

    async function mountAs(token: string | undefined) {
      const provider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .token=${token}><alis-invoices></alis-invoices></alis-billing-provider>
      `);
      return provider;
    }

    it('carries on with the same client when the same user’s token is refreshed, reloading nothing', async () => {
      await acceptRefreshedToken('refreshed-token', payer.token);
      const provider = await mountAs(payer.token);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const client = provider.providedClient;
      const shown = payerInvoiceIds(provider);
      provider.token = 'refreshed-token';
      await provider.updateComplete;
      // The check of the new token (GET /me) has time to finish; the session must not change.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(provider.providedClient, 'the same session').to.equal(client);
      expect(payerInvoiceIds(provider)).to.deep.equal(shown);
      await provider.querySelector('alis-invoices')!.refresh();
      expect(payerInvoiceIds(provider), 'requests now carry the refreshed token, answered as the same user').to.deep.equal(shown);
    });

    it('starts a new session for another user’s token, aborting what the previous session was still loading', async () => {
      const provider = await mountAs(payer.token);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const first = provider.providedClient!;
      const { worker } = await mockWorker();
      let heldSignal: AbortSignal | undefined;
      worker.use(
        http.get('/api/v1/outstanding', async ({ request }) => {
          heldSignal = request.signal;
          await delay('infinite');
          return HttpResponse.json({});
        }),
      );
      const stillLoading = first.outstanding.get().then(
        () => 'answered',
        (error: unknown) => (error instanceof DOMException && error.name === 'AbortError' ? 'aborted' : String(error)),
      );
      await waitUntil(() => heldSignal, 'the held request never reached the mock');
      worker.resetHandlers();
      provider.token = other.token;
      await waitUntil(() => provider.providedClient !== first, 'no new session for another user', { timeout: 5000 });
      expect(await stillLoading, "the previous user's request is aborted").to.equal('aborted');
      const expected = (await createAlisClient({ baseUrl: '/api/v1', getToken: () => other.token }).invoices.list({ limit: 24 })).items.map((i) => i.id);
      await waitUntil(() => JSON.stringify(payerInvoiceIds(provider)) === JSON.stringify(expected), 'the new user’s invoices never showed', { timeout: 5000 });
    });

    it('starts a new, signed-out session when the token is removed', async () => {
      const provider = await mountAs(payer.token);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const first = provider.providedClient;
      provider.token = undefined;
      await waitUntil(() => provider.providedClient !== first, 'signing out kept the session', { timeout: 5000 });
      const invoices = provider.querySelector('alis-invoices')!;
      await waitUntil(() => invoices.shadowRoot!.textContent!.includes('Please sign in'), 'the signed-out notice never showed', { timeout: 5000 });
      expect(rowCount(provider)).to.equal(0);
    });

    it('treats getToken answering with another user’s token as a new session', async () => {
      let token = payer.token;
      const provider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .getToken=${() => token}><alis-invoices></alis-invoices></alis-billing-provider>
      `);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const first = provider.providedClient;
      token = other.token;
      await provider.querySelector('alis-invoices')!.refresh().catch(() => undefined);
      await waitUntil(() => provider.providedClient !== first, 'another user’s token was used in the same session', { timeout: 5000 });
      const expected = (await createAlisClient({ baseUrl: '/api/v1', getToken: () => other.token }).invoices.list({ limit: 24 })).items.map((i) => i.id);
      await waitUntil(() => JSON.stringify(payerInvoiceIds(provider)) === JSON.stringify(expected), 'the new user’s invoices never showed', { timeout: 5000 });
    });

    it('fires alis-session-expired once on a 401, and resumes the same session with the same user’s new token', async () => {
      await acceptRefreshedToken('signed-in-again', payer.token);
      const provider = await mountAs(payer.token);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const client = provider.providedClient;
      const { worker } = await mockWorker();
      let sessionEnded = true;
      worker.use(
        http.get('/api/v1/me', ({ request }) =>
          sessionEnded && request.headers.get('Authorization') === `Bearer ${payer.token}`
            ? HttpResponse.json({ code: 'unauthenticated', message: 'Your session has ended.' }, { status: 401 })
            : undefined,
        ),
      );
      let expiries = 0;
      provider.addEventListener('alis-session-expired', () => expiries++);
      const expired = oneEvent(provider, 'alis-session-expired') as Promise<AlisSessionExpiredEvent>;
      const invoices = provider.querySelector('alis-invoices')!;
      void invoices.refresh();
      const event = await expired;
      expect(event.bubbles && event.composed, 'heard by the host page').to.equal(true);
      await invoices.refresh();
      await waitUntil(() => invoices.shadowRoot!.textContent!.includes('Please sign in'), 'the signed-out notice never showed');
      expect(expiries, 'fired once, however many requests are refused').to.equal(1);

      sessionEnded = false;
      provider.token = 'signed-in-again';
      await waitUntil(() => rowCount(provider) > 0, 'the failed load never ran again after signing in again', { timeout: 5000 });
      expect(provider.providedClient, 'the same session resumed').to.equal(client);
    });

    it('sends again with the current token a request refused for a token replaced meanwhile, without calling it an expiry', async () => {
      await acceptRefreshedToken('refreshed-token', payer.token);
      const provider = await mountAs(payer.token);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const { worker } = await mockWorker();
      let release: () => void = () => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      let held = false;
      worker.use(
        http.get('/api/v1/invoices', async ({ request }) => {
          // Once: the refreshed token reaches the mock as the real one (acceptRefreshedToken).
          if (held || request.headers.get('Authorization') !== `Bearer ${payer.token}`) return undefined;
          held = true;
          await released;
          // The refresh invalidated the old token while this request was on its way.
          return HttpResponse.json({ code: 'unauthenticated', message: 'This token was replaced.' }, { status: 401 });
        }),
      );
      let expiries = 0;
      provider.addEventListener('alis-session-expired', () => expiries++);
      const invoices = provider.querySelector('alis-invoices')!;
      const reloading = invoices.refresh();
      await waitUntil(() => held, 'the request with the old token never reached the mock');
      const client = provider.providedClient;
      provider.token = 'refreshed-token';
      await provider.checkToken();
      release();
      await reloading;
      expect(expiries, 'a refresh is not an expiry').to.equal(0);
      expect(provider.providedClient).to.equal(client);
      expect(rowCount(provider), 'the list came back with the current token').to.be.greaterThan(0);
    });

    it('keeps the session when checking the same user’s new token first meets a busy service', async () => {
      await acceptRefreshedToken('refreshed-token', payer.token);
      const provider = await mountAs(payer.token);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const client = provider.providedClient;
      const { worker } = await mockWorker();
      let busy = 1;
      worker.use(
        http.get('/api/v1/me', ({ request }) =>
          request.headers.get('Authorization') === 'Bearer refreshed-token' && busy-- > 0
            ? HttpResponse.json({ code: 'internal_error', message: 'Busy.' }, { status: 503 })
            : undefined,
        ),
      );
      provider.token = 'refreshed-token';
      await provider.checkToken();
      expect(provider.providedClient, 'a check that got no answer is tried again, not taken for another user').to.equal(client);
      expect(rowCount(provider)).to.be.greaterThan(0);
    });

    it('treats a new token the service refuses as an ended session, keeping everything until a good one arrives', async () => {
      await acceptRefreshedToken('signed-in-again', payer.token);
      const provider = await mountAs(payer.token);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const client = provider.providedClient;
      let expiries = 0;
      provider.addEventListener('alis-session-expired', () => expiries++);
      provider.token = 'a-token-nobody-issued';
      await provider.checkToken();
      expect(expiries, 'the host hears the session ended').to.equal(1);
      expect(provider.providedClient, 'not taken for another user: what was typed stays').to.equal(client);
      provider.token = 'signed-in-again';
      await provider.checkToken();
      expect(provider.providedClient).to.equal(client);
      await provider.querySelector('alis-invoices')!.refresh();
      expect(rowCount(provider)).to.be.greaterThan(0);
    });

    it('follows a getToken host at once when told its answer changed (checkToken), before any widget asks', async () => {
      let token = payer.token;
      const provider = await fixture<AlisBillingProvider>(html`
        <alis-billing-provider base-url="/api/v1" .getToken=${() => token}><alis-invoices></alis-invoices></alis-billing-provider>
      `);
      await waitUntil(() => rowCount(provider) > 0, 'no invoices');
      const first = provider.providedClient;
      token = other.token;
      await provider.checkToken();
      expect(provider.providedClient, 'another user, a new session').to.not.equal(first);
      await provider.querySelector('alis-invoices')!.updateComplete;
      expect(rowCount(provider), "the previous user's invoices are gone at once").to.equal(0);
    });
  });
});
