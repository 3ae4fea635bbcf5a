import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The events that change which portal profiles exist or what they are called and allow. */
export const PROFILE_EVENTS = ['alis-profile-created', 'alis-profile-changed', 'alis-profile-deleted'] as const;

/**
 * Runs `onChange` whenever a portal profile is created, changed or deleted anywhere on the page
 * (the events bubble to the window), while the host is connected, so every list of profile choices
 * stays current without a reload.
 */
export class RefreshOnProfileChangeController implements ReactiveController {
  readonly #onChange: () => void;

  constructor(host: ReactiveControllerHost, onChange: () => void) {
    this.#onChange = onChange;
    host.addController(this);
  }

  hostConnected(): void {
    for (const name of PROFILE_EVENTS) window.addEventListener(name, this.#onChange);
  }

  hostDisconnected(): void {
    for (const name of PROFILE_EVENTS) window.removeEventListener(name, this.#onChange);
  }
}
