import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { lineListStyles, widgetLayout } from '../shared/layout.styles.js';
import { stackedTableStyles } from '../shared/staff-layout.styles.js';

/**
 * The frame shared by the Undeposited Payments, Deposits and Settings panels: one column, a
 * heading that can take focus without a ring when a step sends focus there, status badges and the
 * in-place confirmation and result boxes.
 */
export const panelStyles = [
  widgetLayout,
  css`
  h3,
  h4 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: ${token('font-size-heading')};
  }
  h4 {
    font-size: ${token('font-size')};
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  .sub {
    display: block;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
    font-weight: 400;
  }
  dl.facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9rem), 1fr));
    gap: ${token('space-s')} ${token('space-m')};
    margin: 0;
  }
  dl.facts dt {
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  dl.facts dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .more {
    justify-self: start;
  }
  tr.detail > td {
    background: ${token('color-surface-alt')};
  }
  .panel[data-tone='success'] {
    border-color: ${token('color-success')};
    background: ${token('color-success-surface')};
  }
  `,
];

/** What only Undeposited Payments has: the filters, the selection bar, the table and the confirmation list. */
export const undepositedStyles = [
  stackedTableStyles('67rem'),
  css`
  .filters {
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }
  .filters legend {
    padding: 0;
    margin-block-end: ${token('space-s')};
    font-weight: 700;
  }
  .filters .field-error {
    font-size: ${token('font-size-small')};
    max-width: 14rem;
  }
  .selection-bar {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')} ${token('space-m')};
    align-items: center;
    justify-content: space-between;
  }
  .selection-bar p {
    font-weight: 600;
  }
  tr[data-selected] > td {
    background: ${token('color-info-surface')};
  }
  ${lineListStyles('ul.confirm-list')}
  ul.confirm-list li {
    padding-block: ${token('space-xs')};
    border-bottom: 1px solid ${token('color-border')};
  }
  ul.confirm-list li .amount {
    margin-inline-start: auto;
  }
  ul.confirm-list li .field-error {
    flex-basis: 100%;
    font-size: ${token('font-size-small')};
  }
`,
];
