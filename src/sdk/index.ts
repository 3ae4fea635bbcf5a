// The SDK's public surface: a typed client of the billing API, its errors and its types.
// Importing it registers nothing and needs nothing but fetch, so it runs in browsers and Node.
export { createAlisClient } from './client.js';
export type { AlisClient, AlisClientOptions, MoneyRequestOptions, RequestOptions } from './client.js';
export type { RetryOptions } from './retry.js';
export { AlisApiError, AlisError, AlisNetworkError, isAlisApiError, isQuoteRefusal, paymentQuoteOf, pullQuoteOf } from './errors.js';
export type { AlisApiErrorInit, QuoteRefusalCode } from './errors.js';
export { createIdempotencyKey } from './idempotency.js';
export type * from './types.js';
// Card entry (the tokenizers) needs the DOM: it is `./tokenizers/index.ts`
// (`@alis/billing-widgets/tokenizers`), so a Node-only app's types never need the DOM's.
