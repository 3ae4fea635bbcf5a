// <alis-notification-settings> used as a payer would, by keyboard where it matters, against the
// shared mock backend; what was saved is read back with a fresh GET through the SDK.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-notification-settings.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisNotificationSettings } from '../../src/components/notification-settings/notification-settings.js';
import type { AlisNotificationPreferencesChangedEvent } from '../../src/events/notification-events.js';
import { createAlisClient, type AlisClient } from '../../src/sdk/index.js';
import type { NotificationPreferences } from '../../src/sdk/types.js';
import { mockWorker, resetMockBackend } from '../support/mock-backend.js';
import { textOf, waitForText } from '../support/dom.js';

const DANIEL = 'mock-token-daniel-whitaker';
const RUTH = 'mock-token-ruth-jensen';
const BRENDA = 'mock-token-brenda-lopez';

function clientFor(token: string): AlisClient {
  return createAlisClient({ baseUrl: '/api/v1', getToken: () => token, retry: { baseDelayMs: 10 } });
}

async function mount(token: string): Promise<AlisNotificationSettings> {
  return (await mountInProvider(token)).element;
}

async function mountInProvider(token: string): Promise<{ provider: AlisBillingProvider; element: AlisNotificationSettings }> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token}><alis-notification-settings></alis-notification-settings></alis-billing-provider>
  `);
  const element = provider.querySelector('alis-notification-settings')!;
  await element.loadComplete;
  await waitUntil(() => element.shadowRoot!.querySelector('form, .notice'), 'the settings never rendered', { timeout: 5000 });
  await element.updateComplete;
  return { provider, element };
}

/** Every text the element's shadow root shows from now on, render by render, until `stop()`. */
function recordTexts(element: Element): { texts: string[]; stop: () => void } {
  const texts = [textOf(element.shadowRoot)];
  const observer = new MutationObserver(() => texts.push(textOf(element.shadowRoot)));
  observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return { texts, stop: () => observer.disconnect() };
}

/** Holds the next request matching `method` and `path` until `release()`; then the shared handlers answer it. */
async function holdNext(method: 'get' | 'patch', path: string): Promise<{ held: Promise<void>; release: () => void }> {
  const { worker } = await mockWorker();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let arrived!: () => void;
  const held = new Promise<void>((resolve) => (arrived = resolve));
  // A resolver that returns nothing passes the request on to the next matching handler.
  worker.use(
    http[method](
      `*/api/v1${path}`,
      async () => {
        arrived();
        await released;
      },
      { once: true },
    ),
  );
  return { held, release };
}

const $ = <T extends Element = HTMLElement>(element: Element, selector: string): T | null => element.shadowRoot!.querySelector<T>(selector);
const checkbox = (element: AlisNotificationSettings, notice: string) => $<HTMLInputElement>(element, `#notice-${notice}`);
const item = (element: AlisNotificationSettings, notice: string) => $(element, `li[data-notice="${notice}"]`);

/** Waits for focus to land on `selector` inside the element; a failure names what has focus. */
async function expectFocus(element: Element, selector: string): Promise<void> {
  const root = element.shadowRoot!;
  try {
    await waitUntil(() => root.activeElement?.matches(selector), '', { timeout: 3000 });
  } catch {
    const active = root.activeElement;
    throw new Error(`focus is on ${active ? active.outerHTML.replace(/\s+/g, ' ').slice(0, 160) : 'nothing'}, not on ${selector}`);
  }
}

async function preferencesOf(token: string): Promise<Record<string, boolean>> {
  const preferences = await clientFor(token).notificationPreferences.get();
  return Object.fromEntries(preferences.items.map((i) => [i.notice, i.enabled]));
}

describe('<alis-notification-settings>', () => {
  before(async () => {
    await mockWorker();
  });

  beforeEach(async () => {
    await resetMockBackend();
  });

  it('lists every email with what it is and when it comes, where they go, and why the required ones are always sent', async () => {
    const element = await mount(DANIEL);
    const { email } = await clientFor(DANIEL).notificationPreferences.get();
    expect(textOf($(element, 'h2'))).to.equal('Emails you receive');
    expect(textOf($(element, '.address'))).to.contain(email);
    // Optional: receipts and card declines, both on by default, as labelled checkboxes.
    expect(checkbox(element, 'payment_receipt')?.checked).to.equal(true);
    expect(checkbox(element, 'card_declined')?.checked).to.equal(true);
    expect(textOf($(element, 'label[for="notice-payment_receipt"]'))).to.equal('Payment receipts');
    // Required: listed, no control, each with why.
    const required = $(element, '[part="required"]')!;
    for (const notice of ['bank_return', 'pull_advance_notice', 'payment_method_request']) {
      expect(required.querySelector(`li[data-notice="${notice}"]`), notice).to.not.equal(null);
      expect(checkbox(element, notice), `${notice} has no switch`).to.equal(null);
    }
    expect(textOf(item(element, 'pull_advance_notice'))).to.contain('10 days before the billing team collects');
    expect(textOf(item(element, 'pull_advance_notice'))).to.contain('Nacha');
    expect(textOf(item(element, 'bank_return'))).to.contain('needs you to act');
    expect(textOf(item(element, 'payment_method_request'))).to.contain('billing office');
    await expect(element).to.be.accessible();
  });

  it('turns receipts off by keyboard, announces it, keeps focus on Save, fires the event, and the change is kept', async () => {
    const element = await mount(DANIEL);
    checkbox(element, 'payment_receipt')!.focus();
    await sendKeys({ press: 'Space' });
    expect(checkbox(element, 'payment_receipt')!.checked).to.equal(false);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await expectFocus(element, 'button[type="submit"]');
    const changed = oneEvent(element, 'alis-notification-preferences-changed') as Promise<AlisNotificationPreferencesChangedEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await changed;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.preferences.items.find((i) => i.notice === 'payment_receipt')?.enabled).to.equal(false);
    await waitForText(element, 'Saved. Payment receipts: off.');
    expect(textOf($(element, '[role="status"][aria-live="polite"]'))).to.equal('Saved. Payment receipts: off.');
    await expectFocus(element, 'button[type="submit"]');
    // A fresh GET, and a fresh element, see what was saved.
    expect(await preferencesOf(DANIEL)).to.include({ payment_receipt: false, card_declined: true, bank_return: true });
    const again = await mount(DANIEL);
    expect(checkbox(again, 'payment_receipt')!.checked).to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('says so when nothing changed, without saving', async () => {
    const element = await mount(DANIEL);
    let requests = 0;
    const { worker } = await mockWorker();
    worker.events.on('request:start', ({ request }) => {
      if (request.method === 'PATCH') requests++;
    });
    $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await waitForText(element, 'Nothing to save');
    worker.events.removeAllListeners('request:start');
    expect(requests).to.equal(0);
  });

  it('shows the refusal to turn off a required email at its checkbox, with focus there and the choice kept', async () => {
    // The page was loaded when the service still offered bank returns as optional (an older rule):
    // the engine now refuses, and says so at that checkbox.
    const current = await clientFor(DANIEL).notificationPreferences.get();
    const stale: NotificationPreferences = {
      ...current,
      items: current.items.map((i) => (i.notice === 'bank_return' ? { ...i, required: false } : i)),
    };
    const { worker } = await mockWorker();
    worker.use(http.get('*/api/v1/notification-preferences', () => HttpResponse.json(stale), { once: true }));
    const element = await mount(DANIEL);
    const bankReturn = checkbox(element, 'bank_return')!;
    bankReturn.click();
    await element.updateComplete;
    $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await waitUntil(() => item(element, 'bank_return')?.querySelector('.problem'), 'no refusal at the bank-return checkbox', { timeout: 5000 });
    expect(textOf(item(element, 'bank_return')!.querySelector('.problem'))).to.contain('always sent');
    expect(bankReturn.getAttribute('aria-invalid')).to.equal('true');
    expect(bankReturn.getAttribute('aria-describedby')).to.contain('notice-bank_return-error');
    expect(checkbox(element, 'bank_return')!.checked, 'the choice is kept').to.equal(false);
    await expectFocus(element, '#notice-bank_return');
    expect(textOf($(element, '.outcome[role="alert"]'))).to.contain('Not saved');
    expect(await preferencesOf(DANIEL)).to.include({ bank_return: true });
    await expect(element).to.be.accessible();
  });

  it('shows one calm sentence with the office contact while the portal is switched off', async () => {
    await clientFor(BRENDA).settings.update({ portalEnabled: false });
    const element = await mount(DANIEL);
    await waitForText(element, 'switched off');
    expect(textOf($(element, '.notice'))).to.contain('(630) 555-0142');
    expect($(element, 'form')).to.equal(null);
    expect($(element, '.notice')!.getAttribute('data-tone')).to.equal('info');
    await expect(element).to.be.accessible();
  });

  it("shows none of the previous user's email or choices after the provider's token changes, and saves for the new user", async () => {
    const danielEmail = (await clientFor(DANIEL).notificationPreferences.get()).email;
    const ruthEmail = (await clientFor(RUTH).notificationPreferences.get()).email;
    expect(danielEmail).to.not.equal(ruthEmail);
    const { provider, element } = await mountInProvider(DANIEL);
    expect(textOf($(element, '.email'))).to.equal(danielEmail);
    // Daniel turns receipts off but has not saved when Ruth signs in on the same page; her
    // preferences are slow to arrive.
    checkbox(element, 'payment_receipt')!.click();
    await element.updateComplete;
    const ruthsLoad = await holdNext('get', '/notification-preferences');
    const shown = recordTexts(element);
    provider.token = RUTH;
    await ruthsLoad.held;
    await element.updateComplete;
    expect(textOf(element.shadowRoot), 'while Ruth’s settings load').to.not.contain(danielEmail);
    // Nothing left on screen can save Daniel's choice for Ruth.
    expect($(element, 'button[type="submit"]') !== null, 'no Save while loading').to.equal(false);
    ruthsLoad.release();
    await waitForText(element, ruthEmail);
    shown.stop();
    expect(shown.texts.slice(1).filter((text) => text.includes(danielEmail)), 'Daniel’s email after the switch').to.deep.equal([]);
    expect(checkbox(element, 'payment_receipt')!.checked, 'Ruth’s receipts, not Daniel’s unsaved choice').to.equal(true);

    // Ruth's Save changes Ruth's preferences and nobody else's.
    checkbox(element, 'card_declined')!.click();
    await element.updateComplete;
    $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await waitForText(element, 'Saved. Declined card payments: off.');
    expect(await preferencesOf(RUTH)).to.include({ payment_receipt: true, card_declined: false });
    expect(await preferencesOf(DANIEL)).to.include({ payment_receipt: true, card_declined: true });
    await expect(element).to.be.accessible();
  });

  it('shows nothing of a save that finishes after another user signed in', async () => {
    const { provider, element } = await mountInProvider(DANIEL);
    checkbox(element, 'payment_receipt')!.click();
    await element.updateComplete;
    const danielsSave = await holdNext('patch', '/notification-preferences');
    let events = 0;
    element.addEventListener('alis-notification-preferences-changed', () => events++);
    $<HTMLButtonElement>(element, 'button[type="submit"]')!.click();
    await danielsSave.held;
    provider.token = RUTH;
    const ruthEmail = (await clientFor(RUTH).notificationPreferences.get()).email;
    await waitForText(element, ruthEmail);
    danielsSave.release();
    // Daniel's save is his: it reaches the engine for him...
    await waitUntil(async () => (await preferencesOf(DANIEL)).payment_receipt === false, 'Daniel’s save never arrived', { timeout: 5000 });
    await element.updateComplete;
    // ...and Ruth's screen still shows her own choices, no "Saved", and a Save that is hers.
    expect(checkbox(element, 'payment_receipt')!.checked).to.equal(true);
    expect(textOf(element.shadowRoot)).to.not.contain('Saved');
    expect(events).to.equal(0);
    expect($(element, 'button[type="submit"]')!.getAttribute('aria-disabled')).to.equal('false');
    expect(await preferencesOf(RUTH)).to.include({ payment_receipt: true });
  });

  it('tells a billing-team account that the settings are for payers', async () => {
    const element = await mount(BRENDA);
    await waitForText(element, 'billing-team account');
    expect($(element, 'form')).to.equal(null);
    expect(textOf($(element, '.notice'))).to.contain('resident portal');
    await expect(element).to.be.accessible();
  });
});
