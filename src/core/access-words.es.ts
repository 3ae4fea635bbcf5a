import type { Catalog } from './i18n/translate.js';

/** Portal access in words (permissions, limits, who a person is to the resident) in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Work in the Payment Center': 'Trabajar en el Centro de pagos',
  'Manage portal access': 'Administrar el acceso al portal',
  'Change billing settings': 'Cambiar la configuración de facturación',
  'Sees only the invoices addressed to them': 'Solo ve las facturas dirigidas a su nombre',
  'Sees no billing': 'No ve la facturación',
  'Cannot pay bills': 'No puede pagar facturas',
  'Cannot save payment methods': 'No puede guardar métodos de pago',
  Resident: 'Residente',
  Contact: 'Contacto',
  '{name} (the resident)': '{name} (residente)',
};
