import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const invoicesStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .layout {
    display: grid;
    /* minmax(0, …): the column may shrink below its content's width, so nothing forces sideways scrolling. */
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-m')};
  }
  h2 {
    margin: 0;
    font-size: ${token('font-size-heading')};
  }
  .loading {
    padding: ${token('space-m')};
    color: ${token('color-text-muted')};
  }
  table {
    width: 100%;
    border-collapse: collapse;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  th,
  td {
    padding: ${token('space-s')} ${token('space-m')};
    text-align: start;
    border-bottom: 1px solid ${token('color-border')};
    vertical-align: top;
  }
  th {
    background: ${token('color-surface-alt')};
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
    font-weight: 600;
  }
  .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .number {
    font-weight: 600;
    /* An invoice number is read as one word; broken at its hyphen it looks like two. */
    white-space: nowrap;
  }
  .cell-label {
    display: none;
  }
  .more {
    justify-self: start;
  }
  h2:focus {
    outline: none;
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
  ul.line-items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token('space-xs')};
  }
  ul.line-items li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 ${token('space-m')};
  }
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
      display: block;
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tr {
      margin-block-end: ${token('space-m')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
      background: ${token('color-surface')};
      padding: ${token('space-s')} 0;
    }
    td {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: ${token('space-m')};
      border-bottom: none;
      padding: ${token('space-xs')} ${token('space-m')};
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
      display: inline;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
      text-align: start;
    }
  }
`;
