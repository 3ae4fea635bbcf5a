// What a payer's element keeps to say later — an error, a notice, an outcome — kept as what is
// needed to say it (a function of the words), not as a sentence: a sentence made in one language
// would stay in it after the reader switches language with the element on screen. Said with the
// element's words at render time, it follows a live switch like everything else.
import type { TemplateResult } from 'lit';
import type { Translate } from '../../core/i18n/translate.js';
import { renderAnnouncer } from './states.js';
import type { Words } from '../../core/i18n/said-later.js';

export type { Words } from '../../core/i18n/said-later.js';

/** `words` said in `t`'s words; nothing (null) when there is nothing to say. */
export function say(words: Words | null | undefined, t: Translate): string | null {
  return words ? words(t) : null;
}

/** What a live region said, and in which language. */
export interface Announcement {
  readonly text: string;
  readonly lang: string;
}

/** Nothing said. */
export const silence: Announcement = { text: '', lang: '' };

/** `text`, said now in `t`'s language. */
export function announcement(text: string, t: Translate): Announcement {
  return text ? { text, lang: t.lang } : silence;
}

/**
 * The live region with what it said, while the reader's language is the one it was said in. It was
 * already spoken: after a switch of language it falls silent rather than be spoken again, or stay
 * in the other language. What it said is also shown where it belongs (an outcome, a notice).
 */
export function renderAnnouncement(said: Announcement, t: Translate): TemplateResult {
  return renderAnnouncer(said.lang === t.lang ? said.text : '');
}
