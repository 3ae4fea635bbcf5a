// The page `scripts/bench-lists.mjs` loads to measure layout shift: the issue's payer page (the
// provider holding <alis-pay-outstanding>, <alis-invoices>, <alis-payment-history> and
// <alis-payment-methods>, stacked) against the mock in a service worker, each resource answering
// after its own delay so the elements' data arrives one after another (the order that made them
// push each other down). Publishes the layout shifts on `window.benchResult` once every element has
// loaded and a second has passed without a shift, split into those of the first frames after the
// elements were put on the page (`embed`: the page's own content below them moves down as they
// first draw, which only the host page can prevent, by reserving room for tags not yet defined)
// and those after (`arrival`: the elements' data coming in, which the elements must absorb).
import '../src/define/alis-billing-provider.js';
import '../src/define/alis-pay-outstanding.js';
import '../src/define/alis-invoices.js';
import '../src/define/alis-payment-history.js';
import '../src/define/alis-payment-methods.js';
import { delay, http } from 'msw';
import { startMockWorker } from '../src/mock-server/browser.js';

const params = new URLSearchParams(location.search);
const token = params.get('token') ?? 'mock-token-daniel-whitaker';
/** Milliseconds each resource waits before the mock answers; `?delays=me:150,invoices:300…` to change. */
const delays: Record<string, number> = { me: 150, community: 150, outstanding: 600, invoices: 350, payments: 900, 'payment-methods': 1200 };
for (const pair of (params.get('delays') ?? '').split(',').filter(Boolean)) {
  const [name, ms] = pair.split(':');
  if (name && ms) delays[name] = Number(ms);
}

interface Shift {
  value: number;
  at: number;
  sources: { node: string; from: number; to: number }[];
}
const shifts: Shift[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries() as unknown as Array<PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Array<{ node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }> }>) {
    if (entry.hadRecentInput) continue;
    shifts.push({
      value: entry.value,
      at: Math.round(entry.startTime),
      sources: entry.sources.map((source) => ({ node: describe(source.node), from: Math.round(source.previousRect.y), to: Math.round(source.currentRect.y) })),
    });
  }
}).observe({ type: 'layout-shift', buffered: true });

const { worker } = await startMockWorker();
// Not a response: waits, then lets the mock's own handler answer.
worker.use(
  http.all('/api/v1/*', async ({ request }) => {
    const resource = new URL(request.url).pathname.replace('/api/v1/', '').split('/')[0] ?? '';
    await delay(delays[resource] ?? 150);
  }),
);

const started = performance.now();
const main = document.querySelector('#bench');
if (!main) throw new Error('no #bench');
main.innerHTML = `<alis-billing-provider base-url="/api/v1" token="${token}">
  <alis-pay-outstanding></alis-pay-outstanding>
  <alis-invoices></alis-invoices>
  <alis-payment-history></alis-payment-history>
  <alis-payment-methods></alis-payment-methods>
</alis-billing-provider>`;
const elements = [...main.querySelectorAll('alis-pay-outstanding, alis-invoices, alis-payment-history, alis-payment-methods')] as Array<HTMLElement & { loadComplete: Promise<unknown>; updateComplete: Promise<boolean> }>;
await Promise.all(elements.map((element) => element.updateComplete));
// Two frames: the one that draws the elements, and the one whose layout-shift entry reports it.
for (let frame = 0; frame < 2; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
const drawn = performance.now();
await Promise.all(elements.map((element) => element.loadComplete));
await Promise.all(elements.map((element) => element.updateComplete));
const loaded = performance.now() - started;
// Shifts are reported after the frame that caused them: wait for quiet.
let seen = -1;
while (seen !== shifts.length) {
  seen = shifts.length;
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
const heights = Object.fromEntries(elements.map((element) => [element.localName, Math.round(element.getBoundingClientRect().height)]));
(window as unknown as { benchResult: unknown }).benchResult = {
  cls: shifts.reduce((sum, shift) => sum + shift.value, 0),
  embed: shifts.filter((shift) => shift.at <= drawn).reduce((sum, shift) => sum + shift.value, 0),
  arrival: shifts.filter((shift) => shift.at > drawn).reduce((sum, shift) => sum + shift.value, 0),
  shifts,
  loaded,
  heights,
};

function describe(node: Node | null): string {
  if (!node) return '?';
  const root = node.getRootNode();
  const host = root instanceof ShadowRoot ? `${root.host.localName} › ` : '';
  return node instanceof Element ? `${host}${node.localName}${node.className ? `.${String(node.className).split(' ')[0]}` : ''}` : `${host}#text`;
}
