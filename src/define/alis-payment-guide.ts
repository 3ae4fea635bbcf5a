import { AlisPaymentGuide } from '../components/payment-guide/payment-guide.js';

AlisPaymentGuide.define('alis-payment-guide');
export { AlisPaymentGuide };
