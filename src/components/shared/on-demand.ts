// Code a payer or the billing team needs only once they open something — the pay flow, the
// add-method form, a receipt, a Payment Center tab — loads then, not with the page (issue 15: one
// element used to drag in every step it could ever show). What opens it prefetches it when the
// pointer enters or focus arrives, so by the click the code is usually there already.
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { AsyncDirective, directive } from 'lit/async-directive.js';
import { renderLoadError, renderLoading, type LoadExit } from './states.js';
import { loadSubject } from './error-message.js';
import { english, type Translate } from '../../core/i18n/translate.js';

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
   * Where the part stands, for a template piece that is redrawn only when what it depends on
   * changes (a `guard`ed page of rows): it must also depend on this, or it keeps "Loading…".
   */
  get status(): 'loaded' | 'failed' | 'loading' {
    if (this.#part.loaded) return 'loaded';
    return this.#failure === null ? 'loading' : 'failed';
  }

  /**
   * Loads the part now, before the step that shows it opens, so focus can move straight into it.
   * False when the load failed: `render` then shows the failure with Try again.
   */
  async load(): Promise<boolean> {
    try {
      await this.#part.load();
      return true;
    } catch (error) {
      this.#failure = error;
      this.#host.requestUpdate();
      return false;
    }
  }

  /**
   * `ready()` when the part has loaded; otherwise starts the load and says so. `subject` names it
   * ("the payment form": in English, or translated as it reads after "Loading"); `exit` offers
   * Close beside a failure, for a flow that can be left; `t` is the element's words.
   */
  render(ready: () => TemplateResult, subject: string, exit?: LoadExit, t: Translate = english): TemplateResult {
    if (this.#part.loaded) return ready();
    if (this.#failure !== null) return html`${renderLoadError(this.#failure, subject, () => this.#retry(), exit, t)}`;
    this.#load();
    return renderLoading(t('Loading {subject}…', { subject: loadSubject(subject, t) }));
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

/**
 * The same three states as `OnDemandController`, for a render function that has no host to ask for
 * an update (`renderPayFlowInPlace`, shared by two elements): the directive re-renders its own part
 * of the template when the load settles.
 */
class WhenLoadedDirective extends AsyncDirective {
  #part: OnDemandPart | undefined;
  #ready: (() => TemplateResult) | undefined;
  #subject = '';
  #exit: LoadExit | undefined;
  #t: Translate = english;
  #failure: unknown = null;
  #loading = false;

  render(part: OnDemandPart, ready: () => TemplateResult, subject: string, exit?: LoadExit, t: Translate = english): TemplateResult {
    this.#part = part;
    this.#ready = ready;
    this.#subject = subject;
    this.#exit = exit;
    this.#t = t;
    return this.#current();
  }

  #current(): TemplateResult {
    const part = this.#part;
    const ready = this.#ready;
    if (!part || !ready) return html``;
    if (part.loaded) return ready();
    const t = this.#t;
    if (this.#failure !== null) return html`${renderLoadError(this.#failure, this.#subject, () => this.#retry(), this.#exit, t)}`;
    this.#load(part);
    return renderLoading(t('Loading {subject}…', { subject: loadSubject(this.#subject, t) }));
  }

  #load(part: OnDemandPart): void {
    if (this.#loading) return;
    this.#loading = true;
    part.load().then(
      () => {
        this.#loading = false;
        if (this.isConnected) this.setValue(this.#current());
      },
      (error: unknown) => {
        this.#loading = false;
        this.#failure = error;
        if (this.isConnected) this.setValue(this.#current());
      },
    );
  }

  #retry(): void {
    this.#failure = null;
    this.setValue(this.#current());
  }

  // A load that settled while the widget was out of the page (moved by its host) is shown when it
  // comes back, or it would say "Loading…" for good.
  protected override reconnected(): void {
    this.setValue(this.#current());
  }
}

/**
 * `ready()` once `part` has loaded; meanwhile "Loading {subject}…", or a failed load with Try again
 * (and Close when `exit` is given), in the words of `t` (the element's `this.t`, English when left out).
 * Use inside a template: `${whenLoaded(payFlow, () => html`…`, 'the payment form', exit, this.t)}`.
 */
export const whenLoaded = directive(WhenLoadedDirective);
