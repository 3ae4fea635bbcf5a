// A community whose every text a widget shows is an attack: markup, script, template and URL
// payloads, right-to-left overrides, zero-width characters and very long words. Whatever an API
// accepts is set through the API, as a careless or malicious user would (method nicknames and
// addresses, reasons of voids, refunds and returns, the billing office, a user profile, an
// invitation); what no API sets (resident and contact names, user names, invoice lines, the
// community's name, deposit references) is written into the store the way seed data would be.
// Shared by the hostile-data browser test, its node test and the story.
import type { MockBackend } from '../../src/mock-server/engine/backend.js';
import type { AlisClient, PaymentMethod, QuotePaymentRequest } from '../../src/sdk/index.js';

/** What a payload sets when it runs: tests assert it never is. */
export const PWNED_FLAG = '__alisPwned';

const RUN = `window.${PWNED_FLAG}=1`;
const RLO = '\u202E';
const PDF = '\u202C';
const ZWSP = '\u200B';
const ZWJ = '\u200D';
/** A word too long for any column: it must wrap, not push the layout sideways. */
const LONG_WORD = `Supercalifragilistic${'expialidocious'.repeat(5)}`;

/**
 * Every payload, by the field it fills. Each keeps within the contract's limits for its field
 * (a nickname is at most 40 characters, an email must still be an email), so nothing had to be
 * loosened to let it in.
 */
export const HOSTILE = Object.freeze({
  communityName: `Willow <img src=x onerror="${RUN}"> Creek`,
  residentName: `Margaret <img src=x onerror="${RUN}">`,
  residentUnit: `Apt {{constructor.constructor('${RUN}')()}}`,
  residentAddressLine1: `1 <img src=x onerror="${RUN}"> Willow Way`,
  residentCareLevel: `Assisted ${RLO}gnivil${PDF} <b>Level</b> 2`,
  payerName: `Daniel "><svg onload=${RUN}>`,
  payerEmail: `daniel+'onerror=window.${PWNED_FLAG}=1'@hostile.example`,
  payerRelationship: `Son <iframe srcdoc="<script>parent.${PWNED_FLAG}=1</script>">`,
  otherPartyName: `Susan <script>${RUN}</script>`,
  staffName: `Brenda <iframe src="javascript:${RUN}"></iframe>`,
  invoiceNumber: `INV-<img src=x onerror=${RUN}>`,
  lineItemDescription: `Rent <img src=x onerror="${RUN}"> ${LONG_WORD}`,
  lineItemDescription2: `javascript:${RUN} Care ${ZWSP}level${ZWJ} ${RLO}eef${PDF}`,
  cardNickname: `<script>${RUN}</script>`,
  bankNickname: `"><svg onload=${PWNED_FLAG}=1>`,
  newBankNickname: `{{constructor.constructor('x=1')()}}`,
  holderName: `Daniel <svg/onload=${RUN}> Holder`,
  addressName: `<img src=x onerror=${RUN}> Home`,
  addressLine1: `12 "><script>${RUN}</script> Elm St`,
  addressLine2: `javascript:${RUN}`,
  addressCity: `Spring${ZWSP}field${ZWJ}<b>`,
  voidReason: `Duplicate <img src=x onerror="${RUN}"> entry`,
  refundReason: `Goodwill {{constructor.constructor('${RUN}')()}}`,
  returnReason: `Bank said "><script>${RUN}</script>`,
  officeName: `Billing <svg onload=${RUN}> Office`,
  officePhone: `5550100<img src=x onerror=${PWNED_FLAG}=1>`,
  officeEmail: `'onfocus=window.${PWNED_FLAG}=1'?cc=boss@hostile.example`,
  officeHours: `<script>${RUN}</script> ${RLO}5-9${PDF} //hostile.example /\\x.example https://x.example`,
  profileName: `Family <svg onload=${RUN}>`,
  profileDescription: `Sees bills <script>${RUN}</script> javascript:${RUN} ${LONG_WORD}`,
  invitationEmail: `{{7*7}}'onmouseover=window.${PWNED_FLAG}=1'@hostile.example`,
  depositReference: `DEP <img src=x onerror="${RUN}">`,
} as const);

/** Which payload fills which field. */
export type HostileField = keyof typeof HOSTILE;

/** What the hostile community holds for a test or a story to show. */
export interface HostileScenario {
  /** The payer (Daniel Whitaker's account) whose names, methods and invoices carry payloads. */
  payerToken: string;
  /** The billing team member whose name carries a payload. */
  staffToken: string;
  /** A pending invitation sent to the hostile email with the hostile profile. */
  invitationToken: string;
  /** The payer's party id. */
  payerPartyId: string;
  /** An open invoice of the payer with hostile line items. */
  invoiceId: string;
  /** The payer's hostile-nicknamed card. */
  cardId: string;
  /** Payments made in the scenario: voided, refunded (and deposited), returned and one still undeposited. */
  payments: { voided: string; refunded: string; returned: string; undeposited: string };
  /** The deposit holding the refunded payment, with the hostile reference. */
  depositId: string;
}

const PAYER_PARTY = 'con-daniel-whitaker';
const OTHER_PARTY = 'con-susan-whitaker-hale';
const RESIDENT = 'res-whitaker';

/**
 * Fills `backend` (already reset to the seed) with {@link HOSTILE}. `clientFor(token)` gives an SDK
 * client that reaches the same backend (the page's mock worker, or the handlers in Node).
 */
export async function fillWithHostileData(backend: MockBackend, clientFor: (token: string) => AlisClient): Promise<HostileScenario> {
  const payerUser = backend.state.users.find((u) => u.partyId === PAYER_PARTY && u.status === 'active');
  const staffUser = backend.state.users.find((u) => u.role === 'staff' && u.status === 'active');
  if (!payerUser || !staffUser) throw new Error('the seed no longer has Daniel Whitaker or an active staff user');

  // What no API sets, written first so that everything the engine derives later (audit summaries,
  // history entries, emails) quotes these names as it would real ones.
  backend.mutate((draft) => {
    draft.settings.communityName = HOSTILE.communityName;
    for (const resident of draft.residents.filter((r) => r.id === RESIDENT)) {
      resident.name = HOSTILE.residentName;
      resident.unit = HOSTILE.residentUnit;
      resident.careLevel = HOSTILE.residentCareLevel;
      resident.address.line1 = HOSTILE.residentAddressLine1;
    }
    for (const contact of draft.contacts) {
      if (contact.id === PAYER_PARTY) {
        contact.name = HOSTILE.payerName;
        contact.relationship = HOSTILE.payerRelationship;
        contact.email = HOSTILE.payerEmail;
      }
      if (contact.id === OTHER_PARTY) contact.name = HOSTILE.otherPartyName;
    }
    for (const user of draft.users) {
      if (user.id === payerUser.id) {
        user.displayName = HOSTILE.payerName;
        user.email = HOSTILE.payerEmail;
      }
      if (user.id === staffUser.id) user.displayName = HOSTILE.staffName;
    }
    for (const invoice of draft.invoices.filter((i) => i.residentId === RESIDENT)) {
      const [first, second] = invoice.lineItems;
      if (first) first.description = HOSTILE.lineItemDescription;
      if (second) second.description = HOSTILE.lineItemDescription2;
    }
  });

  const payer = clientFor(payerUser.token);
  const staff = clientFor(staffUser.token);

  await staff.settings.update({
    billingOffice: { name: HOSTILE.officeName, phone: HOSTILE.officePhone, email: HOSTILE.officeEmail, hours: HOSTILE.officeHours },
  });
  const profile = await staff.access.createProfile({
    name: HOSTILE.profileName,
    description: HOSTILE.profileDescription,
    permissions: ['view_billing'],
  });
  await staff.access.invite({ email: HOSTILE.invitationEmail, partyId: OTHER_PARTY, profileId: profile.id, sensitiveInformationConfirmed: true });
  const invitation = backend.state.invitations.find((i) => i.email === HOSTILE.invitationEmail && i.acceptedAt === null && i.revokedAt === null);
  if (!invitation) throw new Error('the hostile invitation was not stored');

  const methods = await payer.paymentMethods.list();
  const card = usable(methods, 'card');
  const bank = usable(methods, 'bank_account');
  await payer.paymentMethods.update(card.id, { nickname: HOSTILE.cardNickname });
  await payer.paymentMethods.update(bank.id, { nickname: HOSTILE.bankNickname });
  await payer.paymentMethods.create({
    type: 'bank_account',
    nickname: HOSTILE.newBankNickname,
    holderName: HOSTILE.holderName,
    accountType: 'checking',
    routingNumber: '011000015',
    accountNumber: '000123456789',
    billingAddress: {
      name: HOSTILE.addressName,
      line1: HOSTILE.addressLine1,
      line2: HOSTILE.addressLine2,
      city: HOSTILE.addressCity,
      state: 'IL',
      postalCode: '62701',
      country: 'US',
    },
  });

  const open = (await payer.invoices.list({ status: 'open', limit: 100 })).items.filter(
    (i) => i.addressee.id === PAYER_PARTY && i.balance.amountCents >= 1000,
  );
  const invoice = open[0];
  if (!invoice) throw new Error('Daniel Whitaker has no open invoice to pay');
  const pay = async (methodId: string): Promise<string> => {
    const body: QuotePaymentRequest = { methodId, target: { type: 'invoice', invoiceId: invoice.id }, amountCents: 100, currency: invoice.total.currency };
    const { quoteId } = await payer.payments.quote(body);
    return (await payer.payments.create({ ...body, quoteId })).id;
  };
  // Another of the resident's open invoices goes to the other contact, so "what else is due, to
  // whom" names her.
  const elsewhere = open.find((i) => i.id !== invoice.id);
  if (elsewhere) await staff.staff.invoices.update(elsewhere.id, { addresseeId: OTHER_PARTY });
  const voided = await pay(card.id);
  const refunded = await pay(card.id);
  const returned = await pay(bank.id);
  const undeposited = await pay(card.id);
  await staff.staff.payments.void(voided, { reason: HOSTILE.voidReason });
  const deposit = await staff.staff.deposits.create({ paymentIds: [refunded] });
  await staff.staff.payments.refund(refunded, { amountCents: 50, currency: 'USD', reason: HOSTILE.refundReason });
  await staff.staff.payments.recordReturn(returned, { code: 'R01', reason: HOSTILE.returnReason });
  backend.mutate((draft) => {
    const stored = draft.deposits.find((d) => d.id === deposit.id);
    if (stored) stored.reference = HOSTILE.depositReference;
    const paid = draft.invoices.find((i) => i.id === invoice.id);
    if (paid) paid.number = HOSTILE.invoiceNumber;
  });

  return {
    payerToken: payerUser.token,
    staffToken: staffUser.token,
    invitationToken: invitation.token,
    payerPartyId: PAYER_PARTY,
    invoiceId: invoice.id,
    cardId: card.id,
    payments: { voided, refunded, returned, undeposited },
    depositId: deposit.id,
  };
}

function usable(methods: PaymentMethod[], type: PaymentMethod['type']): PaymentMethod {
  const method = methods.find((m) => m.type === type && m.usable);
  if (!method) throw new Error(`Daniel Whitaker has no usable ${type}`);
  return method;
}
