// A payer with credit on account, through the engine as it happens for real: the community leaves
// payments unapplied (`unapplied_credit`) and the payer pays their whole outstanding balance by card.
import type { AlisClient } from '../../src/sdk/index.js';
import type { Payment } from '../../src/sdk/types.js';

/** Switches the community to `unapplied_credit` and pays the payer's outstanding balance with their default card. */
export async function giveCredit(staff: AlisClient, payer: AlisClient): Promise<{ payment: Payment; creditCents: number }> {
  await staff.settings.update({ allocationPolicy: 'unapplied_credit' });
  const owed = (await payer.outstanding.get()).total.amountCents;
  const methods = await payer.paymentMethods.list();
  const card = methods.find((m) => m.type === 'card' && m.usable && m.isDefault) ?? methods.find((m) => m.type === 'card' && m.usable);
  if (!card) throw new Error('the payer has no usable card');
  const request = { methodId: card.id, target: { type: 'outstanding' as const }, amountCents: owed, expectedAmountCents: owed, currency: 'USD' };
  const { quoteId } = await payer.payments.quote(request);
  const payment = await payer.payments.create({ ...request, quoteId });
  if (payment.status !== 'succeeded') throw new Error(`the credit payment ${payment.reference} is ${payment.status}`);
  return { payment, creditCents: owed };
}
