import { AlisPaymentHistory } from '../components/payment-history/payment-history.js';

AlisPaymentHistory.define('alis-payment-history');
export { AlisPaymentHistory };
