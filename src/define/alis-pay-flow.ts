// Registers the pay flow that <alis-invoices> and <alis-pay-outstanding> open, with the amount field it uses.
import './alis-amount-input.js';
import './alis-add-payment-method.js';
import { AlisPayFlow } from '../components/pay-flow/pay-flow.js';

AlisPayFlow.define('alis-pay-flow');
