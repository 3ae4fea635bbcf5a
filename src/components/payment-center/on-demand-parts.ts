// What the billing team's elements load when first opened rather than with the page (issue 15):
// each Payment Center tab, the payer activities (arrangement editor, pull, apply credit, "Pull all
// due"), "Ask to add a payment method", audit trails, the amount field of the staff forms, the
// printable deposit report and the User profiles. One module-level part each, so every element opening the same thing shares one
// load; the importers register the tags, since the page's define module no longer has to.
import { allOf, onDemandElement, onDemandModule } from '../shared/on-demand-element.js';
import type { OnDemandPart } from '../shared/on-demand.js';
import type { PaymentCenterTab } from './payment-center.js';

/** `<alis-amount-input>`, which the pull, apply-credit, arrangement and payment-action forms render. */
export const amountInputPart = onDemandElement('alis-amount-input', () =>
  import('../amount-input/amount-input.js').then(({ AlisAmountInput }) => AlisAmountInput.define('alis-amount-input')),
);

/** `<alis-audit-trail>`: a payer's details, an invoice's addressee, the settings' history. */
export const auditTrailPart = onDemandElement('alis-audit-trail', () =>
  import('../audit-trail/audit-trail.js').then(({ AlisAuditTrail }) => AlisAuditTrail.define('alis-audit-trail')),
);

/** `<alis-pc-request-method>`: "Ask to add a payment method" in a payer's or user's details. */
export const requestMethodPart = onDemandElement('alis-pc-request-method', () =>
  import('./request-payment-method.js').then(({ AlisPcRequestMethod }) => AlisPcRequestMethod.define('alis-pc-request-method')),
);

/** `<alis-access-profiles>`: Connect access's "User profiles" section, once expanded. */
export const accessProfilesPart = onDemandElement('alis-access-profiles', () =>
  import('../access-profiles/access-profiles.js').then(({ AlisAccessProfiles }) => AlisAccessProfiles.define('alis-access-profiles')),
);

/** A payer's details: their audit trail and "Ask to add a payment method". */
export const payerDetailsPart = allOf(auditTrailPart, requestMethodPart);

/** The Payers panel's arrangement editor, with its amount field. */
export const arrangementEditorPart = allOf(
  onDemandElement('alis-pc-arrangement-editor', () =>
    import('./arrangement-editor.js').then(({ AlisPcArrangementEditor }) => AlisPcArrangementEditor.define('alis-pc-arrangement-editor')),
  ),
  amountInputPart,
);

/** The Payers panel's pull flow (form and review), with its amount fields. */
export const pullPaymentPart = allOf(
  onDemandElement('alis-pc-pull-payment', () =>
    import('./pull-payment.js').then(({ AlisPcPullPayment }) => AlisPcPullPayment.define('alis-pc-pull-payment')),
  ),
  amountInputPart,
);

/** The Payers panel's "Apply credit", with its amount field. */
export const applyCreditPart = allOf(
  onDemandElement('alis-pc-apply-credit', () =>
    import('./apply-credit.js').then(({ AlisPcApplyCredit }) => AlisPcApplyCredit.define('alis-pc-apply-credit')),
  ),
  amountInputPart,
);

/** "Pull all due" above the pulls due today. */
export const pullAllDuePart = onDemandElement('alis-pc-pull-all-due', () =>
  import('./pull-all-due.js').then(({ AlisPcPullAllDue }) => AlisPcPullAllDue.define('alis-pc-pull-all-due')),
);

/** The Deposits panel's printable report (deposit-report-sheet.ts), loaded with the first report opened. */
export const reportSheetPart = onDemandModule(() => import('./deposit-report-sheet.js'));

/** Each tab's panel of `<alis-payment-center>`. */
export const tabPanelParts: Record<PaymentCenterTab, OnDemandPart> = {
  undeposited: onDemandElement('alis-pc-undeposited', () =>
    import('./undeposited-panel.js').then(({ AlisPcUndeposited }) => AlisPcUndeposited.define('alis-pc-undeposited')),
  ),
  deposits: onDemandElement('alis-pc-deposits', () => import('./deposits-panel.js').then(({ AlisPcDeposits }) => AlisPcDeposits.define('alis-pc-deposits'))),
  // "Pull all due" sits above the payers list: with the panel, so nothing moves in when it arrives.
  payers: allOf(
    onDemandElement('alis-pc-payers', () => import('./payers-panel.js').then(({ AlisPcPayers }) => AlisPcPayers.define('alis-pc-payers'))),
    pullAllDuePart,
  ),
  invoices: onDemandElement('alis-pc-invoices', () => import('./invoices-panel.js').then(({ AlisPcInvoices }) => AlisPcInvoices.define('alis-pc-invoices'))),
  history: onDemandElement('alis-pc-history', () => import('./history-panel.js').then(({ AlisPcHistory }) => AlisPcHistory.define('alis-pc-history'))),
  // The settings' history shows under the form from the start.
  settings: allOf(
    onDemandElement('alis-pc-settings', () => import('./settings-panel.js').then(({ AlisPcSettings }) => AlisPcSettings.define('alis-pc-settings'))),
    auditTrailPart,
  ),
};
