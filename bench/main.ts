// The page `npm run bench:widgets` drives: a store with `?payments=N` undeposited payments, the
// Payment Center panel `?panel=` mounted as the billing team, and the time until its first rows
// show (and until "Show more" adds the next page) published on `window.benchResult`.
import '../src/define/alis-billing-provider.js';
// The panels are mounted on their own: /staff registers every one (the center alone loads them on first need).
import '../src/staff.js';
import { createMockBackend } from '../src/mock-server/engine/backend.js';
import { startMockWorker } from '../src/mock-server/browser.js';
import { withUndepositedPayments } from '../src/mock-server/engine/long-lists.js';

const params = new URLSearchParams(location.search);
const count = Number(params.get('payments') ?? '1000');
const panel = params.get('panel') === 'history' ? 'alis-pc-history' : 'alis-pc-undeposited';

// Setup, not measured: N more undeposited payments like a seeded one, holding their amount as
// unapplied credit so no invoice balance changes.
const backend = createMockBackend();
backend.load(withUndepositedPayments(backend.state, count));
await startMockWorker({ backend });

const staffToken = backend.personas().find((p) => p.role === 'staff')?.token ?? '';
// With `?wait`, the script slows the CPU once the store is seeded and then says go.
if (params.has('wait')) {
  const page = window as unknown as { benchSeeded: boolean; benchStart: () => void };
  await new Promise<void>((resolve) => {
    page.benchStart = resolve;
    page.benchSeeded = true;
  });
}
const started = performance.now();
const host = document.querySelector('#bench');
if (!host) throw new Error('no #bench');
host.innerHTML = `<alis-billing-provider base-url="/api/v1" token="${staffToken}"><${panel}></${panel}></alis-billing-provider>`;
const element = host.querySelector(panel) as HTMLElement;

const rows = () => element.shadowRoot?.querySelectorAll('tbody tr').length ?? 0;
await until(() => rows() > 0);
const firstPage = performance.now() - started;
const shown = rows();
const more = [...(element.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => /show more/i.test(b.textContent ?? ''));
let nextPage: number | null = null;
if (more) {
  const clicked = performance.now();
  more.click();
  await until(() => rows() > shown);
  nextPage = performance.now() - clicked;
}
(window as unknown as { benchResult: unknown }).benchResult = { count, panel, firstPage, nextPage, rows: rows() };

async function until(predicate: () => boolean): Promise<void> {
  while (!predicate()) await new Promise((resolve) => setTimeout(resolve, 5));
}
