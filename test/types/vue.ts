// Type-checked by `npm test` (scripts/check-framework-types.mjs), never run: what a Vue app's
// templates see through the generated GlobalComponents (dist/types/custom-elements-vue.d.ts).
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const invoices: Props<'alis-invoices'> = { status: 'open', 'page-size': 24 };
export const provider: Props<'alis-billing-provider'> = { 'base-url': '/api/v1', token: 'a-token' };
// @ts-expect-error: an invoice filter is all, open or paid
export const wrongStatus: Props<'alis-invoices'> = { status: 'overdue' };
