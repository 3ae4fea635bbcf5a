// The SDK as the self-contained bundles export it: all of `../sdk/index.ts` and of its tokenizers'
// subpath (`../sdk/tokenizers/index.ts`), except that the card
// tokenizers' factories load their code on first use (./tokenizers-on-demand.ts), so card entry is
// not part of what a page waits for before its first request.
export { createAlisClient } from '../sdk/client.js';
export type { AlisClient, AlisClientOptions, MoneyRequestOptions, RequestOptions } from '../sdk/client.js';
export type { RetryOptions } from '../sdk/retry.js';
export { AlisApiError, AlisError, AlisNetworkError, isAlisApiError, isQuoteRefusal, paymentQuoteOf, pullQuoteOf } from '../sdk/errors.js';
export type { AlisApiErrorInit, QuoteRefusalCode } from '../sdk/errors.js';
export { createIdempotencyKey } from '../sdk/idempotency.js';
export type * from '../sdk/types.js';
export { CardTokenizeError } from '../sdk/tokenizers/card-tokenizer.js';
export type { CardBillingDetails, CardTokenizer, MountOptions, TokenizedCard } from '../sdk/tokenizers/card-tokenizer.js';
export type { StripeTokenizerOptions } from '../sdk/tokenizers/stripe-tokenizer.js';
export { TEST_CARD_NUMBERS } from '../sdk/tokenizers/test-card-numbers.js';
export type { TestCardNumber, TestCardOutcome } from '../sdk/tokenizers/test-card-numbers.js';
export type { TestTokenizerOptions } from '../sdk/tokenizers/test-tokenizer.js';
export { createStripeTokenizer, createTestTokenizer } from './tokenizers-on-demand.js';
