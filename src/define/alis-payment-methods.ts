import { AlisPaymentMethods } from '../components/payment-methods/payment-methods.js';

AlisPaymentMethods.define('alis-payment-methods');
export { AlisPaymentMethods };
