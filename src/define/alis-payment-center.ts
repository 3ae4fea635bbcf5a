// The Payment Center and its tab panels (each also usable alone), with the amount field, audit
// trails and "please add a payment method" they use.
import './alis-amount-input.js';
import './alis-audit-trail.js';
import { AlisPcRequestMethod } from '../components/payment-center/request-payment-method.js';
import { AlisPcUndeposited } from '../components/payment-center/undeposited-panel.js';
import { AlisPcDeposits } from '../components/payment-center/deposits-panel.js';
import { AlisPcPayers } from '../components/payment-center/payers-panel.js';
import { AlisPcArrangementEditor } from '../components/payment-center/arrangement-editor.js';
import { AlisPcPullPayment } from '../components/payment-center/pull-payment.js';
import { AlisPcApplyCredit } from '../components/payment-center/apply-credit.js';
import { AlisPcPullAllDue } from '../components/payment-center/pull-all-due.js';
import { AlisPcInvoices } from '../components/payment-center/invoices-panel.js';
import { AlisPcHistory } from '../components/payment-center/history-panel.js';
import { AlisPcSettings } from '../components/payment-center/settings-panel.js';
import { AlisPaymentCenter } from '../components/payment-center/payment-center.js';

AlisPcRequestMethod.define('alis-pc-request-method');
AlisPcUndeposited.define('alis-pc-undeposited');
AlisPcDeposits.define('alis-pc-deposits');
AlisPcArrangementEditor.define('alis-pc-arrangement-editor');
AlisPcPullPayment.define('alis-pc-pull-payment');
AlisPcApplyCredit.define('alis-pc-apply-credit');
AlisPcPullAllDue.define('alis-pc-pull-all-due');
AlisPcPayers.define('alis-pc-payers');
AlisPcInvoices.define('alis-pc-invoices');
AlisPcHistory.define('alis-pc-history');
AlisPcSettings.define('alis-pc-settings');
AlisPaymentCenter.define('alis-payment-center');
export { AlisPaymentCenter };
