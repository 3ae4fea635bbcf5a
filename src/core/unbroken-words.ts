// What in a sentence reads as one thing and must stay on one line: a reference (PAY-20261125-0001,
// INV-2026-0090), a date ("Nov 25, 2026", "25 de noviembre de 2026"), a masked account number
// ("•••• 4242") and a phone number ("(630) 555-0142"). Browsers break a reference at its hyphens
// and a date at its spaces; a sentence built by the translator (a string) cannot mark them itself,
// so they are found in its text (renderUnbroken in components/shared/unbroken.ts). Times are left
// alone: they stand inside words a community wrote ("Monday to Friday, 8:30 AM to 4:30 PM"), which
// stay one piece of text; a list's date and time are kept whole by renderMoment instead.

/** The languages the widgets speak, whose month names make a date. */
const LANGUAGES = ['en', 'es'] as const;

/** Every month name and abbreviation of {@link LANGUAGES}, as Intl writes them ("Nov", "noviembre", "sept"). */
function monthNames(): string[] {
  const names = new Set<string>();
  for (const language of LANGUAGES) {
    for (const month of ['short', 'long'] as const) {
      const format = new Intl.DateTimeFormat(language, { month, timeZone: 'UTC' });
      for (let index = 0; index < 12; index++) {
        const name = format.format(new Date(Date.UTC(2026, index, 15))).replace(/\.$/, '');
        // As Intl writes it, and capitalised at the start of a sentence.
        names.add(name).add(name.charAt(0).toUpperCase() + name.slice(1));
      }
    }
  }
  // Longest first, so "November" wins over "Nov".
  return [...names].sort((a, b) => b.length - a.length);
}

let pattern: RegExp | undefined;

/** One pattern for every kind of token, built on first use (the month names come from Intl). */
function tokenPattern(): RegExp {
  if (pattern) return pattern;
  const month = `(?:${monthNames().join('|')})\\.?`;
  const space = '[\\s\\u00a0\\u202f]';
  const year = '\\d{4}';
  const kinds = [
    // PAY-20261125-0001, INV-2026-0090, DEP-20261106
    '\\b[A-Z]{2,}-[0-9A-Z]+(?:-[0-9A-Z]+)*\\b',
    // Nov 25, 2026 · November 25 · 25 nov 2026 · 25 de noviembre de 2026
    `\\b${month}${space}\\d{1,2}(?:,${space}${year})?\\b`,
    `\\b\\d{1,2}${space}(?:de${space})?${month}(?:${space}(?:de${space})?${year})?(?![\\p{L}])`,
    // •••• 4242
    `•+${space}?\\d{2,4}\\b`,
    // (630) 555-0142 · 630-555-0142
    `(?:\\(\\d{3}\\)${space}?|\\b\\d{3}-)\\d{3}-\\d{4}\\b`,
  ];
  pattern = new RegExp(kinds.join('|'), 'gu');
  return pattern;
}

/** A piece of a sentence: words that may break, or a token that may not. */
export interface SentencePiece {
  text: string;
  token: boolean;
}

/**
 * Longer than this, a "token" is not a reference anyone reads as one word (a community's own
 * invoice number can be anything): kept whole, it would push a phone-width page sideways, so it
 * wraps like words.
 */
export const LONGEST_UNBROKEN = 24;

/**
 * `text` in pieces, the tokens apart from the words around them; the pieces joined are `text`.
 */
export function findUnbrokenWords(text: string): SentencePiece[] {
  const pieces: SentencePiece[] = [];
  let at = 0;
  for (const match of text.matchAll(tokenPattern())) {
    const start = match.index ?? 0;
    if (start > at) pieces.push({ text: text.slice(at, start), token: false });
    pieces.push({ text: match[0], token: match[0].length <= LONGEST_UNBROKEN });
    at = start + match[0].length;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), token: false });
  return pieces;
}
