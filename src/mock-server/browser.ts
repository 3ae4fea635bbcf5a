// Starts the mock backend in the page's service worker (tests, Storybook, the demo). Kept out of
// `index.ts` because `msw/browser` cannot load in Node.
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createMockHandlers, DEFAULT_BASE_URL, mockBackend, mockFaults } from './handlers.js';
import type { MockBackend } from './engine/backend.js';
import type { FaultLayer } from './faults.js';
import { persistBackend } from './persistence.js';

/** Options of {@link startMockWorker}. */
export interface StartMockWorkerOptions {
  /** API base URL (default `/api/v1`, on the page's origin). */
  baseUrl?: string;
  /** Where the site serves MSW's worker script; it must be at the root to control the page. */
  serviceWorkerUrl?: string;
  /** Keep MSW from logging every intercepted request (default true). */
  quiet?: boolean;
  /** Delay API answers by this many milliseconds (the demo uses it to show loading states). */
  delayMs?: number;
  /** The backend to serve (default: the shared {@link mockBackend}). */
  backend?: MockBackend;
  /** The fault layer to apply (default: the shared {@link mockFaults}). */
  faults?: FaultLayer;
  /** How long to wait for the worker to take control of the page (default 3000 ms). */
  controlTimeoutMs?: number;
  /**
   * Never let MSW reload the page. MSW's `start()` reloads a page that a registered worker does not
   * control yet; a test runner reports that as an interrupted test file. With this set, the page
   * waits up to `controlTimeoutMs` for the worker to take control and otherwise fails with an error
   * naming what it waited for. Tests set it; the demo and Storybook keep MSW's reload, which
   * recovers a page opened with a hard reload (that bypasses service workers).
   */
  neverReload?: boolean;
  /**
   * Keep the mock's data across page reloads in `localStorage` (key `alis-mock-backend/v1`), saved
   * after every change; `POST /__mock/reset` goes back to the seed. Off by default so tests and
   * stories always start from the seed; the demo turns it on.
   */
  persist?: boolean;
}

/** A started worker, the backend it serves and the fault layer in front of it. */
export interface MockWorker {
  worker: SetupWorker;
  backend: MockBackend;
  faults: FaultLayer;
}

/**
 * Registers MSW's service worker with the mock handlers and waits until it controls the page.
 * Throws when it does not: a worker that is registered but not in control intercepts nothing, and
 * every request would silently reach the network instead.
 */
export async function startMockWorker(options: StartMockWorkerOptions = {}): Promise<MockWorker> {
  const backend = options.backend ?? mockBackend;
  if (options.persist && typeof localStorage !== 'undefined') persistBackend(backend, localStorage);
  const serviceWorkerUrl = options.serviceWorkerUrl ?? '/mockServiceWorker.js';
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const faults = options.faults ?? mockFaults;
  const controlTimeoutMs = options.controlTimeoutMs ?? 3000;
  const worker = setupWorker(
    ...createMockHandlers(backend, {
      baseUrl,
      faults,
      ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
    }),
  );
  const start = async (): Promise<void> => {
    // MSW's start() reloads an uncontrolled page when a registration exists (getWorkerInstance).
    if (options.neverReload) await waitForControlWithoutReload(serviceWorkerUrl, controlTimeoutMs);
    await worker.start({
      serviceWorker: { url: serviceWorkerUrl },
      onUnhandledRequest: 'bypass',
      quiet: options.quiet ?? true,
    });
    await waitForControl(serviceWorkerUrl, controlTimeoutMs);
  };
  await adoptWorkerBeingActivated(serviceWorkerUrl, controlTimeoutMs);
  await start();
  // MSW's worker forgets which pages asked for mocking whenever the browser stops and re-evaluates
  // it (mswjs/msw#2635), and then lets their requests through to the network: a test or a demo
  // would get the site's 404 page instead of the mock. Ask the mock something only it answers, and
  // turn mocking off and on again (which registers this page anew) until it does.
  for (let attempt = 1; !(await answeredByMock(baseUrl)); attempt++) {
    if (attempt === 3) {
      throw new Error(`The mock service worker controls this page but does not answer ${baseUrl}/__mock/clock, so it would intercept nothing.`);
    }
    worker.stop();
    await start();
  }
  return { worker, backend, faults };
}

/**
 * Resolves once the mock worker controls the page, registering it first when no registration
 * exists (its activation claims the page). Throws after `timeoutMs` instead of ever reaching MSW's
 * reload: once this resolves, `start()` finds a controlled page and only reconnects to it.
 */
async function waitForControlWithoutReload(serviceWorkerUrl: string, timeoutMs: number): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const container = navigator.serviceWorker;
  if (container.controller) return;
  const scriptUrl = new URL(serviceWorkerUrl, location.href).href;
  const registrations = await container.getRegistrations();
  const registered = registrations.some((registration) =>
    [registration.installing, registration.waiting, registration.active].some((w) => w?.scriptURL === scriptUrl),
  );
  if (!registered) await container.register(serviceWorkerUrl);
  const controlled = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => done(container.controller !== null), timeoutMs);
    // Polling too: a controllerchange that fired between the check above and this listener is not lost.
    const poll = setInterval(() => {
      if (container.controller) done(true);
    }, 100);
    function onChange(): void {
      done(true);
    }
    function done(result: boolean): void {
      clearTimeout(timer);
      clearInterval(poll);
      container.removeEventListener('controllerchange', onChange);
      resolve(result);
    }
    container.addEventListener('controllerchange', onChange);
  });
  if (!controlled) {
    throw new Error(
      `Waited ${timeoutMs} ms for the mock service worker (${scriptUrl}) to take control of this page; it never did. ` +
        'The page is not reloaded (a test runner would report an interrupted test file): is the worker failing to activate, or is the machine overloaded?',
    );
  }
}

/**
 * When another page (a test file running beside this one, a second tab) has just registered the
 * mock worker and it is still installing or activating, this page is not controlled yet; MSW's
 * `start()` would then reload the page, which a test runner reports as an interrupted test file.
 * The worker claims every open page when it activates, so wait for that claim first (at most
 * `timeoutMs`; if it never comes, MSW's own handling takes over as before).
 */
async function adoptWorkerBeingActivated(serviceWorkerUrl: string, timeoutMs: number): Promise<void> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const container = navigator.serviceWorker;
  if (container.controller) return;
  const scriptUrl = new URL(serviceWorkerUrl, location.href).href;
  const registrations = await container.getRegistrations();
  const pending = registrations.some((registration) =>
    [registration.installing, registration.waiting, registration.active].some(
      (worker) => worker?.scriptURL === scriptUrl && worker.state !== 'activated' && worker.state !== 'redundant',
    ),
  );
  if (!pending) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, timeoutMs);
    function done(): void {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    }
    container.addEventListener('controllerchange', done);
  });
}

/** Whether the mock backend (not the site's server) answers at `baseUrl`. */
async function answeredByMock(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/__mock/clock`, { cache: 'no-store' });
    return response.ok && (response.headers.get('content-type') ?? '').includes('application/json');
  } catch {
    return false;
  }
}

/** Resolves once a service worker controls the page, or throws after `timeoutMs`. */
async function waitForControl(serviceWorkerUrl: string, timeoutMs: number): Promise<void> {
  // Without service workers (file: pages, some insecure contexts) MSW intercepts inside the page
  // instead, and there is no controller to wait for.
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  const container = navigator.serviceWorker;
  if (container.controller) return;
  const controlled = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      container.removeEventListener('controllerchange', onChange);
      resolve(container.controller !== null);
    }, timeoutMs);
    function onChange(): void {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', onChange);
      resolve(true);
    }
    container.addEventListener('controllerchange', onChange);
  });
  if (!controlled) {
    throw new Error(
      `The mock service worker (${serviceWorkerUrl}) registered but does not control this page, so it would intercept nothing. ` +
        'Serve MSW\'s worker script from the site root (npx msw init public), and reload normally (a hard reload bypasses service workers).',
    );
  }
}
