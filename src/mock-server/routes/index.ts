// Every implemented route, one module per area. An operation of the OpenAPI document missing here
// answers 501 not_implemented.
import type { MockBackend } from '../engine/backend.js';
import { accessRoutes } from './access.js';
import { mockControlRoutes } from './mock-controls.js';
import { payerMoneyRoutes } from './payer-money.js';
import type { Route } from './route.js';
import { sessionRoutes } from './session.js';
import { staffMoneyRoutes } from './staff-money.js';

/** The engine's routes. Adding one here removes its 501 placeholder. */
export function allRoutes(backend: MockBackend): Route[] {
  return [...sessionRoutes(backend), ...accessRoutes(backend), ...staffMoneyRoutes(backend), ...payerMoneyRoutes(backend), ...mockControlRoutes(backend)];
}
