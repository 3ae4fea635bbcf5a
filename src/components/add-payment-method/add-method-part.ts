// The add-method form (card entry, bank and address fields) is the heaviest thing a payer rarely
// opens: the pay flow and <alis-payment-methods> load it when "Add a payment method" is pressed,
// prefetching on hover and focus, instead of carrying it with them (issue 15). One part, so both
// share one load.
import { onDemand } from '../shared/on-demand.js';

/** `<alis-add-payment-method>` with its address and bank-account field groups, loaded on first need. */
export const addMethodFormPart = onDemand(() => import('../../define/alis-add-payment-method.js'));
