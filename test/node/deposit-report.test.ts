import { test } from 'node:test';
import assert from 'node:assert/strict';
import { depositReportCsv, depositReportFileName, plainDecimal } from '../../src/core/deposit-report.js';
import type { DepositReport, DepositReportLine, Money } from '../../src/sdk/types.js';

const usd = (amountCents: number): Money => ({ amountCents, currency: 'USD' });

function line(overrides: Partial<DepositReportLine>): DepositReportLine {
  return {
    paymentId: 'pay-1',
    paymentReference: 'PAY-20261106-0001',
    payerName: 'Ruth Jensen',
    residentName: 'Harold Jensen',
    methodLabel: 'Checking ••6789',
    status: 'succeeded',
    amount: usd(470_916),
    fee: usd(0),
    charged: usd(470_916),
    adjustments: usd(0),
    net: usd(470_916),
    ...overrides,
  };
}

function report(lines: DepositReportLine[]): DepositReport {
  const sum = (pick: (l: DepositReportLine) => Money) => usd(lines.reduce((s, l) => s + pick(l).amountCents, 0));
  const totals = { amount: sum((l) => l.amount), fee: sum((l) => l.fee), charged: sum((l) => l.charged), adjustments: sum((l) => l.adjustments), net: sum((l) => l.net) };
  return {
    deposit: {
      id: 'dep-0030',
      reference: 'DEP-20261106',
      total: totals.charged,
      adjustments: [],
      adjustmentsTotal: totals.adjustments,
      net: totals.net,
      paymentCount: lines.length,
      paymentIds: lines.map((l) => l.paymentId),
      createdAt: '2026-11-06T22:00:00.000Z',
      createdBy: { userId: 'usr-brenda', name: 'Brenda Lopez', role: 'staff' },
    },
    communityName: 'Maple Grove',
    timeZone: 'America/Chicago',
    lines,
    totals,
  };
}

test('a deposit report renders as CSV: header, one row per line, a total row, CRLF line ends', () => {
  const csv = depositReportCsv(
    report([
      line({}),
      line({ paymentId: 'pay-2', paymentReference: 'PAY-20261106-0002', payerName: 'Daniel Whitaker', methodLabel: 'Visa ••4242', amount: usd(273_100), fee: usd(6_828), charged: usd(279_928), adjustments: usd(279_928), net: usd(0) }),
    ]),
  );
  assert.equal(
    csv,
    [
      'Payment reference,Payer,Resident,Method,Amount,Fee,Charged,Adjustments,Net',
      'PAY-20261106-0001,Ruth Jensen,Harold Jensen,Checking ••6789,4709.16,0.00,4709.16,0.00,4709.16',
      'PAY-20261106-0002,Daniel Whitaker,Harold Jensen,Visa ••4242,2731.00,68.28,2799.28,2799.28,0.00',
      'Total,,,,7440.16,68.28,7508.44,2799.28,4709.16',
      '',
    ].join('\r\n'),
  );
});

test('fields with commas, quotes or line breaks are quoted with doubled quotes (RFC 4180)', () => {
  const csv = depositReportCsv(report([line({ payerName: 'Jensen, Ruth "Ruthie"', residentName: 'Harold\nJensen' })]));
  const row = csv.split('\r\n')[1];
  assert.equal(row, 'PAY-20261106-0001,"Jensen, Ruth ""Ruthie""","Harold\nJensen",Checking ••6789,4709.16,0.00,4709.16,0.00,4709.16');
});

test('text a spreadsheet would run as a formula is neutralised; amounts stay numbers', () => {
  for (const start of ['=', '+', '-', '@', '\t']) {
    const csv = depositReportCsv(report([line({ payerName: `${start}HYPERLINK("http://x")` })]));
    const payer = csv.split('\r\n')[1]!;
    assert.ok(payer.includes(`"'${start}HYPERLINK(""http://x"")"`), `${JSON.stringify(start)}: ${payer}`);
  }
  const plain = depositReportCsv(report([line({ payerName: 'Ruth = Jensen' })]));
  assert.ok(plain.includes(',Ruth = Jensen,'));
});

test('amounts are plain decimals from integer cents, in the currency’s own decimals', () => {
  assert.equal(plainDecimal(usd(0)), '0.00');
  assert.equal(plainDecimal(usd(5)), '0.05');
  assert.equal(plainDecimal(usd(123_456_789)), '1234567.89');
  assert.equal(plainDecimal(usd(-2_500)), '-25.00');
  assert.equal(plainDecimal({ amountCents: 1_500, currency: 'JPY' }), '1500');
  assert.equal(plainDecimal({ amountCents: 1_234, currency: 'KWD' }), '1.234');
});

test('the CSV file is named after the deposit reference', () => {
  assert.equal(depositReportFileName('DEP-20261106'), 'DEP-20261106.csv');
  assert.equal(depositReportFileName('DEP-20261106-2'), 'DEP-20261106-2.csv');
  assert.equal(depositReportFileName('../../etc/passwd'), 'etc-passwd.csv');
  assert.equal(depositReportFileName(''), 'deposit.csv');
});
