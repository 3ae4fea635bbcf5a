import { createContext } from '@lit/context';
import type { AlisClient } from '../../sdk/index.js';

/**
 * The SDK client that `<alis-billing-provider>` hands to every ALIS element below it.
 * A new client object is provided whenever the base URL or token changes, so consumers refetch.
 */
export const alisClientContext = createContext<AlisClient | undefined>(Symbol.for('alis-billing/client'));
