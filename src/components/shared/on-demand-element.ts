// An element that another element renders inside its shadow root (a Payment Center tab, the pull
// flow, an audit trail) is loaded and registered by that element on first need, not by the page:
// the billing team's page used to download every tab and form before showing the first one
// (issue 15). Beside on-demand.ts rather than in it, so the payer's parts keep their simpler shape.
import { onDemand, type OnDemandPart } from './on-demand.js';

/**
 * A custom element whose code loads on first need: `importer` loads the module(s) and registers
 * `tagName` (`() => import('./payers-panel.js').then((m) => m.AlisPcPayers.define('alis-pc-payers'))`).
 * It counts as loaded as soon as the tag is registered, whoever registered it (a page that imported
 * every element up front renders it at once, without a "Loading…" in between).
 */
export function onDemandElement(tagName: string, importer: () => Promise<unknown>): OnDemandPart {
  const part = onDemand(importer);
  const isLoaded = () => part.loaded || (typeof customElements !== 'undefined' && customElements.get(tagName) !== undefined);
  return {
    get loaded() {
      return isLoaded();
    },
    load: () => (isLoaded() ? Promise.resolve() : part.load()),
    prefetch: () => {
      if (!isLoaded()) part.prefetch();
    },
  };
}

/**
 * Several parts as one, for a step that needs more than one module (the pull form and the amount
 * field it renders): loaded when all are, loading all at once.
 */
export function allOf(...parts: OnDemandPart[]): OnDemandPart {
  const load = async (): Promise<void> => {
    await Promise.all(parts.map((part) => part.load()));
  };
  return {
    get loaded() {
      return parts.every((part) => part.loaded);
    },
    load,
    prefetch: () => {
      load().catch(() => undefined);
    },
  };
}

/** A module of render functions loaded on first need, and what it exported once it has. */
export interface OnDemandModule<Module> extends OnDemandPart {
  /** The module's exports once loaded; undefined before (render only where `loaded` is true). */
  readonly module: Module | undefined;
}

/**
 * A module of render functions (a form, a confirmation) that an element draws in its own shadow
 * root, loaded on first need: `const profileForm = onDemandModule(() => import('./profile-form.js'))`,
 * then `profileForm.module.renderProfileForm(…)` inside `OnDemandController.render`.
 */
export function onDemandModule<Module>(importer: () => Promise<Module>): OnDemandModule<Module> {
  let module: Module | undefined;
  const part = onDemand(async () => {
    module = await importer();
  });
  return {
    get loaded() {
      return part.loaded;
    },
    get module() {
      return module;
    },
    load: part.load,
    prefetch: part.prefetch,
  };
}
