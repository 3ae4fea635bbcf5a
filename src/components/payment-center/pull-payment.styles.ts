import { css } from 'lit';
import { token } from '../shared/tokens.js';

/** The pull review's table of parts: method, amount, fee, total charged and what each settles. */
export const pullPaymentStyles = css`
  table.quote-parts {
    width: 100%;
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  table.quote-parts th,
  table.quote-parts td {
    padding: ${token('space-xs')} ${token('space-s')};
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid ${token('color-border')};
  }
  table.quote-parts thead th {
    font-weight: 600;
    font-size: ${token('font-size-small')};
  }
  table.quote-parts tbody th {
    font-weight: 400;
  }
  table.quote-parts .number {
    text-align: end;
    white-space: nowrap;
  }
`;
