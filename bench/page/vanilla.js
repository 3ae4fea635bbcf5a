// The hand-written baseline of `scripts/bench-page.mjs`: the same JSON the widgets read, fetched with
// fetch() and rendered with plain DOM, no framework. It is meant to be what a careful developer
// writes by hand, not a strawman: the five reads start at once, `Intl` formatters are built once,
// rows are built in a DocumentFragment, and the blocks are added in page order, each as soon as its
// data and the block above it are there, so nothing already shown is pushed down (no layout shift).
const root = document.getElementById('billing');
const api = root.dataset.api;
const headers = { Authorization: `Bearer ${root.dataset.token}` };

const get = (path) =>
  fetch(`${api}${path}`, { headers }).then((response) => {
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.json();
  });

const me = get('/me');
const outstanding = get('/outstanding');
const invoices = get('/invoices?status=all&limit=24');
const payments = get('/payments?limit=24');
const methods = get('/payment-methods');

const moneyFormats = new Map();
const money = ({ amountCents, currency }) => {
  let format = moneyFormats.get(currency);
  if (!format) {
    format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format.format(amountCents / 10 ** format.resolvedOptions().maximumFractionDigits);
};
// Calendar dates (YYYY-MM-DD) are read in UTC so they never show the day before. Built at once:
// a page's first Intl.DateTimeFormat costs 16-20 ms here (ICU data), paid while the reads are out.
const dayFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const day = (isoDate) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`));
const period = (start, end) => dayFormat.formatRange(new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`));
// Payment times on the community's clock; one community, so one zone and one formatter.
let instantFormat = null;
const instant = (iso, timeZone) => {
  instantFormat ??= new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' });
  return instantFormat.format(new Date(iso));
};
const words = (status) => status.charAt(0).toUpperCase() + status.slice(1).replaceAll('_', ' ');
const who = (person, viewer) => (person.id === viewer.party.id ? 'You' : `${person.name}${person.relationship ? ` (${person.relationship})` : ''}`);

/** An element with text or children: enough DOM building for four blocks. */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

let shown = Promise.resolve();

/**
 * Adds a block at the end of the page once its data is here and every block above it is shown;
 * a failed read shows its reason in place of the block.
 */
function block(heading, data, render) {
  shown = shown.then(async () => {
    let content;
    try {
      const value = await data;
      content = [el('h2', { textContent: heading(value) }), ...render(value)];
    } catch (error) {
      content = [el('p', { role: 'alert', textContent: `Could not load: ${error.message}` })];
    }
    document.getElementById('billing').append(el('section', {}, ...content));
  });
}

block(
  () => 'Outstanding balance',
  outstanding,
  (data) => {
    const list = el('ol');
    for (const invoice of data.invoices) {
      const due = `${invoice.overdue ? 'Overdue since' : 'Due'} ${day(invoice.dueDate)}`;
      list.append(el('li', {}, `Invoice ${invoice.number} · ${due} · `, el('strong', { textContent: money(invoice.balance) })));
    }
    return [
      el(
        'div',
        { className: 'card' },
        el('p', { className: 'total' }, 'You owe ', money(data.total)),
        el('p', { textContent: 'It settles your invoices oldest due date first:' }),
        list,
        el('button', { type: 'button', textContent: 'Pay outstanding balance' }),
      ),
    ];
  },
);

block(
  ([viewer]) => `Invoices for ${viewer.resident.name}`,
  Promise.all([me, invoices]),
  ([viewer, page]) => {
    const canPay = viewer.permissions.includes('pay_bills');
    const rows = document.createDocumentFragment();
    for (const invoice of page.items) {
      const status = invoice.overdue ? `Overdue · ${words(invoice.status)}` : words(invoice.status);
      const actions = el('td', {}, el('button', { type: 'button', textContent: 'Details' }));
      if (canPay && invoice.balance.amountCents > 0 && invoice.addressee.id === viewer.party.id) {
        actions.append(' ', el('button', { type: 'button', textContent: 'Pay', ariaLabel: `Pay invoice ${invoice.number}` }));
      }
      const row = el(
        'tr',
        {},
        el('td', { textContent: invoice.number }),
        el('td', { textContent: period(invoice.periodStart, invoice.periodEnd) }),
        el('td', { textContent: day(invoice.dueDate) }),
        el('td', { textContent: who(invoice.addressee, viewer) }),
        el('td', { className: 'amount', textContent: money(invoice.total) }),
        el('td', { className: 'amount', textContent: money(invoice.balance) }),
        el('td', {}, el('span', { className: 'badge', textContent: status })),
        actions,
      );
      row.dataset.invoiceId = invoice.id;
      rows.append(row);
    }
    const invoiceTable = table(['Invoice', 'Period', 'Due date', 'Addressed to', 'Total', 'Balance', 'Status', 'Actions'], rows);
    invoiceTable.id = 'invoices';
    return [invoiceTable];
  },
);

block(
  () => 'Payment history',
  Promise.all([me, payments]),
  ([viewer, page]) => {
    const rows = document.createDocumentFragment();
    for (const payment of page.items) {
      const row = el(
        'tr',
        {},
        el('td', {}, el('time', { dateTime: payment.createdAt, textContent: instant(payment.createdAt, viewer.community.timeZone) })),
        el('td', { textContent: payment.reference }),
        el('td', { textContent: who(payment.payer, viewer) }),
        el('td', { textContent: payment.method.label }),
        el('td', { className: 'amount', textContent: money(payment.amount) }),
        el('td', { className: 'amount', textContent: money(payment.totalCharged) }),
        el('td', {}, el('span', { className: 'badge', textContent: words(payment.status) })),
        el('td', {}, el('button', { type: 'button', textContent: 'View receipt', ariaLabel: `View receipt ${payment.reference}` })),
      );
      row.dataset.paymentId = payment.id;
      rows.append(row);
    }
    const filter = el('select', { id: 'status-filter' });
    for (const status of ['all', 'processing', 'succeeded', 'failed', 'returned', 'refunded', 'partially_refunded', 'voided']) {
      filter.append(el('option', { value: status, textContent: words(status) }));
    }
    return [
      el('p', {}, el('label', { htmlFor: 'status-filter', textContent: 'Show ' }), filter),
      table(['Date', 'Reference', 'Paid by', 'Method', 'Amount', 'Total charged', 'Status', 'Receipt'], rows),
    ];
  },
);

block(
  () => 'Payment methods',
  methods,
  (page) => {
    const list = el('ul', { className: 'methods' });
    for (const method of page.items) {
      const name = method.nickname ?? method.label;
      const details = method.card
        ? `${words(method.card.brand)} ${method.card.funding} ending in ${method.card.last4} · expires ${method.card.expMonth}/${method.card.expYear}`
        : `${words(method.bankAccount.accountType)} account ending in ${method.bankAccount.last4} at ${method.bankAccount.bankName} · ${method.bankAccount.holderName}`;
      const item = el(
        'li',
        {},
        el('p', {}, el('strong', { textContent: name }), ` ${method.label} `, method.isDefault ? el('span', { className: 'badge', textContent: 'Default' }) : ''),
        el('p', { textContent: details }),
      );
      if (method.recurringAuthorization) {
        const { authorizedBy, authorizedAt } = method.recurringAuthorization;
        item.append(el('p', { textContent: `Used for automatic payments — authorized by ${authorizedBy} on ${day(authorizedAt.slice(0, 10))}.` }));
      }
      const buttons = method.isDefault ? [] : ['Make default'];
      buttons.push('Rename', method.recurringAuthorization ? 'Stop automatic payments' : 'Allow automatic payments', 'Remove');
      item.append(el('p', {}, ...buttons.map((text) => el('button', { type: 'button', textContent: text, ariaLabel: `${text} ${name}` }))));
      item.dataset.methodId = method.id;
      list.append(item);
    }
    return [list, el('button', { type: 'button', textContent: '+ Add payment method' })];
  },
);
// The "loading…" beside the page's heading goes once every block is shown; it moves nothing.
shown.then(() => document.getElementById('loading').remove());

function table(columns, rows) {
  const head = el('tr');
  for (const column of columns) head.append(el('th', { scope: 'col', textContent: column, className: /Total|Balance|Amount/.test(column) ? 'amount' : '' }));
  return el('table', {}, el('thead', {}, head), el('tbody', {}, rows));
}
