// Why this exists: on a page that embeds the self-contained bundle, the widgets' code (about 35 kB
// gzipped) must arrive and run before any widget asks for data, and every read waits for `GET /me`
// besides, so the first invoice row came at twice the time of a hand-written page (issue 15). The
// bundle's small entry sends those reads as soon as it runs (../../bundles/head-start.ts), while
// the rest of the code is still on its way, and keeps each answer here; the provider's client takes
// an answer instead of sending the same request again. Nothing here imports Lit.

/** The API base URL `<alis-billing-provider>` uses without a `base-url`. */
export const DEFAULT_BASE_URL = '/api/v1';

/** How long an answer nobody took is kept after it arrived: a widget added later asks afresh. */
export const PRELOAD_KEPT_MS = 10_000;

/**
 * How long an answer stays for its other readers once one has taken it: the widgets that read it
 * are defined a task apart, and two of them asking together share one request (the SDK), which
 * takes it once for both; what is left must not answer a refresh later.
 */
export const PRELOAD_SHARED_MS = 1_000;

interface Preload {
  answer: Promise<Response>;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** How many reads asked for it: as many requests of it are answered from it (two widgets read the balance). */
  takers: number;
  /** Answered: another read of it is sent afresh rather than joined. */
  arrived: boolean;
  /** Taken once already: kept only {@link PRELOAD_SHARED_MS} more. */
  shortened: boolean;
}

/** Answers sent ahead, by method, URL and Authorization header: another user's token never matches. */
const preloads = new Map<string, Preload>();

const keyOf = (request: Request): string | null =>
  request.method === 'GET' ? `${request.url}\n${request.headers.get('Authorization') ?? ''}` : null;

/**
 * Sends `request` (a GET) and keeps a copy of its answer for the later requests with the same URL
 * and token, one per read (see {@link takePreload}); a `fetch` for an SDK client that reads ahead.
 * A read of the same request while it is on its way joins it. Resolves to the answer, as `fetch`.
 */
export function preload(request: Request): Promise<Response> {
  const key = keyOf(request);
  const already = key === null ? undefined : preloads.get(key);
  if (already && !already.arrived) {
    // On its way for another widget: one request answers both.
    already.takers += 1;
    return already.answer.then((response) => response.clone());
  }
  const answer = globalThis.fetch(request);
  if (key === null) return answer;
  const kept: Preload = {
    answer: answer.then((response) => response.clone()),
    timer: undefined,
    takers: 1,
    arrived: false,
    shortened: false,
  };
  drop(key);
  preloads.set(key, kept);
  const forget = () => {
    kept.arrived = true;
    if (preloads.get(key) !== kept || kept.shortened) return; // taken already
    kept.timer = setTimeout(() => drop(key, kept), PRELOAD_KEPT_MS);
  };
  kept.answer.then(forget, () => {
    if (preloads.get(key) === kept) preloads.delete(key);
  });
  return answer;
}

/**
 * The answer kept for `request` (same method, URL and Authorization), handed out as many times as
 * reads asked for it, then forgotten: the next request of it, a refresh or a retry, goes to the
 * network. Undefined when none is kept. Stops waiting when the request's signal aborts, as `fetch`.
 */
export function takePreload(request: Request): Promise<Response> | undefined {
  const key = keyOf(request);
  const kept = key === null ? undefined : preloads.get(key);
  if (!key || !kept) return undefined;
  kept.takers -= 1;
  if (kept.takers === 0) {
    preloads.delete(key);
    clearTimeout(kept.timer);
  } else if (!kept.shortened) {
    kept.shortened = true;
    clearTimeout(kept.timer);
    kept.timer = setTimeout(() => drop(key, kept), PRELOAD_SHARED_MS);
  }
  const { signal } = request;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<Response>((resolve, reject) => {
    const abort = () => reject(signal.reason);
    signal.addEventListener('abort', abort, { once: true });
    kept.answer.then(
      (stored) => {
        signal.removeEventListener('abort', abort);
        // Each taker reads a copy; the stored answer itself is never read.
        const response = stored.clone();
        if (signal.aborted) void response.body?.cancel().catch(() => undefined);
        resolve(response);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/** How many answers are kept now (for tests). */
export function preloadCount(): number {
  return preloads.size;
}

/**
 * Forgets every answer read ahead: called before any write, after which what was read before may
 * be out of date (a payment changes the balance).
 */
export function forgetPreloads(): void {
  for (const key of [...preloads.keys()]) drop(key);
}

function drop(key: string, only?: Preload): void {
  const kept = preloads.get(key);
  if (!kept || (only && kept !== only)) return;
  preloads.delete(key);
  clearTimeout(kept.timer);
  void kept.answer.then((response) => response.body?.cancel()).catch(() => undefined);
}
