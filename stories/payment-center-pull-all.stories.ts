import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { AlisPcPayers } from '../src/components/payment-center/payers-panel.js';
import { AlisPcArrangementEditor } from '../src/components/payment-center/arrangement-editor.js';
import { AlisPcPullPayment } from '../src/components/payment-center/pull-payment.js';
import { AlisPcPullAllDue } from '../src/components/payment-center/pull-all-due.js';
import { AlisPcRequestMethod } from '../src/components/payment-center/request-payment-method.js';
import { AlisAuditTrail } from '../src/components/audit-trail/audit-trail.js';
import type { PaymentMethod } from '../src/sdk/types.js';
import { api, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

AlisPcArrangementEditor.define('alis-pc-arrangement-editor');
AlisPcPullPayment.define('alis-pc-pull-payment');
AlisPcPullAllDue.define('alis-pc-pull-all-due');
AlisPcRequestMethod.define('alis-pc-request-method');
AlisAuditTrail.define('alis-audit-trail');
AlisPcPayers.define('alis-pc-payers');

interface PullAllArgs {
  width: string;
}

const tokenOf = (personas: Persona[], partyId: string) => personas.find((p) => p.partyId === partyId)?.token ?? '';

/**
 * December 5 on the mock clock, set up through the engine: the billing team pulls Frank Castellano,
 * Daniel Whitaker and Ruth Jensen from checking, Maria Alvarez-Reed from a card that declines, and
 * Kevin Nguyen from an account whose authorization he withdraws once the list has loaded.
 */
async function dueDay(): Promise<{ personas: Persona[] }> {
  const { personas } = await loadPersonas();
  const staff = pickPersona(personas, 'staff')?.token ?? '';
  const pullOn5th = (payerId: string, methodId: string) =>
    api(staff, 'PUT', `/staff/payers/${payerId}/arrangement`, { mode: 'billing_team_pulls', dayOfMonth: 5, split: 'single', parts: [{ methodId }] });
  await api(tokenOf(personas, 'con-ruth-jensen'), 'PATCH', '/payment-methods/pm-0003', { recurringAuthorization: true });
  await pullOn5th('con-daniel-whitaker', 'pm-0002');
  await pullOn5th('con-ruth-jensen', 'pm-0003');
  const card = (await api(tokenOf(personas, 'con-maria-alvarez-reed'), 'POST', '/payment-methods', {
    type: 'card',
    token: 'tok_chargeDeclined',
    card: { brand: 'visa', last4: '0002', expMonth: 12, expYear: 2030 },
    billingAddress: { name: 'Maria Alvarez-Reed', line1: '5 Lake Street', city: 'Evanston', state: 'IL', postalCode: '60201', country: 'US' },
    authorizeRecurring: true,
  })) as PaymentMethod;
  await pullOn5th('con-maria-alvarez-reed', card.id);
  await api(tokenOf(personas, 'con-kevin-nguyen'), 'PATCH', '/payment-methods/pm-0009', { recurringAuthorization: true });
  await pullOn5th('con-kevin-nguyen', 'pm-0009');
  await fetch('/api/v1/__mock/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceDays: 10 }) });
  return { personas };
}

/**
 * "Pull all due" in the Payers panel: a review of every due pull with the total, then each pull in
 * turn with its own idempotency key, row by row, and the summary at the end.
 */
const meta: Meta<PullAllArgs> = {
  title: 'Staff/Payment Center/Pull all due',
  component: 'alis-pc-pull-all-due',
  loaders: [dueDay],
  args: { width: '72rem' },
  argTypes: { width: { control: 'text', description: 'Width of the box the panel sits in (try 320px).' } },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, 'staff')?.token}>
          <alis-pc-payers></alis-pc-payers>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<PullAllArgs>;

async function pullAll(canvasElement: HTMLElement): Promise<HTMLElement> {
  const panel = await until(() => canvasElement.querySelector<HTMLElement>('alis-pc-payers'), 'the panel');
  const element = await inShadow<HTMLElement>(panel, 'alis-pc-pull-all-due', '"Pull all due"');
  return element;
}

/** Opens the review and waits for the engine's quote of every pull (the start button is live then). */
async function review(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await pullAll(canvasElement);
  (await inShadow<HTMLButtonElement>(element, '[data-action="pull-all"]', 'the button')).click();
  await until(() => {
    const button = element.shadowRoot?.querySelector<HTMLButtonElement>('[data-action="start"]');
    return button && !button.disabled ? button : null;
  }, 'the reviewed quotes');
  return element;
}

async function start(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await review(canvasElement);
  (await inShadow<HTMLButtonElement>(element, '[data-action="start"]', 'the review')).click();
  return element;
}

/** Five pulls are due: the "Pull all due (5)" button above the due table. */
export const DueToday: Story = {};

/** The review before anything is pulled: every due payer waiting with what their pull will charge, fees included, and the total. */
export const Review: Story = {
  play: async ({ canvasElement }) => void (await review(canvasElement)),
};

/**
 * After the run: three pulled and Maria's card declined. Kevin stopped his automatic payments just
 * before, which ended his arrangement, so his pull is no longer due and is not in the run.
 */
export const Finished: Story = {
  play: async ({ canvasElement, loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    await api(tokenOf(personas, 'con-kevin-nguyen'), 'PATCH', '/payment-methods/pm-0009', { recurringAuthorization: false });
    const element = await start(canvasElement);
    await inShadow(element, '[data-summary]', 'the summary');
  },
};

/** The connection drops on Daniel's pull: the run stops there and offers to pull the rest again. */
export const ConnectionDropped: Story = {
  parameters: {
    msw: [
      http.post('*/api/v1/staff/payments', async ({ request }) => {
        const body = (await request.clone().json()) as { payerId?: string };
        // Everyone else falls through to the mock engine.
        return body.payerId === 'con-daniel-whitaker' ? HttpResponse.error() : undefined;
      }),
    ],
  },
  play: async ({ canvasElement }) => {
    const element = await start(canvasElement);
    await inShadow(element, '[data-kind="stopped"]', 'the stopped run');
  },
};

/** A phone-sized box, during the review. */
export const Narrow: Story = {
  args: { width: '320px' },
  play: Review.play,
};
