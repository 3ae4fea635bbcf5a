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

/**
 * Remembers that the list `list` showed `rows` rows (or, for a card, how many of a kind of line),
 * for its next loading shape. Only the count is kept, for the tab's session.
 */
export function rememberRows(list: string, rows: number): void {
  try {
    globalThis.sessionStorage?.setItem(`alis-rows:${list}`, String(rows));
  } catch {
    // Not remembered: the next load starts from the usual count.
  }
}
