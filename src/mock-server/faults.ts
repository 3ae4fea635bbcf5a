// The mock backend's fault layer: a schedule of failures applied to API requests by the MSW
// handlers, so tests, Storybook's "Network" toolbar and the demo exercise the same failures. A fault
// hits either before the engine sees a request (nothing happened) or after it answered (the engine
// applied the request and the answer is lost) — the second is what idempotency keys must survive.
// Which request a fault hits follows from the schedule alone: there is no randomness in here.
// No MSW and no DOM: the handlers turn a decision into a response.

/** What goes wrong with a request. */
export type FaultKind =
  /** The connection drops: `fetch` rejects (MSW's `HttpResponse.error()`). */
  | 'network-error'
  /** No answer: held until the caller's signal aborts or `delayMs` passes, then dropped like `network-error`. */
  | 'timeout'
  /** `500 internal_error`. */
  | 'status-500'
  /** `503` (service unavailable) with the contract's error body, code `internal_error`, and `Retry-After`. */
  | 'status-503'
  /** `429 rate_limited` with `Retry-After`. */
  | 'status-429'
  /** Answered normally after `delayMs`. */
  | 'slow'
  /** Answered normally at once: a placeholder in a sequence ("the second request fails"). */
  | 'pass';

/** When a fault strikes relative to the engine. */
export type FaultTiming = 'before' | 'after';

/** One entry of a schedule. */
export interface Fault {
  kind: FaultKind;
  /** HTTP method to match (case-insensitive); any when absent. */
  method?: string;
  /**
   * The API path to match, relative to the base URL (`/payments`, `/staff/payments/:id/refund`); a
   * `:name` segment matches any one segment and a trailing `*` any rest. Any path when absent.
   */
  path?: string;
  /**
   * `before` (default): the engine never sees the request. `after`: the engine runs it and its
   * answer is replaced by the fault. A 429 is always `before` (a rate limiter answers first).
   */
  when?: FaultTiming;
  /** How many matching requests this entry takes (default 1); `Infinity` until cleared. */
  times?: number;
  /** Take only every n-th matching request (default 1: each); the others pass to later entries. */
  every?: number;
  /** The wait of `slow`, the longest hold of `timeout` (default 30 000 ms). */
  delayMs?: number;
  /** The `Retry-After` header of 429 and 503 in seconds (default 1). */
  retryAfterSeconds?: number;
}

/** What the layer decided for one request. */
export interface FaultDecision {
  kind: Exclude<FaultKind, 'pass'>;
  when: FaultTiming;
  delayMs: number;
  retryAfterSeconds: number;
}

/** One request the layer saw, for tests and debugging. */
export interface FaultRecord {
  method: string;
  path: string;
  /** The fault applied, or null when the request passed. */
  fault: FaultDecision | null;
}

/** The named network conditions of Storybook's toolbar and the demo. */
export type NetworkPreset = 'normal' | 'slow' | 'flaky' | 'offline' | '500s';

/** The names and one-line descriptions of {@link NetworkPreset}s, in toolbar order. */
export const NETWORK_PRESETS: readonly { value: NetworkPreset; title: string }[] = [
  { value: 'normal', title: 'Normal' },
  { value: 'slow', title: 'Slow (1.5 s per request)' },
  { value: 'flaky', title: 'Flaky (every 3rd request drops)' },
  { value: 'offline', title: 'Offline' },
  { value: '500s', title: '500s (every request fails)' },
];

/** The schedule of faults behind one set of mock handlers. */
export interface FaultLayer {
  /** Replaces the schedule with `faults` (and ends offline mode); requests take entries in order. */
  schedule(faults: readonly Fault[]): void;
  /** Adds `faults` after the current schedule. */
  append(faults: readonly Fault[]): void;
  /** Every API request fails as a network error, for the next `requests` requests or until {@link online}. */
  offline(requests?: number): void;
  /** Ends offline mode. */
  online(): void;
  /** Clears the schedule, offline mode and the log: every request is answered normally. */
  clear(): void;
  /** Applies a named network condition (replacing the schedule). */
  preset(name: NetworkPreset): void;
  /** Whether nothing is scheduled and the layer is online. */
  readonly idle: boolean;
  /** Every API request seen since the last {@link clear} (at most the latest 500). */
  readonly log: readonly FaultRecord[];
  /** The decision for one request; called by the handlers once per API request. */
  decide(method: string, path: string): FaultDecision | null;
}

const DEFAULT_HOLD_MS = 30_000;
const LOG_LIMIT = 500;

interface Entry {
  fault: Fault;
  /** Matching requests seen by this entry (for `every`). */
  seen: number;
  /** Requests taken. */
  taken: number;
  matcher: (method: string, path: string) => boolean;
}

/** A matcher for `Fault.method` / `Fault.path`. */
export function faultMatcher(fault: Pick<Fault, 'method' | 'path'>): (method: string, path: string) => boolean {
  const method = fault.method?.toUpperCase();
  const pattern = fault.path;
  let regex: RegExp | null = null;
  if (pattern !== undefined && pattern !== '*') {
    const rest = pattern.endsWith('*');
    const body = (rest ? pattern.slice(0, -1) : pattern).replace(/\/+$/, '');
    const source = body
      .split('/')
      .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    regex = new RegExp(`^${source}${rest ? '(?:/.*)?' : '/?'}$`);
  }
  return (m, p) => (method === undefined || m.toUpperCase() === method) && (regex === null || regex.test(p));
}

function decision(fault: Fault): FaultDecision | null {
  if (fault.kind === 'pass') return null;
  return {
    kind: fault.kind,
    when: fault.kind === 'status-429' ? 'before' : (fault.when ?? 'before'),
    delayMs: Math.max(0, fault.delayMs ?? (fault.kind === 'slow' ? 1500 : DEFAULT_HOLD_MS)),
    retryAfterSeconds: Math.max(0, Math.floor(fault.retryAfterSeconds ?? 1)),
  };
}

/** A fault layer with nothing scheduled. */
export function createFaultLayer(): FaultLayer {
  let entries: Entry[] = [];
  let offlineFor = 0;
  let log: FaultRecord[] = [];
  const toEntry = (fault: Fault): Entry => ({ fault, seen: 0, taken: 0, matcher: faultMatcher(fault) });
  const layer: FaultLayer = {
    schedule(faults) {
      entries = faults.map(toEntry);
      offlineFor = 0;
    },
    append(faults) {
      entries.push(...faults.map(toEntry));
    },
    offline(requests = Infinity) {
      offlineFor = Math.max(0, requests);
    },
    online() {
      offlineFor = 0;
    },
    clear() {
      entries = [];
      offlineFor = 0;
      log = [];
    },
    preset(name) {
      layer.clear();
      switch (name) {
        case 'normal':
          return;
        case 'slow':
          entries = [toEntry({ kind: 'slow', times: Infinity, delayMs: 1500 })];
          return;
        case 'flaky':
          // Every third request drops, half of them before the engine and half after it applied
          // the request: the first entry takes every 6th request, the second every 5th of the
          // others. Retries and idempotency keys keep that from losing or doubling a payment.
          entries = [
            toEntry({ kind: 'network-error', when: 'before', times: Infinity, every: 6 }),
            toEntry({ kind: 'network-error', when: 'after', times: Infinity, every: 5 }),
          ];
          return;
        case 'offline':
          offlineFor = Infinity;
          return;
        case '500s':
          entries = [toEntry({ kind: 'status-500', times: Infinity })];
          return;
      }
    },
    get idle() {
      return offlineFor === 0 && entries.every((e) => e.taken >= (e.fault.times ?? 1));
    },
    get log() {
      return log;
    },
    decide(method, path) {
      let fault: FaultDecision | null = null;
      if (offlineFor > 0) {
        offlineFor--;
        fault = { kind: 'network-error', when: 'before', delayMs: 0, retryAfterSeconds: 0 };
      } else {
        for (const entry of entries) {
          if (entry.taken >= (entry.fault.times ?? 1) || !entry.matcher(method, path)) continue;
          entry.seen++;
          if (entry.seen % Math.max(1, Math.floor(entry.fault.every ?? 1)) !== 0) continue;
          entry.taken++;
          fault = decision(entry.fault);
          break;
        }
      }
      log.push({ method: method.toUpperCase(), path, fault });
      if (log.length > LOG_LIMIT) log = log.slice(-LOG_LIMIT);
      return fault;
    },
  };
  return layer;
}
