// The SDK's public surface: a typed client of the billing API, its errors and its types.
// Importing it registers nothing and needs nothing but fetch, so it runs in browsers and Node.
export { createAlisClient } from './client.js';
export type { AlisClient, AlisClientOptions, MoneyRequestOptions, RequestOptions } from './client.js';
export type { RetryOptions } from './retry.js';
export { AlisApiError, AlisError, AlisNetworkError, isAlisApiError, isQuoteRefusal, paymentQuoteOf, pullQuoteOf } from './errors.js';
export type { AlisApiErrorInit, QuoteRefusalCode } from './errors.js';
export { createIdempotencyKey } from './idempotency.js';
export type * from './types.js';
// Card entry that ends in a token: Stripe Elements in production, labelled test fields otherwise.
export { CardTokenizeError } from './tokenizers/card-tokenizer.js';
export type { CardBillingDetails, CardTokenizer, MountOptions, TokenizedCard } from './tokenizers/card-tokenizer.js';
export { createStripeTokenizer } from './tokenizers/stripe-tokenizer.js';
export type { StripeTokenizerOptions } from './tokenizers/stripe-tokenizer.js';
export { createTestTokenizer, TEST_CARD_NUMBERS } from './tokenizers/test-tokenizer.js';
export type { TestCardNumber, TestCardOutcome, TestTokenizerOptions } from './tokenizers/test-tokenizer.js';
