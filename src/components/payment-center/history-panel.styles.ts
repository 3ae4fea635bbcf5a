import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { cellLabelStyles, fieldStyles, hiddenTableHead, shownCellLabel, widgetLayout } from '../shared/layout.styles.js';
import { openedRowStyles, optionListStyles, stackedTableStyles } from '../shared/staff-layout.styles.js';

// The history's own look on top of `staffStyles` (tables, toolbar, panels) and `receiptStyles`.
// The payments table fits its box: from 80rem every column shows; narrower, Method and Deposit
// are left to the payment's details (its receipt and deposit line say both), below 64rem the
// Resident too (the receipt names them); at 58rem and below each payment is a card.
export const historyPanelStyles = [
  cellLabelStyles,
  fieldStyles,
  widgetLayout,
  stackedTableStyles('58rem'),
  css`
  @container alis-list (58rem < width < 80rem) {
    .table-wrap > table > * > tr > :is(th, td):is(.method, .deposit) {
      display: none;
    }
  }
  @container alis-list (58rem < width < 64rem) {
    .table-wrap > table > * > tr > :is(th, td).resident {
      display: none;
    }
  }
  h3#heading {
    margin: 0;
    font-size: ${token('font-size-heading')};
  }
  .reference {
    font-weight: 600;
    white-space: nowrap;
  }
  .source {
    display: block;
    font-size: ${token('font-size-small')};
  }
  ${openedRowStyles('details-row', 'details-inner', 'space-m')}
  .deposit-line {
    margin: 0;
  }
  .details-inner {
    container-type: inline-size;
  }
  table.audit {
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
  }
  table.audit td {
    overflow-wrap: anywhere;
  }
  /* In a narrow box each audit entry stacks its facts under their own labels; the explicit ARIA
     roles in the markup keep the table semantics that display: block would drop. */
  @container (max-width: 32rem) {
    table.audit,
    table.audit caption,
    table.audit tbody,
    table.audit tr,
    table.audit td {
      display: block;
    }
    table.audit thead {
      ${hiddenTableHead}
    }
    table.audit tbody tr {
      padding: ${token('space-s')} 0;
      border-top: 1px solid ${token('color-border')};
    }
    table.audit td {
      border: none;
      padding: 0 ${token('space-m')};
    }
    .cell-label {
      ${shownCellLabel}
      margin-inline-end: ${token('space-xs')};
    }
  }
  .payment-actions {
    display: grid;
    gap: ${token('space-s')};
  }
  .payment-actions > p {
    margin: 0;
  }
  .confirm-title {
    margin: 0;
    font-weight: 700;
  }
  .confirm p {
    margin: 0;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: ${token('space-m')};
  }
  fieldset.codes {
    gap: ${token('space-xs')};
  }
  ${optionListStyles('fieldset.codes', 'label.code')}
  label.code {
    align-items: flex-start;
    padding: ${token('space-xs')} ${token('space-s')};
  }
  label.code input {
    margin-block-start: 0.15rem;
  }
  .code-name,
  .code-effect {
    display: block;
  }
  .code-effect {
    font-size: ${token('font-size-small')};
  }
  .hint {
    margin: 0;
    font-size: ${token('font-size-small')};
  }
  textarea {
    width: 100%;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: ${token('color-danger')};
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.7;
  }
  .more {
    justify-self: start;
  }
  `,
];
