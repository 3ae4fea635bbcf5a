import type { Catalog } from './i18n/translate.js';

/** What the amount reader (`amount.ts`) says about what was typed, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Use only one decimal comma.': 'Use solo una coma decimal.',
  'Use only one decimal point.': 'Use solo un punto decimal.',
  "The amount can't be negative.": 'El monto no puede ser negativo.',
  'Enter the amount in numbers, like {example}.': 'Escriba el monto en números, por ejemplo {example}.',
  'Check the amount; it should look like {example}.': 'Revise el monto; debe tener este formato: {example}.',
  'Enter a whole amount, with no digits after the decimal comma.': 'Ingrese un monto entero, sin dígitos después de la coma decimal.',
  'Enter a whole amount, with no digits after the decimal point.': 'Ingrese un monto entero, sin dígitos después del punto decimal.',
  'That amount is too large.': 'Ese monto es demasiado grande.',
  'Use at most {count} digits after the decimal comma.': {
    one: 'Use como máximo {count} dígito después de la coma decimal.',
    other: 'Use como máximo {count} dígitos después de la coma decimal.',
  },
  'Use at most {count} digits after the decimal point.': {
    one: 'Use como máximo {count} dígito después del punto decimal.',
    other: 'Use como máximo {count} dígitos después del punto decimal.',
  },
};
