import { AlisAmountInput } from '../components/amount-input/amount-input.js';

AlisAmountInput.define('alis-amount-input');
export { AlisAmountInput };
