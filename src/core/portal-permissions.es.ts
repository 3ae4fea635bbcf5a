import type { Catalog } from './i18n/translate.js';

/**
 * What each portal permission allows, in Spanish, keyed by the English it replaces. Not staff-only:
 * the labels also reach the invited person's `<alis-accept-invitation>` (through access-words.ts).
 */
export const spanish: Catalog = {
  "Sees all of the resident's billing": 'Ve toda la facturación del residente',
  'Every invoice of the resident, whoever it is addressed to, with its line items and balance, and the payments made on the account with who made them.':
    'Todas las facturas del residente, sin importar a quién estén dirigidas, con sus conceptos y su saldo, y los pagos realizados en la cuenta con quién los hizo.',
  "see all of the resident's billing": 'ver toda la facturación del residente',
  'Pays invoices addressed to them': 'Paga las facturas dirigidas a su nombre',
  'Pays online the invoices addressed to them, and only those. Without "sees all of the resident\'s billing" they see only those invoices.':
    'Paga en línea las facturas dirigidas a su nombre, y solo esas. Sin "ve toda la facturación del residente", solo ve esas facturas.',
  'pay the invoices addressed to them': 'pagar las facturas dirigidas a su nombre',
  'Saves payment methods': 'Guarda métodos de pago',
  'Saves, renames and removes their cards and bank accounts, and may allow the billing team to collect automatically.':
    'Guarda, cambia el nombre y elimina sus tarjetas y cuentas bancarias, y puede autorizar al equipo de facturación a cobrar automáticamente.',
  'save payment methods': 'guardar métodos de pago',
};
