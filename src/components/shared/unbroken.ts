// Words that read as one thing and so never break across lines: a date and time, a reference, a
// masked account number, each phrase of a status. Each helper shows exactly the text it is given (its
// `textContent` is unchanged) in one element, as the text alone was one box in a flex row, only
// marking where a line may not break (`.nowrap`, hostStyles).
import { html, type TemplateResult } from 'lit';
import { formatDateTimeParts } from '../../core/format.js';
import { findUnbrokenWords } from '../../core/unbroken-words.js';

/** `<time>` saying formatDateTime's exact words, its date and its time each unbroken. */
export function renderMoment(instant: string, timeZone: string | undefined, locale: string | undefined, style: 'medium' | 'long' = 'medium'): TemplateResult {
  const { date, separator, time } = formatDateTimeParts(instant, timeZone, locale, style);
  return html`<time datetime=${instant}><span class="nowrap">${date}</span>${separator}<span class="nowrap">${time}</span></time>`;
}

/**
 * Words made of phrases: a status ("Overdue · Partly paid") or a range ("Dec 1, 2025 – Jan 31,
 * 2026"). A line may break after a separator (` · `, or a dash between spaces of any kind), never
 * inside a phrase; the separator's mark stays with the phrase before it.
 */
export function renderPhrases(text: string): TemplateResult {
  // split() gives phrase, mark (" ·"), space, phrase, mark, space, …, phrase.
  const pieces = text.split(/(\s[·–—-])(\s)/u);
  const out: unknown[] = [];
  for (let index = 0; index < pieces.length; index += 3) {
    const mark = pieces[index + 1] ?? '';
    const gap = pieces[index + 2] ?? '';
    out.push(html`<span class="nowrap">${pieces[index]}${mark}</span>${gap}`);
  }
  return html`<span>${out}</span>`;
}

/**
 * A sentence (as the translator gives it) whose references, dates, times and masked numbers each
 * stay on one line (findUnbrokenWords), the words around them wrapping as usual.
 */
export function renderUnbroken(sentence: string): TemplateResult {
  return html`<span>${findUnbrokenWords(sentence).map((piece) => (piece.token ? html`<span class="nowrap">${piece.text}</span>` : piece.text))}</span>`;
}
