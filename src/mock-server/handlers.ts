// The MSW handlers: a thin HTTP skin over the billing engine. Each route reads its inputs (validated
// against the OpenAPI document), calls one backend method and returns its result; every response is
// checked against the document, so drift between the mock and the contract fails loudly. Every
// operation of the document that the engine does not serve yet answers 501 `not_implemented`.
import { delay, http, HttpResponse, type RequestHandler } from 'msw';
import { openApiDocument } from './openapi/document.js';
import { createMockBackend, type MockBackend } from './engine/backend.js';
import { EngineError } from './engine/errors.js';
import { createFaultLayer, type FaultDecision, type FaultLayer } from './faults.js';
import { Contract, type OperationInfo } from './openapi/contract.js';
import { allRoutes } from './routes/index.js';
import type { Reply, Route } from './routes/route.js';

/** Where the API lives unless told otherwise: the document's server URL. */
export const DEFAULT_BASE_URL = '/api/v1';

/** Options of {@link createMockHandlers}. */
export interface MockHandlerOptions {
  /**
   * The API's base URL. Relative (`/api/v1`, the default) matches the page's origin in a browser
   * and any origin in Node; absolute (`http://localhost/api/v1`) matches exactly that.
   */
  baseUrl?: string;
  /** Wait this long before answering API calls (not mock controls), e.g. so the demo shows loading states. */
  delayMs?: number;
  /** Check every response against the document and answer 500 when one breaks it (default true). */
  validateResponses?: boolean;
  /**
   * The fault layer whose schedule these handlers apply to API calls (never to `/__mock/*`).
   * Default: a layer of their own, with nothing scheduled.
   */
  faults?: FaultLayer;
}

/** The parsed document, shared by every handler set (parsing is the costly part). */
let sharedContract: Contract | undefined;
function contract(): Contract {
  sharedContract ??= new Contract(openApiDocument);
  return sharedContract;
}

/**
 * Request handlers for `backend` under `baseUrl`: the engine's routes, the mock controls
 * (`/__mock/*`), a 501 `not_implemented` for every other operation of the document, and a 404
 * `not_found` for any other path under the base URL.
 */
export function createMockHandlers(backend: MockBackend, options: MockHandlerOptions = {}): RequestHandler[] {
  const prefix = handlerPrefix(options.baseUrl ?? DEFAULT_BASE_URL);
  const settings: Settings = {
    delayMs: options.delayMs ?? 0,
    validate: options.validateResponses ?? true,
    faults: options.faults ?? createFaultLayer(),
    basePath: basePathOf(options.baseUrl ?? DEFAULT_BASE_URL),
  };
  const doc = contract();
  const served = allRoutes(backend);
  const implemented = served.map((route) => {
    const op = doc.operation(route.method, route.path);
    if (!op) throw new Error(`mock route ${route.method.toUpperCase()} ${route.path} is not in the OpenAPI document`);
    return handler(op, prefix, (request, params) => serve(doc, op, route, request, params, backend, settings));
  });
  const placeholders = doc.operations
    .filter((op) => !served.some((r) => r.method === op.method && r.path === op.path))
    .map((op) =>
      handler(op, prefix, () => {
        const error = new EngineError(
          'not_implemented',
          `${op.method.toUpperCase()} ${op.path} is not available in the mock backend yet.`,
        );
        return respond(doc, op, { status: error.status, body: error.toBody() }, settings.validate);
      }),
    );
  const fallback = http.all(`${prefix}/*`, ({ request }) => {
    const path = new URL(request.url).pathname;
    const error = new EngineError('not_found', `There is no ${request.method} ${path} in the ALIS billing API.`);
    return respond(doc, undefined, { status: error.status, body: error.toBody() }, settings.validate);
  });
  return [malformedPath(doc, options.baseUrl ?? DEFAULT_BASE_URL, settings.validate), ...implemented, ...placeholders, fallback];
}

/**
 * A 400 for a path under the API whose percent-escapes do not decode (`/payments/%ZZ`). MSW's own
 * matching decodes path parameters and throws on them, which reached callers as a 500; this handler
 * comes first, so no other one ever sees such a path.
 */
function malformedPath(doc: Contract, baseUrl: string, validate: boolean): RequestHandler {
  const base = baseUrl.replace(/\/+$/, '');
  const absolute = /^[a-z][a-z\d+.-]*:\/\//i.test(base);
  const basePath = absolute ? new URL(base).pathname : base.startsWith('/') ? base : `/${base}`;
  return http.all(
    ({ request }) => {
      const url = new URL(request.url);
      if (absolute ? !request.url.startsWith(`${base}/`) : typeof location !== 'undefined' && url.origin !== location.origin) return false;
      return url.pathname.startsWith(`${basePath}/`) && !decodes(url.pathname);
    },
    () => {
      const error = EngineError.validation({ path: 'The path has a malformed percent-escape.' }, 'The request path is not valid.');
      return respond(doc, undefined, { status: error.status, body: error.toBody() }, validate);
    },
  );
}

function decodes(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

interface Settings {
  delayMs: number;
  validate: boolean;
  faults: FaultLayer;
  /** The base URL's path, taken off a request's path before the fault layer matches it. */
  basePath: string;
}

type Resolve = (request: Request, params: Record<string, string>) => Response | Promise<Response>;

function handler(op: OperationInfo, prefix: string, resolve: Resolve): RequestHandler {
  const path = prefix + op.path.replace(/\{([^}]+)\}/g, ':$1');
  const resolver = ({ request, params }: { request: Request; params: Record<string, string | readonly string[] | undefined> }) =>
    resolve(request, stringParams(params));
  switch (op.method) {
    case 'get':
      return http.get(path, resolver);
    case 'post':
      return http.post(path, resolver);
    case 'put':
      return http.put(path, resolver);
    case 'patch':
      return http.patch(path, resolver);
    case 'delete':
      return http.delete(path, resolver);
    case 'head':
      return http.head(path, resolver);
    case 'options':
      return http.options(path, resolver);
    default:
      throw new Error(`MSW cannot mock ${op.method.toUpperCase()} ${op.path}`);
  }
}

async function serve(
  doc: Contract,
  op: OperationInfo,
  route: Route,
  request: Request,
  params: Record<string, string>,
  backend: MockBackend,
  settings: Settings,
): Promise<Response> {
  const control = op.path.startsWith('/__mock/');
  if (settings.delayMs > 0 && !control) await delay(settings.delayMs);
  const fault = control ? null : settings.faults.decide(request.method, relativePath(request.url, settings.basePath));
  if (fault?.when === 'before') {
    const failed = await failure(doc, op, fault, request, settings.validate);
    if (failed) return failed;
  }
  let reply: Reply;
  try {
    const authorization = request.headers.get('Authorization');
    // Who is asking comes before what they asked: a signed-out caller learns nothing about inputs.
    if (requiresAuth(op)) backend.authenticate(authorization);
    doc.checkHeaders(op, request.headers);
    const query = doc.parseQuery(op, new URL(request.url).searchParams);
    const body = doc.parseBody(op, await request.text());
    reply = route.run({ request, params, query, body, authorization });
  } catch (error) {
    reply = errorReply(error, op);
  }
  if (fault?.when === 'after') {
    // The engine has applied the request; its answer is lost on the way back.
    const failed = await failure(doc, op, fault, request, settings.validate);
    if (failed) return failed;
  }
  return respond(doc, op, reply, settings.validate);
}

/**
 * The response of a scheduled fault, or null when the request is then answered normally (`slow`
 * only waits). Error bodies are the contract's `Error` shape, checked like every other answer.
 */
async function failure(doc: Contract, op: OperationInfo, fault: FaultDecision, request: Request, validate: boolean): Promise<Response | null> {
  switch (fault.kind) {
    case 'slow':
      await delay(fault.delayMs);
      return null;
    case 'network-error':
      return HttpResponse.error();
    case 'timeout':
      await hold(fault.delayMs, request.signal);
      return HttpResponse.error();
    case 'status-500':
      return respond(doc, op, { status: 500, body: { code: 'internal_error', message: 'The billing service failed while handling the request (a simulated fault).' } }, validate);
    case 'status-503':
      return respond(
        doc,
        op,
        { status: 503, body: { code: 'internal_error', message: 'The billing service is unavailable; try again shortly (a simulated fault).' } },
        validate,
        { 'Retry-After': String(fault.retryAfterSeconds) },
      );
    case 'status-429': {
      const error = new EngineError('rate_limited', 'Too many requests; wait a moment and try again (a simulated fault).');
      return respond(doc, op, { status: error.status, body: error.toBody() }, validate, { 'Retry-After': String(fault.retryAfterSeconds) });
    }
  }
}

/** Waits `ms`, or less when `signal` aborts first (a caller that gave up). */
function hold(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** The path of a base URL (`/api/v1` for `/api/v1/` and `http://localhost/api/v1`). */
function basePathOf(baseUrl: string): string {
  return new URL(baseUrl, 'http://mock.invalid/').pathname.replace(/\/+$/, '');
}

/** A request's path below the base path (`/payments`), as fault schedules name it. */
function relativePath(url: string, basePath: string): string {
  const path = new URL(url).pathname;
  return basePath !== '' && path.startsWith(basePath) ? path.slice(basePath.length) || '/' : path;
}

/** Operations are authenticated unless the document gives them an empty `security` list. */
function requiresAuth(op: OperationInfo): boolean {
  const security = op.definition['security'];
  return !(Array.isArray(security) && security.length === 0);
}

function errorReply(error: unknown, op: OperationInfo): Reply {
  if (error instanceof EngineError) return { status: error.status, body: error.toBody() };
  console.error(`[mock backend] ${op.method.toUpperCase()} ${op.path} failed`, error);
  const message = error instanceof Error ? error.message : String(error);
  return { status: 500, body: { code: 'internal_error', message: `The mock backend failed: ${message}` } };
}

function respond(doc: Contract, op: OperationInfo | undefined, reply: Reply, validate: boolean, headers: Record<string, string> = {}): Response {
  if (validate) {
    const violations = doc.responseViolations(op, reply.status, reply.body);
    if (violations.length > 0) {
      const where = op ? `${op.method.toUpperCase()} ${op.path}` : 'a request';
      const summary = violations.slice(0, 3).map((v) => `${v.path || 'body'}: ${v.message}`).join('; ');
      console.error(`[mock backend] response to ${where} breaks the OpenAPI document`, violations);
      reply = {
        status: 500,
        body: {
          code: 'internal_error',
          message: `The mock backend's ${reply.status} response to ${where} does not match the OpenAPI document (${summary}).`,
          details: { status: reply.status, violations: violations.slice(0, 20) },
        },
      };
    }
  }
  if (reply.body === undefined) return new HttpResponse(null, { status: reply.status, headers });
  return new HttpResponse(JSON.stringify(reply.body), {
    status: reply.status,
    headers: { ...headers, 'Content-Type': 'application/json' },
  });
}

/**
 * The MSW path prefix for a base URL. A relative base stays relative in a browser (MSW resolves it
 * against the page); Node has no page, so there it matches any origin.
 */
export function handlerPrefix(baseUrl: string): string {
  const base = baseUrl.replace(/\/+$/, '');
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(base)) return base;
  const path = base.startsWith('/') ? base : `/${base}`;
  return typeof location === 'undefined' ? `*${path}` : path;
}

function stringParams(params: Record<string, string | readonly string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'string') out[name] = value;
  }
  return out;
}

/** The shared backend behind {@link handlers}: tests, Storybook and the demo see the same data. */
export const mockBackend: MockBackend = createMockBackend();

/** The fault layer of {@link handlers} and of the browser worker: tests and Storybook's "Network" toolbar schedule faults here. */
export const mockFaults: FaultLayer = createFaultLayer();

/** Handlers for {@link mockBackend} under `/api/v1`, applying {@link mockFaults}. */
export const handlers: RequestHandler[] = createMockHandlers(mockBackend, { faults: mockFaults });
