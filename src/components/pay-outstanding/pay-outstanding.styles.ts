import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { boxStyles, quietHeadingFocus, widgetLayout } from '../shared/layout.styles.js';

export const payOutstandingStyles = [
  quietHeadingFocus,
  widgetLayout,
  css`
  .loading {
    margin: 0;
  }
  ${boxStyles('.summary')}
  /* Names (a resident's, an invoice's) are data: one long word wraps rather than widening the box. */
  .summary {
    overflow-wrap: anywhere;
  }
  .total-line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: ${token('space-s')};
    margin: 0;
  }
  .total {
    font-size: 1.75em;
    font-variant-numeric: tabular-nums;
  }
  .others {
    margin: 0;
    padding-block-start: ${token('space-s')};
    border-block-start: 1px solid ${token('color-border')};
  }
  .muted,
  .nothing-due {
    margin: 0;
    color: ${token('color-text-muted')};
  }
  ol.invoices {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: ${token('space-xs')};
  }
  ol.invoices li > span:not(.bone) {
    display: inline-block;
    margin-inline-end: ${token('space-s')};
  }
  .number {
    font-weight: 600;
  }
  .due {
    color: ${token('color-text-muted')};
  }
  .due.overdue {
    color: ${token('color-danger')};
    font-weight: 600;
  }
  .amount {
    font-variant-numeric: tabular-nums;
  }
  button.pay,
  span.pay {
    justify-self: start;
  }
  /* The loading shape's Pay button is as wide as the real one. */
  span.pay .bone {
    inline-size: 14rem;
  }
  `,
];
