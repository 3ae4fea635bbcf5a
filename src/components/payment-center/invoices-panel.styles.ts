import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { widgetLayout } from '../shared/layout.styles.js';
import { openedRowStyles, optionListStyles } from '../shared/staff-layout.styles.js';

// The invoices panel's own look on top of `staffStyles` (tables, toolbar, panels). The table
// scrolls sideways inside `.table-wrap` on narrow screens; an invoice's opened options stick to the
// visible part of that box and take its width, so they reflow at 320px instead of scrolling away.
export const invoicesPanelStyles = [
  widgetLayout,
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
    white-space: nowrap;
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
