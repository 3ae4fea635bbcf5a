import { css, unsafeCSS, type CSSResult } from 'lit';
import { token } from './tokens.js';
import { oneColumn } from './layout.styles.js';

// The layout blocks only the billing team's panels use, kept apart from layout.styles.ts: the payer
// and staff bundles share that module, and the payer's should not carry these.

/**
 * The row that opens under a table row (`tr.<row>`) in a table that scrolls sideways inside
 * `.table-wrap`: its content (`.<inner>`) sticks to the visible part of the box and takes its width,
 * so it reflows at 320px instead of scrolling away with the table.
 */
export function openedRowStyles(row: string, inner: string, gap: 'space-s' | 'space-m'): CSSResult {
  const innerBox = unsafeCSS(inner);
  return css`
    .table-wrap {
      /* What the opened row's 100cqi measures: the visible part of the box, not the whole table. */
      container-type: inline-size;
      /* The containing block of visually hidden (absolutely positioned) text in the cells, which
         would otherwise escape the scrolling box and widen the page. */
      position: relative;
    }
    tr.${unsafeCSS(row)}[hidden] {
      display: none;
    }
    tr.${unsafeCSS(row)} > td {
      padding: ${token('space-s')};
      background: ${token('color-surface-alt')};
    }
    .${innerBox} {
      position: sticky;
      inset-inline-start: ${token('space-s')};
      /* The visible width of the scrolling box, less the cell's padding. */
      max-width: calc(100cqi - 2 * ${token('space-s')});
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
