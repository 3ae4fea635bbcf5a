// <alis-access-profiles> driven as the billing office (Brenda) would, against the shared mock
// backend; every outcome is read back through the SDK, and as the payers who have the profile.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define/alis-billing-provider.js';
import { AlisAccessProfiles } from '../../src/components/access-profiles/access-profiles.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisProfileChangedEvent, AlisProfileCreatedEvent, AlisProfileDeletedEvent } from '../../src/events/staff-events.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import type { StaffProfile } from '../../src/sdk/types.js';
import { mockWorker, resetMockBackend } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

AlisAccessProfiles.define('alis-access-profiles');

const STAFF_TOKEN = 'mock-token-brenda-lopez';
const DANIEL_TOKEN = 'mock-token-daniel-whitaker';

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string): Promise<AlisAccessProfiles> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-access-profiles></alis-access-profiles></alis-billing-provider>
  `);
  const element = provider.querySelector('alis-access-profiles')!;
  await waitUntil(() => element.shadowRoot!.querySelector('table, .notice'), 'the profiles never rendered', { timeout: 5000 });
  return element;
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);
const row = (element: AlisAccessProfiles, id: string) => $<HTMLTableRowElement>(element, `tr[data-profile-id="${id}"]`);

function button(scope: ParentNode | null | undefined, action: string): HTMLButtonElement {
  const found = scope?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  if (!found) throw new Error(`no ${action} button`);
  return found;
}

async function expectFocus(element: Element, selector: string): Promise<void> {
  try {
    await waitUntil(() => element.shadowRoot!.activeElement?.matches(selector), '', { timeout: 3000 });
  } catch {
    const active = element.shadowRoot!.activeElement;
    throw new Error(`focus is on ${active ? active.outerHTML.replace(/\s+/g, ' ').slice(0, 160) : 'nothing'}, not on ${selector}`);
  }
}

async function typeInto(field: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  field.focus();
  field.select();
  await sendKeys({ type: text });
}

const byName = (profiles: StaffProfile[], name: string) => profiles.find((p) => p.name === name);

describe('<alis-access-profiles>', () => {
  let brenda: AlisClient;

  before(async () => {
    await mockWorker();
  });

  beforeEach(async () => {
    await resetMockBackend();
    brenda = clientFor(STAFF_TOKEN);
  });

  it('lists every portal profile with what it allows in words and how many users and invitations have it', async () => {
    const profiles = await brenda.access.profiles();
    const element = await mount(STAFF_TOKEN);
    for (const profile of profiles) {
      const tr = row(element, profile.id)!;
      expect(textOf(tr.querySelector('[data-name]'))).to.equal(profile.name);
      expect(textOf(tr.querySelector('[data-users]'))).to.equal(String(profile.activeUserCount));
      expect(textOf(tr.querySelector('[data-invitations]'))).to.equal(String(profile.pendingInvitationCount));
    }
    const viewOnly = row(element, 'prof-view-only')!;
    expect(textOf(viewOnly)).to.contain("Sees all of the resident's billing");
    expect(textOf(viewOnly)).to.contain('Cannot pay bills');
    const paysBills = row(element, 'prof-pays-bills')!;
    expect(textOf(paysBills)).to.contain('Pays invoices addressed to them');
    expect(textOf(paysBills)).to.contain('Sees only the invoices addressed to them');
    await expect(element).to.be.accessible();
  });

  it('creates a profile from the three permissions explained plainly, and says so', async () => {
    const element = await mount(STAFF_TOKEN);
    button(element.shadowRoot, 'create').click();
    await expectFocus(element, '#form-heading');
    const form = $<HTMLFormElement>(element, 'form.profile-form')!;
    for (const permission of ['view_billing', 'pay_bills', 'manage_payment_methods']) {
      expect(textOf(form.querySelector(`#permission-${permission}-about`)).length, permission).to.be.greaterThan(30);
    }
    await expect(element).to.be.accessible();
    await typeInto($<HTMLInputElement>(element, '#profile-name')!, 'Pays rent only');
    await typeInto($<HTMLTextAreaElement>(element, '#profile-description')!, 'For a son who pays the rent invoices addressed to him.');
    $<HTMLInputElement>(element, '#permission-pay_bills')!.click();
    const created = oneEvent(element, 'alis-profile-created') as Promise<AlisProfileCreatedEvent>;
    button(form, 'save').click();
    const event = await created;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.profile.name).to.equal('Pays rent only');
    const saved = byName(await brenda.access.profiles(), 'Pays rent only');
    expect(saved?.permissions).to.deep.equal(['pay_bills']);
    expect(saved?.description).to.equal('For a son who pays the rent invoices addressed to him.');
    await waitUntil(() => row(element, saved!.id), 'the new profile never appeared');
    expect(textOf(row(element, saved!.id)!.querySelector('[data-users]'))).to.equal('0');
    expect(textOf($(element, '[data-outcome]'))).to.contain('Created the profile “Pays rent only”');
    expect(textOf($(element, '[role="status"]'))).to.contain('Created the profile “Pays rent only”');
    await expectFocus(element, `tr[data-profile-id="${saved!.id}"] th`);
  });

  it('shows a taken name at the name field in the engine’s words, keeping what was typed', async () => {
    const before = (await brenda.access.profiles()).length;
    const element = await mount(STAFF_TOKEN);
    button(element.shadowRoot, 'create').click();
    await element.updateComplete;
    await typeInto($<HTMLInputElement>(element, '#profile-name')!, 'pays bills');
    $<HTMLInputElement>(element, '#permission-view_billing')!.click();
    button($(element, 'form.profile-form'), 'save').click();
    await waitUntil(() => $(element, '#profile-name-error'), 'the conflict never showed', { timeout: 5000 });
    const name = $<HTMLInputElement>(element, '#profile-name')!;
    expect(textOf($(element, '#profile-name-error'))).to.equal('There is already a profile named "pays bills".');
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal('profile-name-error');
    expect(name.value).to.equal('pays bills');
    expect($<HTMLInputElement>(element, '#permission-view_billing')!.checked).to.equal(true);
    await expectFocus(element, '#profile-name');
    expect((await brenda.access.profiles()).length).to.equal(before);
    await expect(element).to.be.accessible();
  });

  it('states what a permission change does to how many people before saving, and the payers who have it follow at once', async () => {
    const profile = (await brenda.access.profiles()).find((p) => p.id === 'prof-financial-responsible-party')!;
    const people = `${profile.activeUserCount} users and ${profile.pendingInvitationCount} invitation`;
    expect(profile.pendingInvitationCount).to.equal(1);
    const element = await mount(STAFF_TOKEN);
    button(row(element, profile.id), 'edit').click();
    await expectFocus(element, '#form-heading');
    expect(textOf($(element, '[data-effect]'))).to.equal(`Nothing is changed yet. ${people} have it.`);
    $<HTMLInputElement>(element, '#permission-pay_bills')!.click();
    await element.updateComplete;
    const effect = textOf($(element, '[data-effect]'));
    expect(effect).to.contain(`${people} will no longer be able to pay the invoices addressed to them.`);
    expect($(element, '[data-action="save"]')!.getAttribute('aria-describedby')).to.equal('profile-effect');
    await expect(element).to.be.accessible();
    const changed = oneEvent(element, 'alis-profile-changed') as Promise<AlisProfileChangedEvent>;
    button($(element, 'form.profile-form'), 'save').click();
    const event = await changed;
    expect(event.previous.permissions).to.include('pay_bills');
    expect(event.profile.permissions).to.deep.equal(['view_billing', 'manage_payment_methods']);
    expect((await clientFor(DANIEL_TOKEN).session.me()).permissions).to.not.include('pay_bills');
    await waitForText(element, `the change applies at once to ${people}`);
    expect(textOf(row(element, profile.id))).to.contain('Cannot pay bills');
    await expectFocus(element, `tr[data-profile-id="${profile.id}"] [data-action="edit"]`);
  });

  it('states a rename with the number of people who have the profile', async () => {
    const element = await mount(STAFF_TOKEN);
    button(row(element, 'prof-view-only'), 'edit').click();
    await element.updateComplete;
    await typeInto($<HTMLInputElement>(element, '#profile-name')!, 'Looks only');
    await element.updateComplete;
    expect(textOf($(element, '[data-effect]'))).to.equal('The profile of 1 user and 1 invitation will be called “Looks only” instead of “Views billing only”.');
    button($(element, 'form.profile-form'), 'save').click();
    await waitUntil(async () => (await brenda.access.profiles()).some((p) => p.name === 'Looks only'), 'the rename was not saved', { timeout: 5000 });
    await waitForText(element, 'Saved the profile “Looks only”; the change applies at once to 1 user and 1 invitation.');
  });

  it('refuses to delete a profile people have, next to its row with the counts, and deletes one nobody has', async () => {
    const element = await mount(STAFF_TOKEN);
    button(row(element, 'prof-view-only'), 'delete').click();
    await expectFocus(element, '#delete-heading');
    const panel = $(element, 'tr[data-panel-for="prof-view-only"]')!;
    expect(textOf(panel)).to.contain('1 user and 1 invitation have it');
    await expect(element).to.be.accessible();
    button(panel, 'confirm-delete').click();
    await waitUntil(() => $(element, 'tr[data-panel-for="prof-view-only"] [data-refusal]'), 'the refusal never showed', { timeout: 5000 });
    expect(textOf($(element, '[data-refusal]'))).to.equal(
      'Not deleted. "Views billing only" is given to 1 active user and 1 pending invitation. Give them another profile first.',
    );
    await expectFocus(element, '[data-refusal]');
    expect((await brenda.access.profiles()).some((p) => p.id === 'prof-view-only')).to.equal(true);

    const unused = await brenda.access.createProfile({ name: 'Temporary', permissions: ['view_billing'] });
    await element.refresh();
    button(row(element, unused.id), 'delete').click();
    await element.updateComplete;
    expect(textOf($(element, `tr[data-panel-for="${unused.id}"]`))).to.contain('Nobody has it.');
    const deleted = oneEvent(element, 'alis-profile-deleted') as Promise<AlisProfileDeletedEvent>;
    button($(element, `tr[data-panel-for="${unused.id}"]`), 'confirm-delete').click();
    expect((await deleted).profile.id).to.equal(unused.id);
    await waitUntil(() => !row(element, unused.id), 'the deleted profile is still listed', { timeout: 5000 });
    expect((await brenda.access.profiles()).some((p) => p.id === unused.id)).to.equal(false);
    expect(textOf($(element, '[data-outcome]'))).to.equal('Deleted the profile “Temporary”.');
    await expectFocus(element, '[data-action="create"]');
  });

  it('Cancel closes the form and returns focus to the button that opened it', async () => {
    const element = await mount(STAFF_TOKEN);
    button(row(element, 'prof-pays-bills'), 'edit').click();
    await expectFocus(element, '#form-heading');
    button($(element, 'form.profile-form'), 'cancel').click();
    await expectFocus(element, 'tr[data-profile-id="prof-pays-bills"] [data-action="edit"]');
    expect($(element, 'form.profile-form')).to.equal(null);
  });

  it("gives a payer's token the staff-only notice", async () => {
    const element = await mount(DANIEL_TOKEN);
    expect(textOf($(element, '.notice'))).to.contain('staff only');
    await expect(element).to.be.accessible();
  });
});
