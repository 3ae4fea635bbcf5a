import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { cardCell, cardRow, cellLabelStyles, hiddenTableHead, lineListStyles, quietHeadingFocus, shownCellLabel, tableStyles, widgetLayout } from '../shared/layout.styles.js';

export const invoicesStyles = [
  quietHeadingFocus,
  widgetLayout,
  tableStyles,
  cellLabelStyles,
  css`
  :host {
    container-type: inline-size;
  }
  table {
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  /* Cells apart by one small space each side (the table's edges keep the usual room), so that
     eight columns fit from 64rem up. */
  th,
  td {
    padding-inline: ${token('space-s')};
  }
  :is(th, td):first-child {
    padding-inline-start: ${token('space-m')};
  }
  :is(th, td):last-child {
    padding-inline-end: ${token('space-m')};
  }
  /* A column's name on one line ("Dirigida a", not "Dirigida" over "a"). */
  thead th {
    white-space: nowrap;
  }
  .number {
    font-weight: 600;
    /* A real invoice number never breaks (renderUnbroken); anything else wraps rather than widen the box. */
    overflow-wrap: anywhere;
  }
  .more {
    justify-self: start;
  }
  /* A name is data: one long word wraps rather than widening the table. */
  .name {
    overflow-wrap: anywhere;
  }
  /* The loading shape's "Show more" is about as wide as the real button. */
  span.more .bone {
    inline-size: 12rem;
  }
  td.actions {
    text-align: end;
  }
  /* Details and Pay sit side by side where there is room and stack where there is not. */
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${token('space-s')};
  }
  /* Eight columns fit from 64rem up when a period, a status of two phrases and the actions may
     wrap (a date or a phrase never breaks inside); from 70rem the period stays on one line, from
     80rem the status too, from 90rem the actions (in Spanish they are long). */
  .badge {
    white-space: normal;
  }
  @container (min-width: 90rem) {
    .row-actions {
      flex-wrap: nowrap;
    }
  }
  @container (min-width: 70rem) {
    td.period,
    td.due {
      white-space: nowrap;
    }
  }
  @container (min-width: 80rem) {
    .badge {
      white-space: nowrap;
    }
  }
  tr.lines td {
    background: ${token('color-surface-alt')};
  }
  tr.addressee-note td {
    background: ${token('color-surface-alt')};
    padding-block: ${token('space-xs')} ${token('space-s')};
  }
  tr.addressee-note p {
    margin: 0;
    max-width: 70ch;
    /* The billing office's email address has no spaces to wrap at. */
    overflow-wrap: anywhere;
  }
  ${lineListStyles('ul.line-items')}
  ul.line-items .subtotal {
    border-top: 1px solid ${token('color-border')};
    padding-top: ${token('space-xs')};
    font-weight: 600;
  }
  .muted {
    color: ${token('color-text-muted')};
  }

  /* Narrow containers (a phone, a sidebar, 200% zoom): each invoice becomes a card whose cells
     carry their own labels. Explicit ARIA roles keep the table semantics that display:block drops. */
  @container (max-width: 64rem) {
    table,
    tbody,
    tfoot,
    tr,
    td {
      display: block;
      width: 100%;
    }
    table {
      border: none;
      background: none;
    }
    /* Hidden but still read: the cells' own labels show the column names on screen. */
    thead {
      ${hiddenTableHead}
    }
    tr {
      margin-block-end: ${token('space-m')};
      ${cardRow}
    }
    td {
      ${cardCell}
    }
    td.amount {
      text-align: end;
    }
    td.actions {
      justify-content: flex-end;
    }
    tr.lines,
    tr.addressee-note {
      margin-block-start: calc(-1 * ${token('space-m')});
    }
    tr.lines[hidden] {
      display: none;
    }
    /* A long name shares the line with its label and wraps beside it, rather than dropping below. */
    td.addressee .name {
      flex: 1 1 10ch;
      text-align: end;
    }
    .cell-label {
      ${shownCellLabel}
      text-align: start;
    }
  }
  `,
];
