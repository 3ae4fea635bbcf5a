import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { stackedTableStyles } from '../shared/staff-layout.styles.js';

/**
 * The Deposits panel's own parts: the batches, a batch's payments and the report's lines, each
 * stacking its rows as cards where its box is narrow; adjustments beside a batch; the printable report.
 */
export const depositsStyles = [
  stackedTableStyles('61rem'),
  // The report's nine columns need more room than the batches' eight.
  stackedTableStyles('66rem', '.report .table-wrap'),
  css`
  .adjustments {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: ${token('space-xs')};
  }
  .negative {
    color: ${token('color-danger')};
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-xs')};
  }
  .report {
    display: grid;
    gap: ${token('space-m')};
  }
  .report .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
  }
  .report tfoot td,
  .report tfoot th {
    font-weight: 700;
    border-top: 2px solid ${token('color-border')};
  }
  .report h5 {
    margin: 0;
    font-size: ${token('font-size')};
  }

  /* A reference is read as one token: DEP-20261106 never breaks at its hyphen. */
  td.reference {
    white-space: nowrap;
  }

  /* Printed, the panel shows the report without its buttons, black on white, with the whole table
     (the host page around the panel prints as the host styles it). */
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    .report .actions {
      display: none !important;
    }
    .report .table-wrap {
      overflow: visible;
      border: none;
    }
    .report th {
      background: none;
      color: #000;
    }
    .report tr {
      break-inside: avoid;
    }
  }
`,
];
