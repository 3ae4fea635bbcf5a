import type { Context } from '@lit/context';
import type { AlisClient, Me, RequestOptions } from '../../sdk/index.js';

/**
 * The SDK client that `<alis-billing-provider>` hands to every ALIS element below it.
 * A new client object is provided when another user signs in (or out) or the base URL changes, so
 * consumers start afresh; the same user's new token keeps the client.
 */
// A context is its key (what `createContext` returns, typed): written out, so the bundle's small
// entry, which exports it, does not import @lit/context and with it Lit.
export const alisClientContext = Symbol.for('alis-billing/client') as Context<symbol, AlisClient | undefined>;

/**
 * The `session` of the client `<alis-billing-provider>` provides: `me()` answers with the `GET /me`
 * the provider already holds for the current token (one request per user and token for the whole
 * page), and `meAfresh()` asks the service again, for a widget's `refresh()`.
 */
export interface ProvidedSession {
  me(opts?: RequestOptions): Promise<Me>;
  meAfresh(opts?: RequestOptions): Promise<Me>;
}

/**
 * `GET /me` for a load: from the provider's memory, or asked afresh when `afresh` (a refresh). A
 * client that is not a provider's (an element's own `client`, a test double) is simply asked.
 */
export function askMe(api: AlisClient, opts: RequestOptions, afresh: boolean): Promise<Me> {
  const session = api.session as AlisClient['session'] & Partial<ProvidedSession>;
  return afresh && session.meAfresh ? session.meAfresh(opts) : session.me(opts);
}
