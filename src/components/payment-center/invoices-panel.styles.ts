import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { widgetLayout } from '../shared/layout.styles.js';
import { openedRowStyles, optionListStyles, stackedTableStyles } from '../shared/staff-layout.styles.js';

// The invoices panel's own look on top of `staffStyles` (tables, toolbar, panels). The table fits
// its box, and where the box is narrow each invoice is a card with its opened options under it.
export const invoicesPanelStyles = [
  widgetLayout,
  stackedTableStyles('66rem'),
  css`
  h3#heading {
    margin: 0;
    font-size: ${token('font-size-heading')};
  }
  .toolbar input[type='search'] {
    width: min(20rem, 100%);
  }
  .number {
    font-weight: 600;
    /* A real invoice number never breaks (renderUnbroken); anything else wraps rather than widen the box. */
    overflow-wrap: anywhere;
  }
  ${openedRowStyles('options-row', 'options-inner', 'space-s')}
  .options-inner > p,
  .editor p {
    margin: 0;
  }
  .editor-title {
    font-weight: 700;
  }
  fieldset.choices {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
    display: grid;
    gap: ${token('space-xs')};
  }
  ${optionListStyles('fieldset.choices', 'label.choice')}
  label.choice {
    align-items: center;
    padding: 0 ${token('space-s')};
  }
  .effect {
    font-weight: 600;
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
