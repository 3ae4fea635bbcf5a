import { english, type Translate } from './i18n/translate.js';
import type { DepositReport, Money } from '../sdk/types.js';

/** The columns of a deposit report, as its CSV header names them. */
export function depositReportColumns(t: Translate = english): string[] {
  return [t('Payment reference'), t('Payer'), t('Resident'), t('Method'), t('Amount'), t('Fee'), t('Charged'), t('Adjustments'), t('Net')];
}

/**
 * A deposit report as CSV (RFC 4180): a header row, one row per payment in the order deposited,
 * and a "Total" row; CRLF line ends. Amounts are plain decimals in the currency's minor units
 * ("1234.56"), never locale-formatted, so a spreadsheet reads them as numbers. Text that a
 * spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return) is neutralised with a leading apostrophe: payer names come from people.
 */
export function depositReportCsv(report: DepositReport, t: Translate = english): string {
  const rows: string[][] = [depositReportColumns(t)];
  for (const line of report.lines) {
    rows.push([
      text(line.paymentReference),
      text(line.payerName),
      text(line.residentName),
      text(line.methodLabel),
      decimal(line.amount),
      decimal(line.fee),
      decimal(line.charged),
      decimal(line.adjustments),
      decimal(line.net),
    ]);
  }
  const totals = report.totals;
  rows.push([t('Total'), '', '', '', decimal(totals.amount), decimal(totals.fee), decimal(totals.charged), decimal(totals.adjustments), decimal(totals.net)]);
  return rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** The file a deposit's CSV is saved as, named after its reference: `DEP-20261106.csv`. */
export function depositReportFileName(reference: string, t: Translate = english): string {
  const safe = reference.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return `${safe || t.ctx('file name', 'deposit')}.csv`;
}

/** Integer minor units as a plain decimal with the currency's number of decimals: 123456 USD → "1234.56". */
export function plainDecimal(money: Money): string {
  const digits = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency }).resolvedOptions().maximumFractionDigits ?? 2;
  const negative = money.amountCents < 0;
  const whole = String(Math.abs(money.amountCents)).padStart(digits + 1, '0');
  const units = digits === 0 ? whole : `${whole.slice(0, -digits)}.${whole.slice(-digits)}`;
  return negative ? `-${units}` : units;
}

function decimal(money: Money): string {
  return plainDecimal(money);
}

/** Text a spreadsheet must show as text, never evaluate. */
function text(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
function quote(field: string): string {
  return /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
