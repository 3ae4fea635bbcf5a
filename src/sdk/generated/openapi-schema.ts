// The contract's types moved to src/contract/ so the SDK and the mock share them without one
// importing the other. This re-export keeps the demo, the stories, test/support and
// scripts/bench-engine.ts compiling until their imports read src/contract/types.ts; then it goes.
export type { components, operations, paths } from '../../contract/types.js';
