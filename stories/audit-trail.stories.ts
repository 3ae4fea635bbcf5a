import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, delay } from 'msw';
import { AlisAuditTrail } from '../src/components/audit-trail/audit-trail.js';
import type { AuditSubjectType } from '../src/sdk/types.js';
import { api, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

// The same class the staff bundle registers, so either may come first.
AlisAuditTrail.define('alis-audit-trail');

interface TrailArgs {
  persona: 'staff' | 'default-payer';
  subjectType: AuditSubjectType;
  subjectId: string;
  /** The host's own heading; unset, the trail shows "History" in the reader's language. */
  heading?: string;
  collapsible: boolean;
  pageSize: number;
  width: string;
}

/**
 * `<alis-audit-trail>` against the mock billing engine, signed in as the billing office (Brenda
 * Lopez). The seed has no staff changes yet, so each story makes some through the API in `play`
 * and reloads the trail.
 */
const meta: Meta<TrailArgs> = {
  title: 'Staff/Audit trail',
  component: 'alis-audit-trail',
  loaders: [loadPersonas],
  args: {
    persona: 'staff',
    subjectType: 'invoice',
    subjectId: 'inv-jensen-2026-12',
    collapsible: false,
    pageSize: 10,
    width: '48rem',
  },
  argTypes: {
    persona: { control: 'inline-radio', options: ['staff', 'default-payer'] },
    subjectType: { control: 'select', options: ['invoice', 'payer', 'payment', 'deposit', 'payment_method', 'user', 'invitation', 'profile', 'settings'] },
    width: { control: 'text', description: 'Width of the box the trail sits in (try 320px).' },
    heading: { control: 'text', description: 'The host\'s own heading, e.g. "History of INV-2026-0090" (unset: "History", in the reader\'s language).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${pickPersona(personas, args.persona)?.token}>
          <alis-audit-trail
            subject-type=${args.subjectType}
            subject-id=${args.subjectId}
            heading=${ifDefined(args.heading)}
            page-size=${args.pageSize}
            ?collapsible=${args.collapsible}
          ></alis-audit-trail>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<TrailArgs>;

const staffToken = async (): Promise<string> => pickPersona((await loadPersonas()).personas, 'staff')?.token ?? '';

async function reload(canvasElement: HTMLElement): Promise<AlisAuditTrail> {
  const element = await until(() => canvasElement.querySelector<AlisAuditTrail>('alis-audit-trail'), 'the trail');
  await element.loadComplete;
  await element.refresh();
  return element;
}

/** An invoice readdressed twice: newest first, with the names before and after. */
export const InvoiceReaddressed: Story = {
  play: async ({ canvasElement }) => {
    const token = await staffToken();
    await api(token, 'PATCH', '/staff/invoices/inv-jensen-2026-12', { addresseeId: 'con-karen-molloy' });
    await api(token, 'PATCH', '/staff/invoices/inv-jensen-2026-12', { addresseeId: 'con-ruth-jensen' });
    await inShadow(await reload(canvasElement), 'li.entry', 'an entry');
  },
};

/** The settings' trail: switches On/Off, fees in percent, the office's contact with a dash for what was removed. */
export const SettingsChanged: Story = {
  args: { subjectType: 'settings', subjectId: 'community' },
  play: async ({ canvasElement }) => {
    const token = await staffToken();
    await api(token, 'PATCH', '/staff/settings', {
      cardFeeBasisPoints: 175,
      portalEnabled: false,
      pullNoticeLeadDays: 14,
      billingOffice: { name: 'Willow Creek business office', phone: null, email: 'billing@willowcreek.example', hours: 'Monday to Friday, 8:30 AM to 4:30 PM' },
    });
    await api(token, 'PATCH', '/staff/settings', { portalEnabled: true });
    await inShadow(await reload(canvasElement), 'li.entry', 'an entry');
  },
};

/** A payer's trail: an arrangement change and a "please add a payment method" email. */
export const Payer: Story = {
  args: { subjectType: 'payer', subjectId: 'con-karen-molloy' },
  play: async ({ canvasElement }) => {
    await api(await staffToken(), 'POST', '/staff/payers/con-karen-molloy/payment-method-requests');
    await inShadow(await reload(canvasElement), 'li.entry', 'an entry');
  },
};

/** Nothing recorded yet. */
export const Empty: Story = { args: { subjectId: 'inv-jensen-2026-11' } };

/** A closed disclosure: nothing loads until staff open it. */
export const Collapsed: Story = { args: { collapsible: true } };

/** Three changes, two per page: "Show more changes". */
export const Paged: Story = {
  args: { subjectType: 'settings', subjectId: 'community', pageSize: 2 },
  play: async ({ canvasElement }) => {
    const token = await staffToken();
    for (const fee of [10, 20, 30]) await api(token, 'PATCH', '/staff/settings', { bankFeeBasisPoints: fee });
    await inShadow(await reload(canvasElement), 'button[data-action="more"]', 'Show more changes');
  },
};

/** Still loading. */
export const Loading: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/staff/audit-log', async () => {
        await delay('infinite');
        return HttpResponse.json({ items: [], nextCursor: null });
      }),
    ],
  },
};

/** A payer's token: the staff-only notice. */
export const StaffOnly: Story = { args: { persona: 'default-payer' } };

/** At 320px the changes table wraps its words instead of widening the page. */
export const Narrow: Story = { ...SettingsChanged, args: { ...SettingsChanged.args, width: '320px' } };
