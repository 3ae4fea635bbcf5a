// Who lives at Willow Creek and how each payer behaves. The people are fixed (stories, tests and the
// demo refer to them by name); amounts, days and times come from the seeded PRNG in `seed.ts`.
import type { Random } from './random.js';
import type { AddressRecord, BankAccountType, CardBrand, CardFunding, PaymentSource, UserRole } from './state.js';

/** The community every seeded record belongs to. */
export const COMMUNITY = {
  name: 'Willow Creek Senior Living',
  timeZone: 'America/Chicago',
  currency: 'USD',
  address: {
    line1: '1450 Willow Creek Parkway',
    city: 'Naperville',
    state: 'IL',
    postalCode: '60540',
    country: 'US',
  },
} as const;

/** Apartment types, which set the rent. */
export type ApartmentType = 'studio' | 'one_bedroom' | 'two_bedroom';

/** Monthly rent in cents before and from the January rent increase. */
export const RENT_CENTS: Record<ApartmentType, { before: number; from: number; label: string }> = {
  studio: { before: 379_500, from: 389_500, label: 'studio' },
  one_bedroom: { before: 482_500, from: 497_500, label: 'one-bedroom' },
  two_bedroom: { before: 670_000, from: 689_500, label: 'two-bedroom' },
};

/** Monthly care-level charge in cents. */
export const CARE_LEVEL_CENTS: Record<1 | 2 | 3 | 4, number> = {
  1: 65_000,
  2: 115_000,
  3: 185_000,
  4: 260_000,
};

/** Other recurring prices in cents. */
export const PRICES = {
  medicationManagement: 42_500,
  guestMeal: 1_450,
  salon: 3_800,
  lateFee: 5_000,
} as const;

/** A saved method in the cast; expiry and account digits are drawn from the PRNG. */
export type CastMethod =
  | {
      key: string;
      type: 'card';
      brand: CardBrand;
      last4: string;
      token: string;
      /** How the card is funded: the debit card pays no fee under the default rules. */
      funding: CardFunding;
      expired: boolean;
      nickname: string | null;
      isDefault: boolean;
      recurring: boolean;
    }
  | {
      key: string;
      type: 'bank_account';
      bankName: string | null;
      routingNumber: string;
      accountType: BankAccountType;
      nickname: string | null;
      isDefault: boolean;
      recurring: boolean;
    };

/** One payment a payer makes for an invoice, relative to that invoice's due date. */
export interface PlanStep {
  /** Days after the due date (negative: before it; never before the issue date). */
  day: number;
  /** Local wall time `HH:MM`; drawn from the PRNG when absent. */
  time?: string;
  /** Key of one of the payer's {@link CastMethod}s. */
  method: string;
  /** Share of the invoice's remaining balance, rounded to whole dollars (1 = all of it). */
  share: number;
  /** `outstanding`: first settle every older open balance of the payer in full (Pay Outstanding). */
  target?: 'invoice' | 'outstanding';
  source?: PaymentSource;
}

/** What a payer does about the invoice issued `monthsAgo` months ago (0 = the newest). */
export type PaymentPlan = (monthsAgo: number, random: Random) => PlanStep[];

/** A party who pays invoices. */
export interface CastPayer {
  methods: CastMethod[];
  plan: PaymentPlan;
  /** A billing-team-pulls arrangement from this authorized bank method. */
  pulls?: { dayOfMonth: number; methodKey: string };
}

/** A contact of a resident. */
export interface CastContact {
  id: string;
  name: string;
  relationship: string;
  email: string;
  address: Omit<AddressRecord, 'name'>;
  payer?: CastPayer;
}

/** A resident with their contacts and who pays their invoices. */
export interface CastResident {
  id: string;
  slug: string;
  name: string;
  unit: string;
  apartment: ApartmentType;
  careLevel: 1 | 2 | 3 | 4;
  medicationManagement: boolean;
  contacts: CastContact[];
  /** Party id of the financially responsible party: the resident or one of the contacts. */
  responsiblePartyId: string;
  /** Set when the resident pays their own invoices. */
  payer?: CastPayer;
  /** Invoices (by months ago) addressed to someone other than the responsible party. */
  addresseeOverrides?: Record<number, string>;
}

const home = (line1: string, city: string, state: string, postalCode: string): Omit<AddressRecord, 'name'> => ({
  line1,
  line2: null,
  city,
  state,
  postalCode,
  country: 'US',
});

const portal = (method: string, share: number, day: number): PlanStep => ({ method, share, day });
const onTime = (random: Random, method: string, from: number, to: number): PlanStep[] => [
  portal(method, 1, random.int(from, to)),
];

/** The eight residents, in the order their invoices are numbered. */
export const RESIDENTS: readonly CastResident[] = [
  {
    id: 'res-whitaker',
    slug: 'whitaker',
    name: 'Margaret Whitaker',
    unit: 'Apt 214',
    apartment: 'one_bedroom',
    careLevel: 2,
    medicationManagement: true,
    responsiblePartyId: 'con-daniel-whitaker',
    contacts: [
      {
        id: 'con-daniel-whitaker',
        name: 'Daniel Whitaker',
        relationship: 'Son',
        email: 'daniel.whitaker@example.com',
        address: home('2217 Ridge Avenue', 'Evanston', 'IL', '60201'),
        payer: {
          methods: [
            { key: 'card', type: 'card', brand: 'visa', last4: '4242', token: 'tok_visa_4242', funding: 'credit', expired: false, nickname: 'Personal Visa', isDefault: true, recurring: false },
            { key: 'bank', type: 'bank_account', bankName: 'JPMorgan Chase', routingNumber: '021000021', accountType: 'checking', nickname: 'Joint checking', isDefault: false, recurring: true },
          ],
          // Fell behind in the autumn: September paid late, October and November only in part.
          plan: (monthsAgo, random) => {
            if (monthsAgo === 0) return [];
            if (monthsAgo === 1) return [portal('card', 0.4, 23)];
            if (monthsAgo === 2) return [portal('bank', 0.5, 5)];
            if (monthsAgo === 3) return [portal('card', 1, 13)];
            return onTime(random, random.chance(0.7) ? 'card' : 'bank', -3, 4);
          },
        },
      },
      {
        id: 'con-susan-whitaker-hale',
        name: 'Susan Whitaker-Hale',
        relationship: 'Daughter',
        email: 'susan.hale@example.com',
        address: home('88 Lakeview Terrace', 'Madison', 'WI', '53703'),
      },
    ],
  },
  {
    id: 'res-jensen',
    slug: 'jensen',
    name: 'Harold Jensen',
    unit: 'Apt 108',
    apartment: 'studio',
    careLevel: 1,
    medicationManagement: false,
    responsiblePartyId: 'con-ruth-jensen',
    // July's invoice went to the daughter while Ruth was in hospital.
    addresseeOverrides: { 5: 'con-karen-molloy' },
    contacts: [
      {
        id: 'con-ruth-jensen',
        name: 'Ruth Jensen',
        relationship: 'Spouse',
        email: 'ruth.jensen@example.com',
        address: home('540 Maple Street', 'Naperville', 'IL', '60540'),
        payer: {
          methods: [
            { key: 'bank', type: 'bank_account', bankName: 'Bank of America', routingNumber: '071000039', accountType: 'checking', nickname: null, isDefault: true, recurring: false },
          ],
          plan: (monthsAgo, random) => (monthsAgo === 0 ? [] : onTime(random, 'bank', -4, 0)),
        },
      },
      {
        id: 'con-karen-molloy',
        name: 'Karen Molloy',
        relationship: 'Daughter',
        email: 'karen.molloy@example.com',
        address: home('1730 W Belmont Avenue', 'Chicago', 'IL', '60657'),
        payer: {
          methods: [
            { key: 'card', type: 'card', brand: 'mastercard', last4: '4444', token: 'tok_mastercard_4444', funding: 'credit', expired: false, nickname: null, isDefault: true, recurring: false },
          ],
          plan: () => [portal('card', 0.4, 9)],
        },
      },
    ],
  },
  {
    id: 'res-brooks',
    slug: 'brooks',
    name: 'Eleanor Brooks',
    unit: 'Apt 305',
    apartment: 'two_bedroom',
    careLevel: 1,
    medicationManagement: false,
    responsiblePartyId: 'res-brooks',
    payer: {
      methods: [
        { key: 'old-card', type: 'card', brand: 'amex', last4: '0005', token: 'tok_amex_0005', funding: 'credit', expired: true, nickname: null, isDefault: false, recurring: false },
        { key: 'bank', type: 'bank_account', bankName: 'Bank of America', routingNumber: '111000025', accountType: 'savings', nickname: 'Savings', isDefault: true, recurring: false },
      ],
      // Has not paid November yet.
      plan: (monthsAgo, random) => (monthsAgo <= 1 ? [] : onTime(random, 'bank', 0, 3)),
    },
    contacts: [
      {
        id: 'con-thomas-brooks',
        name: 'Thomas Brooks',
        relationship: 'Son (POA)',
        email: 'thomas.brooks@example.com',
        address: home('12 Orchard Lane', 'Wheaton', 'IL', '60187'),
      },
    ],
  },
  {
    id: 'res-castellano',
    slug: 'castellano',
    name: 'Frank Castellano',
    unit: 'Apt 120',
    apartment: 'one_bedroom',
    careLevel: 3,
    medicationManagement: true,
    responsiblePartyId: 'res-castellano',
    payer: {
      methods: [
        { key: 'bank', type: 'bank_account', bankName: 'JPMorgan Chase', routingNumber: '071000013', accountType: 'checking', nickname: null, isDefault: true, recurring: true },
      ],
      pulls: { dayOfMonth: 5, methodKey: 'bank' },
      // The billing team pulls on the 5th.
      plan: (monthsAgo) =>
        monthsAgo === 0 ? [] : [{ day: 4, time: '10:00', method: 'bank', share: 1, source: 'staff_pull' }],
    },
    contacts: [
      {
        id: 'con-angela-castellano',
        name: 'Angela Castellano',
        relationship: 'Daughter',
        email: 'angela.castellano@example.com',
        address: home('409 Division Street', 'Oak Park', 'IL', '60302'),
      },
    ],
  },
  {
    id: 'res-alvarez',
    slug: 'alvarez',
    name: 'Dorothy Alvarez',
    unit: 'Apt 412',
    apartment: 'two_bedroom',
    careLevel: 4,
    medicationManagement: true,
    responsiblePartyId: 'con-maria-alvarez-reed',
    contacts: [
      {
        id: 'con-maria-alvarez-reed',
        name: 'Maria Alvarez-Reed',
        relationship: 'Daughter (POA)',
        email: 'maria.alvarezreed@example.com',
        address: home('3021 N Sheffield Avenue', 'Chicago', 'IL', '60657'),
        payer: {
          methods: [
            { key: 'card', type: 'card', brand: 'visa', last4: '1881', token: 'tok_visa_1881', funding: 'credit', expired: false, nickname: null, isDefault: true, recurring: false },
          ],
          plan: (monthsAgo, random) => (monthsAgo === 0 ? [] : onTime(random, 'card', -2, 5)),
        },
      },
      {
        id: 'con-luis-alvarez',
        name: 'Luis Alvarez',
        relationship: 'Son',
        email: 'luis.alvarez@example.com',
        address: home('77 Prairie Road', 'Aurora', 'IL', '60506'),
      },
    ],
  },
  {
    id: 'res-nguyen',
    slug: 'nguyen',
    name: 'Walter Nguyen',
    unit: 'Apt 230',
    apartment: 'studio',
    careLevel: 2,
    medicationManagement: true,
    responsiblePartyId: 'con-kevin-nguyen',
    contacts: [
      {
        id: 'con-kevin-nguyen',
        name: 'Kevin Nguyen',
        relationship: 'Son',
        email: 'kevin.nguyen@example.com',
        address: home('615 Elm Court', 'Downers Grove', 'IL', '60515'),
        payer: {
          methods: [
            { key: 'bank', type: 'bank_account', bankName: 'BMO Bank', routingNumber: '071000288', accountType: 'checking', nickname: null, isDefault: true, recurring: false },
          ],
          // Skipped October, then caught up in November with one payment over two invoices.
          plan: (monthsAgo, random) => {
            if (monthsAgo === 0 || monthsAgo === 2) return [];
            if (monthsAgo === 1) return [{ day: 20, method: 'bank', share: 0.5, target: 'outstanding' }];
            if (monthsAgo === 4) return [portal('bank', 1, 17)];
            return onTime(random, 'bank', 0, 6);
          },
        },
      },
      {
        id: 'con-linda-tran',
        name: 'Linda Tran',
        relationship: 'Daughter',
        email: 'linda.tran@example.com',
        address: home('2900 Fairview Avenue', 'Lisle', 'IL', '60532'),
      },
    ],
  },
  {
    id: 'res-okafor',
    slug: 'okafor',
    name: 'Beatrice Okafor',
    unit: 'Apt 118',
    apartment: 'one_bedroom',
    careLevel: 3,
    medicationManagement: true,
    responsiblePartyId: 'con-samuel-okafor',
    contacts: [
      {
        id: 'con-samuel-okafor',
        name: 'Samuel Okafor',
        relationship: 'Son',
        email: 'samuel.okafor@example.com',
        address: home('1188 Sunset Ridge Drive', 'Bolingbrook', 'IL', '60440'),
        payer: {
          methods: [
            { key: 'card', type: 'card', brand: 'discover', last4: '1117', token: 'tok_discover_1117', funding: 'credit', expired: false, nickname: null, isDefault: true, recurring: false },
          ],
          plan: (monthsAgo, random) => {
            if (monthsAgo === 0) return [];
            if (monthsAgo === 1) return [portal('card', 1, 22)];
            return onTime(random, 'card', -3, 3);
          },
        },
      },
    ],
  },
  {
    id: 'res-lindqvist',
    slug: 'lindqvist',
    name: 'George Lindqvist',
    unit: 'Apt 402',
    apartment: 'two_bedroom',
    careLevel: 2,
    medicationManagement: false,
    responsiblePartyId: 'con-patricia-lindqvist',
    contacts: [
      {
        id: 'con-patricia-lindqvist',
        name: 'Patricia Lindqvist',
        relationship: 'Spouse',
        email: 'patricia.lindqvist@example.com',
        address: home('45 Birch Hollow', 'Naperville', 'IL', '60563'),
        payer: {
          methods: [
            { key: 'card', type: 'card', brand: 'visa', last4: '5556', token: 'tok_visa_5556', funding: 'debit', expired: false, nickname: 'Visa debit', isDefault: true, recurring: false },
            { key: 'bank', type: 'bank_account', bankName: null, routingNumber: '011000015', accountType: 'savings', nickname: null, isDefault: false, recurring: false },
          ],
          plan: (monthsAgo, random) =>
            monthsAgo === 0 ? [] : onTime(random, random.chance(0.5) ? 'card' : 'bank', -4, -1),
        },
      },
      {
        id: 'con-erik-lindqvist',
        name: 'Erik Lindqvist',
        relationship: 'Son',
        email: 'erik.lindqvist@example.com',
        address: home('5 Harbor Point', 'Milwaukee', 'WI', '53202'),
      },
    ],
  },
];

/** A seeded user, listed by `/__mock/personas` in this order (the default payer first, staff last). */
export interface CastUser {
  id: string;
  displayName: string;
  email: string;
  role: UserRole;
  profileId: string;
  partyId: string | null;
  status: 'active' | 'revoked';
  token: string;
  description: string;
}

/** Profile ids. */
export const PROFILE_IDS = {
  responsibleParty: 'prof-financial-responsible-party',
  viewOnly: 'prof-view-only',
  paysBills: 'prof-pays-bills',
  billingTeam: 'prof-billing-team',
} as const;

const payerUser = (
  slug: string,
  displayName: string,
  partyId: string,
  email: string,
  description: string,
  profileId: string = PROFILE_IDS.responsibleParty,
  status: 'active' | 'revoked' = 'active',
): CastUser => ({
  id: `usr-${slug}`,
  displayName,
  email,
  role: 'payer',
  profileId,
  partyId,
  status,
  token: `mock-token-${slug}`,
  description,
});

/** Every seeded user. */
export const USERS: readonly CastUser[] = [
  payerUser(
    'daniel-whitaker',
    'Daniel Whitaker',
    'con-daniel-whitaker',
    'daniel.whitaker@example.com',
    "Son of Margaret Whitaker (Apt 214), her financially responsible party. Several open invoices, two of them partly paid, with late fees; a saved Visa card and a checking account authorized for recurring payments.",
  ),
  payerUser(
    'ruth-jensen',
    'Ruth Jensen',
    'con-ruth-jensen',
    'ruth.jensen@example.com',
    "Wife of Harold Jensen (Apt 108). Pays on time from her checking account; only her newest invoice, not yet due, is open. She also sees the July invoice addressed to their daughter Karen, which only Karen can pay.",
  ),
  payerUser(
    'eleanor-brooks',
    'Eleanor Brooks',
    'res-brooks',
    'eleanor.brooks@example.com',
    'Resident of Apt 305 who pays her own invoices. November is overdue; her saved American Express card has expired, her savings account works.',
  ),
  payerUser(
    'maria-alvarez-reed',
    'Maria Alvarez-Reed',
    'con-maria-alvarez-reed',
    'maria.alvarezreed@example.com',
    'Daughter and POA of Dorothy Alvarez (Apt 412). Paid up by Visa card; only the newest invoice, not yet due, is open.',
  ),
  payerUser(
    'kevin-nguyen',
    'Kevin Nguyen',
    'con-kevin-nguyen',
    'kevin.nguyen@example.com',
    'Son of Walter Nguyen (Apt 230). Skipped October, then paid one amount over October and part of November (not yet deposited); late fees on recent invoices.',
  ),
  payerUser(
    'samuel-okafor',
    'Samuel Okafor',
    'con-samuel-okafor',
    'samuel.okafor@example.com',
    'Son of Beatrice Okafor (Apt 118). Pays by Discover card; paid November late, and that payment is not yet deposited.',
  ),
  payerUser(
    'patricia-lindqvist',
    'Patricia Lindqvist',
    'con-patricia-lindqvist',
    'patricia.lindqvist@example.com',
    'Wife of George Lindqvist (Apt 402). Always pays before the due date, by Visa debit card or savings account.',
  ),
  payerUser(
    'karen-molloy',
    'Karen Molloy',
    'con-karen-molloy',
    'karen.molloy@example.com',
    "Daughter of Harold Jensen (Apt 108) with the \"Pays bills\" profile: she sees and pays only what is addressed to her, one July invoice that is partly paid and overdue. Her mother sees that invoice too but cannot pay it.",
    PROFILE_IDS.paysBills,
  ),
  payerUser(
    'frank-castellano',
    'Frank Castellano',
    'res-castellano',
    'frank.castellano@example.com',
    'Resident of Apt 120 who views billing only: sees his invoices but cannot pay or manage methods. The billing team pulls his payments on the 5th from his checking account, and told him ten days before.',
    PROFILE_IDS.viewOnly,
  ),
  payerUser(
    'susan-whitaker-hale',
    'Susan Whitaker-Hale',
    'con-susan-whitaker-hale',
    'susan.hale@example.com',
    'Daughter of Margaret Whitaker whose portal access was revoked: every request is refused with access_revoked.',
    PROFILE_IDS.responsibleParty,
    'revoked',
  ),
  {
    id: 'usr-brenda-lopez',
    displayName: 'Brenda Lopez',
    email: 'brenda.lopez@willowcreek.example',
    role: 'staff',
    profileId: PROFILE_IDS.billingTeam,
    partyId: null,
    status: 'active',
    token: 'mock-token-brenda-lopez',
    description:
      'Billing office at Willow Creek: works in the Payment Center and manages portal access. Payer pages refuse her (403 forbidden).',
  },
];

/** The staff user who deposits payments and pulls from authorized methods in the seed history. */
export const BILLING_OFFICE_USER_ID = 'usr-brenda-lopez';

/** Invitations that were sent but not accepted: one pending, one expired. */
export const INVITATIONS = [
  { partyId: 'con-linda-tran', email: 'linda.tran@example.com', profileId: PROFILE_IDS.viewOnly, sentDaysAgo: 5, sentCount: 1, token: 'mock-invite-linda-tran' },
  { partyId: 'con-erik-lindqvist', email: 'erik.lindqvist@example.com', profileId: PROFILE_IDS.responsibleParty, sentDaysAgo: 48, sentCount: 2, token: 'mock-invite-erik-lindqvist' },
] as const;
