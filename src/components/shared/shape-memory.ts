// The loading shapes remembered in sessionStorage (states.ts: `alis-rows:` counts and `alis-space:`
// heights) describe the last user's lists — how many invoices, whether there were more, how many
// methods. When someone else signs in on the same tab they are forgotten, so the next person's
// skeleton never outlines the previous person's billing.

const SHAPE_PREFIXES = ['alis-rows:', 'alis-space:'];

/** Forgets every remembered loading shape of this tab. */
export function forgetLoadedShapes(): void {
  try {
    const storage = globalThis.sessionStorage;
    if (!storage) return;
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => key !== null && SHAPE_PREFIXES.some((prefix) => key.startsWith(prefix)),
    );
    for (const key of keys) storage.removeItem(key);
  } catch {
    // Storage refused (private modes, sandboxed frames): nothing was remembered either.
  }
}
