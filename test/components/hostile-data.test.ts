// Hostile data in every element: a community whose every shown text is a markup, script, template
// or URL payload (test/support/hostile-data.ts). Each element is rendered as its user would open it
// and must show each payload literally, as text, while nothing runs and no element, attribute or
// link comes from the data.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { DemoMailbox } from '../../demo/mailbox.js';
import '../../demo/mailbox.js';
import type { AlisBillingProvider } from '../../src/components/billing-provider/billing-provider.js';
import type { AlisPayFlow } from '../../src/components/pay-flow/pay-flow.js';
import { PAYMENT_CENTER_TABS, type AlisPaymentCenter, type PaymentCenterTab } from '../../src/components/payment-center/payment-center.js';
import { createAlisClient } from '../../src/sdk/index.js';
import { createTestTokenizer } from '../../src/sdk/tokenizers/index.js';
import { mockWorker, resetMockBackend } from '../support/mock-backend.js';
import { fillWithHostileData, HOSTILE, PWNED_FLAG, type HostileField, type HostileScenario } from '../support/hostile-data.js';

type Flagged = Window & { [PWNED_FLAG]?: unknown };

const clientFor = (token: string) => createAlisClient({ baseUrl: '/api/v1', getToken: () => token });

/** Every element and shadow root under `root`, shadow trees included. */
function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const visit = (node: Element | ShadowRoot): void => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (root instanceof Element) {
    found.push(root);
    if (root.shadowRoot) visit(root.shadowRoot);
  }
  visit(root);
  return found;
}

/** Everything `root` shows as text, shadow trees included, plus the values of its form fields. */
function deepText(root: Element): string {
  let text = '';
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement) text += ` ${node.value} `;
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return text;
}

/** What in `root`'s trees could only have come from parsing data as HTML. */
function parsedFromData(root: Element): string[] {
  return deepElements(root).flatMap((el) => {
    const problems: string[] = [];
    const tag = el.localName;
    if (['img', 'script', 'svg', 'iframe', 'object', 'embed', 'b', 'u'].includes(tag)) problems.push(`<${tag}>`);
    for (const attribute of el.getAttributeNames()) {
      if (/^on/i.test(attribute)) problems.push(`${tag}[${attribute}]`);
    }
    for (const name of ['href', 'src', 'action', 'formaction']) {
      const value = el.getAttribute(name);
      if (value !== null && /^\s*javascript:/i.test(value)) problems.push(`${tag}[${name}="${value}"]`);
    }
    return problems;
  });
}

/**
 * Waits until `host` shows every payload of `fields` as text, then checks that nothing of the data
 * became markup or ran, and that axe still passes.
 */
async function showsLiterally(host: Element, fields: readonly HostileField[], what: string): Promise<void> {
  const missing = () => fields.filter((field) => !deepText(host).includes(HOSTILE[field]));
  try {
    await waitUntil(() => missing().length === 0, '', { timeout: 8000 });
  } catch {
    throw new Error(`${what} does not show ${missing().join(', ')} as text; it shows: ${deepText(host).replace(/\s+/g, ' ').slice(0, 3000)}`);
  }
  expect(parsedFromData(host), `${what}: elements or attributes made from data`).to.deep.equal([]);
  expect((window as Flagged)[PWNED_FLAG], `${what}: a payload ran`).to.equal(undefined);
  await expect(host).to.be.accessible();
}

/** Whether `el` is in a row (or list item) that shows hostile data. */
const inHostileRow = (el: Element): boolean => (el.closest('tr, li') ?? el).textContent?.includes(PWNED_FLAG) ?? false;

/**
 * Clicks every collapsed disclosure (`aria-expanded="false"`) in `host`'s trees that `which`
 * picks (by default those in a row showing hostile data), until none is left.
 */
async function expandAll(host: Element, which: (button: HTMLElement) => boolean = inHostileRow): Promise<void> {
  const clicked = new Set<Element>();
  for (let round = 0; round < 5; round++) {
    const closed = deepElements(host).filter(
      (el): el is HTMLElement => el instanceof HTMLElement && el.getAttribute('aria-expanded') === 'false' && !clicked.has(el) && which(el),
    );
    if (closed.length === 0) return;
    for (const button of closed) {
      clicked.add(button);
      button.click();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function buttonIn(root: ParentNode, label: RegExp): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => label.test((b.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

async function mount<T extends Element>(token: string, inner: TemplateResult, tag: string): Promise<T> {
  const provider = await fixture<AlisBillingProvider>(html`
    <alis-billing-provider base-url="/api/v1" .token=${token} .tokenizer=${createTestTokenizer({ enabled: true })}>${inner}</alis-billing-provider>
  `);
  return provider.querySelector(tag) as unknown as T;
}

describe('hostile data', () => {
  let scenario: HostileScenario;

  before(async () => {
    const { backend } = await mockWorker();
    await resetMockBackend();
    scenario = await fillWithHostileData(backend, clientFor);
  });

  afterEach(() => {
    expect((window as Flagged)[PWNED_FLAG], 'a payload ran').to.equal(undefined);
  });

  after(resetMockBackend);

  describe('for the payer', () => {
    it('<alis-invoices> shows names and line items as text, and so does its pay flow', async () => {
      const invoices = await mount(scenario.payerToken, html`<alis-invoices status="all"></alis-invoices>`, 'alis-invoices');
      const row = () => invoices.shadowRoot!.querySelector(`tr[data-invoice-id="${scenario.invoiceId}"]`);
      await waitUntil(() => row()?.querySelector('button.details'), 'no invoice rows', { timeout: 8000 });
      row()!.querySelector<HTMLElement>('button.details')!.click();
      await showsLiterally(invoices, ['residentName', 'invoiceNumber', 'lineItemDescription', 'lineItemDescription2', 'otherPartyName'], '<alis-invoices>');

      row()!.querySelector<HTMLElement>('button.pay')!.click();
      await waitUntil(() => invoices.shadowRoot!.querySelector('alis-pay-flow'), 'the pay flow never opened');
      await showsLiterally(invoices.shadowRoot!.querySelector('alis-pay-flow')!, ['invoiceNumber', 'cardNickname', 'bankNickname', 'newBankNickname'], 'Pay invoice, choosing');
    });

    it('<alis-pay-outstanding> shows them when choosing, reviewing and in the receipt', async () => {
      const outstanding = await mount(scenario.payerToken, html`<alis-pay-outstanding></alis-pay-outstanding>`, 'alis-pay-outstanding');
      await showsLiterally(outstanding, ['otherPartyName'], '<alis-pay-outstanding>');
      buttonIn(outstanding.shadowRoot!, /^Pay outstanding balance/)!.click();
      await waitUntil(() => outstanding.shadowRoot!.querySelector('alis-pay-flow'), 'the pay flow never opened');
      const flow = outstanding.shadowRoot!.querySelector<AlisPayFlow>('alis-pay-flow')!;
      await showsLiterally(flow, ['cardNickname', 'bankNickname', 'newBankNickname'], 'Pay outstanding, choosing');
      buttonIn(flow.shadowRoot!, /^Review payment$/)!.click();
      await waitUntil(() => flow.step === 'review', `the flow never reached review: ${deepText(flow)}`, { timeout: 8000 });
      await showsLiterally(flow, ['communityName'], 'Pay outstanding, review');
      buttonIn(flow.shadowRoot!, /^Pay \$/)!.click();
      await waitUntil(() => flow.step === 'receipt', `the flow never reached the receipt: ${deepText(flow)}`, { timeout: 8000 });
      await showsLiterally(flow, ['residentName'], 'Pay outstanding, receipt');
    });

    it('<alis-payment-history> shows reasons and receipts as text', async () => {
      const history = await mount(scenario.payerToken, html`<alis-payment-history></alis-payment-history>`, 'alis-payment-history');
      await waitUntil(() => history.shadowRoot!.querySelector('button[aria-expanded]'), 'no payments', { timeout: 8000 });
      // The payer's own rows say "You": open every receipt.
      await expandAll(history, () => true);
      await showsLiterally(history, ['refundReason', 'invoiceNumber'], '<alis-payment-history>');
    });

    it('<alis-payment-methods> shows nicknames and holder names as text', async () => {
      const methods = await mount(scenario.payerToken, html`<alis-payment-methods></alis-payment-methods>`, 'alis-payment-methods');
      await showsLiterally(methods, ['cardNickname', 'bankNickname', 'newBankNickname', 'holderName'], '<alis-payment-methods>');
    });

    it('<alis-add-payment-method> shows the resident address and community as text', async () => {
      const add = await mount(scenario.payerToken, html`<alis-add-payment-method kind="bank_account"></alis-add-payment-method>`, 'alis-add-payment-method');
      await showsLiterally(add, ['residentAddressLine1', 'communityName'], '<alis-add-payment-method>');
    });

    it('<alis-notification-settings> shows the billing office and the payer’s email as text', async () => {
      const settings = await mount(scenario.payerToken, html`<alis-notification-settings></alis-notification-settings>`, 'alis-notification-settings');
      await showsLiterally(settings, ['officeName', 'payerEmail'], '<alis-notification-settings>');
    });

    it('<alis-payment-guide> shows the billing office as text and links only to its own schemes', async () => {
      const guide = await mount(scenario.payerToken, html`<alis-payment-guide></alis-payment-guide>`, 'alis-payment-guide');
      await showsLiterally(guide, ['communityName', 'officeName', 'officePhone', 'officeEmail', 'officeHours'], '<alis-payment-guide>');
      // The phone link keeps only digits and +, whatever else the phone number says.
      const links = deepElements(guide).filter((el) => el.localName === 'a').map((a) => a.getAttribute('href'));
      expect(links, 'the phone link').to.include('tel:55501001');
      // The email link writes to the office's address as stored, with no header (cc, subject…) of its own.
      const mailto = new URL(links.find((href) => href?.startsWith('mailto:')) ?? 'about:blank');
      expect([mailto.protocol, decodeURIComponent(mailto.pathname), mailto.search], 'the email link').to.deep.equal(['mailto:', HOSTILE.officeEmail, '']);
      expect(links.filter((href) => !/^(tel:[\d+]*|mailto:|https?:|\/)/.test(href ?? '')), 'links of another scheme').to.deep.equal([]);
    });

    it('<alis-accept-invitation> shows a hostile invitation as text', async () => {
      const accept = await fixture(html`<alis-accept-invitation .client=${clientFor('')} token=${scenario.invitationToken}></alis-accept-invitation>`);
      await showsLiterally(accept, ['communityName', 'residentName', 'profileName', 'invitationEmail', 'staffName'], '<alis-accept-invitation>');
    });
  });

  describe('for the billing team', () => {
    const expectations: Record<PaymentCenterTab, HostileField[]> = {
      undeposited: ['payerName', 'residentName'],
      deposits: ['depositReference', 'refundReason', 'payerName'],
      payers: ['payerName', 'residentName', 'payerRelationship', 'payerEmail', 'cardNickname'],
      invoices: ['residentName', 'payerName', 'otherPartyName'],
      history: ['payerName', 'voidReason', 'refundReason', 'returnReason', 'invoiceNumber'],
      settings: ['officeName', 'officePhone', 'officeEmail', 'officeHours'],
    };
    for (const tab of PAYMENT_CENTER_TABS) {
      it(`<alis-payment-center> ${tab} tab shows the data as text`, async () => {
        const center = await mount<AlisPaymentCenter>(scenario.staffToken, html`<alis-payment-center tab=${tab}></alis-payment-center>`, 'alis-payment-center');
        await waitUntil(() => deepText(center).includes(HOSTILE[expectations[tab][0]!]), `the ${tab} tab never loaded`, { timeout: 8000 });
        await expandAll(center);
        await showsLiterally(center, expectations[tab], `the ${tab} tab`);
      });
    }

    it('<alis-payment-center> deposit report shows the data as text', async () => {
      const center = await mount<AlisPaymentCenter>(scenario.staffToken, html`<alis-payment-center tab="deposits"></alis-payment-center>`, 'alis-payment-center');
      const report = () => deepElements(center).find((el) => el.matches('button[data-action="report"]') && inHostileRow(el)) as HTMLElement | undefined;
      await waitUntil(report, 'the hostile deposit has no Report button', { timeout: 8000 });
      report()!.click();
      await showsLiterally(center, ['depositReference', 'communityName', 'payerName', 'residentName', 'refundReason'], 'the deposit report');
    });

    it('<alis-connect-access> shows users, invitations and profiles as text', async () => {
      const access = await mount(scenario.staffToken, html`<alis-connect-access></alis-connect-access>`, 'alis-connect-access');
      await showsLiterally(access, ['invitationEmail', 'profileName', 'otherPartyName', 'payerName'], '<alis-connect-access>');
    });

    it('<alis-access-profiles> shows profile names and descriptions as text', async () => {
      const profiles = await mount(scenario.staffToken, html`<alis-access-profiles></alis-access-profiles>`, 'alis-access-profiles');
      await showsLiterally(profiles, ['profileName', 'profileDescription'], '<alis-access-profiles>');
    });

    it('<alis-audit-trail> shows who did what, and every changed value, as text', async () => {
      const trail = await mount(
        scenario.staffToken,
        html`<alis-audit-trail subject-type="payer" subject-id=${scenario.payerPartyId}></alis-audit-trail>`,
        'alis-audit-trail',
      );
      await showsLiterally(trail, ['staffName', 'payerName', 'voidReason', 'refundReason', 'returnReason', 'cardNickname'], '<alis-audit-trail>');
    });
  });

  describe("in the demo's mailbox", () => {
    /** Opens the invitation email in the demo's mailbox. */
    async function openInvitation() {
      const mailbox = await fixture<DemoMailbox>(html`<demo-mailbox></demo-mailbox>`);
      await mailbox.refresh();
      await mailbox.updateComplete;
      const message = [...mailbox.shadowRoot!.querySelectorAll<HTMLElement>('button.message')].find((b) => b.textContent!.includes('invited you'));
      expect(message, 'the invitation email').to.exist;
      message!.click();
      await waitUntil(() => mailbox.shadowRoot!.querySelector('pre.body'), 'the email never opened');
      return mailbox;
    }

    it("shows an email's text as text, with links only to the site's own pages", async () => {
      const mailbox = await openInvitation();
      await showsLiterally(mailbox, ['communityName', 'residentName', 'profileName', 'officeName', 'officeHours', 'invitationEmail'], 'the mailbox');
      const links = [...mailbox.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(links.some((href) => href.startsWith('/accept-invitation?token=')), 'the invitation link').to.equal(true);
      expect(links.filter((href) => !/^\/(?![/\\])/.test(href)), 'links to other sites, made from data').to.deep.equal([]);
    });

    it("shows an email's HTML with every payload as text and nothing of it parsed", async () => {
      const mailbox = await openInvitation();
      mailbox.shadowRoot!.querySelector<HTMLInputElement>('input[name="format"][value="html"]')!.click();
      await waitUntil(() => mailbox.shadowRoot!.querySelector('iframe')?.contentDocument?.body?.textContent?.includes('invited you'), 'the HTML never showed');
      const body = mailbox.shadowRoot!.querySelector('iframe')!.contentDocument!.body;
      for (const field of ['communityName', 'residentName', 'profileName', 'officeName', 'officeHours'] as const) {
        expect(body.textContent, field).to.include(HOSTILE[field]);
      }
      expect(parsedFromData(body), 'elements or attributes made from data').to.deep.equal([]);
      const links = [...body.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
      expect(links.filter((href) => !/^\/(?![/\\])/.test(href)), 'links to other sites, made from data').to.deep.equal([]);
      await expect(mailbox).to.be.accessible();
    });
  });

  // Last: accepting uses up the invitation the tests above show.
  describe('accepting the invitation', () => {
    it('<alis-accept-invitation> welcomes the new user by the hostile name, as text', async () => {
      const accept = await fixture(html`<alis-accept-invitation .client=${clientFor('')} token=${scenario.invitationToken}></alis-accept-invitation>`);
      await waitUntil(() => accept.shadowRoot!.querySelector('input[name="displayName"]'), 'the form never showed', { timeout: 8000 });
      expect(accept.shadowRoot!.querySelector<HTMLInputElement>('input[name="displayName"]')!.value, 'the name offered').to.equal(HOSTILE.otherPartyName);
      accept.shadowRoot!.querySelector<HTMLButtonElement>('button[data-action="accept"]')!.click();
      await waitUntil(() => deepText(accept).includes(`Welcome, ${HOSTILE.otherPartyName}`), `no welcome: ${deepText(accept)}`, { timeout: 8000 });
      await showsLiterally(accept, ['otherPartyName'], 'the welcome');
    });
  });

  it('finds markup that was parsed, so the checks above can fail', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<p>${HOSTILE.addressLine2}</p><a href="${HOSTILE.addressLine2}">x</a><img src="data:," alt="">`;
    expect(parsedFromData(host)).to.deep.equal(['a[href="javascript:window.__alisPwned=1"]', '<img>']);
  });
});
