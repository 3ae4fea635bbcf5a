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

  /**
   * A widget placed in the page draws its first view (its loading shape) in a task of its own:
   * four widgets defined at once would otherwise all draw in the task that defined them, one long
   * task that holds up the page (issue 15 measured 129 ms under a 4× slower CPU). A widget another
   * of ours renders draws at once, as its parent moves focus into it.
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && !(this.getRootNode() instanceof ShadowRoot)) {
      await new Promise((resolve) => setTimeout(resolve));
    }
    return super.scheduleUpdate();
  }

  /** Dispatches `event` from this element and reports whether it was not cancelled. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }
}
