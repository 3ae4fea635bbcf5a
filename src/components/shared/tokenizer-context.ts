import type { Context } from '@lit/context';
import type { CardTokenizer } from '../../sdk/tokenizers/card-tokenizer.js';

/** The card tokenizer `<alis-billing-provider>` hands to the elements that collect cards. */
// Its key, typed (see client-context.ts for why not `createContext`).
export const alisTokenizerContext = Symbol.for('alis-billing/card-tokenizer') as Context<symbol, CardTokenizer | undefined>;
