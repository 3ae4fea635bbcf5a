// <alis-accept-invitation> opened as an invited person would, from the emailed link with no one signed
// in, against the shared mock backend; the new session is used with the SDK to prove what it can see.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import { AlisAcceptInvitation } from '../../src/components/accept-invitation/accept-invitation.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisInvitationAcceptedEvent } from '../../src/events/staff-events.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import type { ConnectUser } from '../../src/sdk/types.js';
import { formatDateTime } from '../../src/core/format.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

AlisAcceptInvitation.define('alis-accept-invitation');

const LINDA_TOKEN = 'mock-invite-linda-tran';
const ERIK_TOKEN = 'mock-invite-erik-lindqvist';

function clientFor(token?: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string | undefined): Promise<AlisAcceptInvitation> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1"><alis-accept-invitation token=${token ?? ''}></alis-accept-invitation></alis-billing-provider>
  `);
  const element = provider.querySelector('alis-accept-invitation')!;
  await element.loadComplete;
  await waitUntil(() => element.state !== 'loading', 'the invitation never loaded', { timeout: 5000 });
  await element.updateComplete;
  return element;
}

/** Waits for focus to land on `selector` inside `element`'s shadow root; a failure names what has focus (as text: DOM nodes do not travel to the runner). */
async function expectFocus(element: Element, selector: string): Promise<void> {
  const root = element.shadowRoot!;
  try {
    await waitUntil(() => root.activeElement?.matches(selector), '', { timeout: 3000 });
  } catch {
    const active = root.activeElement;
    throw new Error(`focus is on ${active ? active.outerHTML.replace(/\s+/g, ' ').slice(0, 160) : 'nothing'}, not on ${selector}`);
  }
}

/** Asserts that nothing matches `selector` (compared as a boolean, so a failure does not ship a DOM node to the runner). */
function expectAbsent(root: Element | null | undefined, selector: string): void {
  const found = (root instanceof Element && root.shadowRoot ? root.shadowRoot : root)?.querySelector(selector);
  expect(found ? found.outerHTML.slice(0, 160) : null, `${selector} should not be shown`).to.equal(null);
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);

async function advanceClock(days: number): Promise<void> {
  const response = await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: days }) });
  expect(response.status).to.equal(200);
}

async function typeName(element: AlisAcceptInvitation, name: string): Promise<void> {
  const input = $<HTMLInputElement>(element, '#display-name')!;
  input.focus();
  input.select();
  await sendKeys(name === '' ? { press: 'Backspace' } : { type: name });
}

async function users(staffClient: AlisClient): Promise<ConnectUser[]> {
  return (await staffClient.access.users({ limit: 500 })).items;
}

/** The method and path of every request made while `body` runs. */
async function recordRequests(body: () => Promise<void>): Promise<string[]> {
  const original = window.fetch;
  const requests: string[] = [];
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(`${request.method} ${new URL(request.url).pathname}`);
    return original(request);
  };
  try {
    await body();
  } finally {
    window.fetch = original;
  }
  return requests;
}

const nextAccepted = () =>
  new Promise<AlisInvitationAcceptedEvent>((resolve) => window.addEventListener('alis-invitation-accepted', resolve, { once: true }));

describe('<alis-accept-invitation>', () => {
  let staff: Persona;
  let staffClient: AlisClient;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff');
  });

  beforeEach(async () => {
    await resetMockBackend();
    staffClient = clientFor(staff.token);
  });

  it('previews who invited whom, for which resident, with which access, and offers the invited name', async () => {
    const preview = await clientFor().invitations.get(LINDA_TOKEN);
    const element = await mount(LINDA_TOKEN);
    expect(element.state).to.equal('preview');
    const text = textOf(element.shadowRoot);
    expect(text).to.contain(`${preview.invitedBy} of ${preview.communityName} invited you`);
    expect(text).to.contain(preview.residentName);
    expect(text).to.contain(`${preview.party.name} (${preview.party.relationship})`);
    expect(text).to.contain(preview.email);
    expect(text).to.contain(preview.profile.name);
    expect(text).to.contain("Sees all of the resident's billing");
    expect(text).to.contain('Cannot pay bills');
    expect($<HTMLInputElement>(element, '#display-name')!.value).to.equal(preview.party.name);
    // When the link stops working, on the community's clock with its zone, as the email says.
    const { timeZone } = await clientFor().community.get();
    await waitForText(element, formatDateTime(preview.expiresAt, timeZone, undefined).replace(/\s+/g, ' '));
    await expect(element).to.be.accessible();
  });

  it('accepts: fires alis-invitation-accepted with a working session, welcomes the person, and the link is then used', async () => {
    const element = await mount(LINDA_TOKEN);
    await typeName(element, 'Linda T. Tran');
    const accepted = nextAccepted();
    $<HTMLButtonElement>(element, '[data-action="accept"]')!.click();
    const { session } = await accepted;
    expect(session.user.displayName).to.equal('Linda T. Tran');
    expect(session.user.email).to.equal('linda.tran@example.com');

    await element.updateComplete;
    expect(element.state).to.equal('accepted');
    expect(textOf($(element, 'h2'))).to.equal('Welcome, Linda T. Tran');
    await expectFocus(element, 'h2');
    expect(textOf($(element, '[part="welcome"]'))).to.contain('linda.tran@example.com');
    await expect(element).to.be.accessible();

    // The host page signs in with the session: the SDK sees the invited party with the invited profile.
    const linda = clientFor(session.token);
    const me = await linda.session.me();
    expect(me.party?.id).to.equal('con-linda-tran');
    expect(me.permissions).to.deep.equal(['view_billing']);
    await linda.invoices.list();
    const listed = (await users(staffClient)).find((u) => u.email === 'linda.tran@example.com');
    expect(listed?.status).to.equal('active');

    const again = await mount(LINDA_TOKEN);
    expect(again.state).to.equal('invitation_used');
    await waitForText(again, 'already used');
    expect(textOf(again.shadowRoot)).to.contain('sign in to the portal with your email');
    await expect(again).to.be.accessible();
  });

  it('a double click accepts once', async () => {
    const element = await mount(LINDA_TOKEN);
    let events = 0;
    const count = () => events++;
    window.addEventListener('alis-invitation-accepted', count);
    const requests = await recordRequests(async () => {
      const button = $<HTMLButtonElement>(element, '[data-action="accept"]')!;
      button.click();
      button.click();
      await waitUntil(() => element.state === 'accepted', 'never accepted', { timeout: 5000 });
    });
    window.removeEventListener('alis-invitation-accepted', count);
    expect(requests.filter((r) => r.startsWith('POST'))).to.deep.equal([`POST /api/v1/invitations/${LINDA_TOKEN}/accept`]);
    expect(events).to.equal(1);
    expect((await users(staffClient)).filter((u) => u.email === 'linda.tran@example.com' && u.status === 'active').length).to.equal(1);
  });

  it('refuses an empty name at the field and sends nothing', async () => {
    const element = await mount(LINDA_TOKEN);
    const input = $<HTMLInputElement>(element, '#display-name')!;
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await element.updateComplete;
    const requests = await recordRequests(async () => {
      $<HTMLButtonElement>(element, '[data-action="accept"]')!.click();
      await waitForText(element, 'Enter your name.');
    });
    expect(requests).to.deep.equal([]);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expectFocus(element, '#display-name');
    await expect(element).to.be.accessible();
  });

  it("shows the server's refusal of the name at the field and keeps what was typed", async () => {
    const { worker } = await mockWorker();
    worker.use(
      http.post('/api/v1/invitations/:token/accept', () =>
        HttpResponse.json({ code: 'validation_failed', message: 'Some fields are not valid.', fields: { displayName: 'Use at most 100 characters.' } }, { status: 400 }),
      ),
    );
    const element = await mount(LINDA_TOKEN);
    await typeName(element, 'Linda Tran the Second');
    $<HTMLButtonElement>(element, '[data-action="accept"]')!.click();
    await waitForText(element, 'Use at most 100 characters.');
    const input = $<HTMLInputElement>(element, '#display-name')!;
    expect(input.value).to.equal('Linda Tran the Second');
    await expectFocus(element, '#display-name');
    expect(element.state).to.equal('preview');
    expect((await users(staffClient)).find((u) => u.email === 'linda.tran@example.com')?.status).to.equal('invited');
  });

  it('says an expired link expired, and what to do', async () => {
    await advanceClock(31);
    const element = await mount(LINDA_TOKEN);
    expect(element.state).to.equal('invitation_expired');
    expect(textOf($(element, 'h2'))).to.equal('This invitation has expired');
    expect(textOf($(element, '[part="notice"][data-kind]'))).to.contain("Ask the community's business office to resend your invitation");
    expectAbsent(element, 'form');
    await expect(element).to.be.accessible();

    const erik = await mount(ERIK_TOKEN);
    expect(erik.state).to.equal('invitation_expired');
  });

  it('turns to the expired notice when the link expires between opening and accepting, creating no one', async () => {
    const element = await mount(LINDA_TOKEN);
    await advanceClock(31);
    $<HTMLButtonElement>(element, '[data-action="accept"]')!.click();
    await waitUntil(() => element.state === 'invitation_expired', 'the expiry was not shown', { timeout: 5000 });
    await element.updateComplete;
    expect(textOf($(element, '[part="notice"][data-kind]'))).to.contain('Willow Creek');
    await expectFocus(element, 'h2');
    expect((await users(staffClient)).some((u) => u.email === 'linda.tran@example.com' && u.status === 'active')).to.equal(false);
  });

  it('says calmly, with the office contact, that the portal is switched off, instead of an error', async () => {
    await staffClient.settings.update({ portalEnabled: false });
    const element = await mount(LINDA_TOKEN);
    expect(element.state).to.equal('portal_off');
    const notice = $(element, '[part="notice"]')!;
    expect(textOf(notice)).to.contain('switched off');
    expect(textOf(notice)).to.contain('(630) 555-0142');
    expect(notice.getAttribute('data-tone')).to.equal('info');
    expect(notice.getAttribute('role'), 'announced politely').to.equal('status');
    expectAbsent(element, '[role="alert"]');
    expectAbsent(element, 'form');
    expect([...element.shadowRoot!.querySelectorAll('button')].map(textOf), 'trying again cannot help').to.not.include('Try again');
    await expect(element).to.be.accessible();
  });

  it('turns to the same calm notice when the portal is switched off between opening and accepting, creating no one', async () => {
    const element = await mount(LINDA_TOKEN);
    await staffClient.settings.update({ portalEnabled: false });
    $<HTMLButtonElement>(element, '[data-action="accept"]')!.click();
    await waitUntil(() => element.state === 'portal_off', 'the portal-off notice was not shown', { timeout: 5000 });
    await element.updateComplete;
    const notice = $(element, '[part="notice"]')!;
    expect(textOf(notice)).to.contain('(630) 555-0142');
    expect(notice.getAttribute('data-tone')).to.equal('info');
    expectAbsent(element, '[role="alert"]');
    expectAbsent(element, 'form');
    await expectFocus(element, 'h2');
    await expect(element).to.be.accessible();
    expect((await users(staffClient)).some((u) => u.email === 'linda.tran@example.com' && u.status === 'active')).to.equal(false);
  });

  it('says a link that is not valid (e.g. replaced by a resend) does not work', async () => {
    const element = await mount('mock-invite-nobody-at-all');
    expect(element.state).to.equal('not_found');
    await waitForText(element, 'most recent email');
    await expect(element).to.be.accessible();
  });

  it('explains itself when opened without a token', async () => {
    const element = await mount(undefined);
    expect(element.state).to.equal('missing');
    await waitForText(element, 'Open the link from your invitation email');
  });

  it('works alone with a client property that has no token', async () => {
    const element = await fixture<AlisAcceptInvitation>(html`<alis-accept-invitation .client=${clientFor()} token=${LINDA_TOKEN}></alis-accept-invitation>`);
    await element.loadComplete;
    await waitUntil(() => element.state === 'preview', 'the invitation never showed', { timeout: 5000 });
    const accepted = nextAccepted();
    $<HTMLButtonElement>(element, '[data-action="accept"]')!.click();
    const { session } = await accepted;
    expect(session.user.displayName).to.equal('Linda Tran');
  });
});
