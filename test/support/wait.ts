// `waitUntil` with a default timeout for this suite. @open-wc/testing's default (1 s) is shorter
// than a busy 2-core CI machine sometimes takes to compile and load an on-demand module or answer
// a mocked request; a wait that can only end one way (the predicate holds) loses nothing by
// waiting longer, and a real failure still fails, 5 s later.
import { waitUntil as waitUntilOpenWc } from '@open-wc/testing';

/** How long a wait lasts unless the test says otherwise. */
export const WAIT_TIMEOUT_MS = 5_000;

/** `waitUntil` of @open-wc/testing, with {@link WAIT_TIMEOUT_MS} as the default timeout. */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOpenWc(predicate, message, { timeout: WAIT_TIMEOUT_MS, ...options });
}
