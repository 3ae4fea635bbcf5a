// The contract's types, in the one place both sides of the HTTP API read them from: the SDK (which
// gives them friendly names in src/sdk/types.ts) and the mock backend's engine. Generated from
// openapi/alis-billing.openapi.yaml; this folder imports nothing, so neither side depends on the other.
export type { components, operations, paths } from './generated/openapi-schema.js';
