import type { AlisClient } from '../client.js';
import { AlisApiError, AlisNetworkError } from '../errors.js';
import type { SetupIntent } from '../types.js';
import { CardTokenizeError } from './card-tokenizer.js';

/**
 * Asks the backend for a setup intent, turning its failures into a {@link CardTokenizeError} so a
 * tokenizer rejects with one kind of error. An abort rejects with the signal's reason, unwrapped,
 * as every SDK call does.
 */
export async function requestSetupIntent(client: AlisClient, signal: AbortSignal | undefined): Promise<SetupIntent> {
  try {
    return await client.paymentMethods.createSetupIntent(signal ? { signal } : undefined);
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    // The server's messages are written for payers (e.g. "payments are not enabled").
    if (error instanceof AlisApiError) throw new CardTokenizeError('failed', error.message, null, { cause: error });
    if (error instanceof AlisNetworkError) {
      throw new CardTokenizeError('failed', 'The billing service could not be reached. Check your connection and try again.', null, {
        cause: error,
      });
    }
    throw new CardTokenizeError('failed', 'The card could not be saved. Try again, or add a bank account instead.', null, { cause: error });
  }
}
