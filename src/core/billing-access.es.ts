import type { Catalog } from './i18n/translate.js';

/** What a payer reads when billing is not theirs to see here, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'The resident portal of {community} is switched off for now. For anything about billing, contact {office}.':
    'El portal para residentes de {community} está desactivado por ahora. Para cualquier consulta sobre facturación, comuníquese con {office}.',
  'Your access does not include billing. If you should see or pay bills, contact {office}.':
    'Su acceso no incluye la facturación. Si usted debe ver o pagar facturas, comuníquese con {office}.',
};
