import { css } from 'lit';
import { token } from './tokens.js';
import { tableStyles } from './layout.styles.js';

/** Tables, toolbars and dialogs-in-place shared by the billing team's elements. */
export const staffStyles = [
  tableStyles,
  css`
  .table-wrap {
    /* Relative, so visually hidden text inside stays in the box. A table never scrolls sideways:
       each fits its box or stacks its rows (stackedTableStyles). */
    position: relative;
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }
  caption {
    text-align: start;
    padding: ${token('space-s')} ${token('space-m')};
    font-weight: 600;
  }
  th {
    white-space: nowrap;
  }
  /* A reference reads as one word: PAY-20261125-0001 never breaks at its hyphens. */
  td.reference,
  th.reference {
    white-space: nowrap;
  }
  /* Under an amount, the words about it ("incl. $2.10 fee") may wrap. */
  td.amount .sub,
  td.amount .small {
    white-space: normal;
  }
  button.sort {
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: none;
    padding: 0;
    min-height: ${token('target-size')};
    min-width: ${token('target-size')};
    cursor: pointer;
    text-align: inherit;
  }
  .sort-arrow {
    display: inline-block;
    min-width: 1em;
    margin-inline-start: ${token('space-xs')};
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')} ${token('space-m')};
    align-items: end;
  }
  .toolbar label,
  .field label {
    display: grid;
    gap: ${token('space-xs')};
    font-weight: 600;
    font-size: ${token('font-size-small')};
  }
  input:not([type='checkbox']):not([type='radio']),
  select,
  textarea {
    font: inherit;
    min-height: ${token('target-size')};
    padding: ${token('space-xs')} ${token('space-s')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-small')};
    background: ${token('color-surface')};
    color: inherit;
    min-width: 0;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.5rem;
    height: 1.5rem;
    accent-color: ${token('color-primary')};
  }
  td.select,
  th.select {
    width: 1%;
  }
  td.select label,
  th.select label {
    display: inline-flex;
    min-width: ${token('target-size')};
    min-height: ${token('target-size')};
    align-items: center;
    justify-content: center;
    cursor: pointer;
  }
  .panel {
    display: grid;
    /* minmax(0, …): nothing inside may widen the panel past its box. */
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-m')};
    padding: ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
  }
  .muted {
    color: ${token('color-text-muted')};
  }
  .field-error,
  .problem {
    color: ${token('color-danger')};
    font-weight: 600;
    margin: 0;
  }
  .confirmation {
    color: ${token('color-success')};
    font-weight: 600;
    margin: 0;
  }
  button.danger {
    border-color: ${token('color-danger')};
    background: ${token('color-danger')};
    color: ${token('color-on-primary')};
  }
  `,
];
