// KeyedSubmissionController on a tiny host element: what a payer or staff member sees of one keyed
// submission (steps, announcements, focus) and which idempotency key each attempt carries.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { LitElement } from 'lit';
import { KeyedSubmissionController } from '../../src/components/shared/keyed-submission.js';
import { SessionController, UserChangedError } from '../../src/components/shared/session.js';
import { AlisApiError, AlisNetworkError } from '../../src/sdk/errors.js';
import type { AlisClient } from '../../src/sdk/index.js';

type HostStep = 'form' | 'review' | 'submitting' | 'checking' | 'unconfirmed' | 'done';

/** One attempt as the fake backend saw it. */
interface Attempt {
  key: string;
  step: string;
  signal: AbortSignal | undefined;
}

/**
 * A backend double: each attempt takes the next scripted reply (an answer, an error to throw, or
 * `'hang'` to wait until the request is aborted).
 */
class FakeBackend {
  readonly attempts: Attempt[] = [];
  replies: Array<string | Error | 'hang'> = [];

  /** A signed-in user's client; `withSignal` scopes it as the SDK's does. */
  client(): AlisClient {
    const scoped = (signal: AbortSignal | undefined) => ({ signal, withSignal: (next: AbortSignal) => scoped(next) });
    return scoped(undefined) as unknown as AlisClient;
  }

  send(api: AlisClient, key: string, step: string): Promise<string> {
    const signal = (api as unknown as { signal: AbortSignal | undefined }).signal;
    this.attempts.push({ key, step, signal });
    const reply = this.replies.shift() ?? 'ok';
    if (reply === 'hang') {
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason as Error)));
    }
    return reply instanceof Error ? Promise.reject(reply) : Promise.resolve(reply);
  }
}

const backend = new FakeBackend();

class KeyedHost extends LitElement {
  static override properties = { client: { attribute: false }, step: { state: true }, announcement: { state: true } };
  declare client: AlisClient | undefined;
  declare step: HostStep;
  declare announcement: string;
  answers: string[] = [];
  refusals: unknown[] = [];
  unconfirmedCount = 0;
  /** Set by a test: a refusal sends the host back to review under a new quote. */
  reviewAgainOnRefusal = false;

  readonly session = new SessionController(this, { onUserChange: () => (this.step = 'form') });
  readonly submission = new KeyedSubmissionController<string>(this, {
    session: this.session,
    step: () => this.step,
    setStep: (step) => (this.step = step),
    announce: (text) => (this.announcement = text),
    words: { submitting: 'Submitting.', checking: 'Checking.', unconfirmed: 'Not confirmed.' },
    send: (api, key) => backend.send(api, key, this.step),
    delaysMs: [0],
    onAnswered: (answer) => {
      this.answers.push(answer);
      this.step = 'done';
    },
    onRefused: (error) => {
      this.refusals.push(error);
      if (this.reviewAgainOnRefusal) this.submission.reviewAgain();
      else this.step = 'form';
    },
    onUnconfirmed: () => (this.unconfirmedCount += 1),
  });

  constructor() {
    super();
    this.step = 'form';
    this.announcement = '';
  }

  protected override render() {
    return html`
      <div role="status">${this.announcement}</div>
      <h3 tabindex="-1" data-step-heading>${this.step}</h3>
      <button data-action="review" @click=${() => this.submission.startReview()}>Review</button>
      <button data-action="pay" @click=${() => this.submission.submit()}>Pay</button>
      <button data-action="check" @click=${() => this.submission.checkAgain()}>Check again</button>
    `;
  }
}
customElements.define('test-keyed-host', KeyedHost);

async function mount(): Promise<KeyedHost> {
  const host = await fixture<KeyedHost>(html`<test-keyed-host .client=${backend.client()}></test-keyed-host>`);
  host.submission.startReview();
  await host.updateComplete;
  return host;
}

const click = (host: KeyedHost, action: string) => host.shadowRoot!.querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
const settle = async (host: KeyedHost) => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  await host.updateComplete;
};

describe('KeyedSubmissionController', () => {
  beforeEach(() => {
    backend.attempts.length = 0;
    backend.replies = [];
  });

  it('sends once for a double click, then forgets the key of the answered submission', async () => {
    const host = await mount();
    const key = host.submission.key;
    expect(key).to.be.a('string');
    click(host, 'pay');
    click(host, 'pay');
    await settle(host);
    expect(backend.attempts.map((a) => a.key)).to.deep.equal([key]);
    expect(backend.attempts[0]!.step).to.equal('submitting');
    expect(host.answers).to.deep.equal(['ok']);
    expect(host.step).to.equal('done');
    expect(host.announcement).to.equal('Submitting.');
    expect(host.submission.key).to.equal(null);
  });

  it('checks an unknown outcome with the same key, says it is unconfirmed, and Check again reuses the key', async () => {
    const host = await mount();
    const key = host.submission.key;
    backend.replies = [new AlisNetworkError('dropped'), new AlisNetworkError('dropped again')];
    click(host, 'pay');
    await settle(host);
    expect(backend.attempts.map((a) => [a.key, a.step])).to.deep.equal([
      [key, 'submitting'],
      [key, 'checking'],
    ]);
    expect(host.step).to.equal('unconfirmed');
    expect(host.announcement).to.equal('Not confirmed.');
    expect(host.unconfirmedCount).to.equal(1);
    expect(host.submission.key).to.equal(key);

    // Checking again is uncertain from the first attempt: a 429 keeps the outcome unknown.
    backend.replies = [new AlisApiError({ status: 429, code: 'rate_limited', message: 'Slow down.' })];
    click(host, 'check');
    await settle(host);
    expect(host.refusals).to.deep.equal([]);
    expect(backend.attempts.slice(2).map((a) => a.key)).to.deep.equal([key, key]);
    expect(host.step).to.equal('done');
  });

  it('moves focus to the new step heading once it has rendered', async () => {
    const host = await mount();
    backend.replies = [new AlisNetworkError('dropped'), new AlisNetworkError('dropped again')];
    click(host, 'pay');
    await settle(host);
    const heading = host.shadowRoot!.querySelector('[data-step-heading]');
    expect(host.shadowRoot!.activeElement).to.equal(heading);
    expect(heading?.textContent).to.equal('unconfirmed');
  });

  it('shows a submission interrupted by removal as unconfirmed, and checks it again with the same key', async () => {
    const host = await mount();
    const key = host.submission.key;
    backend.replies = ['hang'];
    click(host, 'pay');
    await host.updateComplete;
    const parent = host.parentElement!;
    host.remove();
    await waitUntil(() => host.step === 'unconfirmed', 'the removed submission never became unconfirmed');
    expect(backend.attempts).to.have.length(1);
    expect(host.refusals).to.deep.equal([]);
    parent.append(host);
    await host.updateComplete;
    click(host, 'check');
    await settle(host);
    expect(backend.attempts.map((a) => a.key)).to.deep.equal([key, key]);
    expect(host.answers).to.deep.equal(['ok']);
  });

  it('forgets the key on a definite refusal, so the next review takes a new one', async () => {
    const host = await mount();
    const key = host.submission.key;
    backend.replies = [new AlisApiError({ status: 422, code: 'validation_failed', message: 'Too much.' })];
    click(host, 'pay');
    await settle(host);
    expect(host.refusals).to.have.length(1);
    expect(host.step).to.equal('form');
    expect(host.submission.key).to.equal(null);
    host.submission.startReview();
    expect(host.submission.key).to.be.a('string').and.not.equal(key);
  });

  it('keeps the key when the host reviews again under a new quote', async () => {
    const host = await mount();
    const key = host.submission.key;
    host.reviewAgainOnRefusal = true;
    backend.replies = [new AlisApiError({ status: 409, code: 'quote_changed', message: 'The fee changed.' })];
    click(host, 'pay');
    await settle(host);
    expect(host.step).to.equal('review');
    expect(host.submission.key).to.equal(key);
    click(host, 'pay');
    await settle(host);
    expect(backend.attempts.map((a) => a.key)).to.deep.equal([key, key]);
  });

  it('drops the key when another user signs in, and never sends it in their session', async () => {
    const host = await mount();
    backend.replies = [new AlisNetworkError('dropped'), new AlisNetworkError('dropped again')];
    click(host, 'pay');
    await settle(host);
    expect(host.step).to.equal('unconfirmed');
    host.client = backend.client();
    await host.updateComplete;
    expect(host.submission.key).to.equal(null);
    // Even a host that kept showing Check again sends nothing for the new user.
    host.step = 'unconfirmed';
    await host.updateComplete;
    click(host, 'check');
    await settle(host);
    expect(backend.attempts).to.have.length(2);
  });

  it('does nothing more when the user changes mid-send', async () => {
    const host = await mount();
    backend.replies = [new UserChangedError()];
    click(host, 'pay');
    await settle(host);
    expect(host.refusals).to.deep.equal([]);
    expect(host.answers).to.deep.equal([]);
    expect(host.step).to.equal('submitting');
  });
});
