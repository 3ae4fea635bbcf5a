import { css, unsafeCSS, type CSSResult } from 'lit';
import { token } from './tokens.js';
import { cardRow, hiddenTableHead, oneColumn } from './layout.styles.js';

// The layout blocks only the billing team's panels use, kept apart from layout.styles.ts: the payer
// and staff bundles share that module, and the payer's should not carry these.

/**
 * The row that opens under a table row (`tr.<row>`) of a list table in `.table-wrap` (see
 * stackedTableStyles): its content (`.<inner>`) is at most as wide as the box, so whatever it holds
 * (a receipt, a form) reflows in it instead of widening the table.
 */
export function openedRowStyles(row: string, inner: string, gap: 'space-s' | 'space-m'): CSSResult {
  const innerBox = unsafeCSS(inner);
  return css`
    .table-wrap {
      /* What the opened row's 100cqi measures: the box, whatever the table's columns ask for. */
      container-type: inline-size;
    }
    tr.${unsafeCSS(row)}[hidden] {
      display: none;
    }
    tr.${unsafeCSS(row)} > td {
      padding: ${token('space-s')} ${token('space-m')};
      background: ${token('color-surface-alt')};
    }
    .${innerBox} {
      /* The box's width less the cell's padding (the cell spans every column). */
      max-width: calc(100cqi - 2 * ${token('space-m')});
      ${oneColumn}
      gap: ${token(gap)};
    }
  `;
}

/**
 * A small labelled set of options in a staff panel (`fieldset` with its small bold `legend`), each
 * option (`label`) a bordered row at least the target size, tinted when chosen. The fieldset's own
 * layout and the row's alignment and padding are each panel's.
 */
export function optionListStyles(fieldset: string, label: string): CSSResult {
  const row = unsafeCSS(label);
  return css`
    ${unsafeCSS(fieldset)} legend {
      font-weight: 600;
      font-size: ${token('font-size-small')};
      margin-block-end: ${token('space-xs')};
    }
    ${row} {
      display: flex;
      gap: ${token('space-s')};
      min-height: ${token('target-size')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius-small')};
      cursor: pointer;
    }
    ${row}:has(input:checked) {
      border-color: ${token('color-primary')};
      background: ${token('color-info-surface')};
    }
    ${row} input {
      flex: none;
    }
  `;
}

/**
 * A list table (`.table-wrap > table`) that fits its box at every width instead of scrolling
 * sideways. `.table-wrap` is a size container (named `alis-list`), so the table follows the width
 * of its own box, not the window's: at `stackBelow` and narrower, each row becomes a card whose
 * cells stack, each with its column's name (the cell's `data-label`) beside the value, and the
 * header row becomes a bar of the sort buttons (and "select all"). The markup gives every part its
 * table role explicitly (`role="table"`, `"row"`, `"cell"`…), which `display: block` would drop.
 * `wrap` selects the box, where one element has tables that stack at different widths.
 */
export function stackedTableStyles(stackBelow: string, wrap = '.table-wrap'): CSSResult {
  const box = unsafeCSS(wrap);
  return css`
    ${box} {
      container: alis-list / inline-size;
    }
    /* Names and other words a person typed may be one long string: they wrap rather than widen
       the table. References, dates and amounts keep their own nowrap. */
    ${box} > table > tbody > tr > :is(td, th)[data-label]:not(.amount, .reference) {
      overflow-wrap: anywhere;
    }
    /* As a table: cells apart by one small space each side (the box's edge keeps the usual room),
       and column names that may wrap, so that the columns fit before the rows have to stack. */
    @container alis-list (width > ${unsafeCSS(stackBelow)}) {
      ${box} > table > * > tr > :is(th, td) {
        padding-inline: ${token('space-s')};
      }
      ${box} > table > * > tr > :is(th, td):first-child {
        padding-inline-start: ${token('space-m')};
      }
      ${box} > table > * > tr > :is(th, td):last-child {
        padding-inline-end: ${token('space-m')};
      }
      ${box} > table > thead > tr > th {
        white-space: normal;
      }
    }
    @container alis-list (max-width: ${unsafeCSS(stackBelow)}) {
      ${box} > table,
      ${box} > table > caption,
      ${box} > table > :is(thead, tbody, tfoot),
      ${box} > table > :is(tbody, tfoot) > tr,
      ${box} > table > :is(tbody, tfoot) > tr > :is(td, th) {
        display: block;
      }
      ${box} > table > :is(tbody, tfoot) > tr[hidden] {
        display: none;
      }
      ${box} > table > thead > tr {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 ${token('space-m')};
        padding: 0 ${token('space-m')};
        background: ${token('color-surface-alt')};
      }
      ${box} > table > thead > tr > th {
        /* auto: a column's share of the table (the checkbox column's 1%) means nothing in the bar. */
        width: auto;
        padding: 0;
        border: none;
      }
      /* A heading with no control in it (the actions column, a plain column name) is read, not seen:
         each cell shows its own. */
      ${box} > table > thead > tr > th:not(:has(button, input)) {
        ${hiddenTableHead}
      }
      ${box} > table > :is(tbody, tfoot) > tr {
        ${cardRow}
        margin: ${token('space-s')};
      }
      ${box} > table > :is(tbody, tfoot) > tr > :is(td, th) {
        padding: ${token('space-xs')} ${token('space-m')};
        border: none;
        text-align: start;
      }
      ${box} > table > :is(tbody, tfoot) > tr > th {
        white-space: normal;
      }
      /* The column's name; screen readers hear the column header instead. */
      ${box} > table > :is(tbody, tfoot) > tr > :is(td, th)[data-label]::before {
        content: attr(data-label) / '';
        display: block;
        color: ${token('color-text-muted')};
        font-size: ${token('font-size-small')};
        font-weight: 400;
        white-space: normal;
      }
    }
    /* Where a card has the room, the name stands beside the value, the values in one column. */
    @container alis-list (30rem < width <= ${unsafeCSS(stackBelow)}) {
      ${box} > table > :is(tbody, tfoot) > tr > :is(td, th)[data-label] {
        position: relative;
        padding-inline-start: calc(${token('space-m')} + 12rem);
      }
      ${box} > table > :is(tbody, tfoot) > tr > :is(td, th)[data-label]::before {
        position: absolute;
        inset-inline-start: ${token('space-m')};
        inline-size: 11.5rem;
        /* About the value's line height, so that the two lines' words sit side by side. */
        line-height: 1.7;
      }
    }
  `;
}
