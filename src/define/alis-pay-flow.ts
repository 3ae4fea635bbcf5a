// Registers the pay flow that <alis-invoices> and <alis-pay-outstanding> open, with the amount field
// it uses. The add-method form it can open loads on demand (add-payment-method/add-method-part.ts).
import './alis-amount-input.js';
import { AlisPayFlow } from '../components/pay-flow/pay-flow.js';

AlisPayFlow.define('alis-pay-flow');
