// <alis-connect-access> driven as the billing office would, against the shared mock backend:
// every outcome is read back through the SDK (and the mock's outbox), not only from the screen.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import { AlisConnectAccess } from '../../src/components/connect-access/connect-access.js';
import { AlisAcceptInvitation } from '../../src/components/accept-invitation/accept-invitation.js';
import { AlisAccessProfiles } from '../../src/components/access-profiles/access-profiles.js';
import { AlisPcRequestMethod } from '../../src/components/payment-center/request-payment-method.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type {
  AlisInvitationAcceptedEvent,
  AlisInvitationSentEvent,
  AlisPaymentMethodRequestedEvent,
  AlisProfileCreatedEvent,
  AlisUserRevokedEvent,
} from '../../src/events/staff-events.js';
import { AlisApiError, createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import type { ConnectUser } from '../../src/sdk/types.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

AlisAccessProfiles.define('alis-access-profiles');
AlisPcRequestMethod.define('alis-pc-request-method');
AlisConnectAccess.define('alis-connect-access');
AlisAcceptInvitation.define('alis-accept-invitation');

interface MockEmail {
  id: string;
  notice: string;
  to: string;
  subject: string;
  body: string;
  link: string | null;
}

function clientFor(token?: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string, pageSize?: number): Promise<AlisConnectAccess> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}>
      <alis-connect-access page-size=${pageSize ?? 50}></alis-connect-access>
    </alis-billing-provider>
  `);
  const element = provider.querySelector('alis-connect-access')!;
  await element.loadComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('table, .notice'), 'the list never rendered', { timeout: 5000 });
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

function row(element: AlisConnectAccess, userId: string): HTMLTableRowElement | null {
  return $(element, `tr[data-user-id="${userId}"]`);
}

function action(element: AlisConnectAccess, userId: string, name: string): HTMLButtonElement {
  const button = row(element, userId)?.querySelector<HTMLButtonElement>(`[data-action="${name}"]`);
  if (!button) throw new Error(`no ${name} action for ${userId}: ${textOf(row(element, userId))}`);
  return button;
}

function panel(element: AlisConnectAccess, userId: string): HTMLElement {
  const found = $(element, `tr[data-action-for="${userId}"] .action-panel`);
  if (!found) throw new Error(`no action panel for ${userId}`);
  return found;
}

async function outbox(): Promise<MockEmail[]> {
  const response = await fetch('/api/v1/__mock/outbox');
  return ((await response.json()) as { items: MockEmail[] }).items;
}

function tokenOf(email: MockEmail): string {
  const token = new URL(email.link ?? '', 'http://x').searchParams.get('token');
  if (!token) throw new Error(`no token in ${email.link}`);
  return token;
}

async function advanceClock(days: number): Promise<void> {
  const response = await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: days }) });
  expect(response.status).to.equal(200);
}

async function allUsers(client: AlisClient): Promise<ConnectUser[]> {
  const users: ConnectUser[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.access.users({ limit: 500, ...(cursor ? { cursor } : {}) });
    users.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return users;
}

async function openInvite(element: AlisConnectAccess): Promise<HTMLFormElement> {
  $<HTMLButtonElement>(element, '[data-action="invite"]')!.click();
  await waitUntil(() => $<HTMLFormElement>(element, 'form.invite-form'), 'the invite form never opened');
  await waitUntil(() => ($<HTMLFormElement>(element, 'form.invite-form')!.querySelector<HTMLSelectElement>('#invite-party')?.options.length ?? 0) > 1, 'the residents never loaded', { timeout: 5000 });
  await element.updateComplete;
  return $<HTMLFormElement>(element, 'form.invite-form')!;
}

async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

async function fillInvite(element: AlisConnectAccess, values: { email: string; partyId: string; profileId: string; confirm: boolean }): Promise<void> {
  await typeInto($<HTMLInputElement>(element, '#invite-email')!, values.email);
  const select = $<HTMLSelectElement>(element, '#invite-party')!;
  select.value = values.partyId;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
  $<HTMLInputElement>(element, `#invite-profile-${values.profileId}`)!.click();
  await element.updateComplete;
  if (values.confirm) $<HTMLInputElement>(element, '#invite-confirm')!.click();
  await element.updateComplete;
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

const nextEvent = <E extends Event>(name: string) => new Promise<E>((resolve) => window.addEventListener(name, (e) => resolve(e as E), { once: true }));

describe('<alis-connect-access>', () => {
  let staff: Persona;
  let daniel: Persona;
  let eleanor: Persona;
  let staffClient: AlisClient;

  before(async () => {
    await mockWorker();
    staff = await persona((p) => p.role === 'staff', 'staff');
    daniel = await persona((p) => p.token.includes('daniel-whitaker'), 'Daniel Whitaker');
    eleanor = await persona((p) => p.token.includes('eleanor-brooks'), 'Eleanor Brooks');
  });

  beforeEach(async () => {
    await resetMockBackend();
    staffClient = clientFor(staff.token);
  });

  it('lists every portal user and invitation with resident, relationship, profile, status in words and dates', async () => {
    const users = await allUsers(staffClient);
    const profiles = await staffClient.access.profiles();
    const element = await mount(staff.token);
    const rows = [...element.shadowRoot!.querySelectorAll('tbody tr[data-user-id]')];
    expect(rows.map((r) => r.getAttribute('data-user-id'))).to.deep.equal(users.map((u) => u.id));
    const linda = users.find((u) => u.email === 'linda.tran@example.com')!;
    const lindaText = textOf(row(element, linda.id));
    expect(lindaText).to.contain('Linda Tran');
    expect(lindaText).to.contain('linda.tran@example.com');
    expect(lindaText).to.contain(linda.residentName!);
    expect(lindaText).to.contain(linda.party!.relationship!);
    expect(lindaText).to.contain(profiles.find((p) => p.id === linda.profileId)!.name);
    expect(lindaText).to.contain('Invited');
    expect(lindaText).to.contain('Not yet accepted');
    expect(lindaText).to.contain('the link expires');
    const erik = users.find((u) => u.email === 'erik.lindqvist@example.com')!;
    expect(erik.status).to.equal('expired');
    expect(textOf(row(element, erik.id))).to.contain('Invitation expired');
    expect(textOf(row(element, erik.id))).to.contain('Sent 2 times');
    const susan = users.find((u) => u.email === 'susan.hale@example.com')!;
    expect(textOf(row(element, susan.id))).to.contain('Access revoked');
    expectAbsent(row(element, susan.id), '[data-action="revoke"]');
    expect(textOf(row(element, daniel.userId))).to.contain('Active');
    await expect(element).to.be.accessible();
  });

  it('filters by status through the API and sorts by any column header with aria-sort', async () => {
    const element = await mount(staff.token);
    const select = $<HTMLSelectElement>(element, 'select.status-filter')!;
    select.value = 'expired';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    await element.loadComplete;
    await element.updateComplete;
    const expired = (await staffClient.access.users({ status: 'expired' })).items;
    expect([...element.shadowRoot!.querySelectorAll('tbody tr[data-user-id]')].map((r) => r.getAttribute('data-user-id'))).to.deep.equal(expired.map((u) => u.id));
    expect(element.statusFilter).to.equal('expired');

    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await element.updateComplete;
    await element.loadComplete;
    await element.updateComplete;
    const nameHeader = [...element.shadowRoot!.querySelectorAll('thead th')].find((th) => textOf(th).startsWith('Name'))!;
    nameHeader.querySelector('button')!.click();
    await element.updateComplete;
    expect(nameHeader.getAttribute('aria-sort')).to.equal('ascending');
    const names = () => [...element.shadowRoot!.querySelectorAll('tbody th.name .person')].map((name) => textOf(name));
    const ascending = names();
    expect(new Set(ascending).size, 'the names are read, not markers').to.be.greaterThan(5);
    expect(ascending).to.deep.equal([...ascending].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' })));
    nameHeader.querySelector('button')!.click();
    await element.updateComplete;
    expect(nameHeader.getAttribute('aria-sort')).to.equal('descending');
    expect(names()).to.deep.equal([...ascending].reverse());
    await expect(element).to.be.accessible();
  });

  it('pages through users with "Show more users" until it has everyone', async () => {
    const users = await allUsers(staffClient);
    const element = await mount(staff.token, 4);
    expect(element.shadowRoot!.querySelectorAll('tbody tr[data-user-id]').length).to.equal(4);
    for (let pages = 1; $(element, 'button.more'); pages++) {
      expect(pages, 'more pages than users').to.be.below(users.length);
      $<HTMLButtonElement>(element, 'button.more')!.click();
      await waitUntil(() => !$<HTMLButtonElement>(element, 'button.more')?.disabled, 'the next page never loaded', { timeout: 5000 });
      await element.updateComplete;
    }
    expect([...element.shadowRoot!.querySelectorAll('tbody tr[data-user-id]')].map((r) => r.getAttribute('data-user-id'))).to.deep.equal(users.map((u) => u.id));
  });

  it('invites a new email for a resident with a profile and the confirmation; the engine lists them as invited, the email carries the link, and accepting it signs in as that party', async () => {
    const element = await mount(staff.token);
    const form = await openInvite(element);
    await expectFocus(element, '#invite-heading');
    // Profiles are shown with their permissions in words.
    expect(textOf(form)).to.contain('Pays invoices addressed to them');
    expect(textOf(form)).to.contain('Cannot pay bills');
    await fillInvite(element, { email: 'grace.brooks@example.com', partyId: 'res-brooks', profileId: 'prof-financial-responsible-party', confirm: true });
    expect(textOf($(element, 'label[for="invite-confirm"]'))).to.contain("Eleanor Brooks's sensitive billing information");
    await expect(element).to.be.accessible();

    const sent = nextEvent<AlisInvitationSentEvent>('alis-invitation-sent');
    $<HTMLButtonElement>(element, '[data-action="send-invite"]')!.click();
    const event = await sent;
    expect(event.resent).to.equal(false);
    expect(event.user.status).to.equal('invited');
    expect(event.user.email).to.equal('grace.brooks@example.com');

    const listed = (await staffClient.access.users({ status: 'invited' })).items.find((u) => u.email === 'grace.brooks@example.com');
    expect(listed, 'the engine lists the new user').to.exist;
    expect(listed!.status).to.equal('invited');
    expect(listed!.party?.id).to.equal('res-brooks');
    expect(listed!.profileId).to.equal('prof-financial-responsible-party');
    await waitUntil(() => row(element, event.user.id), 'the new user is not listed');
    expect(row(element, event.user.id)!.dataset.status).to.equal('invited');
    await waitForText(element, 'Invitation sent to grace.brooks@example.com');
    expectAbsent(element, 'form.invite-form');
    await expectFocus(element, '[data-action="invite"]');

    const email = (await outbox()).find((m) => m.to === 'grace.brooks@example.com');
    expect(email, 'the invitation email was sent').to.exist;
    const token = tokenOf(email!);

    // The invited person opens the link: no one is signed in.
    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1"><alis-accept-invitation token=${token}></alis-accept-invitation></alis-billing-provider>
    `);
    const accept = provider.querySelector('alis-accept-invitation')!;
    await accept.loadComplete;
    await waitUntil(() => accept.state === 'preview', 'the invitation never showed');
    await accept.updateComplete;
    expect(textOf(accept.shadowRoot!.querySelector('[part="details"]'))).to.contain('Eleanor Brooks');
    const accepted = nextEvent<AlisInvitationAcceptedEvent>('alis-invitation-accepted');
    accept.shadowRoot!.querySelector<HTMLInputElement>('#display-name')!.focus();
    accept.shadowRoot!.querySelector<HTMLInputElement>('#display-name')!.select();
    await sendKeys({ type: 'Grace Brooks' });
    accept.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="accept"]')!.click();
    const { session } = await accepted;
    expect(session.user.email).to.equal('grace.brooks@example.com');
    expect(session.user.displayName).to.equal('Grace Brooks');

    // Signed in with the new session: the resident's invoices, the same ones Eleanor sees.
    const graceClient = clientFor(session.token);
    const me = await graceClient.session.me();
    expect(me.party?.id).to.equal('res-brooks');
    const invoices = await graceClient.invoices.list();
    expect(invoices.items.length).to.be.greaterThan(0);
    expect(invoices.items.map((i) => i.id)).to.deep.equal((await clientFor(eleanor.token).invoices.list()).items.map((i) => i.id));
    const active = (await allUsers(staffClient)).find((u) => u.email === 'grace.brooks@example.com' && u.status === 'active');
    expect(active?.displayName).to.equal('Grace Brooks');
  });

  it('without the confirmation the form refuses at the checkbox, keeps what was typed and sends nothing', async () => {
    const element = await mount(staff.token);
    await openInvite(element);
    const usersBefore = await allUsers(staffClient);
    const emailsBefore = (await outbox()).length;
    let sentEvents = 0;
    const count = () => sentEvents++;
    window.addEventListener('alis-invitation-sent', count);
    const requests = await recordRequests(async () => {
      await fillInvite(element, { email: 'someone.new@example.com', partyId: 'con-thomas-brooks', profileId: 'prof-view-only', confirm: false });
      $<HTMLButtonElement>(element, '[data-action="send-invite"]')!.click();
      await waitForText(element, 'Confirm that this person may see');
    });
    window.removeEventListener('alis-invitation-sent', count);
    expect(requests.filter((r) => r.startsWith('POST')), 'nothing was sent').to.deep.equal([]);
    const checkbox = $<HTMLInputElement>(element, '#invite-confirm')!;
    expect(checkbox.getAttribute('aria-invalid')).to.equal('true');
    expect(checkbox.getAttribute('aria-describedby')).to.equal('invite-confirm-error');
    await expectFocus(element, '#invite-confirm');
    expect($<HTMLInputElement>(element, '#invite-email')!.value).to.equal('someone.new@example.com');
    expect($<HTMLSelectElement>(element, '#invite-party')!.value).to.equal('con-thomas-brooks');
    expect($<HTMLInputElement>(element, '#invite-profile-prof-view-only')!.checked).to.equal(true);
    expect(sentEvents).to.equal(0);
    expect(await allUsers(staffClient)).to.deep.equal(usersBefore);
    expect((await outbox()).length).to.equal(emailsBefore);
    await expect(element).to.be.accessible();

    // Ticking it clears the error; then the invitation goes.
    checkbox.click();
    await element.updateComplete;
    expectAbsent(element, '#invite-confirm-error');
  });

  it("shows an email already in use at the email field, in the engine's words, keeping the form as typed", async () => {
    const element = await mount(staff.token);
    await openInvite(element);
    const usersBefore = await allUsers(staffClient);
    await fillInvite(element, { email: daniel.email, partyId: 'con-thomas-brooks', profileId: 'prof-view-only', confirm: true });
    $<HTMLButtonElement>(element, '[data-action="send-invite"]')!.click();
    await waitUntil(() => $(element, '#invite-email-error'), 'the refusal never showed', { timeout: 5000 });
    const error = $(element, '#invite-email-error');
    let engineMessage = '';
    try {
      await staffClient.access.invite({ email: daniel.email, partyId: 'con-thomas-brooks', profileId: 'prof-view-only', sensitiveInformationConfirmed: true });
    } catch (refusal) {
      expect(refusal).to.be.instanceOf(AlisApiError);
      expect((refusal as AlisApiError).code).to.equal('conflict');
      engineMessage = (refusal as AlisApiError).message;
    }
    expect(textOf(error)).to.equal(engineMessage);
    const input = $<HTMLInputElement>(element, '#invite-email')!;
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    await expectFocus(element, '#invite-email');
    expect(input.value).to.equal(daniel.email);
    expect($<HTMLInputElement>(element, '#invite-confirm')!.checked).to.equal(true);
    expect(await allUsers(staffClient)).to.deep.equal(usersBefore);
    await expect(element).to.be.accessible();
  });

  it("puts the server's field refusals at their fields, and a refusal without fields in place", async () => {
    const { worker } = await mockWorker();
    worker.use(
      http.post('/api/v1/staff/invitations', () =>
        HttpResponse.json(
          { code: 'validation_failed', message: 'Some fields are not valid.', fields: { profileId: 'Choose a profile for portal users, not a billing-team profile.' } },
          { status: 400 },
        ),
      ),
    );
    const element = await mount(staff.token);
    await openInvite(element);
    await fillInvite(element, { email: 'grace.brooks@example.com', partyId: 'res-brooks', profileId: 'prof-view-only', confirm: true });
    $<HTMLButtonElement>(element, '[data-action="send-invite"]')!.click();
    await waitForText(element, 'not a billing-team profile');
    expect(textOf($(element, 'fieldset.profiles .field-error'))).to.equal('Choose a profile for portal users, not a billing-team profile.');
    await expectFocus(element, 'input[name="invite-profile"]');
    expect($<HTMLInputElement>(element, '#invite-email')!.value).to.equal('grace.brooks@example.com');
    await expect(element).to.be.accessible();

    worker.use(http.post('/api/v1/staff/invitations', () => HttpResponse.json({ code: 'forbidden', message: 'Your access does not allow inviting people.' }, { status: 403 })));
    $<HTMLButtonElement>(element, '[data-action="send-invite"]')!.click();
    await waitForText(element, 'Your access does not allow inviting people.');
    expect(textOf($(element, '.invite-form .notice[role="alert"]'))).to.equal('Your access does not allow inviting people.');
    expect($<HTMLInputElement>(element, '#invite-confirm')!.checked).to.equal(true);
  });

  it('offers to invite a revoked person again, filled in from their old access but with the confirmation to give again', async () => {
    const element = await mount(staff.token);
    const susan = (await allUsers(staffClient)).find((u) => u.status === 'revoked')!;
    action(element, susan.id, 'invite-again').click();
    await waitUntil(() => ($(element, '#invite-party') as HTMLSelectElement | null)?.value === susan.party!.id, 'the form was not filled in', { timeout: 5000 });
    await expectFocus(element, '#invite-heading');
    expect($<HTMLInputElement>(element, '#invite-email')!.value).to.equal(susan.email);
    expect($<HTMLInputElement>(element, `#invite-profile-${susan.profileId}`)!.checked).to.equal(true);
    expect($<HTMLInputElement>(element, '#invite-confirm')!.checked).to.equal(false);
    $<HTMLButtonElement>(element, '[data-action="cancel-invite"]')!.click();
    await expectFocus(element, `tr[data-user-id="${susan.id}"] [data-action="invite-again"]`);
  });

  it('resends an invitation after saying the old link dies: the old token stops working and the new one works', async () => {
    const linda = (await allUsers(staffClient)).find((u) => u.email === 'linda.tran@example.com')!;
    const oldToken = 'mock-invite-linda-tran';
    await staffClient.invitations.get(oldToken); // works before
    const element = await mount(staff.token);
    action(element, linda.id, 'resend').click();
    await element.updateComplete;
    const confirm = panel(element, linda.id);
    expect(textOf(confirm)).to.contain('stops working at once');
    await expectFocus(element, `#action-heading-${linda.id}`);
    await expect(element).to.be.accessible();

    const sent = nextEvent<AlisInvitationSentEvent>('alis-invitation-sent');
    confirm.querySelector<HTMLButtonElement>('[data-action="confirm-resend"]')!.click();
    const event = await sent;
    expect(event.resent).to.equal(true);
    expect(event.user.invitation?.sentCount).to.equal(2);
    await waitForText(element, 'the earlier link no longer works');
    await expectFocus(element, `tr[data-user-id="${linda.id}"] [data-action="resend"]`);

    // The seeded invitation email, and now the resent one (the outbox is newest first).
    const emails = (await outbox()).filter((m) => m.to === 'linda.tran@example.com');
    expect(emails.length).to.equal(2);
    expect(tokenOf(emails[1]!)).to.equal(oldToken);
    const newToken = tokenOf(emails[0]!);
    expect(newToken).not.to.equal(oldToken);
    // The engine answers the old link as not valid (it does not reveal that a newer one exists).
    const refusal = await staffClient.invitations.get(oldToken).then(
      () => null,
      (e: unknown) => e,
    );
    expect((refusal as AlisApiError).code).to.equal('not_found');
    const preview = await clientFor().invitations.get(newToken);
    expect(preview.email).to.equal('linda.tran@example.com');

    const provider = await fixture<AlisBillingProvider>(html`
      <alis-billing-provider base-url="/api/v1"><alis-accept-invitation token=${oldToken}></alis-accept-invitation></alis-billing-provider>
    `);
    const accept = provider.querySelector('alis-accept-invitation')!;
    await accept.loadComplete;
    await waitUntil(() => accept.state === 'not_found', 'the old link was not refused');
    await waitForText(accept, 'most recent email');
  });

  it('shows an invitation past 30 days as expired, and resending gives it a working link again', async () => {
    await advanceClock(31);
    const linda = (await allUsers(staffClient)).find((u) => u.email === 'linda.tran@example.com')!;
    expect(linda.status).to.equal('expired');
    const element = await mount(staff.token);
    expect(row(element, linda.id)!.dataset.status).to.equal('expired');
    expect(textOf(row(element, linda.id))).to.contain('Invitation expired');
    action(element, linda.id, 'resend').click();
    await element.updateComplete;
    const sent = nextEvent<AlisInvitationSentEvent>('alis-invitation-sent');
    panel(element, linda.id).querySelector<HTMLButtonElement>('[data-action="confirm-resend"]')!.click();
    await sent;
    await waitUntil(() => row(element, linda.id)?.dataset.status === 'invited', 'the invitation is not invited again');
    const email = (await outbox()).find((m) => m.to === 'linda.tran@example.com')!;
    expect((await clientFor().invitations.get(tokenOf(email))).email).to.equal('linda.tran@example.com');
  });

  it('revokes Daniel Whitaker after saying he loses access at once: his token is refused with access_revoked', async () => {
    const element = await mount(staff.token);
    const revokeButton = action(element, daniel.userId, 'revoke');
    revokeButton.click();
    await element.updateComplete;
    const confirm = panel(element, daniel.userId);
    expect(textOf(confirm)).to.contain('loses access at once');
    await expectFocus(element, `#action-heading-${daniel.userId}`);
    await expect(element).to.be.accessible();

    // Keeping access changes nothing and returns focus to the button that opened the panel.
    confirm.querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    await element.updateComplete;
    await element.updateComplete;
    await expectFocus(element, `tr[data-user-id="${daniel.userId}"] [data-action="revoke"]`);
    await clientFor(daniel.token).session.me();

    action(element, daniel.userId, 'revoke').click();
    await element.updateComplete;
    const revoked = nextEvent<AlisUserRevokedEvent>('alis-user-revoked');
    panel(element, daniel.userId).querySelector<HTMLButtonElement>('[data-action="confirm-revoke"]')!.click();
    const event = await revoked;
    expect(event.user.id).to.equal(daniel.userId);
    expect(event.user.status).to.equal('revoked');
    const refusal = await clientFor(daniel.token).session.me().then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).to.be.instanceOf(AlisApiError);
    expect((refusal as AlisApiError).code).to.equal('access_revoked');
    await waitUntil(() => row(element, daniel.userId)?.dataset.status === 'revoked', 'the row does not show the revocation');
    expect(textOf(row(element, daniel.userId))).to.contain('Access revoked');
    expect((await allUsers(staffClient)).find((u) => u.id === daniel.userId)?.status).to.equal('revoked');
  });

  it('cancels a pending invitation in words about the invitation, not about access the invitee never had', async () => {
    const linda = (await allUsers(staffClient)).find((u) => u.email === 'linda.tran@example.com')!;
    expect(linda.status).to.equal('invited');
    const element = await mount(staff.token);
    const button = action(element, linda.id, 'revoke');
    expect(textOf(button)).to.equal('Cancel invitation to Linda Tran');
    button.click();
    await element.updateComplete;
    const confirm = panel(element, linda.id);
    const words = textOf(confirm);
    expect(textOf(confirm.querySelector('h3'))).to.equal('Cancel the invitation to linda.tran@example.com?');
    expect(textOf(confirm.querySelector('[data-action="cancel"]'))).to.equal('Keep the invitation');
    expect(textOf(confirm.querySelector('[data-action="confirm-revoke"]'))).to.equal('Cancel the invitation');
    for (const untrue of ['Keep access', 'Revoke access', 'loses access']) expect(words, untrue).not.to.contain(untrue);
    expect(words).to.contain('has no access yet');
    await expect(element).to.be.accessible();

    const revoked = nextEvent<AlisUserRevokedEvent>('alis-user-revoked');
    confirm.querySelector<HTMLButtonElement>('[data-action="confirm-revoke"]')!.click();
    await revoked;
    await waitUntil(() => row(element, linda.id)?.dataset.status === 'revoked', 'the row does not show the cancelled invitation');
    const rowText = textOf(row(element, linda.id));
    expect(rowText).to.contain('Invitation cancelled');
    expect(rowText, 'no access was revoked: there was none').not.to.contain('Access revoked');
    await waitForText(element, 'The invitation to linda.tran@example.com was cancelled; its link no longer works.');
  });

  it('asks about an expired invitation’s link and profile in words true of an expired invitation', async () => {
    await advanceClock(31);
    const linda = (await allUsers(staffClient)).find((u) => u.email === 'linda.tran@example.com')!;
    expect(linda.status).to.equal('expired');
    const element = await mount(staff.token);
    action(element, linda.id, 'resend').click();
    await element.updateComplete;
    let words = textOf(panel(element, linda.id));
    expect(words).to.contain('has expired');
    expect(words, 'an expired link does not stop working now').not.to.contain('stops working at once');
    expect(words).not.to.contain('Keep the current link');
    panel(element, linda.id).querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    await element.updateComplete;

    action(element, linda.id, 'profile').click();
    await element.updateComplete;
    words = textOf(panel(element, linda.id));
    expect(textOf(panel(element, linda.id).querySelector('h3'))).to.equal('Change the profile of the invitation to linda.tran@example.com');
    expect(words, 'nobody has the profile until the invitation is accepted').not.to.contain('applies at once');
    panel(element, linda.id).querySelector<HTMLButtonElement>('[data-action="cancel"]')!.click();
    await element.updateComplete;

    action(element, linda.id, 'revoke').click();
    await element.updateComplete;
    words = textOf(panel(element, linda.id));
    expect(textOf(panel(element, linda.id).querySelector('[data-action="confirm-revoke"]'))).to.equal('Cancel the invitation');
    expect(words).to.contain('never had access');
    expect(words).not.to.contain('stops working at once');
  });

  it("changes a user's profile: the engine and the user's permissions follow", async () => {
    const element = await mount(staff.token);
    action(element, daniel.userId, 'profile').click();
    await element.updateComplete;
    const form = panel(element, daniel.userId);
    await expectFocus(element, `#action-heading-${daniel.userId}`);
    expect(form.querySelector<HTMLInputElement>(`input[value="prof-financial-responsible-party"]`)!.checked).to.equal(true);
    expect(textOf(form)).to.contain("Sees all of the resident's billing");
    form.querySelector<HTMLInputElement>('input[value="prof-view-only"]')!.click();
    await element.updateComplete;
    await expect(element).to.be.accessible();
    form.querySelector<HTMLButtonElement>('[data-action="confirm-profile"]')!.click();
    await waitForText(element, 'now has the profile Views billing only');
    const updated = (await allUsers(staffClient)).find((u) => u.id === daniel.userId)!;
    expect(updated.profileId).to.equal('prof-view-only');
    expect((await clientFor(daniel.token).session.me()).permissions).to.deep.equal(['view_billing']);
    expect(row(element, daniel.userId)!.querySelector('[data-profile-id]')!.getAttribute('data-profile-id')).to.equal('prof-view-only');
    await expectFocus(element, `tr[data-user-id="${daniel.userId}"] [data-action="profile"]`);
  });

  it("keeps a refused action's panel open with the engine's words and changes nothing", async () => {
    const element = await mount(staff.token);
    // Another member of the billing team revokes Daniel meanwhile; this list still shows him active.
    await staffClient.access.updateUser(daniel.userId, { revoked: true });
    action(element, daniel.userId, 'profile').click();
    await element.updateComplete;
    panel(element, daniel.userId).querySelector<HTMLInputElement>('input[value="prof-view-only"]')!.click();
    await element.updateComplete;
    panel(element, daniel.userId).querySelector<HTMLButtonElement>('[data-action="confirm-profile"]')!.click();
    await waitUntil(() => $(element, `tr[data-action-for="${daniel.userId}"] .problem`), 'the refusal never showed', { timeout: 5000 });
    const problem = $(element, `tr[data-action-for="${daniel.userId}"] .problem`);
    expect(textOf(problem)).to.contain('already revoked');
    await expectFocus(element, `tr[data-action-for="${daniel.userId}"] .problem`);
    expect(panel(element, daniel.userId).querySelector<HTMLInputElement>('input[value="prof-view-only"]')!.checked).to.equal(true);
    expect((await allUsers(staffClient)).find((u) => u.id === daniel.userId)?.profileId).to.equal('prof-financial-responsible-party');
    await expect(element).to.be.accessible();
  });

  it('shows a payer the staff-only notice instead of failing', async () => {
    const element = await mount(daniel.token);
    expect(textOf($(element, '.notice'))).to.contain('staff only');
    expectAbsent(element, 'table');
    expectAbsent(element, '[data-action="invite"]');
    await expect(element).to.be.accessible();
  });

  it('reflows at 320px: the page never scrolls sideways, only the table inside its box', async () => {
    const element = await mount(staff.token);
    const box = element.parentElement!.parentElement!;
    box.style.width = '320px';
    await openInvite(element);
    await element.updateComplete;
    const wrap = $(element, '.table-wrap')!;
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    expect($(element, 'form.invite-form')!.scrollWidth).to.be.at.most($(element, 'form.invite-form')!.clientWidth + 1);
    expect(wrap.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
    for (const control of element.shadowRoot!.querySelectorAll<HTMLElement>('button, select, input:not([type="checkbox"]):not([type="radio"])')) {
      if (control.getClientRects().length === 0) continue;
      expect(control.getBoundingClientRect().height, textOf(control) || control.id).to.be.at.least(44);
    }

    // A confirmation under a row stays within the visible part of the table, even scrolled sideways.
    action(element, daniel.userId, 'revoke').click();
    await element.updateComplete;
    wrap.scrollLeft = 400;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const box320 = wrap.getBoundingClientRect();
    const confirm = panel(element, daniel.userId).getBoundingClientRect();
    expect(confirm.left).to.be.at.least(box320.left - 1);
    expect(confirm.right).to.be.at.most(box320.right + 1);
    expect(document.documentElement.scrollWidth, 'the page scrolls sideways').to.be.at.most(document.documentElement.clientWidth);
  });
  it("a profile created under User profiles is offered at once in the invite form and in Change profile", async () => {
    const element = await mount(staff.token);
    const toggle = $<HTMLButtonElement>(element, '#profiles-toggle')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const profiles = $(element, 'alis-access-profiles')!;
    await waitUntil(() => profiles.shadowRoot?.querySelector('table'), 'the profiles never loaded', { timeout: 5000 });
    await expect(element).to.be.accessible();
    profiles.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="create"]')!.click();
    await waitUntil(() => profiles.shadowRoot!.querySelector('#profile-name'), 'the new-profile form never opened');
    await typeInto(profiles.shadowRoot!.querySelector<HTMLInputElement>('#profile-name')!, 'Pays pharmacy only');
    profiles.shadowRoot!.querySelector<HTMLInputElement>('#permission-pay_bills')!.click();
    const created = nextEvent<AlisProfileCreatedEvent>('alis-profile-created');
    profiles.shadowRoot!.querySelector<HTMLButtonElement>('form [data-action="save"]')!.click();
    const { profile } = await created;

    // Nothing reloads the page: Connect access heard the event and loaded the profiles again.
    await openInvite(element);
    await waitUntil(() => $(element, `#invite-profile-${profile.id}`), 'the new profile is not among the invite choices', { timeout: 5000 });
    expect(textOf($(element, `label[for="invite-profile-${profile.id}"]`))).to.contain('Pays pharmacy only');
    $<HTMLButtonElement>(element, '[data-action="cancel-invite"]')!.click();
    await element.updateComplete;
    action(element, daniel.userId, 'profile').click();
    await element.updateComplete;
    expect(panel(element, daniel.userId).querySelector(`input[value="${profile.id}"]`), 'not offered in Change profile').to.exist;
  });

  it('asks an active user to add a payment method after saying where the email goes, and announces who got it', async () => {
    const karen = await persona((p) => p.token.includes('karen-molloy'), 'Karen Molloy');
    const element = await mount(staff.token);
    const request = row(element, karen.userId)!.querySelector('alis-pc-request-method')!;
    const ask = request.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="request-method"]')!;
    expect(textOf(ask)).to.contain('Ask to add a payment method');
    ask.click();
    await waitUntil(() => request.shadowRoot!.querySelector('[data-confirm]'), 'no confirmation');
    expect(textOf(request.shadowRoot!.querySelector('[data-confirm]'))).to.contain(
      'The email goes to karen.molloy@example.com, the address Karen Molloy signs in to the portal with,',
    );
    expect(request.shadowRoot!.activeElement?.id).to.equal('ask-title');
    await expect(element).to.be.accessible();
    const requested = nextEvent<AlisPaymentMethodRequestedEvent>('alis-payment-method-requested');
    request.shadowRoot!.querySelector<HTMLButtonElement>('[data-action="send-request"]')!.click();
    const event = await requested;
    expect(event.partyId).to.equal('con-karen-molloy');
    await waitUntil(() => textOf(request.shadowRoot!.querySelector('[data-sent]')) !== '', 'nothing was announced');
    const status = request.shadowRoot!.querySelector('[data-sent]')!;
    expect(status.getAttribute('role')).to.equal('status');
    expect(textOf(status)).to.equal('Email sent to karen.molloy@example.com.');
    const [newest] = await outbox();
    expect(newest!.to).to.equal('karen.molloy@example.com');
    expect(newest!.notice).to.equal('payment_method_request');
    expect(request.shadowRoot!.activeElement?.getAttribute('data-action')).to.equal('request-method');
  });

  it('offers "Ask to add a payment method" only to active users whose profile lets them save methods', async () => {
    const element = await mount(staff.token);
    const users = await allUsers(staffClient);
    const profiles = new Map((await staffClient.access.profiles()).map((p) => [p.id, p]));
    const askable = users.filter((u) => u.status === 'active' && u.party && profiles.get(u.profileId)?.permissions.includes('manage_payment_methods'));
    const offered = users.filter((u) => row(element, u.id)?.querySelector('alis-pc-request-method'));
    expect(offered.map((u) => u.email).sort()).to.deep.equal(askable.map((u) => u.email).sort());
    // Frank's profile views billing only; Linda's invitation is not accepted yet.
    expect(offered.map((u) => u.email)).to.not.include('frank.castellano@example.com');
    expect(offered.map((u) => u.email)).to.include('karen.molloy@example.com');
    expect(users.some((u) => u.email === 'frank.castellano@example.com' && u.status === 'active'), 'Frank is an active user').to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('does not offer "Ask to add a payment method" while ALIS Connect or ALIS Pay is off, and says why once', async () => {
    for (const [switches, why] of [
      [{ portalEnabled: false }, 'off while ALIS Connect is switched off'],
      [{ portalEnabled: true, gatewayEnabled: false }, 'off while ALIS Pay is switched off'],
    ] as const) {
      await staffClient.settings.update(switches);
      const element = await mount(staff.token);
      expect(element.shadowRoot!.querySelectorAll('alis-pc-request-method'), why).to.have.length(0);
      expect(textOf($(element, '[data-kind="request-off"]'))).to.contain(`Asking payers to add a payment method is ${why}`);
      await expect(element).to.be.accessible();
    }
  });
});
