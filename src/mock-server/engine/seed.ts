// Deterministic seed data for Willow Creek: the cast from `seed-cast.ts`, thirteen monthly statements
// per resident ending with the one most recently issued, and the payment history that explains every
// paid cent. The history is simulated in time order, so late fees follow from real lateness and
// every balance equals total − allocations.
import { DEFAULT_NOW, parseInstant } from './clock.js';
import { invoiceTotalCents } from './ledger.js';
import { isValidRoutingNumber, sumCents } from './money.js';
import { createRandom, type Random } from './random.js';
import { depositWeekly, returnOneAfterDeposit, settlePayments, type DraftPayment } from './seed-history.js';
import {
  CARE_LEVEL_CENTS,
  COMMUNITY,
  INVITATIONS,
  PRICES,
  PROFILE_IDS,
  RENT_CENTS,
  RESIDENTS,
  USERS,
  BILLING_OFFICE_USER_ID,
  type CastMethod,
  type CastPayer,
  type CastResident,
  type PlanStep,
} from './seed-cast.js';
import {
  addDays,
  addMonths,
  endOfMonth,
  localDate,
  monthLabel,
  splitDate,
  zonedInstant,
} from './time.js';
import { invitationLink } from './access.js';
import { runDueWork } from './due-work.js';
import { sendInvitation } from './notices.js';
import { STATE_SCHEMA_VERSION } from './state.js';
import type {
  ActorRecord,
  AddressRecord,
  AllocationRecord,
  ArrangementRecord,
  BillingState,
  ContactRecord,
  InvitationRecord,
  InvoiceRecord,
  LineItemRecord,
  PaymentMethodRecord,
  ProfileRecord,
  ResidentRecord,
  SettingsRecord,
  UserRecord,
} from './state.js';
import type { components } from '../../contract/types.js';

/** A seeded user with the bearer token to act as them (the contract's `MockPersona`). */
export type Persona = components['schemas']['MockPersona'];

/** The seed used when none is given. */
export const DEFAULT_SEED = 1;

/** How many monthly statements each resident has: the newest and the twelve before it. */
export const STATEMENT_COUNT = 13;

/** Options of {@link createSeedState}. */
export interface SeedOptions {
  /** PRNG seed; the same seed and time always give deep-equal state. */
  seed?: number;
  /** The clock time the data is generated for; history is laid out before it. */
  now?: Date | string;
}

/**
 * The seeded users in a stable order: the default payer (several open and partly paid invoices,
 * a card and a bank account) first, the other payers, then view-only and revoked, staff last.
 */
export const personas: readonly Persona[] = USERS.map((user) => {
  const resident = user.partyId === null ? undefined : residentOfCastParty(user.partyId);
  return {
    userId: user.id,
    displayName: user.displayName,
    role: user.role,
    email: user.email,
    token: user.token,
    description: user.description,
    partyId: user.partyId,
    residentName: resident?.name ?? null,
  };
});

function residentOfCastParty(partyId: string): CastResident | undefined {
  return RESIDENTS.find((r) => r.id === partyId || r.contacts.some((c) => c.id === partyId));
}

/** Builds the whole store for one community, deterministically from `seed` and `now`. */
export function createSeedState(options: SeedOptions = {}): BillingState {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = new Date(parseInstant(options.now ?? DEFAULT_NOW, 'now'));
  const seeder = new Seeder(seed, now);
  return seeder.build();
}

const pad = (value: number, width = 4): string => String(value).padStart(width, '0');

/** Holds the PRNG and the records while the seed is built; discarded afterwards. */
class Seeder {
  readonly #random: Random;
  readonly #now: Date;
  readonly #seed: number;
  readonly #timeZone = COMMUNITY.timeZone;
  readonly #today: string;
  /** First day of each statement period, oldest first. */
  readonly #periods: string[];
  readonly #newestPeriod: string;
  readonly #methods: PaymentMethodRecord[] = [];
  readonly #methodByKey = new Map<string, PaymentMethodRecord>();
  readonly #invoices: InvoiceRecord[] = [];
  readonly #drafts: DraftPayment[] = [];
  /** Cents allocated so far per invoice, with when, for late-fee decisions. */
  readonly #allocated = new Map<string, { at: Date; cents: number }[]>();

  constructor(seed: number, now: Date) {
    this.#seed = seed;
    this.#now = now;
    this.#random = createRandom(seed);
    this.#today = localDate(now, this.#timeZone);
    // The newest statement is the one whose issue date (the 25th) has come on the community clock.
    const [, , day] = splitDate(this.#today);
    const newest = addMonths(this.#today, day >= 25 ? 1 : 0);
    this.#newestPeriod = newest;
    this.#periods = Array.from({ length: STATEMENT_COUNT }, (_, i) => addMonths(newest, i - (STATEMENT_COUNT - 1)));
  }

  build(): BillingState {
    const residents = RESIDENTS.map((r) => this.#resident(r));
    const contacts = RESIDENTS.flatMap((r) => r.contacts.map((c) => this.#contact(r, c)));
    const historyStart = this.#issueDate(this.#periods[0] ?? this.#today);
    this.#createMethods(historyStart);
    const users = this.#users(historyStart);
    const arrangements = this.#arrangements();
    this.#simulateStatements();
    const staff = actorOf(users, BILLING_OFFICE_USER_ID);
    const history = { now: this.#now, timeZone: this.#timeZone, settings: SETTINGS, staff };
    const payments = settlePayments(this.#drafts, users, history);
    const deposits = depositWeekly(payments, history);
    // A designer (and a bookkeeper) sees a deposit with a return after it: Ruth Jensen's debit.
    returnOneAfterDeposit(payments, deposits, history, 'con-ruth-jensen');
    const invitations = this.#invitations();
    const state: BillingState = {
      schemaVersion: STATE_SCHEMA_VERSION,
      seed: this.#seed,
      seededAt: this.#now.toISOString(),
      settings: { ...SETTINGS, billingOffice: { ...SETTINGS.billingOffice } },
      profiles: structuredClone(PROFILES),
      residents,
      contacts,
      users,
      invoices: this.#invoices,
      paymentMethods: this.#methods,
      payments,
      deposits,
      arrangements,
      invitations,
      idempotency: [],
      outbox: [],
      auditLog: [],
      sequences: {
        paymentMethod: this.#methods.length,
        payment: payments.length,
        deposit: deposits.length,
        refund: 0,
        invitation: invitations.length,
        user: 0,
        email: 0,
        setupIntent: 0,
        audit: 0,
        profile: 0,
      },
    };
    // The invitations' emails are in the outbox (the mailbox shows how an invited person starts),
    // in the order they were last sent.
    for (const invitation of [...invitations].sort((a, b) => a.sentAt.localeCompare(b.sentAt))) {
      sendInvitation(state, new Date(invitation.sentAt), invitation, invitationLink(invitation));
    }
    // The seed is as the clock finds it: advance notices of pulls already within the notice
    // period have gone out (the seed's history knows no payment that is still due to settle).
    runDueWork(state, this.#now);
    return state;
  }

  #resident(cast: CastResident): ResidentRecord {
    return {
      id: cast.id,
      name: cast.name,
      unit: cast.unit,
      careLevel: `Assisted Living, Level ${cast.careLevel}`,
      address: { name: cast.name, ...COMMUNITY.address, line2: cast.unit },
      financiallyResponsiblePartyId: cast.responsiblePartyId,
    };
  }

  #contact(resident: CastResident, cast: CastResident['contacts'][number]): ContactRecord {
    return {
      id: cast.id,
      residentId: resident.id,
      name: cast.name,
      relationship: cast.relationship,
      email: cast.email,
      address: { name: cast.name, ...cast.address },
    };
  }

  /** Statements are issued on the 25th of the month before their period. */
  #issueDate(periodStart: string): string {
    return `${addMonths(periodStart, -1).slice(0, 8)}25`;
  }

  #randomTime(fromHour = 7, toHour = 21): string {
    return `${pad(this.#random.int(fromHour, toHour), 2)}:${pad(this.#random.int(0, 59), 2)}`;
  }

  /** Every payer's saved methods, created a while before the first statement. */
  #createMethods(historyStart: string): void {
    const [year] = splitDate(this.#today);
    for (const { partyId, name, address, payer } of CAST_PAYERS) {
      for (const cast of payer.methods) {
        const createdAt = zonedInstant(addDays(historyStart, -this.#random.int(20, 200)), this.#randomTime(), this.#timeZone);
        const base = {
          id: `pm-${pad(this.#methods.length + 1)}`,
          ownerPartyId: partyId,
          nickname: cast.nickname,
          isDefault: cast.isDefault,
          status: 'active' as const,
          block: null,
          recurringAuthorization: cast.recurring ? { authorizedAt: createdAt.toISOString(), authorizedBy: name } : null,
          billingAddress: address,
          createdAt: createdAt.toISOString(),
          removedAt: null,
        };
        const method = this.#methodRecord(cast, base, year, name);
        this.#methods.push(method);
        this.#methodByKey.set(`${partyId}/${cast.key}`, method);
      }
    }
  }

  #methodRecord(
    cast: CastMethod,
    base: Omit<PaymentMethodRecord, 'type' | 'card' | 'bankAccount'>,
    year: number,
    holderName: string,
  ): PaymentMethodRecord {
    if (cast.type === 'card') {
      // An expired card ran out during the seeded year (after it was saved); others last years more.
      const [expYear, expMonth] = cast.expired
        ? splitDate(addMonths(this.#today, -this.#random.int(1, 10)))
        : [year + this.#random.int(1, 4), this.#random.int(1, 12)];
      return {
        ...base,
        type: 'card',
        card: { token: cast.token, brand: cast.brand, last4: cast.last4, expMonth, expYear, funding: cast.funding },
      };
    }
    if (!isValidRoutingNumber(cast.routingNumber)) throw new Error(`seed: bad routing number ${cast.routingNumber}`);
    return {
      ...base,
      type: 'bank_account',
      bankAccount: {
        bankName: cast.bankName,
        accountType: cast.accountType,
        holderName,
        routingNumber: cast.routingNumber,
        last4: pad(this.#random.int(0, 9999)),
      },
    };
  }

  #users(historyStart: string): UserRecord[] {
    return USERS.map((cast) => {
      const joined = zonedInstant(addDays(historyStart, -this.#random.int(30, 120)), this.#randomTime(), this.#timeZone);
      const revokedAt =
        cast.status === 'revoked'
          ? zonedInstant(addDays(this.#periods[4] ?? historyStart, 2), '11:20', this.#timeZone).toISOString()
          : null;
      return {
        id: cast.id,
        email: cast.email,
        displayName: cast.displayName,
        role: cast.role,
        profileId: cast.profileId,
        partyId: cast.partyId,
        status: cast.status,
        token: cast.token,
        createdAt: joined.toISOString(),
        acceptedAt: joined.toISOString(),
        revokedAt,
        invitationId: null,
        noticeOptOuts: [],
      };
    });
  }

  #arrangements(): ArrangementRecord[] {
    const arrangements: ArrangementRecord[] = [];
    for (const { partyId, payer } of CAST_PAYERS) {
      if (!payer.pulls) continue;
      const method = this.#method(partyId, payer.pulls.methodKey);
      if (method.recurringAuthorization === null) throw new Error(`seed: ${method.id} pulled without authorization`);
      arrangements.push({
        payerPartyId: partyId,
        mode: 'billing_team_pulls',
        dayOfMonth: payer.pulls.dayOfMonth,
        split: 'single',
        parts: [{ methodId: method.id, amountCents: null, basisPoints: null }],
        updatedAt: method.createdAt,
        updatedByUserId: BILLING_OFFICE_USER_ID,
        advanceNotice: null,
      });
    }
    return arrangements;
  }

  #method(partyId: string, key: string): PaymentMethodRecord {
    const method = this.#methodByKey.get(`${partyId}/${key}`);
    if (!method) throw new Error(`seed: ${partyId} has no method "${key}"`);
    return method;
  }

  /** Issues each month's statements, then lets each addressee pay them as their plan says. */
  #simulateStatements(): void {
    this.#periods.forEach((periodStart, index) => {
      const monthsAgo = this.#periods.length - 1 - index;
      const issued = RESIDENTS.map((resident, residentIndex) =>
        this.#issueInvoice(resident, residentIndex, periodStart, monthsAgo),
      );
      for (const invoice of issued) {
        const payer = castPayerOf(invoice.addresseeId);
        if (!payer) continue;
        for (const step of payer.plan(monthsAgo, this.#random)) this.#pay(invoice, step);
      }
    });
  }

  #issueInvoice(resident: CastResident, residentIndex: number, periodStart: string, monthsAgo: number): InvoiceRecord {
    const [year, month] = splitDate(periodStart);
    const id = `inv-${resident.slug}-${year}-${pad(month, 2)}`;
    const addresseeId = resident.addresseeOverrides?.[monthsAgo] ?? resident.responsiblePartyId;
    const lines = this.#lineItems(resident, periodStart);
    const lateFee = this.#lateFee(resident.id, addresseeId);
    if (lateFee) lines.push(lateFee);
    const invoice: InvoiceRecord = {
      id,
      number: `INV-${year}-${pad((month - 1) * RESIDENTS.length + residentIndex + 1)}`,
      residentId: resident.id,
      addresseeId,
      currency: COMMUNITY.currency,
      periodStart,
      periodEnd: endOfMonth(periodStart),
      issueDate: this.#issueDate(periodStart),
      dueDate: periodStart,
      lineItems: lines.map((line, i) => ({ ...line, id: `${id}-${i + 1}` })),
    };
    this.#invoices.push(invoice);
    return invoice;
  }

  /** Rent and care for the period (billed in advance), extras from the month before (in arrears). */
  #lineItems(resident: CastResident, periodStart: string): Omit<LineItemRecord, 'id'>[] {
    const random = this.#random;
    const previousMonth = addMonths(periodStart, -1);
    const inPreviousMonth = (): string => addDays(previousMonth, random.int(0, 27));
    const lines: Omit<LineItemRecord, 'id'>[] = [];
    const add = (
      category: LineItemRecord['category'],
      description: string,
      unitAmountCents: number,
      quantity = 1,
      serviceDate: string | null = null,
    ): void => {
      lines.push({ category, description, quantity, unitAmountCents, amountCents: unitAmountCents * quantity, serviceDate });
    };
    const rent = RENT_CENTS[resident.apartment];
    // Rents rise every January: periods of earlier years than the newest statement's bill the old rent.
    const rentCents = splitDate(periodStart)[0] < splitDate(this.#newestPeriod)[0] ? rent.before : rent.from;
    add('rent', `Monthly rent — ${resident.unit} (${rent.label})`, rentCents);
    add('care_level', `Care services — Level ${resident.careLevel}`, CARE_LEVEL_CENTS[resident.careLevel]);
    if (resident.medicationManagement) add('medication_management', 'Medication management', PRICES.medicationManagement);
    if (random.chance(0.8)) {
      add('pharmacy', `Pharmacy — Oak Street Pharmacy, ${monthLabel(previousMonth)}`, random.int(1_837, 21_294), 1, endOfMonth(previousMonth));
    }
    if (random.chance(0.4)) add('guest_meals', 'Guest meals', PRICES.guestMeal, random.int(1, 6), inPreviousMonth());
    if (random.chance(0.2)) add('other', 'Salon services', PRICES.salon, 1, inPreviousMonth());
    return lines;
  }

  /** A late fee when the same payer's previous invoice of this resident still had a balance after the 10th. */
  #lateFee(residentId: string, addresseeId: string): Omit<LineItemRecord, 'id'> | null {
    const previous = this.#invoices.filter((i) => i.residentId === residentId && i.addresseeId === addresseeId).at(-1);
    if (!previous) return null;
    const cutoff = zonedInstant(addDays(previous.dueDate, 10), '00:00', this.#timeZone);
    const paidBy = sumCents((this.#allocated.get(previous.id) ?? []).filter((a) => a.at < cutoff).map((a) => a.cents));
    if (paidBy >= invoiceTotalCents(previous)) return null;
    const description = `Late fee — ${monthLabel(previous.periodStart)} balance unpaid after the 10th`;
    return { category: 'late_fee', description, quantity: 1, unitAmountCents: PRICES.lateFee, amountCents: PRICES.lateFee, serviceDate: null };
  }

  #balance(invoice: InvoiceRecord): number {
    return invoiceTotalCents(invoice) - sumCents((this.#allocated.get(invoice.id) ?? []).map((a) => a.cents));
  }

  #pay(invoice: InvoiceRecord, step: PlanStep): void {
    const time = step.time ?? this.#randomTime();
    const createdAt = zonedInstant(addDays(invoice.dueDate, step.day), time, this.#timeZone);
    if (createdAt > this.#now) return; // the plan's future has not happened yet
    if (createdAt < zonedInstant(invoice.issueDate, '00:00', this.#timeZone)) {
      throw new Error(`seed: a payment for ${invoice.id} would precede its issue date`);
    }
    const allocations: AllocationRecord[] = [];
    if (step.target === 'outstanding') {
      const older = this.#invoices
        .filter((i) => i.addresseeId === invoice.addresseeId && i.dueDate < invoice.dueDate && this.#balance(i) > 0)
        .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
      for (const open of older) allocations.push({ invoiceId: open.id, amountCents: this.#balance(open) });
    }
    const balance = this.#balance(invoice);
    const share = step.share >= 1 ? balance : Math.min(balance, Math.max(100, Math.round((balance * step.share) / 100) * 100));
    if (share > 0) allocations.push({ invoiceId: invoice.id, amountCents: share });
    if (allocations.length === 0) return;
    for (const allocation of allocations) {
      const list = this.#allocated.get(allocation.invoiceId) ?? [];
      list.push({ at: createdAt, cents: allocation.amountCents });
      this.#allocated.set(allocation.invoiceId, list);
    }
    this.#drafts.push({
      payerPartyId: invoice.addresseeId,
      residentId: invoice.residentId,
      method: this.#method(invoice.addresseeId, step.method),
      source: step.source ?? 'portal',
      amountCents: sumCents(allocations.map((a) => a.amountCents)),
      allocations,
      createdAt,
    });
  }

  #invitations(): InvitationRecord[] {
    return INVITATIONS.map((cast, index) => {
      const sentAt = zonedInstant(addDays(this.#today, -cast.sentDaysAgo), '10:15', this.#timeZone);
      return {
        id: `invite-${pad(index + 1)}`,
        email: cast.email,
        partyId: cast.partyId,
        profileId: cast.profileId,
        token: cast.token,
        sentAt: sentAt.toISOString(),
        expiresAt: new Date(sentAt.getTime() + 30 * 24 * 3_600_000).toISOString(),
        sentCount: cast.sentCount,
        invitedByUserId: BILLING_OFFICE_USER_ID,
        acceptedAt: null,
        acceptedUserId: null,
        revokedAt: null,
      };
    });
  }
}

/** The seeded settings; the seeded payments were charged these fees. */
const SETTINGS: SettingsRecord = {
  communityName: COMMUNITY.name,
  currency: COMMUNITY.currency,
  timeZone: COMMUNITY.timeZone,
  gatewayEnabled: true,
  portalEnabled: true,
  cardFeeBasisPoints: 250,
  bankFeeBasisPoints: 0,
  allocationPolicy: 'oldest_first',
  billingOffice: {
    name: 'Willow Creek business office',
    phone: '(630) 555-0142',
    email: 'billing@willowcreek.example',
    hours: 'Monday to Friday, 8:30 AM to 4:30 PM',
  },
  // Nacha's rule for debits that vary in amount: notice at least ten days before.
  pullNoticeLeadDays: 10,
  // Card network rules: credit cards only, never debit or prepaid.
  cardFeeFundings: ['credit'],
  cardFeeFlatCents: 0,
  cardFeeCapCents: null,
  bankFeeFlatCents: 0,
  bankFeeCapCents: null,
  cardSurchargesProhibited: false,
  feeOnRefund: 'kept',
};

const PROFILES: ProfileRecord[] = [
  {
    id: PROFILE_IDS.responsibleParty,
    name: 'Financial responsible party',
    description: "Sees all of the resident's billing, pays the invoices addressed to them and manages saved payment methods.",
    role: 'payer',
    permissions: ['view_billing', 'pay_bills', 'manage_payment_methods'],
    deletedAt: null,
  },
  {
    id: PROFILE_IDS.viewOnly,
    name: 'Views billing only',
    description: "Sees all of the resident's billing and who each invoice is addressed to; cannot pay or save payment methods.",
    role: 'payer',
    permissions: ['view_billing'],
    deletedAt: null,
  },
  {
    id: PROFILE_IDS.paysBills,
    name: 'Pays bills',
    description: "Pays the invoices addressed to them and manages saved payment methods; does not see the rest of the resident's billing.",
    role: 'payer',
    permissions: ['pay_bills', 'manage_payment_methods'],
    deletedAt: null,
  },
  {
    id: PROFILE_IDS.billingTeam,
    name: 'Billing team',
    description: 'The community billing office: Payment Center, portal access and billing settings.',
    role: 'staff',
    permissions: ['staff_payment_center', 'staff_access', 'staff_settings'],
    deletedAt: null,
  },
];

/** Every party with a payment plan, with the name and address their methods carry. */
const CAST_PAYERS: readonly { partyId: string; name: string; address: AddressRecord; payer: CastPayer }[] =
  RESIDENTS.flatMap((resident) => {
    const own = resident.payer
      ? [{ partyId: resident.id, name: resident.name, address: { name: resident.name, ...COMMUNITY.address, line2: resident.unit }, payer: resident.payer }]
      : [];
    const contacts = resident.contacts.flatMap((c) =>
      c.payer ? [{ partyId: c.id, name: c.name, address: { name: c.name, ...c.address }, payer: c.payer }] : [],
    );
    return [...own, ...contacts];
  });

function castPayerOf(partyId: string): CastPayer | undefined {
  return CAST_PAYERS.find((p) => p.partyId === partyId)?.payer;
}

function actorOf(users: UserRecord[], userId: string): ActorRecord {
  const user = users.find((u) => u.id === userId);
  if (!user) throw new Error(`seed: no user ${userId}`);
  return { userId: user.id, name: user.displayName, role: user.role };
}
