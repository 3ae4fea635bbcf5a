// One clock for people: the engine's emails and the words a payer authorizes name dates and times
// on the community's clock with the zone's abbreviation, whatever the machine's zone (UTC here).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { httpBackend } from './support/http-backend.js';
import { formatDateOfInstant, formatDateTime } from '../../src/core/format.js';
import { dateTimeWords, dateWords } from '../../src/mock-server/engine/time.js';
import type { components } from '../../src/contract/types.js';

type Schemas = components['schemas'];
type Email = Schemas['MockEmail'];

const DANIEL = 'mock-token-daniel-whitaker';
const BRENDA = 'mock-token-brenda-lopez';
const NOV = 'inv-whitaker-2026-11';

/** Intl puts a narrow no-break space before AM/PM; compare the words. */
const plain = (text: string): string => text.replace(/[\u202f\u00a0]/g, ' ');

function setup(timeZone?: string) {
  const http = httpBackend();
  // The seed's community is in Chicago; the clock is at 2026-11-25T15:00Z (9:00 AM CST).
  if (timeZone) http.backend.mutate((draft) => void (draft.settings.timeZone = timeZone));
  const newMail = async (since: number): Promise<Email[]> => {
    const { items } = await http.ok<{ items: Email[] }>('GET', '/__mock/outbox');
    return items.slice(0, items.length - since).reverse();
  };
  const outboxSize = async (): Promise<number> => (await http.ok<{ items: Email[] }>('GET', '/__mock/outbox')).items.length;
  const danielsCard = () => {
    const card = http.backend.state.paymentMethods.find((m) => m.ownerPartyId === 'con-daniel-whitaker' && m.type === 'card');
    assert.ok(card);
    return card.id;
  };
  return { ...http, newMail, outboxSize, danielsCard };
}

describe("the community's clock in the engine's words", () => {
  test('the engine writes instants exactly as the widgets do (its own copy: the engine imports nothing outside itself)', () => {
    const instants = ['2026-11-25T15:00:00Z', '2026-03-08T06:59:00Z', '2026-03-08T07:00:00Z', '2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z', '2026-11-26T05:30:00Z'];
    for (const zone of ['America/Chicago', 'America/New_York', 'Europe/London', 'UTC']) {
      for (const at of instants) {
        assert.equal(dateTimeWords(at, zone), formatDateTime(at, zone, 'en-US'));
        assert.equal(dateTimeWords(at, zone, 'long'), formatDateTime(at, zone, 'en-US', 'long'));
        assert.equal(dateWords(at, zone), formatDateOfInstant(at, zone, 'en-US'));
      }
    }
    assert.equal(plain(dateTimeWords('2026-11-01T06:30:00Z', 'America/New_York')), 'Nov 1, 2026, 1:30 AM EST');
  });

  test('a receipt email dates the payment in community time with the abbreviation, in text and HTML', async () => {
    const { ok, newMail, outboxSize, danielsCard } = setup();
    const before = await outboxSize();
    await ok('POST', '/payments', DANIEL, { methodId: danielsCard(), target: { type: 'invoice', invoiceId: NOV }, amountCents: 10_000, currency: 'USD' });
    const [receipt] = await newMail(before);
    assert.equal(receipt?.notice, 'payment_receipt');
    assert.match(plain(receipt.body), /November 25, 2026 at 9:00 AM CST/);
    assert.match(plain(receipt.html), /November 25, 2026 at 9:00 AM CST/);
    assert.doesNotMatch(plain(receipt.body), /3:00 PM/);
  });

  test('the same payment in a New York community reads 10:00 AM EST', async () => {
    const { ok, newMail, outboxSize, danielsCard } = setup('America/New_York');
    const before = await outboxSize();
    await ok('POST', '/payments', DANIEL, { methodId: danielsCard(), target: { type: 'invoice', invoiceId: NOV }, amountCents: 10_000, currency: 'USD' });
    const [receipt] = await newMail(before);
    assert.match(plain(receipt?.body ?? ''), /November 25, 2026 at 10:00 AM EST/);
  });

  test('an invitation says when its link stops working, to the minute, on the community clock', async () => {
    const { ok, newMail, outboxSize } = setup();
    const before = await outboxSize();
    await ok('POST', '/staff/invitations', BRENDA, { email: 'amy@example.org', partyId: 'con-karen-molloy', profileId: 'prof-view-only', sensitiveInformationConfirmed: true });
    const [email] = await newMail(before);
    assert.equal(email?.notice, 'invitation');
    // Thirty days after 9:00 AM CST on November 25.
    assert.match(plain(email.body), /expires on December 25, 2026 at 9:00 AM CST\./);
  });

  test('the authorization text names the day as the widgets write it, not as an ISO date', async () => {
    const { ok, danielsCard } = setup();
    const quote = await ok<Schemas['PaymentQuote']>('POST', '/payments/quote', DANIEL, {
      methodId: danielsCard(),
      target: { type: 'invoice', invoiceId: NOV },
      amountCents: 10_000,
      currency: 'USD',
    });
    assert.match(quote.authorizationText, / on Nov 25, 2026\./);
    assert.doesNotMatch(quote.authorizationText, /2026-11-25/);
  });

  test('late in the evening the community is still on its own day, although UTC is on the next', async () => {
    const { ok, backend, danielsCard } = setup();
    // 11:30 PM CST on November 25 is 05:30 UTC on November 26.
    backend.advanceClock({ setTo: '2026-11-26T05:30:00.000Z' });
    const quote = await ok<Schemas['PaymentQuote']>('POST', '/payments/quote', DANIEL, {
      methodId: danielsCard(),
      target: { type: 'invoice', invoiceId: NOV },
      amountCents: 10_000,
      currency: 'USD',
    });
    assert.match(quote.authorizationText, / on Nov 25, 2026\./);
  });
});
