import type { Catalog } from './i18n/translate.js';

/** What is wrong with a bank account as typed, in Spanish, keyed by the English it replaces. */
export const spanish: Catalog = {
  'Enter the name on the bank account.': 'Ingrese el nombre que figura en la cuenta bancaria.',
  'Use at most {max} characters (this has {length}).': 'Use como máximo {max} caracteres (ahora tiene {length}).',
  'Enter the routing number.': 'Ingrese el número de ruta.',
  'Use only digits: a routing number is 9 numbers, with no letters.': 'Use solo dígitos: un número de ruta tiene 9 números, sin letras.',
  'A routing number has 9 digits; this has {length}.': 'Un número de ruta tiene 9 dígitos; este tiene {length}.',
  "This routing number doesn't check out — the 9 digits fail the bank's check-digit test, so one is probably mistyped. It is the first number printed at the bottom left of a check.":
    'Este número de ruta no es válido — los 9 dígitos no pasan la verificación del banco, así que probablemente uno está mal escrito. Es el primer número impreso en la parte inferior izquierda de un cheque.',
  'Enter the account number.': 'Ingrese el número de cuenta.',
  'Use only digits in the account number (spaces and hyphens are fine).': 'Use solo dígitos en el número de cuenta (puede incluir espacios y guiones).',
  'An account number has 4 to 17 digits; this has {length}.': 'Un número de cuenta tiene de 4 a 17 dígitos; este tiene {length}.',
  'Enter the account number again to confirm it.': 'Vuelva a ingresar el número de cuenta para confirmarlo.',
  "The account numbers don't match.": 'Los números de cuenta no coinciden.',
};
