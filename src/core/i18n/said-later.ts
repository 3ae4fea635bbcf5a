// What an element keeps to say later (an error, a notice, an outcome) is kept as what is needed to
// say it, a function of the words, not as a sentence: a sentence made in one language would stay
// in it after the reader switches language with the element on screen. Said with the element's
// words at render time, it follows a live switch like everything else.
import { english, type Translate } from './translate.js';

/** A sentence to be said later, in the words in force then. */
export type Words = (t: Translate) => string;

/**
 * Messages by key (a form's fields), each said later, from a function that says them all in `t`'s
 * words (`(t) => validate(form, t).errors`). The keys are those it gives in English: which fields
 * have a message must not depend on the language.
 */
export function wordsByKey<Messages extends object>(make: (t: Translate) => Messages): { [Key in keyof Messages]?: Words } {
  const said = (t: Translate, key: string): string => (make(t) as Record<string, string | undefined | null>)[key] ?? '';
  const keys = Object.entries(make(english))
    .filter(([, message]) => message !== undefined && message !== null)
    .map(([key]) => key);
  return Object.fromEntries(keys.map((key) => [key, (t: Translate) => said(t, key)])) as { [Key in keyof Messages]?: Words };
}

/** Every message of `words` said in `t`'s words. */
export function sayAll(words: Readonly<Record<string, Words | undefined>>, t: Translate): Record<string, string> {
  const said: Record<string, string> = {};
  for (const [key, say] of Object.entries(words)) if (say) said[key] = say(t);
  return said;
}

/** The sentence `make` gives, kept to say later, or null when it gives none (which must not depend on the language). */
export function wordsOrNull(make: (t: Translate) => string | null): Words | null {
  return make(english) === null ? null : (t) => make(t) ?? '';
}
