// Card entry that ends in a token: Stripe Elements in production, labelled test fields otherwise.
// A subpath of its own (`@alis/billing-widgets/tokenizers`): card entry needs the DOM, and the SDK
// (`/sdk`) stays free of DOM types for apps that run only in Node.
export { CardTokenizeError } from './card-tokenizer.js';
export type { CardBillingDetails, CardEntryState, CardTokenizer, MountOptions, TokenizedCard } from './card-tokenizer.js';
export { createStripeTokenizer } from './stripe-tokenizer.js';
export type { StripeTokenizerOptions } from './stripe-tokenizer.js';
export { createTestTokenizer, TEST_CARD_NUMBERS } from './test-tokenizer.js';
export type { TestCardNumber, TestCardOutcome, TestTokenizerOptions } from './test-tokenizer.js';
