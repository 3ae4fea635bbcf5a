// Type-checked by `npm test` (scripts/check-framework-types.mjs), never run: what a Svelte 5
// component's markup sees through the generated `svelteHTML` types
// (dist/types/custom-elements-svelte.d.ts).
type Props<Tag extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[Tag];

export const invoices: Props<'alis-invoices'> = { status: 'open', lang: 'es' };
export const provider: Props<'alis-billing-provider'> = { 'base-url': '/api/v1', token: 'a-token' };
// @ts-expect-error: an invoice filter is all, open or paid
export const wrongStatus: Props<'alis-invoices'> = { status: 'overdue' };
