// The emails the billing service sends, each written once as blocks (paragraphs, amount rows,
// lists, a link) and rendered from them both as plain text and as HTML, so the two versions can
// never say different things. Every value put into the HTML is escaped; the HTML has no scripts
// and no styles, so a mail client (or the demo's mailbox) can show it as it is.
import { formatCents } from './money.js';
import type { BillingOfficeRecord, NoticeType, ReturnCode } from './state.js';
import { dateTimeWords } from './time.js';

/** Where the "How to pay bills" guide lives on the community's website (the demo serves it). */
export const PAYMENT_GUIDE_PATH = '/how-to-pay';

/** Where payers sign in to the portal. */
export const PORTAL_PATH = '/';

/** The community a notice comes from. */
export interface NoticeCommunity {
  name: string;
  currency: string;
  /** IANA zone of the community: every time in an email is on its clock, with the abbreviation. */
  timeZone: string;
  office: BillingOfficeRecord;
}

/** A rendered email: subject, plain text, HTML fragment and its main link. */
export interface RenderedNotice {
  notice: NoticeType;
  subject: string;
  text: string;
  html: string;
  link: string | null;
}

type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'rows'; rows: readonly (readonly [string, string])[] }
  | { kind: 'list'; items: readonly string[] }
  | { kind: 'link'; label: string; href: string };

const paragraph = (text: string): Block => ({ kind: 'paragraph', text });

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

function render(notice: NoticeType, community: NoticeCommunity, subject: string, greeting: string, blocks: Block[]): RenderedNotice {
  const signature = officeSignature(community);
  const text = [
    greeting,
    ...blocks.map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return block.text;
        case 'rows': {
          const width = Math.max(...block.rows.map(([label]) => label.length));
          return block.rows.map(([label, value]) => `${`${label}:`.padEnd(width + 2)}${value}`).join('\n');
        }
        case 'list':
          return block.items.map((item) => `- ${item}`).join('\n');
        case 'link':
          return `${block.label}: ${block.href}`;
      }
    }),
    signature.join('\n'),
  ].join('\n\n');
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...blocks.map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${escapeHtml(block.text)}</p>`;
        case 'rows':
          return `<table><tbody>${block.rows
            .map(([label, value]) => `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
            .join('')}</tbody></table>`;
        case 'list':
          return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
        case 'link':
          return `<p><a href="${escapeHtml(block.href)}">${escapeHtml(block.label)}</a></p>`;
      }
    }),
    `<p>${signature.map(escapeHtml).join('<br>')}</p>`,
  ].join('\n');
  const link = blocks.find((block): block is Extract<Block, { kind: 'link' }> => block.kind === 'link')?.href ?? null;
  return { notice, subject, text, html, link };
}

function officeSignature(community: NoticeCommunity): string[] {
  const office = community.office;
  return [
    office.name,
    community.name,
    ...(office.phone ? [`Phone: ${office.phone}`] : []),
    ...(office.email ? [`Email: ${office.email}`] : []),
    ...(office.hours ? [`Hours: ${office.hours}`] : []),
  ];
}

/** An instant as "November 25, 2026 at 9:00 AM CST", on the community's clock: the widgets' format. */
export function longDateTime(community: NoticeCommunity, instant: string): string {
  return dateTimeWords(instant, community.timeZone, 'long');
}

/** A calendar date (`YYYY-MM-DD`) as "Saturday, December 5, 2026". */
export function longDate(date: string): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** An invitation to the portal. */
export function invitationNotice(
  community: NoticeCommunity,
  input: { residentName: string; link: string; expiresAt: string; profileName: string },
): RenderedNotice {
  return render('invitation', community, `${community.name} invited you to see ${input.residentName}'s billing`, 'Hello,', [
    paragraph(`${community.name} invited you to the resident portal, where you can see ${input.residentName}'s billing.`),
    paragraph(`Your access: ${input.profileName}.`),
    { kind: 'link', label: 'Accept the invitation', href: input.link },
    paragraph(`The link works once and expires on ${longDateTime(community, input.expiresAt)}.`),
  ]);
}

/** The billing office asks a payer to save a payment method (the seed's Step 3). */
export function paymentMethodRequestNotice(community: NoticeCommunity, input: { recipientName: string; residentName: string }): RenderedNotice {
  return render('payment_method_request', community, `Please add a payment method for ${input.residentName}'s bills`, `Dear ${input.recipientName},`, [
    paragraph(
      `The billing office of ${community.name} asks you to save a payment method — a card or a bank account — in the resident portal, so that ${input.residentName}'s bills can be paid online.`,
    ),
    paragraph('Sign in, open "My payment methods" and choose "+ Add payment method". Card numbers are never seen by the community: only your bank or card company keeps them.'),
    { kind: 'link', label: 'How to pay bills (a printable guide)', href: PAYMENT_GUIDE_PATH },
  ]);
}

/** What a receipt lists about the payment. */
export interface ReceiptFacts {
  recipientName: string;
  reference: string;
  status: 'pending' | 'succeeded';
  source: 'portal' | 'staff_pull';
  /** When the payment was made (an instant), shown on the community's clock. */
  at: string;
  methodLabel: string;
  amountCents: number;
  feeCents: number;
  invoices: readonly { number: string; amountCents: number }[];
  unappliedCents: number;
}

/** A receipt for a payment taken (a card charged, or a bank debit on its way). */
export function paymentReceiptNotice(community: NoticeCommunity, facts: ReceiptFacts): RenderedNotice {
  const money = (cents: number): string => formatCents(cents, community.currency);
  const how =
    facts.source === 'staff_pull'
      ? `The billing team collected this payment from your ${facts.methodLabel}, as you authorized.`
      : `You paid with your ${facts.methodLabel}.`;
  const status =
    facts.status === 'pending'
      ? 'A bank debit usually settles in two business days. If your bank returns it, we will email you.'
      : 'The payment went through.';
  const rows: [string, string][] = [
    ['Receipt', facts.reference],
    ['Date', longDateTime(community, facts.at)],
    ['Amount', money(facts.amountCents)],
    ...(facts.feeCents > 0 ? ([['Convenience fee', money(facts.feeCents)]] as [string, string][]) : []),
    ['Total charged', money(facts.amountCents + facts.feeCents)],
  ];
  return render('payment_receipt', community, `Receipt ${facts.reference}: ${money(facts.amountCents + facts.feeCents)} to ${community.name}`, `Dear ${facts.recipientName},`, [
    paragraph(`Thank you. ${how} ${status}`),
    { kind: 'rows', rows },
    ...(facts.invoices.length > 0 ? [paragraph('It pays:'), { kind: 'list', items: paidInvoiceLines(facts.invoices, money) } as Block] : []),
    ...(facts.unappliedCents > 0 ? [paragraph(`${money(facts.unappliedCents)} is held as a credit on the account; the billing office applies it to your invoices.`)] : []),
  ]);
}

/** At most this many invoices are listed one by one in a receipt; the rest are summed in one line. */
export const RECEIPT_INVOICE_LINES = 12;

/** "Invoice INV-2026-0081: $100.00" per invoice, and "…and 988 more invoices: $…" past the first dozen. */
function paidInvoiceLines(invoices: ReceiptFacts['invoices'], money: (cents: number) => string): string[] {
  const listed = invoices.slice(0, RECEIPT_INVOICE_LINES).map((i) => `Invoice ${i.number}: ${money(i.amountCents)}`);
  const rest = invoices.slice(RECEIPT_INVOICE_LINES);
  if (rest.length === 0) return listed;
  const total = rest.reduce((sum, i) => sum + i.amountCents, 0);
  return [...listed, `and ${rest.length} more ${rest.length === 1 ? 'invoice' : 'invoices'}: ${money(total)} (every one is on the receipt in the portal)`];
}

/** A card payment the card's bank declined. */
export function cardDeclinedNotice(
  community: NoticeCommunity,
  input: { recipientName: string; reference: string; source: 'portal' | 'staff_pull'; methodLabel: string; totalCents: number; reason: string },
): RenderedNotice {
  const money = formatCents(input.totalCents, community.currency);
  const who = input.source === 'staff_pull' ? `The billing team tried to collect ${money} from your ${input.methodLabel}` : `Your payment of ${money} with your ${input.methodLabel}`;
  return render('card_declined', community, `Your card payment of ${money} was declined`, `Dear ${input.recipientName},`, [
    paragraph(`${who}, and the card's bank declined it: ${input.reason} Nothing was charged, and your invoices are still open.`),
    paragraph('You can pay with another card or a bank account in the resident portal, or call your card company and try again.'),
    { kind: 'rows', rows: [['Reference', input.reference]] },
    { kind: 'link', label: 'Sign in to pay', href: PORTAL_PATH },
  ]);
}

/** What a payer should do after each kind of bank return. */
export function returnAdvice(code: ReturnCode): string {
  switch (code) {
    case 'R01':
    case 'R09':
      return 'Please make sure the money is in the account. The billing office may present the debit again (at most twice); you can also pay another way in the portal.';
    case 'R02':
    case 'R03':
    case 'R04':
      return 'This account cannot be debited, so it is blocked for payments. Please add another payment method in the portal and let the billing office know.';
    case 'R07':
    case 'R10':
    case 'R29':
      return 'Your bank says the debit was not authorized. If the billing team should keep collecting from this account, authorize it again in the portal ("Allow automatic payments"); otherwise choose another method.';
  }
}

/** A bank debit the bank sent back, with what to do about it. */
export function bankReturnNotice(
  community: NoticeCommunity,
  input: { recipientName: string; reference: string; methodLabel: string; amountCents: number; code: ReturnCode; description: string },
): RenderedNotice {
  const money = formatCents(input.amountCents, community.currency);
  return render('bank_return', community, `Your bank returned a payment of ${money}`, `Dear ${input.recipientName},`, [
    paragraph(`Your bank returned the debit of ${money} from your ${input.methodLabel}: ${input.code}, ${input.description.toLowerCase()}. The invoices it paid are open again.`),
    paragraph(returnAdvice(input.code)),
    { kind: 'rows', rows: [['Reference', input.reference], ['Return code', `${input.code} (${input.description})`]] },
    paragraph('Your bank may charge its own fee for a returned debit.'),
    { kind: 'link', label: 'Sign in to pay', href: PORTAL_PATH },
  ]);
}

/** The advance notice of a billing-team pull: amount, method(s) and date. */
export function pullAdvanceNotice(
  community: NoticeCommunity,
  input: {
    recipientName: string;
    residentName: string;
    pullDate: string;
    parts: readonly { methodLabel: string; amountCents: number }[];
    /** The date of the earlier notice for the same pull this one replaces, when the amount grew. */
    replacesSentOn: string | null;
  },
): RenderedNotice {
  const money = (cents: number): string => formatCents(cents, community.currency);
  const total = input.parts.reduce((sum, part) => sum + part.amountCents, 0);
  const when = longDate(input.pullDate);
  const subject = `${input.replacesSentOn ? 'Updated: ' : ''}${money(total)} will be collected on ${when}`;
  const replaces = input.replacesSentOn
    ? [paragraph(`This replaces the notice we sent on ${longDate(input.replacesSentOn)}: more is now due, so the amount to collect has changed.`)]
    : [];
  return render('pull_advance_notice', community, subject, `Dear ${input.recipientName},`, [
    ...replaces,
    paragraph(
      `As you authorized, the billing team of ${community.name} will collect ${money(total)} for ${input.residentName}'s bills on ${when}:`,
    ),
    { kind: 'rows', rows: input.parts.map((part) => [part.methodLabel, money(part.amountCents)] as const) },
    paragraph('The amount is what is owed today; if you pay some of it before then, the billing team collects less. A bank debit may take two business days to show on your statement.'),
    paragraph(`To change the amount, the date or the account, or to stop these collections, contact the billing office before ${when}.`),
  ]);
}

/** To the billing office: a payer withdrew a recurring-payment authorization. */
export function authorizationWithdrawnNotice(
  community: NoticeCommunity,
  input: {
    payerName: string;
    residentName: string;
    methodLabel: string;
    removed: boolean;
    /** When billing-team pulls from the method ended with it: the day it happened and the first pull that no longer happens. */
    arrangementEnded?: { on: string; firstSkippedPullDate: string } | null;
  },
): RenderedNotice {
  const what = input.removed ? `removed their ${input.methodLabel}, which was authorized for recurring payments` : `withdrew the recurring-payment authorization of their ${input.methodLabel}`;
  const ended = input.arrangementEnded;
  const blocks = ended
    ? [
        paragraph(`On ${longDate(ended.on)}, ${input.payerName} (${input.residentName}) ${what}. The billing team can no longer pull payments from it.`),
        paragraph(
          `Their automatic-payment arrangement ended on ${longDate(ended.on)}: the billing team no longer pulls their bills, starting with the pull of ${longDate(ended.firstSkippedPullDate)}, ` +
            `and ${input.payerName} now pays on their own. Pulls already submitted stand and settle as usual.`,
        ),
        paragraph('To collect automatically again, agree a new arrangement with the payer in the Payment Center, from a method they authorize.'),
      ]
    : [
        paragraph(`${input.payerName} (${input.residentName}) ${what}. The billing team can no longer pull payments from it.`),
        paragraph("Check the payer's arrangement in the Payment Center before the next pull."),
      ];
  const subject = ended
    ? `${input.payerName} withdrew a recurring-payment authorization; their automatic payments ended`
    : `${input.payerName} withdrew a recurring-payment authorization`;
  return render('authorization_withdrawn', community, subject, 'Hello billing team,', blocks);
}
