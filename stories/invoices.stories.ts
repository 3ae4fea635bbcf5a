import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse, delay, getResponse } from 'msw';
import { handlers } from '../src/mock-server/handlers.js';
import type { Me } from '../src/sdk/types.js';
import type { InvoiceFilter } from '../src/components/invoices/invoices.js';
import { api, loadPersonas, pickPersona, until, type Persona } from './support.js';
import { mockBackend } from '../src/mock-server/handlers.js';
import { withInvoices } from '../src/mock-server/engine/long-lists.js';

/** Seeded family members of Harold Jensen and a view-only resident, by their mock token's name. */
type NamedPersona = 'ruth-jensen' | 'karen-molloy' | 'frank-castellano';

interface InvoicesArgs {
  status: InvoiceFilter;
  heading: string | undefined;
  /** Dates and amounts in this locale; the page's language when unset. */
  locale?: string;
  persona: 'default-payer' | 'other-payer' | 'revoked' | 'staff' | 'signed-out' | NamedPersona;
  width: string;
}

const STAFF_TOKEN = 'mock-token-brenda-lopez';
const namedPersonas: readonly NamedPersona[] = ['ruth-jensen', 'karen-molloy', 'frank-castellano'];

function tokenFor(personas: Persona[], persona: InvoicesArgs['persona']): string | undefined {
  if (persona === 'signed-out') return undefined;
  if ((namedPersonas as readonly string[]).includes(persona)) return `mock-token-${persona}`;
  return pickPersona(personas, persona as 'default-payer' | 'other-payer' | 'revoked' | 'staff')?.token;
}

/**
 * `<alis-invoices>` inside `<alis-billing-provider>`, signed in as a seeded persona of the mock
 * billing backend. Every state a payer can meet is a story.
 */
const meta: Meta<InvoicesArgs> = {
  title: 'Payer/Invoices',
  component: 'alis-invoices',
  loaders: [loadPersonas],
  args: { status: 'all', heading: undefined, persona: 'default-payer', width: '100%' },
  argTypes: {
    status: { control: 'inline-radio', options: ['all', 'open', 'paid'] },
    heading: { control: 'text', description: 'Leave empty for the heading that says whose invoices these are.' },
    persona: { control: 'select', options: ['default-payer', 'other-payer', 'revoked', 'staff', 'signed-out', ...namedPersonas] },
    width: { control: 'text', description: 'Width of the box the widget sits in (try 320px).' },
  },
  render: (args, context) => renderInProvider(args, context),
};
export default meta;

function renderInProvider(args: InvoicesArgs, { loaded }: { loaded: unknown }) {
    const personas = (loaded as { personas: Persona[] }).personas;
    const token = tokenFor(personas, args.persona);
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${token}>
          <alis-invoices status=${args.status} .heading=${args.heading || undefined} locale=${ifDefined(args.locale)}></alis-invoices>
        </alis-billing-provider>
      </div>
    `;
}

type Story = StoryObj<InvoicesArgs>;

/** The default payer's twelve months: paid, partly paid and open invoices. */
export const AllInvoices: Story = {};

/**
 * Ruth Jensen sees all of Harold's billing: her own invoices ("You") and the July invoice addressed
 * to their daughter Karen, which has no Pay and says whom it is addressed to and that the billing
 * office can re-address it, with the office's contact.
 */
export const AddressedToOthers: Story = { args: { persona: 'ruth-jensen' } };

/** Ruth's list in a phone-sized box: the re-address note stays under its invoice's card. */
export const AddressedToOthersNarrow: Story = { args: { persona: 'ruth-jensen', status: 'open', width: '320px' } };

/** Karen Molloy's profile pays bills but does not view billing: only what is addressed to her, with Pay. */
export const PayOnly: Story = { args: { persona: 'karen-molloy' } };

/** Karen after the billing office addressed her July invoice to her mother: nothing is addressed to her. */
export const PayOnlyNothingAddressed: Story = {
  args: { persona: 'karen-molloy' },
  loaders: [
    async () => {
      await api(STAFF_TOKEN, 'PATCH', '/staff/invoices/inv-jensen-2026-07', { addresseeId: 'con-ruth-jensen' });
      return {};
    },
  ],
};

/** Frank Castellano's profile views billing only: his invoices, no Pay, one sentence why. */
export const ViewOnly: Story = { args: { persona: 'frank-castellano' } };

/** Ruth's profile was changed to one with no billing permission: a calm notice, no invoices requested. */
export const NoBillingAccess: Story = {
  args: { persona: 'ruth-jensen' },
  loaders: [
    async () => {
      const profile = (await api(STAFF_TOKEN, 'POST', '/staff/profiles', { name: 'Newsletter only', permissions: [] })) as { id: string };
      await api(STAFF_TOKEN, 'PATCH', '/staff/users/usr-ruth-jensen', { profileId: profile.id });
      return {};
    },
  ],
};

/** The community switched the resident portal (ALIS Connect) off: one calm sentence with the office's contact. */
export const PortalOff: Story = {
  args: { persona: 'ruth-jensen' },
  loaders: [
    async () => {
      await api(STAFF_TOKEN, 'PATCH', '/staff/settings', { portalEnabled: false });
      return {};
    },
  ],
};

/** Only invoices with something still due. */
export const OpenOnly: Story = { args: { status: 'open' } };

/** Only settled invoices. */
export const PaidOnly: Story = { args: { status: 'paid' } };

/** Another payer of the same community sees only their own resident's invoices. */
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

/**
 * Twenty-five years of monthly statements, 250 at a time: only the rows within a screen's height
 * of what is shown are in the document, the rest stand in as empty space of their height, so the
 * page keeps its length and nothing moves as you scroll.
 */
export const ManyYears: Story = {
  loaders: [
    () => {
      const payer = mockBackend.personas()[0];
      if (payer?.partyId) mockBackend.load(withInvoices(mockBackend.state, payer.partyId, 300));
      return {};
    },
  ],
  render: (args, context) => {
    const personas = (context.loaded as { personas: Persona[] }).personas;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${tokenFor(personas, args.persona)}>
          <alis-invoices page-size="250" locale=${ifDefined(args.locale)}></alis-invoices>
        </alis-billing-provider>
      </div>
    `;
  },
  play: async ({ canvasElement }) => {
    const element = await until(() => canvasElement.querySelector('alis-invoices'), 'the invoices');
    await until(() => element.shadowRoot?.querySelector('.row-stand-in'), 'the rows far from the screen standing in');
  },
};

/** The community's brand applied through `--alis-*` tokens. */
export const Themed: Story = {
  // Its own brand's colours: the dark-theme contrast check (check-storybook) leaves it out.
  tags: ['own-colours'],
  render: (args, context) => html`
    <div
      style="--alis-color-primary: #2f5d50; --alis-color-focus-ring: #b7791f; --alis-font-family: Georgia, serif; --alis-radius: 2px; --alis-color-surface-alt: #f8f5ee"
    >
      ${renderInProvider(args, context)}
    </div>
  `,
};
