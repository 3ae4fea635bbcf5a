// The mock-only controls (`/__mock/*`): reset, personas, clock, outbox. Never part of the SDK.
import type { MockBackend } from '../engine/backend.js';
import { ok, property, type Route } from './route.js';

/** Routes that let tests, stories and the demo drive the mock: reset, personas, clock, outbox. */
export function mockControlRoutes(backend: MockBackend): Route[] {
  return [
    {
      method: 'post',
      path: '/__mock/reset',
      run: ({ body }) => {
        const seed = property(body, 'seed');
        const now = property(body, 'now');
        return ok(backend.reset({
          ...(typeof seed === 'number' ? { seed } : {}),
          ...(typeof now === 'string' ? { now } : {}),
        }));
      },
    },
    { method: 'get', path: '/__mock/personas', run: () => ok({ items: backend.personas() }) },
    { method: 'get', path: '/__mock/clock', run: () => ok({ now: backend.now().toISOString() }) },
    {
      method: 'post',
      path: '/__mock/clock',
      run: ({ body }) => {
        const setTo = property(body, 'setTo');
        const advanceDays = property(body, 'advanceDays');
        const advanceMinutes = property(body, 'advanceMinutes');
        const now = backend.advanceClock({
          ...(typeof setTo === 'string' ? { setTo } : {}),
          ...(typeof advanceDays === 'number' ? { advanceDays } : {}),
          ...(typeof advanceMinutes === 'number' ? { advanceMinutes } : {}),
        });
        return ok({ now: now.toISOString() });
      },
    },
    { method: 'get', path: '/__mock/outbox', run: () => ok({ items: backend.outbox() }) },
  ];
}
