// The page `scripts/bench-lists.mjs` drives to time long lists in the browser: <alis-invoices>
// drawing N invoice rows, and "Show more" adding N more, against a hand-written rendering of the
// same rows into the same table with the same styles (the baseline: cached Intl formatters, one
// DocumentFragment, nothing else). The data is the seeded payer's own invoices copied N times and
// handed to the element through a client double that answers at once, so what is timed is the
// rendering (and the layout it causes), not the network or the mock engine. Exposes
// `window.benchRows(kind, count)` returning milliseconds.
import '../src/define/alis-invoices.js';
import { startMockWorker } from '../src/mock-server/browser.js';
import { createAlisClient, type AlisClient } from '../src/sdk/index.js';
import type { AlisInvoices } from '../src/components/invoices/invoices.js';
import type { Invoice, InvoicePage, Me, Outstanding } from '../src/sdk/types.js';

const token = 'mock-token-daniel-whitaker';
await startMockWorker();
const real = createAlisClient({ baseUrl: '/api/v1', getToken: () => token });
const [me, outstanding, seeded] = await Promise.all([real.session.me(), real.outstanding.get(), real.invoices.list({ limit: 100 })]);

/** `count` invoices like the payer's, each with its own id and number. */
function invoices(count: number, from = 0): Invoice[] {
  return Array.from({ length: count }, (_, index) => {
    const n = from + index;
    const template = required(seeded.items[n % seeded.items.length], 'a seeded invoice');
    return { ...template, id: `${template.id}-b${n}`, number: `INV-B${String(n).padStart(5, '0')}` };
  });
}

/** A client that answers at once: `me`, the balance, and pages of `pageSize` invoices. */
function instantClient(pageSize: number): AlisClient {
  const page = (cursor: string | undefined): InvoicePage => {
    const from = cursor ? Number(cursor) : 0;
    return { items: invoices(pageSize, from), nextCursor: String(from + pageSize) };
  };
  const client = {
    session: { me: async (): Promise<Me> => structuredClone(me) },
    outstanding: { get: async (): Promise<Outstanding> => structuredClone(outstanding) },
    invoices: { list: async (query?: { cursor?: string }): Promise<InvoicePage> => page(query?.cursor) },
  };
  return client as unknown as AlisClient;
}

const host = required(document.querySelector('#bench'), '#bench');
/** The rows loaded: once the list is long, those far from the screen are not in the document (see RowWindowController), and the table's `aria-rowcount` counts them. */
const rowCount = (root: ParentNode) => {
  const windowed = root.querySelector('table[aria-rowcount]');
  return windowed ? Number(windowed.getAttribute('aria-rowcount')) - 1 : drawnRows(root);
};
const drawnRows = (root: ParentNode) => root.querySelectorAll('tbody tr[data-invoice-id]').length;
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Mounts <alis-invoices> with `count` rows; resolves with the element once they are laid out. */
async function mountProject(count: number): Promise<{ element: AlisInvoices; ms: number }> {
  host.replaceChildren();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  const element = document.createElement('alis-invoices');
  element.pageSize = count;
  element.client = instantClient(count);
  host.append(element);
  await element.loadComplete;
  const root = required(element.shadowRoot, 'its shadow root');
  while (rowCount(root) < count) await element.updateComplete;
  required(root.querySelector('table'), 'its table').getBoundingClientRect();
  return { element, ms: performance.now() - started };
}

// The baseline: the same rows written by hand.
const money = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' });
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const sheets = () => (customElements.get('alis-invoices') as unknown as { elementStyles: Array<{ styleSheet?: CSSStyleSheet }> }).elementStyles.flatMap((style) => (style.styleSheet ? [style.styleSheet] : []));

function vanillaRows(list: readonly Invoice[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const invoice of list) {
    const row = document.createElement('tr');
    row.dataset.invoiceId = invoice.id;
    const cells = [
      invoice.number,
      date.formatRange(new Date(invoice.periodStart), new Date(invoice.periodEnd)),
      date.format(new Date(invoice.dueDate)),
      invoice.addressee.name,
      money.format(invoice.total.amountCents / 100),
      money.format(invoice.balance.amountCents / 100),
    ];
    for (const text of cells) row.insertCell().textContent = text;
    const status = row.insertCell().appendChild(document.createElement('span'));
    status.className = 'badge';
    status.textContent = invoice.status;
    const actions = row.insertCell();
    actions.className = 'actions';
    const details = actions.appendChild(document.createElement('button'));
    details.textContent = 'Details';
    if (invoice.balance.amountCents > 0) {
      const pay = actions.appendChild(document.createElement('button'));
      pay.className = 'primary';
      pay.textContent = 'Pay';
    }
    fragment.append(row);
  }
  return fragment;
}

async function mountVanilla(count: number): Promise<{ root: ShadowRoot; ms: number }> {
  host.replaceChildren();
  await new Promise((resolve) => requestAnimationFrame(resolve));
  const started = performance.now();
  const list = invoices(count);
  const element = document.createElement('div');
  const root = element.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = sheets();
  const table = root.appendChild(document.createElement('table'));
  table.innerHTML = '<thead><tr><th>Invoice</th><th>Period</th><th>Due date</th><th>Addressed to</th><th>Total</th><th>Balance</th><th>Status</th><th></th></tr></thead><tbody></tbody>';
  required(table.tBodies[0], 'tbody').append(vanillaRows(list));
  host.append(element);
  table.getBoundingClientRect();
  return { root, ms: performance.now() - started };
}

async function run(kind: string, count: number): Promise<number> {
  switch (kind) {
    case 'project':
      return (await mountProject(count)).ms;
    case 'vanilla':
      return (await mountVanilla(count)).ms;
    case 'project-more': {
      const { element } = await mountProject(count);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const root = required(element.shadowRoot, 'its shadow root');
      const more = required(root.querySelector<HTMLButtonElement>('button.more'), 'Show more');
      const started = performance.now();
      more.click();
      while (rowCount(root) < 2 * count) await element.updateComplete;
      required(root.querySelector('table'), 'its table').getBoundingClientRect();
      return performance.now() - started;
    }
    case 'vanilla-more': {
      const { root } = await mountVanilla(count);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const started = performance.now();
      const table = required(root.querySelector('table'), 'the table');
      required(table.tBodies[0], 'tbody').append(vanillaRows(invoices(count, count)));
      table.getBoundingClientRect();
      return performance.now() - started;
    }
    // A long list, settled (the blocks far from the screen swapped out), then one invoice's
    // Details opened: the time until it is laid out, and how many rows the document holds.
    case 'project-open': {
      const { element } = await mountProject(count);
      const root = required(element.shadowRoot, 'its shadow root');
      for (let waited = 0; waited < 20 && !root.querySelector('.row-stand-in'); waited++) await frame();
      await frame();
      const started = performance.now();
      required(root.querySelector<HTMLButtonElement>('tbody tr[data-invoice-id] button[aria-expanded]'), 'a Details button').click();
      await element.updateComplete;
      required(root.querySelector('table'), 'its table').getBoundingClientRect();
      lastDrawnRows = drawnRows(root);
      return performance.now() - started;
    }
    case 'vanilla-open': {
      const { root } = await mountVanilla(count);
      await frame();
      const started = performance.now();
      const first = required(root.querySelector('tbody tr'), 'a row');
      const details = document.createElement('tr');
      details.insertCell().textContent = 'Care and rent, November';
      first.after(details);
      required(root.querySelector('table'), 'the table').getBoundingClientRect();
      lastDrawnRows = drawnRows(root);
      return performance.now() - started;
    }
    default:
      throw new Error(`unknown kind ${kind}`);
  }
}

/** How many invoice rows the document held after the last `*-open` run. */
let lastDrawnRows = 0;

(window as unknown as { benchRows: typeof run }).benchRows = run;
(window as unknown as { benchDrawnRows: () => number }).benchDrawnRows = () => lastDrawnRows;
(window as unknown as { benchReady: boolean }).benchReady = true;

function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`bench page: no ${what}`);
  return value;
}
