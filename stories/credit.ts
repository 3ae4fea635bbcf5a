// A payer with credit on account, set up through the real engine for the credit stories: the
// community leaves payments unapplied (`unapplied_credit`) and Daniel Whitaker pays everything he
// owes by card, so it is held as credit until the billing office applies it.
import type { Outstanding, PaymentMethod } from '../src/sdk/types.js';
import { api, loadPersonas, pickPersona, type Persona } from './support.js';

/** Gives the default payer credit on account; resolves with the personas, for the story's `loaded`. */
export async function payerWithCredit(options: { refundCents?: number; applyCents?: number } = {}): Promise<{ personas: Persona[] }> {
  const { personas } = await loadPersonas();
  const staff = pickPersona(personas, 'staff')?.token ?? '';
  const payer = pickPersona(personas, 'default-payer');
  const token = payer?.token ?? '';
  await api(staff, 'PATCH', '/staff/settings', { allocationPolicy: 'unapplied_credit' });
  const owed = ((await api(token, 'GET', '/outstanding')) as Outstanding).total.amountCents;
  const methods = ((await api(token, 'GET', '/payment-methods')) as { items: PaymentMethod[] }).items;
  const card = methods.find((m) => m.type === 'card' && m.usable);
  if (!card || owed <= 0) return { personas };
  const payment = (await api(token, 'POST', '/payments', { methodId: card.id, target: { type: 'outstanding' }, amountCents: owed, expectedAmountCents: owed, currency: 'USD' })) as { id: string };
  if (options.refundCents) {
    await api(staff, 'POST', `/staff/payments/${payment.id}/refunds`, { amountCents: options.refundCents, currency: 'USD', reason: 'Returned to the family' });
  }
  if (options.applyCents) {
    const first = ((await api(token, 'GET', '/outstanding')) as Outstanding).invoices[0];
    if (first) {
      await api(staff, 'POST', `/staff/payers/${payer?.partyId ?? ''}/credit-applications`, {
        currency: 'USD',
        allocations: [{ invoiceId: first.invoiceId, amountCents: Math.min(options.applyCents, first.balance.amountCents) }],
      });
    }
  }
  return { personas };
}
