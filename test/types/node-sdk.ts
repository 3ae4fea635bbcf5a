// Type-checked by `npm test` (scripts/check-framework-types.mjs), never run: an app that runs only
// in Node imports the SDK with Node's types and no DOM library, without skipLibCheck. Card entry,
// which needs the DOM, is the separate `/tokenizers` subpath.
import { AlisApiError, createAlisClient, type Invoice } from '../../dist/sdk/index.js';

const client = createAlisClient({ baseUrl: 'https://billing.example.org/api/v1', getToken: () => process.env['ALIS_TOKEN'] ?? '' });

export async function openInvoices(): Promise<Invoice[]> {
  try {
    return (await client.invoices.list({ status: 'open' })).items;
  } catch (error) {
    if (error instanceof AlisApiError && error.status === 401) return [];
    throw error;
  }
}
