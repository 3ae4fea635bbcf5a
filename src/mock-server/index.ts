// The mock backend's public pieces for Node and bundlers. The browser worker is a separate entry
// (`./browser.js`) because `msw/browser` cannot load in Node.
export { createMockHandlers, handlerPrefix, handlers, mockBackend, mockFaults, DEFAULT_BASE_URL } from './handlers.js';
export type { MockHandlerOptions } from './handlers.js';
export { createFaultLayer, faultMatcher, NETWORK_PRESETS } from './faults.js';
export type { Fault, FaultDecision, FaultKind, FaultLayer, FaultRecord, FaultTiming, NetworkPreset } from './faults.js';
export { createMockBackend, MockBackend } from './engine/backend.js';
export type { Authorization, MockBackendOptions, MockStateInfo } from './engine/backend.js';
export { DEFAULT_NOW, ManualClock } from './engine/clock.js';
export type { Clock, ClockChange } from './engine/clock.js';
export { EngineError } from './engine/errors.js';
export type { ErrorBody, ErrorCode } from './engine/errors.js';
export { createRandom } from './engine/random.js';
export type { Random } from './engine/random.js';
export { createSeedState, DEFAULT_SEED, personas, STATEMENT_COUNT } from './engine/seed.js';
export type { Persona, SeedOptions } from './engine/seed.js';
export { feeCents, isValidRoutingNumber } from './engine/money.js';
export { PAYER_ONLY_MESSAGE } from './engine/auth.js';
export type { BillingState } from './engine/state.js';
