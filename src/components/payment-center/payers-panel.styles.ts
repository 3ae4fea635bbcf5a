import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { bareList, choiceGroupStyles, choiceRowStyles, fieldStyles, oneColumn, progressStyles, reviewStyles, widgetLayout } from '../shared/layout.styles.js';
import { openedRowStyles, stackedTableStyles } from '../shared/staff-layout.styles.js';

/** What the Payers panel, the arrangement editor and the pull flow share: headings, forms, method choices. */
export const payerFormStyles = [
  fieldStyles,
  widgetLayout,
  progressStyles,
  reviewStyles,
  css`
  form,
  .step {
    /* minmax(0, …): columns may shrink below their content, so 320px never scrolls sideways. */
    ${oneColumn}
    gap: ${token('space-m')};
  }
  h3,
  h4 {
    margin: 0;
    font-size: ${token('font-size-heading')};
  }
  h4 {
    font-size: 1.125rem;
  }
  [data-heading]:focus {
    outline: none;
  }
  [data-heading]:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus-ring')};
  }
  p {
    margin: 0;
  }
  ${choiceGroupStyles('fieldset')}
  .hint {
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }
  ${choiceRowStyles('label.choice', '.choice-text')}
  .choice-label {
    font-weight: 600;
  }
  .why {
    flex-basis: 100%;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .part {
    display: grid;
    gap: ${token('space-xs')};
  }
  .part-field {
    margin-inline-start: 2.25rem;
  }
  .field select,
  .field input {
    justify-self: start;
    max-width: 100%;
  }
  .running-total {
    font-variant-numeric: tabular-nums;
  }
  .actions {
    justify-content: flex-end;
  }
  dl.review dd {
    overflow-wrap: anywhere;
  }
  ul.parts {
    ${bareList}
    display: grid;
    gap: ${token('space-xs')};
  }
  ul.parts li {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0 ${token('space-s')};
  }
  ul.payments {
    ${bareList}
    display: grid;
    gap: ${token('space-s')};
  }
  .authorization {
    padding: ${token('space-m')};
    background: ${token('color-surface-alt')};
    border-radius: ${token('radius-small')};
    font-size: ${token('font-size-small')};
  }
  .confirmation {
    padding: ${token('space-m')};
    border-radius: ${token('radius')};
    background: ${token('color-success-surface')};
  }
  `,
];

/** The Payers panel: due pulls, the search box, the payers table and its "Show more". */
export const payersPanelStyles = [
  stackedTableStyles('52rem'),
  css`
  section.due {
    display: grid;
    gap: ${token('space-s')};
  }
  form.search {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    align-items: end;
  }
  form.search .field {
    flex: 1 1 14rem;
  }
  form.search input {
    width: 100%;
  }
  .who {
    display: grid;
  }
  .who .name {
    font-weight: 600;
  }
  .small {
    font-size: ${token('font-size-small')};
  }
  ul.methods,
  ul.due-parts {
    ${bareList}
    display: grid;
    gap: ${token('space-xs')};
  }
  ul.methods li {
    display: grid;
  }
  .auth[data-recurring] {
    color: ${token('color-success')};
  }
  .auth[data-blocked] {
    color: ${token('color-danger')};
  }
  thead th {
    /* Headers may wrap, so the table fits its box at common widths before its rows stack. */
    white-space: normal;
    vertical-align: middle;
  }
  td.row-actions .actions {
    /* Stacked, so the column is only as wide as its widest button. */
    flex-direction: column;
    align-items: stretch;
  }
  .more {
    justify-self: start;
  }
  ${openedRowStyles('details-row', 'details-inner', 'space-m')}
  /* An email address has no spaces to wrap at. */
  .details-inner p {
    overflow-wrap: anywhere;
  }
`,
];
