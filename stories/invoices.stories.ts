import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay, getResponse } from 'msw';
import { handlers } from '../src/mock-server/handlers.js';
import type { Me } from '../src/sdk/types.js';
import type { InvoiceFilter } from '../src/components/invoices/invoices.js';
import { loadPersonas, pickPersona, type Persona } from './support.js';

interface InvoicesArgs {
  status: InvoiceFilter;
  heading: string;
  locale: string;
  persona: 'default-payer' | 'other-payer' | 'revoked' | 'staff' | 'signed-out';
  width: string;
}

/**
 * `<alis-invoices>` inside `<alis-billing-provider>`, signed in as a seeded persona of the mock
 * billing backend. Every state a payer can meet is a story.
 */
const meta: Meta<InvoicesArgs> = {
  title: 'Payer/Invoices',
  component: 'alis-invoices',
  loaders: [loadPersonas],
  args: { status: 'all', heading: 'Invoices', locale: 'en-US', persona: 'default-payer', width: '100%' },
  argTypes: {
    status: { control: 'inline-radio', options: ['all', 'open', 'paid'] },
    persona: { control: 'select', options: ['default-payer', 'other-payer', 'revoked', 'staff', 'signed-out'] },
    width: { control: 'text', description: 'Width of the box the widget sits in (try 320px).' },
  },
  render: (args, context) => renderInProvider(args, context),
};
export default meta;

function renderInProvider(args: InvoicesArgs, { loaded }: { loaded: unknown }) {
    const personas = (loaded as { personas: Persona[] }).personas;
    const token = args.persona === 'signed-out' ? undefined : pickPersona(personas, args.persona)?.token;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${token}>
          <alis-invoices status=${args.status} heading=${args.heading} locale=${args.locale}></alis-invoices>
        </alis-billing-provider>
      </div>
    `;
}

type Story = StoryObj<InvoicesArgs>;

/** The default payer's twelve months: paid, partly paid and open invoices. */
export const AllInvoices: Story = {};

/** Only invoices with something still due. */
export const OpenOnly: Story = { args: { status: 'open', heading: 'Open invoices' } };

/** Only settled invoices. */
export const PaidOnly: Story = { args: { status: 'paid', heading: 'Paid invoices' } };

/** Another payer of the same community sees only their own invoices. */
export const AnotherPayer: Story = { args: { persona: 'other-payer' } };

/** While the invoices are on their way. */
export const Loading: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/invoices', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ],
  },
};

/** A payer with no invoices yet (e.g. moved in this week). */
export const Empty: Story = {
  parameters: { msw: [http.get('*/api/v1/invoices', () => HttpResponse.json({ items: [], nextCursor: null }))] },
};

/** The backend failed; the payer can try again. */
export const LoadError: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/invoices', () =>
        HttpResponse.json({ code: 'conflict', message: 'The billing service is updating statements; please try again in a minute.' }, { status: 409 }),
      ),
    ],
  },
};

/** No one is signed in. */
export const SignedOut: Story = { args: { persona: 'signed-out' } };

/** A user whose portal access the billing team revoked. */
export const AccessRevoked: Story = { args: { persona: 'revoked' } };

/** Staff have no invoices of their own; the widget says where they belong. */
export const StaffUser: Story = { args: { persona: 'staff' } };

/** The community has not enabled online payments (ALIS Pay or ALIS Connect off). */
export const PaymentsNotEnabled: Story = {
  parameters: {
    msw: [
      // The real session from the shared mock backend, with the gateway switched off.
      http.get('*/api/v1/me', async ({ request }) => {
        const real = await getResponse(handlers, request);
        if (!real) return undefined;
        const me = (await real.json()) as Me;
        return HttpResponse.json({ ...me, community: { ...me.community, gatewayEnabled: false, paymentsEnabled: false } });
      }),
    ],
  },
};

/** A phone-sized box: each invoice becomes a labelled card. */
export const Narrow: Story = { args: { width: '320px' } };

/** The community's brand applied through `--alis-*` tokens. */
export const Themed: Story = {
  render: (args, context) => html`
    <div
      style="--alis-color-primary: #2f5d50; --alis-color-focus-ring: #b7791f; --alis-font-family: Georgia, serif; --alis-radius: 2px; --alis-color-surface-alt: #f8f5ee"
    >
      ${renderInProvider(args, context)}
    </div>
  `,
};
