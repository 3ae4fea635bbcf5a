// What time passing does on its own: bank debits settle (or come back), and payers are told about
// billing-team pulls coming within the notice period. It runs when the mock clock moves and before
// requests, so every answer sees the world as the clock has left it, and a request never changes
// state on the clock's behalf after it was refused or replayed.
import { planPull } from './arrangements.js';
import { duePayments, settleDuePayments } from './gateway.js';
import { dueAdvanceNotices, sendDueAdvanceNotices } from './notices.js';
import type { BillingState } from './state.js';

/** Whether anything is due: a pending debit to settle, or an advance notice to send. Changes nothing. */
export function hasDueWork(state: BillingState, now: Date): boolean {
  if (duePayments(state, now).length > 0) return true;
  return dueAdvanceNotices(state, now, (arrangement) => planPull(state, arrangement)).length > 0;
}

/** Does what is due, on the draft `state` (inside `backend.mutate`): settlements first, since a return reopens invoices the notice then counts. */
export function runDueWork(state: BillingState, now: Date): void {
  settleDuePayments(state, now);
  sendDueAdvanceNotices(state, now, (arrangement) => planPull(state, arrangement));
}
