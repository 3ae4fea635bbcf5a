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
  .number {
    font-weight: 600;
    /* An invoice number is read as one word; broken at its hyphen it looks like two. */
    white-space: nowrap;
  }
  .more {
    justify-self: start;
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
  /* Eight columns fit from 60rem up when dates, a long status and the actions may wrap; from 70rem
     dates and actions stay on one line, from 80rem the status too. */
  .badge {
    white-space: normal;
  }
  @container (min-width: 70rem) {
    .row-actions {
      flex-wrap: nowrap;
    }
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
  @container (max-width: 60rem) {
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
