import { LitElement } from 'lit';

/**
 * What every ALIS element shares, and nothing more: safe registration and typed events.
 * Kept deliberately flat (no mixins) so the custom-elements manifest sees every member.
 */
export class AlisElement extends LitElement {
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

  /** Dispatches `event` from this element and reports whether it was not cancelled. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
