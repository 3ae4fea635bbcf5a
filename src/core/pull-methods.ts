// What the billing team reads about a payer's methods when pulling from them or arranging pulls:
// which methods may be pulled from (and why not), and who the payer is to the resident. Shared by
// the pull flow and the arrangement editor so both word the same rule the same way.
import { english, type Translate } from './i18n/translate.js';
import type { Payer, PaymentMethod } from '../sdk/types.js';

/** Why staff may not pull from `method`, or null when they may (the engine has the last word). */
export function blockReason(method: Pick<PaymentMethod, 'usable' | 'unusableReason' | 'recurringAuthorization'>, t: Translate = english): string | null {
  // The engine's own reason is its data (in English); ours are in the reader's language.
  if (!method.usable) return method.unusableReason ?? t('It cannot be used to pay now.');
  if (!method.recurringAuthorization) return t('the payer has not authorized it for recurring payments.');
  return null;
}

/** The methods staff may pull from, in the payer's order. */
export function pullableMethods<M extends Pick<PaymentMethod, 'usable' | 'unusableReason' | 'recurringAuthorization'>>(methods: readonly M[]): M[] {
  return methods.filter((m) => blockReason(m) === null);
}

/** Who the payer is to the resident, under their name: "Resident.", "Son of Eleanor Brooks.". */
export function payerRelation(payer: Pick<Payer, 'party' | 'residentName'>, t: Translate = english): string {
  const party = payer.party;
  if (party.kind === 'resident') return t('Resident.');
  // The relationship ("Son") is the community's data, as recorded.
  return party.relationship
    ? t('{relationship} of {resident}.', { relationship: party.relationship, resident: payer.residentName })
    : t('Contact of {resident}.', { resident: payer.residentName });
}

/** A method as staff pick it: its nickname beside its label when it has one. */
export function methodChoiceLabel(method: Pick<PaymentMethod, 'nickname' | 'label'>): string {
  return method.nickname ? `${method.nickname} · ${method.label}` : method.label;
}

/** The split's methods after ticking (or unticking) `methodId`, kept in the payer's `order`. */
export function chooseInOrder(order: readonly string[], chosen: readonly string[], methodId: string, checked: boolean): string[] {
  const next = new Set(chosen);
  if (checked) next.add(methodId);
  else next.delete(methodId);
  return order.filter((id) => next.has(id));
}

/** `errors` without the messages under `keys`; the same object when there were none, so nothing re-renders. */
export function dropErrors<Message>(errors: Readonly<Record<string, Message>>, keys: readonly string[]): Readonly<Record<string, Message>> {
  const drop = new Set(keys);
  if (!Object.keys(errors).some((key) => drop.has(key))) return errors;
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !drop.has(key)));
}
