// The host's own words in a story (a label, a hint, an error it passes in), as a host page in two
// languages would give them: in the language the page is read in, switched in place when the
// reader switches (the toolbar's language sets `lang` on the document), like the widgets' own words.
import { AsyncDirective, directive } from 'lit/async-directive.js';

/** A host's text in each language it writes; English is required and read for any other language. */
export interface HostText {
  en: string;
  es?: string;
}

/** The page's language as the widgets read it: `es-MX` is Spanish, anything unknown English. */
function pageLanguage(): keyof HostText {
  return (document.documentElement.lang ?? '').toLowerCase().split(/[-_]/)[0] === 'es' ? 'es' : 'en';
}

class HostWordsDirective extends AsyncDirective {
  #text: HostText | null = null;
  #observer: MutationObserver | null = null;

  render(text: HostText | null): string | null {
    this.#text = text;
    this.#watch();
    return this.#current();
  }

  #current(): string | null {
    return this.#text ? (this.#text[pageLanguage()] ?? this.#text.en) : null;
  }

  #watch(): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver(() => this.setValue(this.#current()));
    this.#observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  }

  protected override disconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
  }

  protected override reconnected(): void {
    this.#watch();
    this.setValue(this.#current());
  }
}

/**
 * `.hint=${hostWords({ en: 'You can pay part of it now.', es: 'Puede pagar una parte ahora.' })}`:
 * the host's text in the page's language, following a live switch. Null gives null (no text).
 */
export const hostWords = directive(HostWordsDirective);
