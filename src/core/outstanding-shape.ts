// The shape of `<alis-pay-outstanding>`'s card for an answer of `GET /outstanding`: how many open
// invoices it lists, how many notes it carries, and what action ends it. The widget remembers it
// for its next loading shape; the payer bundle's early reads remember it as soon as the answer
// arrives, often before the widget's code has, so even a first visit's loading card is the size of
// the card that replaces it. One function for both, so the two never disagree.
import { billingAccess } from './billing-access.js';
import type { DueToOthers, Me, Outstanding } from '../sdk/types.js';

/** Where the card's shape is remembered (`alis-rows:` keys, see components/shared/shape-memory.ts). */
export const outstandingShapeKeys = {
  invoices: 'alis-pay-outstanding:invoices',
  notes: 'alis-pay-outstanding:notes',
  action: 'alis-pay-outstanding:action',
} as const;

/** The card's shape: lines of each kind. `action`: 0 none, 1 the Pay button, 2 a notice instead. */
export interface OutstandingShape {
  invoices: number;
  notes: number;
  action: 0 | 1 | 2;
}

/** Whether the card says what is due to others on the account (see `dueToOthersSentence`). */
export function mentionsDueToOthers(dueToOthers: DueToOthers | null): dueToOthers is DueToOthers {
  return dueToOthers !== null && dueToOthers.total.amountCents > 0 && dueToOthers.addressees.length > 0;
}

/** The shape of the card `me` is shown for `outstanding`. */
export function outstandingCardShape(me: Me, outstanding: Outstanding): OutstandingShape {
  const total = outstanding.total.amountCents;
  const credit = outstanding.unappliedCredit.amountCents > 0;
  // A note on what others owe, or (without view_billing, where the engine says nothing of others) that the total is only yours.
  const scope = mentionsDueToOthers(outstanding.dueToOthers) || outstanding.dueToOthers === null;
  const invoices = outstanding.invoices.length > 0 && (total > 0 || credit) ? outstanding.invoices.length : 0;
  let action: OutstandingShape['action'] = 0;
  if (total > 0) {
    if (me.permissions.includes('pay_bills')) action = me.community.paymentsEnabled ? 1 : 2;
    else if (billingAccess(me) === 'view') action = 2;
  }
  return { invoices, notes: (scope ? 1 : 0) + (credit ? 1 : 0), action };
}
