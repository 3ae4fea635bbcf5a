import type { Catalog } from './i18n/translate.js';

/** Credit on account that covers an invoice, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Your credit on account of {amount} covers this invoice; the billing office will apply it, so there is nothing to pay now.':
    'Su crédito a favor de {amount} cubre esta factura; la oficina de facturación lo aplicará, así que no tiene nada que pagar ahora.',
};
