// The Payment Center alone: it loads and registers each tab's panel and the forms its panels open
// (payment-center/on-demand-parts.ts) the first time they are needed, so a page that shows the
// Undeposited tab never downloads the others (issue 15). `@alis/billing-widgets/staff` registers
// every panel up front for pages that place a panel on its own.
import { AlisPaymentCenter } from '../components/payment-center/payment-center.js';

AlisPaymentCenter.define('alis-payment-center');
export { AlisPaymentCenter };
