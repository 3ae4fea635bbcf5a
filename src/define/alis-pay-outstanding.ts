import { AlisPayOutstanding } from '../components/pay-outstanding/pay-outstanding.js';

AlisPayOutstanding.define('alis-pay-outstanding');
export { AlisPayOutstanding };
