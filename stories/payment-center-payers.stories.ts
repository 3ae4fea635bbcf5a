import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { AlisPcPayers } from '../src/components/payment-center/payers-panel.js';
import { AlisPcArrangementEditor } from '../src/components/payment-center/arrangement-editor.js';
import { AlisPcPullPayment } from '../src/components/payment-center/pull-payment.js';
import { AlisPcRequestMethod } from '../src/components/payment-center/request-payment-method.js';
import { AlisAuditTrail } from '../src/components/audit-trail/audit-trail.js';
import type { Invoice, PaymentMethod } from '../src/sdk/types.js';
import { api, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

// Registered here too, so the stories do not depend on which bundle registers the panel and its
// parts (a second registration of the same class is a no-op).
AlisPcArrangementEditor.define('alis-pc-arrangement-editor');
AlisPcPullPayment.define('alis-pc-pull-payment');
AlisPcRequestMethod.define('alis-pc-request-method');
AlisAuditTrail.define('alis-audit-trail');
AlisPcPayers.define('alis-pc-payers');

interface PayersArgs {
  persona: 'staff' | 'default-payer';
  width: string;
}

/**
 * The Payment Center's Payers panel against the mock billing engine, signed in as the billing office
 * (Brenda Lopez): pulls due today with their advance notices, every payer with balance, saved
 * methods and arrangement, a payer's details (email, "Ask to add a payment method", history), the
 * arrangement editor and the pull flow. Stories of a later state click through in `play`.
 */
const meta: Meta<PayersArgs> = {
  title: 'Staff/Payment Center/Payers',
  component: 'alis-pc-payers',
  loaders: [loadPersonas],
  args: { persona: 'staff', width: '72rem' },
  argTypes: {
    persona: { control: 'inline-radio', options: ['staff', 'default-payer'] },
    width: { control: 'text', description: 'Width of the box the panel sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, args.persona)?.token}>
          <alis-pc-payers></alis-pc-payers>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<PayersArgs>;

const payer = (personas: Persona[]) => pickPersona(personas, 'default-payer');
const personasOf = (loaded: unknown) => (loaded as { personas: Persona[] }).personas;

async function panel(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>('alis-pc-payers'), 'the panel');
  await until(() => element.shadowRoot?.querySelector('tbody tr[data-payer-id], .notice'), 'the payers');
  return element;
}

async function rowAction(canvasElement: HTMLElement, payerId: string, action: 'edit' | 'pull'): Promise<HTMLElement> {
  const element = await panel(canvasElement);
  (await inShadow<HTMLButtonElement>(element, `tr[data-payer-id="${payerId}"] [data-action="${action}"]`, `the ${action} button`)).click();
  return element;
}

async function openEditor(canvasElement: HTMLElement, payerId: string): Promise<HTMLElement> {
  const element = await rowAction(canvasElement, payerId, 'edit');
  const editor = await inShadow<HTMLElement>(element, 'alis-pc-arrangement-editor', 'the editor');
  await inShadow(editor, 'form', 'the editor form');
  return editor;
}

async function openPull(canvasElement: HTMLElement, payerId: string): Promise<HTMLElement> {
  const element = await rowAction(canvasElement, payerId, 'pull');
  const flow = await inShadow<HTMLElement>(element, 'alis-pc-pull-payment', 'the pull flow');
  await inShadow(flow, 'form', 'the pull form');
  return flow;
}

async function choosePulls(editor: HTMLElement, day: string): Promise<void> {
  (await inShadow<HTMLInputElement>(editor, 'input[name="mode"][value="billing_team_pulls"]')).click();
  const select = await inShadow<HTMLSelectElement>(editor, '#day');
  select.value = day;
  select.dispatchEvent(new Event('change'));
}

async function setText(host: HTMLElement, selector: string, value: string): Promise<void> {
  const input = await inShadow<HTMLInputElement>(host, selector);
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
}

async function review(flow: HTMLElement): Promise<void> {
  (await inShadow<HTMLButtonElement>(flow, '[data-action="review"]')).click();
  await inShadow(flow, '[data-action="confirm"]', 'the review');
}

/** Lets Daniel's Visa be used for automatic payments too (his own choice, through the payer API). */
async function authorizeDanielsVisa(): Promise<Record<string, never>> {
  const { personas } = await loadPersonas();
  const token = payer(personas)?.token ?? '';
  const methods = ((await api(token, 'GET', '/payment-methods')) as { items: PaymentMethod[] }).items;
  const visa = methods.find((m) => m.type === 'card' && !m.recurringAuthorization);
  if (visa) await api(token, 'PATCH', `/payment-methods/${visa.id}`, { recurringAuthorization: true });
  return {};
}

/** Every payer with balance, open invoices, saved methods and arrangement; sortable headers. */
export const List: Story = {};

/** A phone-sized box: the form reflows, the wide table scrolls inside its own box. */
export const Narrow: Story = { args: { width: '320px' } };

/** A payer's token gets the staff-only notice. */
export const StaffOnly: Story = { args: { persona: 'default-payer' } };

/** Daniel moves to billing-team pulls on day 10 from his authorized checking; his Visa is not offered. */
export const ArrangementSingle: Story = {
  play: async ({ canvasElement, loaded }) => {
    const editor = await openEditor(canvasElement, payer(personasOf(loaded))?.partyId ?? '');
    await choosePulls(editor, '10');
  },
};

/** A split by percentages across Daniel's checking and (newly authorized) Visa, 60% / 40%. */
export const ArrangementSplit: Story = {
  loaders: [authorizeDanielsVisa],
  play: async ({ canvasElement, loaded }) => {
    const editor = await openEditor(canvasElement, payer(personasOf(loaded))?.partyId ?? '');
    await choosePulls(editor, '5');
    (await inShadow<HTMLInputElement>(editor, 'input[name="split"][value="percentages"]')).click();
    const boxes = await until(() => {
      const found = editor.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="methods"]:not(:disabled)');
      return found && found.length >= 2 ? found : null;
    }, 'two authorized methods');
    for (const box of boxes) if (!box.checked) box.click();
    const [first, second] = [...boxes].map((box) => box.value);
    await setText(editor, `#pct-${first}`, '60');
    await setText(editor, `#pct-${second}`, '40');
  },
};

/** The split's shares total 90%: refused at the field, nothing saved, the shares kept. */
export const ArrangementRefused: Story = {
  loaders: [authorizeDanielsVisa],
  play: async ({ canvasElement, loaded }) => {
    const editor = await openEditor(canvasElement, payer(personasOf(loaded))?.partyId ?? '');
    await choosePulls(editor, '5');
    (await inShadow<HTMLInputElement>(editor, 'input[name="split"][value="percentages"]')).click();
    const boxes = await until(() => {
      const found = editor.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="methods"]:not(:disabled)');
      return found && found.length >= 2 ? found : null;
    }, 'two authorized methods');
    for (const box of boxes) if (!box.checked) box.click();
    const [first, second] = [...boxes].map((box) => box.value);
    await setText(editor, `#pct-${first}`, '60');
    await setText(editor, `#pct-${second}`, '30');
    (await inShadow<HTMLButtonElement>(editor, '[data-action="save"]')).click();
    await inShadow(editor, '[data-error="parts"]', 'the refusal');
  },
};

/** December 5 on the mock clock: Frank Castellano's pull is due, with what it takes from his checking. */
export const DuePulls: Story = {
  loaders: [
    async () => {
      await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: 10 }) });
      return {};
    },
  ],
  play: async ({ canvasElement }) => {
    const element = await panel(canvasElement);
    await inShadow(element, 'tr[data-due-payer-id]', 'a due pull');
  },
};

/** Review of a pull of Daniel's whole outstanding balance from his authorized checking. */
export const PullReview: Story = {
  play: async ({ canvasElement, loaded }) => {
    await review(await openPull(canvasElement, payer(personasOf(loaded))?.partyId ?? ''));
  },
};

/** A split pull across two methods, reviewed: each part's method and amount, and the total. */
export const PullSplitReview: Story = {
  loaders: [authorizeDanielsVisa],
  play: async ({ canvasElement, loaded }) => {
    const flow = await openPull(canvasElement, payer(personasOf(loaded))?.partyId ?? '');
    (await inShadow<HTMLInputElement>(flow, 'input[name="mode"][value="mode-split"]')).click();
    const boxes = await until(() => {
      const found = flow.shadowRoot?.querySelectorAll<HTMLInputElement>('input[name="methods"]:not(:disabled)');
      return found && found.length >= 2 ? found : null;
    }, 'two authorized methods');
    for (const box of boxes) if (!box.checked) box.click();
    const amounts = await until(() => {
      const found = flow.shadowRoot?.querySelectorAll<HTMLElement>('alis-amount-input[data-part]');
      return found && found.length >= 2 ? found : null;
    }, 'two amount fields');
    await setText(amounts[0] as HTMLElement, 'input', '100.00');
    await setText(amounts[1] as HTMLElement, 'input', '50.00');
    await review(flow);
  },
};

/** The created payment with its reference, fee and status, and the new outstanding balance. */
export const PullResult: Story = {
  play: async ({ canvasElement, loaded }) => {
    const flow = await openPull(canvasElement, payer(personasOf(loaded))?.partyId ?? '');
    await review(flow);
    (await inShadow<HTMLButtonElement>(flow, '[data-action="confirm"]')).click();
    await inShadow(flow, '[data-reference]', 'the result');
  },
};

/** Daniel paid part of an invoice after review opened: nothing is pulled and the new total is shown. */
export const PullBalanceChanged: Story = {
  play: async ({ canvasElement, loaded }) => {
    const personas = personasOf(loaded);
    const daniel = payer(personas);
    const flow = await openPull(canvasElement, daniel?.partyId ?? '');
    await review(flow);
    const token = daniel?.token ?? '';
    const invoice = ((await api(token, 'GET', '/invoices?status=open')) as { items: Invoice[] }).items[0];
    const method = ((await api(token, 'GET', '/payment-methods')) as { items: PaymentMethod[] }).items.find((m) => m.usable);
    if (invoice && method) {
      await api(token, 'POST', '/payments', { methodId: method.id, target: { type: 'invoice', invoiceId: invoice.id }, amountCents: 2500, currency: 'USD' });
    }
    (await inShadow<HTMLButtonElement>(flow, '[data-action="confirm"]')).click();
    await inShadow(flow, '[data-kind="balance-changed"]', 'the balance-changed notice');
  },
};

/** The bank fee went up to 1% after staff reviewed the pull: the new fee and total are shown, nothing was pulled. */
export const PullQuoteChanged: Story = {
  play: async ({ canvasElement, loaded }) => {
    const flow = await openPull(canvasElement, payer(personasOf(loaded))?.partyId ?? '');
    await review(flow);
    await api(pickPersona(personasOf(loaded), 'staff')?.token ?? '', 'PATCH', '/staff/settings', { bankFeeBasisPoints: 100 });
    (await inShadow<HTMLButtonElement>(flow, '[data-action="confirm"]')).click();
    await inShadow(flow, '[data-kind="quote-changed"]', 'the quote-changed notice');
  },
};

async function openDetails(canvasElement: HTMLElement, payerId: string): Promise<HTMLElement> {
  const element = await panel(canvasElement);
  (await inShadow<HTMLButtonElement>(element, `tr[data-payer-id="${payerId}"] [data-action="details"]`, 'the Details button')).click();
  return inShadow<HTMLElement>(element, `tr[data-details-for="${payerId}"] alis-pc-request-method`, 'the request button');
}

async function requestMethod(canvasElement: HTMLElement, payerId: string, outcome: '[data-sent]' | '[data-refusal]'): Promise<void> {
  const request = await openDetails(canvasElement, payerId);
  (await inShadow<HTMLButtonElement>(request, '[data-action="request-method"]')).click();
  (await inShadow<HTMLButtonElement>(request, '[data-action="send-request"]', 'the confirmation')).click();
  await until(() => (request.shadowRoot?.querySelector(outcome)?.textContent ?? '').trim() !== '', 'the outcome');
}

/** Karen Molloy's details: her email, "Ask to add a payment method" and her history. */
export const PayerDetails: Story = {
  play: async ({ canvasElement }) => {
    await openDetails(canvasElement, 'con-karen-molloy');
  },
};

/** Karen Molloy was asked to add a payment method: "Email sent to karen.molloy@example.com", and her history shows it. */
export const PaymentMethodRequested: Story = {
  play: async ({ canvasElement }) => requestMethod(canvasElement, 'con-karen-molloy', '[data-sent]'),
};

/** Angela Castellano never signed up: why she cannot be asked, next to the button. */
export const PaymentMethodRequestRefused: Story = {
  play: async ({ canvasElement }) => requestMethod(canvasElement, 'con-angela-castellano', '[data-refusal]'),
};

/** ALIS Pay is off: pulls are off, and the panel says so. */
export const AlisPayOff: Story = {
  play: async ({ canvasElement, loaded }) => {
    await api(pickPersona(personasOf(loaded), 'staff')?.token ?? '', 'PATCH', '/staff/settings', { gatewayEnabled: false });
    const element = (await panel(canvasElement)) as AlisPcPayers;
    await element.refresh();
  },
};

/** ALIS Connect is off but ALIS Pay is on: payers cannot sign in, the billing team still pulls. */
export const AlisConnectOff: Story = {
  play: async ({ canvasElement, loaded }) => {
    await api(pickPersona(personasOf(loaded), 'staff')?.token ?? '', 'PATCH', '/staff/settings', { portalEnabled: false });
    const element = (await panel(canvasElement)) as AlisPcPayers;
    await element.refresh();
  },
};
