import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { cardCell, cardRow, cellLabelStyles, hiddenTableHead, shownCellLabel, widgetLayout } from '../shared/layout.styles.js';

// The payments table's own rows and cells are selected through `.payments > …`, so nothing here
// reaches the tables inside an opened receipt (those are styled by `receiptStyles`). The loading
// shape keeps its rows in a `tfoot`, so that "the rows in the table body" always means payments.
export const paymentHistoryStyles = [
  widgetLayout,
  cellLabelStyles,
  css`
  :host {
    container-type: inline-size;
  }
  .filter {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-s')};
  }
  .filter label {
    font-weight: 600;
  }
  select {
    font: inherit;
    color: inherit;
    min-height: ${token('target-size')};
    min-width: ${token('target-size')};
    padding: ${token('space-xs')} ${token('space-s')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-small')};
    background: ${token('color-surface')};
  }
  .payments {
    width: 100%;
    border-collapse: collapse;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  /* Eight columns must fit from 64rem up, where the card layout ends: cells are padded lightly, a
     date and its time may take two lines; references, amounts and a status each keep to one. */
  .payments > thead > tr > th,
  .payments > :is(tbody, tfoot) > tr > td {
    padding: ${token('space-s')};
    text-align: start;
    border-bottom: 1px solid ${token('color-border')};
    vertical-align: middle;
  }
  .payments > thead > tr > th {
    background: ${token('color-surface-alt')};
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
    font-weight: 600;
  }
  .payments > :is(tbody, tfoot) > tr > td.amount,
  .payments > thead > tr > th.amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* Amounts never break; their headings ("Total charged") may. */
  .payments > :is(tbody, tfoot) > tr > td.amount {
    white-space: nowrap;
  }
  /* Columns are apart by one small space plus one extra-small one, so eight fit at 64rem. */
  .payments > thead > tr > th:not(:first-child),
  .payments > :is(tbody, tfoot) > tr > td:not(:first-child) {
    padding-inline-start: ${token('space-xs')};
  }
  .reference {
    font-weight: 600;
    /* PAY-20261125-0001 reads as one word: never broken at its hyphens. */
    white-space: nowrap;
  }
  /* A name is data: one long word wraps rather than widening the table. */
  .name {
    overflow-wrap: anywhere;
  }
  .payments > :is(tbody, tfoot) > tr.receipt-row > td {
    padding: ${token('space-s')} ${token('space-m')} ${token('space-m')};
    background: ${token('color-surface-alt')};
  }
  /* The card layout below sets display on rows, which would otherwise show a closed receipt's row. */
  .payments > :is(tbody, tfoot) > tr[hidden] {
    display: none;
  }
  .receipt-actions {
    padding-block-start: ${token('space-s')};
  }
  .more {
    justify-self: start;
  }
  /* The loading shape's "Show more" is about as wide as the real button. */
  span.more .bone {
    inline-size: 12rem;
  }

  /* Narrow containers (a phone, a sidebar, 200% zoom): each payment becomes a card whose cells
     carry their own labels. Explicit ARIA roles keep the table semantics that display:block drops. */
  @container (max-width: 64rem) {
    .payments,
    .payments > :is(tbody, tfoot),
    .payments > :is(tbody, tfoot) > tr,
    .payments > :is(tbody, tfoot) > tr > td {
      display: block;
      width: 100%;
    }
    .payments {
      border: none;
      background: none;
    }
    /* Hidden but still read: the cells' own labels show the column names on screen. */
    .payments > thead {
      ${hiddenTableHead}
    }
    .payments > :is(tbody, tfoot) > :is(tr.payment, tr.payment-shape) {
      margin-block-start: ${token('space-m')};
      ${cardRow}
    }
    /* The first card of the list; the rows come in one tbody per page (see RowWindowController). */
    .payments > :is(tbody:first-of-type, tfoot) > :is(tr.payment, tr.payment-shape):first-child {
      margin-block-start: 0;
    }
    .payments > :is(tbody, tfoot) > :is(tr.payment, tr.payment-shape) > td {
      ${cardCell}
      align-items: center;
    }
    .payments > :is(tbody, tfoot) > :is(tr.payment, tr.payment-shape) > td.action {
      justify-content: flex-end;
    }
    .payments > :is(tbody, tfoot) > tr.receipt-row > td {
      border: none;
      background: none;
      padding: ${token('space-s')} 0 0;
    }
    .cell-label {
      ${shownCellLabel}
      text-align: start;
    }
  }

  /* Printing: black on white without controls. While one receipt prints (its "Print receipt"
     button was pressed), everything else this element shows is left off the page. */
  @media print {
    :host {
      color: black;
      background: white;
    }
    button,
    select,
    .filter,
    .more,
    .receipt-actions {
      display: none;
    }
    .payments,
    .payments > thead > tr > th,
    .payments > :is(tbody, tfoot) > tr > td,
    .badge {
      color: black;
      background: white;
      border-color: black;
      box-shadow: none;
    }
    .layout[data-printing] > :not(.payments),
    .layout[data-printing] .payments > thead,
    .layout[data-printing] .payments > :is(tbody, tfoot) > tr:not([data-printing]) {
      display: none;
    }
    .layout[data-printing] .payments,
    .layout[data-printing] .payments > :is(tbody, tfoot),
    .layout[data-printing] .payments > :is(tbody, tfoot) > tr[data-printing],
    .layout[data-printing] .payments > :is(tbody, tfoot) > tr[data-printing] > td {
      display: block;
      border: none;
      padding: 0;
      background: white;
    }
  }
  `,
];
