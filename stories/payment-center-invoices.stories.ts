import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { http, HttpResponse, delay } from 'msw';
import { AlisPcInvoices } from '../src/components/payment-center/invoices-panel.js';
import type { Invoice, InvoiceStatusFilter } from '../src/sdk/types.js';
import { api, inShadow, loadPersonas, pickPersona, until, type Persona } from './support.js';

// The same class the Payment Center's define module registers, so either may come first.
AlisPcInvoices.define('alis-pc-invoices');

interface InvoicesArgs {
  persona: 'staff' | 'payer';
  search: string;
  status: InvoiceStatusFilter;
  width: string;
}

/**
 * `<alis-pc-invoices>` — the Payment Center's Invoices tab — alone inside `<alis-billing-provider>`,
 * signed in as the billing office (Brenda Lopez) against the mock billing engine. Stories of a
 * later state click through in their `play` function.
 */
const meta: Meta<InvoicesArgs> = {
  title: 'Staff/Payment Center/Invoices',
  component: 'alis-pc-invoices',
  loaders: [loadPersonas],
  args: { persona: 'staff', search: '', status: 'all', width: '100%' },
  argTypes: {
    persona: { control: 'inline-radio', options: ['staff', 'payer'] },
    status: { control: 'inline-radio', options: ['all', 'open', 'paid'] },
    width: { control: 'text', description: 'Width of the box the panel sits in (try 320px).' },
  },
  render: (args, { loaded }) => {
    const personas = (loaded as { personas: Persona[] }).personas;
    const token = pickPersona(personas, args.persona === 'staff' ? 'staff' : 'default-payer')?.token;
    return html`
      <div style="max-width: ${args.width}">
        <alis-billing-provider base-url="/api/v1" .token=${token}>
          <alis-pc-invoices .search=${args.search} .status=${args.status}></alis-pc-invoices>
        </alis-billing-provider>
      </div>
    `;
  },
};
export default meta;

type Story = StoryObj<InvoicesArgs>;

async function panel(canvasElement: HTMLElement): Promise<HTMLElement> {
  const element = await until(() => canvasElement.querySelector<HTMLElement>('alis-pc-invoices'), 'the panel');
  await until(() => element.shadowRoot?.querySelector('tr.invoice'), 'the invoices');
  return element;
}

/** Ruth Jensen's open invoice (her husband Harold's), which the editor stories readdress. */
async function ruthsOpenInvoice(): Promise<{ invoiceId: string }> {
  const { personas } = await loadPersonas();
  const staff = pickPersona(personas, 'staff')?.token ?? '';
  const ruth = personas.find((p) => p.displayName === 'Ruth Jensen');
  const page = (await api(staff, 'GET', `/staff/invoices?status=open&addresseeId=${ruth?.partyId ?? ''}`)) as { items: Invoice[] };
  return { invoiceId: page.items[0]?.id ?? '' };
}

/** Opens the addressee editor of `invoiceId` and chooses Karen Molloy. */
async function editToKaren(canvasElement: HTMLElement, invoiceId: string): Promise<HTMLElement> {
  const element = await panel(canvasElement);
  (await inShadow<HTMLButtonElement>(element, `tr[data-invoice-id="${invoiceId}"] [data-action="options"]`, 'the Options button')).click();
  (await inShadow<HTMLButtonElement>(element, `[data-options-for="${invoiceId}"] [data-action="edit-addressee"]`, 'Edit addressee')).click();
  const karen = await until(
    () =>
      [...(element.shadowRoot?.querySelectorAll<HTMLLabelElement>(`form[data-editor-for="${invoiceId}"] label.choice`) ?? [])].find((label) =>
        label.textContent?.includes('Karen Molloy'),
      ),
    'the choice of Karen Molloy',
  );
  karen.querySelector('input')?.click();
  await until(() => element.shadowRoot?.querySelector('[data-effect]')?.textContent?.includes('From now on'), 'the stated effect');
  return element;
}

/** Every invoice of Willow Creek, newest due date first, with who each is addressed to. */
export const List: Story = {};

/** Searching by a resident's or payer's name. */
export const Search: Story = { args: { search: 'Jensen' } };

/** Only invoices with a balance due. */
export const OpenOnly: Story = { args: { status: 'open' } };

/** Edit addressee: Karen Molloy chosen for her father's invoice, with the effect stated before saving. */
export const AddresseeEditor: Story = {
  args: { search: 'Jensen' },
  loaders: [ruthsOpenInvoice],
  play: async ({ canvasElement, loaded }) => {
    await editToKaren(canvasElement, (loaded as { invoiceId: string }).invoiceId);
  },
};

/** Saved: the invoice is now Karen's, and the row says so. */
export const AddresseeChanged: Story = {
  args: { search: 'Jensen' },
  loaders: [ruthsOpenInvoice],
  play: async ({ canvasElement, loaded }) => {
    const { invoiceId } = loaded as { invoiceId: string };
    const element = await editToKaren(canvasElement, invoiceId);
    (await inShadow<HTMLButtonElement>(element, `form[data-editor-for="${invoiceId}"] [data-action="save-addressee"]`)).click();
    await inShadow(element, `[data-options-for="${invoiceId}"] [data-outcome]`, 'the confirmation');
  },
};

/** The engine refuses the change: its message shows in the editor, the choice is kept, nothing changes. */
export const AddresseeRefused: Story = {
  args: { search: 'Jensen' },
  loaders: [ruthsOpenInvoice],
  parameters: {
    msw: [
      http.patch('*/api/v1/staff/invoices/:invoiceId', () =>
        HttpResponse.json(
          { code: 'invalid_addressee', message: 'Choose the resident or one of the resident’s contacts.', fields: { addresseeId: 'Choose the resident or one of the resident’s contacts.' } },
          { status: 422 },
        ),
      ),
    ],
  },
  play: async ({ canvasElement, loaded }) => {
    const { invoiceId } = loaded as { invoiceId: string };
    const element = await editToKaren(canvasElement, invoiceId);
    (await inShadow<HTMLButtonElement>(element, `form[data-editor-for="${invoiceId}"] [data-action="save-addressee"]`)).click();
    await inShadow(element, `form[data-editor-for="${invoiceId}"] [data-error]`, 'the refusal');
  },
};

/** Nothing matches the search: a name nobody at the community has. */
export const NoMatch: Story = { args: { search: 'Zielinski' } };

/** While the invoices are on their way. */
export const Loading: Story = {
  parameters: {
    msw: [
      http.get('*/api/v1/staff/invoices', async () => {
        await delay('infinite');
        return HttpResponse.json({});
      }),
    ],
  },
};

/** A payer's token: the panel says it is for the billing team. */
export const StaffOnly: Story = { args: { persona: 'payer' } };

/** A phone-sized box: the table scrolls inside its frame; the editor fits the screen. */
export const Narrow: Story = { ...AddresseeEditor, args: { search: 'Jensen', width: '320px' } };
