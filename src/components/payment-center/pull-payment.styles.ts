import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { hiddenTableHead } from '../shared/layout.styles.js';

/**
 * The pull review's table of parts: method, amount, fee, total charged and what each settles. In
 * a narrow review (the `alis-review` container of reviewStyles) each part is a block: the method,
 * then each fact under its column's name (the cell's `data-label`).
 */
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
  /* The words under a fee (its rule) wrap; the amounts do not. */
  table.quote-parts .number .hint {
    display: block;
    white-space: normal;
  }
  @container alis-review (max-width: 36em) {
    table.quote-parts,
    table.quote-parts tbody,
    table.quote-parts tr,
    table.quote-parts th,
    table.quote-parts td {
      display: block;
    }
    table.quote-parts {
      position: relative;
    }
    table.quote-parts thead {
      ${hiddenTableHead}
    }
    table.quote-parts tr {
      padding-block: ${token('space-xs')};
      border-bottom: 1px solid ${token('color-border')};
    }
    table.quote-parts th,
    table.quote-parts td {
      border: none;
      padding: 0;
    }
    table.quote-parts tbody th {
      font-weight: 600;
    }
    table.quote-parts td.number {
      text-align: start;
    }
    table.quote-parts td[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      font-size: ${token('font-size-small')};
      color: ${token('color-text-muted')};
    }
  }
`;
