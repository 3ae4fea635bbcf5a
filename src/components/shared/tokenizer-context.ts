import { createContext } from '@lit/context';
import type { CardTokenizer } from '../../sdk/tokenizers/card-tokenizer.js';

/** The card tokenizer `<alis-billing-provider>` hands to the elements that collect cards. */
export const alisTokenizerContext = createContext<CardTokenizer | undefined>(Symbol.for('alis-billing/card-tokenizer'));
