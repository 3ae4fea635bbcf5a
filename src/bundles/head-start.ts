// Why this exists: see components/shared/preloads.ts. Run by the bundle's entry before the rest of
// its code has arrived: for each `<alis-billing-provider>` in the page with a `token` attribute, it
// asks `GET /me` and then the first reads of the widgets inside it, exactly as their first loads
// will (components/shared/first-reads.ts), through a client whose answers the provider takes.
import { createAlisClient } from '../sdk/client.js';
import { DEFAULT_BASE_URL, preload } from '../components/shared/preloads.js';
import type { FirstRead } from '../components/shared/first-reads.js';

const PROVIDER = 'alis-billing-provider';

/**
 * Starts the reads the widgets below each provider in `root` will make first. Does nothing for a
 * provider already defined (it is asking for itself) or without a `token` attribute (a `getToken`
 * or a `client` is set by a script, which this cannot see). Never throws: a read that fails is
 * simply not kept, and the widget asks for itself.
 */
export function startReadsEarly(root: ParentNode, reads: Readonly<Record<string, FirstRead>>): void {
  if (customElements.get(PROVIDER)) return;
  for (const provider of root.querySelectorAll(PROVIDER)) {
    const token = provider.getAttribute('token');
    if (!token) continue;
    // A client per read: two widgets' same read (both ask for the balance) must reach `preload`
    // twice, which sends it once and answers both, where one client would join them into one.
    const client = () =>
      createAlisClient({
        baseUrl: provider.getAttribute('base-url') ?? DEFAULT_BASE_URL,
        getToken: () => token,
        fetch: preload,
        // A failure is the widget's to retry, in its own time and with its own words.
        retry: { maxRetries: 0 },
      });
    client().session.me().then(
      (me) => {
        for (const [tag, read] of Object.entries(reads)) {
          for (const element of provider.querySelectorAll(tag)) {
            // A widget inside a nested provider is that provider's.
            if (element.parentElement?.closest(PROVIDER) !== provider) continue;
            read(client(), me, element)?.catch(() => undefined);
          }
        }
      },
      () => undefined,
    );
  }
}
