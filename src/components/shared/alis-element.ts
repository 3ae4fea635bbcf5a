import { LitElement } from 'lit';
import type { Translate } from '../../core/i18n/translate.js';
import { LanguageController, type WordsArea } from './language.js';

/**
 * What every ALIS element shares, and nothing more: safe registration, typed events, and words in
 * the reader's language. Kept deliberately flat (no mixins) so the custom-elements manifest sees
 * every member.
 */
export class AlisElement extends LitElement {
  /** Whose words the element needs: the billing team's elements set `staff`. */
  protected static wordsArea: WordsArea = 'payer';

  /**
   * Registers `tagName` for this class. A second registration (two bundles on one page, or a
   * hot reload) warns instead of throwing, so one duplicated script tag cannot break the page.
   */
  static define(tagName: string, registry: CustomElementRegistry = customElements): void {
    const existing = registry.get(tagName);
    if (existing) {
      if (existing !== this) {
        console.warn(`<${tagName}> is already defined by another class; keeping the first definition.`);
      }
      return;
    }
    registry.define(tagName, this);
  }

  readonly #language = new LanguageController(this, (this.constructor as typeof AlisElement).wordsArea);

  /** The element's words in the language `lang` asks for (on the element, an ancestor or the document). */
  protected get t(): Translate {
    return this.#language.t;
  }

  /**
   * The locale dates and amounts are written in: the element's `locale` when set, else the `lang`
   * in force, so a Spanish page reads "7 dic 2026"; the browser's language where neither is set. A
   * bare language (`lang="es"`) is written as the communities' US readers write it, es-US
   * ($7,455.70), not as Spain does (7455,70 US$).
   */
  protected get formatLocale(): string | undefined {
    const own = (this as { locale?: string }).locale;
    if (own) return own;
    const tag = this.#language.requestedTag?.trim();
    return tag && /^(en|es)$/i.test(tag) ? `${tag}-US` : tag || undefined;
  }

  /** Waits for the reader's translations before drawing, so a Spanish page never flashes English. */
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    const pending = this.#language.pending;
    if (pending) return pending.then(() => super.scheduleUpdate());
    super.scheduleUpdate();
    return undefined;
  }

  /** Dispatches `event` from this element and reports whether it was not cancelled. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
