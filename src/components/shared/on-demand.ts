// Code a payer or the billing team needs only once they open something — the pay flow, the
// add-method form, a receipt, a Payment Center tab — loads then, not with the page (issue 15: one
// element used to drag in every step it could ever show). What opens it prefetches it when the
// pointer enters or focus arrives, so by the click the code is usually there already.
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderLoadError, renderLoading, type LoadExit } from './states.js';

/** A module loaded on first need, once per page whichever element asks. */
export interface OnDemandPart {
  /** True once the module has loaded (what it defines can be rendered without waiting). */
  readonly loaded: boolean;
  /** Loads the module (once; a failed load is tried again on the next call). */
  load(): Promise<void>;
  /** Starts loading and ignores a failure (the click that follows shows it): for hover and focus. */
  readonly prefetch: () => void;
}

/**
 * One on-demand module. Declare it at module level next to the element that opens it, so every
 * instance and every other element opening the same part share one load:
 * `const payFlow = onDemand(() => import('../../define/alis-pay-flow.js'));`
 */
export function onDemand(importer: () => Promise<unknown>): OnDemandPart {
  let loading: Promise<void> | undefined;
  let loaded = false;
  const load = (): Promise<void> => {
    loading ??= importer().then(
      () => {
        loaded = true;
      },
      (error: unknown) => {
        // A dropped connection must not leave the part unloadable for the rest of the visit.
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return {
    get loaded() {
      return loaded;
    },
    load,
    prefetch: () => {
      load().catch(() => undefined);
    },
  };
}

/**
 * Renders an on-demand part in an element: what the part shows once loaded, and meanwhile (rarely
 * seen after a prefetch) "Loading…", or a failed load with Try again. The host re-renders when the
 * load settles.
 */
export class OnDemandController implements ReactiveController {
  #host: ReactiveControllerHost;
  #part: OnDemandPart;
  #failure: unknown = null;

  constructor(host: ReactiveControllerHost, part: OnDemandPart) {
    this.#host = host;
    this.#part = part;
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * `ready()` when the part has loaded; otherwise starts the load and says so. `subject` names it
   * ("the payment form"); `exit` offers Close beside a failure, for a flow that can be left.
   */
  render(ready: () => TemplateResult, subject: string, exit?: LoadExit): TemplateResult {
    if (this.#part.loaded) return ready();
    if (this.#failure !== null) return html`${renderLoadError(this.#failure, subject, () => this.#retry(), exit)}`;
    this.#load();
    return renderLoading(`Loading ${subject}…`);
  }

  #retry(): void {
    this.#failure = null;
    this.#host.requestUpdate();
  }

  #load(): void {
    this.#part.load().then(
      () => this.#host.requestUpdate(),
      (error: unknown) => {
        this.#failure = error;
        this.#host.requestUpdate();
      },
    );
  }
}
