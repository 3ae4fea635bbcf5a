// Hostile data through the engine: markup and script payloads in every text field are accepted
// where the contract allows them, kept exactly as typed (the engine neither strips nor escapes:
// escaping is each output's job), answered in responses that still match the document, and every
// email's HTML version escapes them while its text version quotes them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getResponse } from 'msw';
import { createMockBackend } from '../../src/mock-server/engine/backend.js';
import { createMockHandlers } from '../../src/mock-server/handlers.js';
import { createAlisClient } from '../../src/sdk/index.js';
import { fillWithHostileData, HOSTILE, type HostileScenario } from '../support/hostile-data.js';
import { escapeHtml } from '../../src/mock-server/engine/notice-templates.js';
import { depositReportCsv, depositReportFileName } from '../../src/core/deposit-report.js';

const BASE = 'http://localhost/api/v1';

async function hostileBackend() {
  const backend = createMockBackend();
  const handlers = createMockHandlers(backend, { baseUrl: BASE });
  const clientFor = (token: string) =>
    createAlisClient({
      baseUrl: BASE,
      getToken: () => token,
      retry: { maxRetries: 0 },
      fetch: async (request) => {
        const response = await getResponse(handlers, request);
        assert.ok(response, `${request.method} ${request.url} was not handled`);
        return response;
      },
    });
  const emailsBefore = backend.state.outbox.length;
  const scenario: HostileScenario = await fillWithHostileData(backend, clientFor);
  return { backend, clientFor, scenario, emails: backend.state.outbox.slice(emailsBefore) };
}

/** RFC 4180 fields, row by row (enough for the deposit report's CSV: CRLF line ends). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]!;
    if (quoted && c === '"' && csv[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

/**
 * The only tags the templates write, with their only attributes; escaped text has no `<`, so every
 * `<` in an email's HTML must open one of these (a link only to a path on the site).
 */
const TEMPLATE_TAG = /^<\/?(p|table|tbody|tr|th|td|ul|li|br|a)( scope="row"| href="\/[^"<>]*")?>$/;

/** Every tag of an HTML fragment that is not one of the templates' own. */
function foreignTags(html: string): string[] {
  return (html.match(/<[^>]*>?/g) ?? []).filter((tag) => !TEMPLATE_TAG.test(tag));
}

describe('hostile data in the engine', () => {
  test('every payload the API accepts is stored and answered exactly as typed', async () => {
    const { clientFor, scenario } = await hostileBackend();
    const payer = clientFor(scenario.payerToken);
    const staff = clientFor(scenario.staffToken);

    const methods = await payer.paymentMethods.list();
    const nicknames = methods.map((m) => m.nickname);
    assert.ok(nicknames.includes(HOSTILE.cardNickname));
    assert.ok(nicknames.includes(HOSTILE.bankNickname));
    const added = methods.find((m) => m.nickname === HOSTILE.newBankNickname);
    assert.equal(added?.bankAccount?.holderName, HOSTILE.holderName);
    assert.deepEqual(
      [added?.billingAddress.name, added?.billingAddress.line1, added?.billingAddress.line2, added?.billingAddress.city],
      [HOSTILE.addressName, HOSTILE.addressLine1, HOSTILE.addressLine2, HOSTILE.addressCity],
    );

    const settings = await staff.settings.get();
    assert.deepEqual(settings.billingOffice, { name: HOSTILE.officeName, phone: HOSTILE.officePhone, email: HOSTILE.officeEmail, hours: HOSTILE.officeHours });
    assert.equal(settings.communityName, HOSTILE.communityName);

    const profiles = await staff.access.profiles();
    assert.ok(profiles.some((p) => p.name === HOSTILE.profileName && p.description === HOSTILE.profileDescription));

    const preview = await clientFor('').invitations.get(scenario.invitationToken);
    assert.equal(preview.email, HOSTILE.invitationEmail);
    assert.equal(preview.residentName, HOSTILE.residentName);
    assert.equal(preview.profile.name, HOSTILE.profileName);

    const invoice = await payer.invoices.get(scenario.invoiceId);
    assert.deepEqual(invoice.lineItems.slice(0, 2).map((l) => l.description), [HOSTILE.lineItemDescription, HOSTILE.lineItemDescription2]);
    assert.equal(invoice.residentName, HOSTILE.residentName);

    const voided = await staff.staff.payments.get(scenario.payments.voided);
    assert.ok(voided.history.some((h) => h.detail === HOSTILE.voidReason), 'the void reason is kept as typed');
    const refunded = await staff.staff.payments.get(scenario.payments.refunded);
    assert.equal(refunded.refunds[0]?.reason, HOSTILE.refundReason);
    const returned = await staff.staff.payments.get(scenario.payments.returned);
    assert.ok(returned.history.some((h) => h.detail?.endsWith(HOSTILE.returnReason)), 'the return reason is kept as typed');

    const report = await staff.staff.deposits.report(scenario.depositId);
    assert.equal(report.deposit.reference, HOSTILE.depositReference);
    // The CSV a spreadsheet opens keeps the names whole, quotes and all, in their own cells.
    const [header, line] = parseCsv(depositReportCsv(report));
    assert.deepEqual([line?.[header!.indexOf('Payer')], line?.[header!.indexOf('Resident')]], [HOSTILE.payerName, HOSTILE.residentName]);
    assert.match(depositReportFileName(report.deposit.reference), /^[A-Za-z0-9._-]+\.csv$/);
  });

  test('every email escapes the payloads in its HTML and quotes them in its text', async () => {
    const { emails } = await hostileBackend();
    const kinds = new Set(emails.map((e) => e.notice));
    assert.ok(kinds.has('invitation') && kinds.has('payment_receipt'), `the scenario sent ${[...kinds].join(', ')}`);
    const everywhere = [HOSTILE.officeName, HOSTILE.communityName];
    for (const email of emails) {
      assert.deepEqual(foreignTags(email.html), [], `the HTML of ${email.notice} carries markup from data:\n${email.html}`);
      for (const payload of everywhere) {
        assert.ok(email.body.includes(payload), `the text of ${email.notice} lacks ${payload}`);
        assert.ok(email.html.includes(escapeHtml(payload)), `the HTML of ${email.notice} lacks ${payload}, escaped`);
      }
    }
    const invitation = emails.find((e) => e.notice === 'invitation')!;
    assert.equal(invitation.to, HOSTILE.invitationEmail);
    for (const payload of [HOSTILE.residentName, HOSTILE.profileName]) {
      assert.ok(invitation.body.includes(payload) && invitation.html.includes(escapeHtml(payload)), `the invitation quotes ${payload}`);
    }
    const receipt = emails.find((e) => e.notice === 'payment_receipt')!;
    assert.ok(receipt.body.includes(`Dear ${HOSTILE.payerName},`), 'the receipt greets the payer by the hostile name');
    assert.ok(receipt.html.includes(`<p>Dear Daniel &quot;&gt;&lt;svg onload=window.__alisPwned=1&gt;,</p>`), receipt.html);
  });
});
