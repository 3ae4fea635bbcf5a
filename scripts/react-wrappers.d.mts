// Types for scripts/react-wrappers.mjs, for the node test that holds src/react/ to the manifest.
export const INTERNAL_CLASSES: string[];
export function eventProp(name: string): string;
export function reactWrapperFiles(manifest: { modules: unknown[] }, internalClasses: string[]): Record<string, string>;
