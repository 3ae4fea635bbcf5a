import { css } from 'lit';
import { token } from './tokens.js';
import { hiddenTableHead } from './layout.styles.js';

/**
 * The look of `renderReceipt`, on screen and on paper. An element that shows a receipt adds these
 * to its own styles; its print rules (a shadow root's `@media print` applies when the page prints)
 * turn the receipt into black text on white paper without buttons. Hiding the rest of the element
 * while one receipt prints is the host element's job, since only it knows what else it shows.
 */
export const receiptStyles = css`
  .receipt {
    /* Its own container, so the receipt adapts to the space it gets, wherever it is shown. */
    container-type: inline-size;
    max-width: 40rem;
    display: grid;
    /* minmax(0, …): nothing inside may widen the receipt past its box. */
    grid-template-columns: minmax(0, 1fr);
    /* Holds a visually hidden table head (a narrow receipt's refunds) inside the receipt. */
    position: relative;
    gap: ${token('space-m')};
    padding: ${token('space-m')};
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  .receipt-title {
    margin: 0;
    font-size: ${token('font-size')};
    font-weight: 700;
  }
  .receipt-facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: ${token('space-xs')} ${token('space-m')};
    margin: 0;
  }
  .receipt-facts > div {
    display: contents;
  }
  .receipt-facts dt {
    color: ${token('color-text-muted')};
  }
  .receipt-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .receipt-facts dd.receipt-reference {
    white-space: nowrap;
  }
  .receipt-facts dd.amount {
    font-variant-numeric: tabular-nums;
  }
  .receipt-total dt,
  .receipt-total dd {
    font-weight: 700;
    color: ${token('color-text')};
  }
  .receipt table {
    width: 100%;
    border-collapse: collapse;
  }
  .receipt-credit p,
  .receipt-credit ul {
    margin: 0;
  }
  .receipt-credit ul {
    padding-inline-start: 1.25rem;
  }
  .receipt-credit-heading {
    font-weight: 600;
  }
  .receipt caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: ${token('space-xs')};
  }
  .receipt th,
  .receipt td {
    padding: ${token('space-xs')} ${token('space-s')};
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid ${token('color-border')};
    font-weight: normal;
  }
  .receipt thead th {
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
    font-weight: 600;
  }
  .receipt tbody th {
    font-weight: 600;
    white-space: nowrap;
  }
  .receipt .amount {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  /* A column's name over amounts ("Amount applied") may wrap; the amounts may not. */
  .receipt thead th.amount {
    white-space: normal;
  }

  /* A narrow receipt (a phone, a sidebar, 200% zoom) lists each fact under its name. */
  @container (max-width: 24rem) {
    .receipt-facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .receipt-facts dd {
      margin-block-end: ${token('space-s')};
    }
    .receipt-facts dd.amount {
      text-align: start;
    }
    /* Each refund a block of its facts, each under its column's name (the cell's data-label); each
       invoice paid a line with its amount at the end, wrapping under it where the two do not fit. */
    .receipt table,
    .receipt caption,
    .receipt tbody {
      display: block;
    }
    .receipt thead {
      ${hiddenTableHead}
    }
    .receipt tbody tr {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 ${token('space-m')};
      padding: ${token('space-xs')} ${token('space-s')};
      border-bottom: 1px solid ${token('color-border')};
    }
    .receipt tbody :is(th, td) {
      border: none;
      padding: 0;
    }
    .receipt-allocation td.amount {
      margin-inline-start: auto;
    }
    .receipt-refunds tbody tr {
      display: block;
    }
    .receipt-refunds td {
      display: block;
    }
    .receipt-refunds td.amount {
      text-align: start;
    }
    .receipt-refunds td[data-label]::before {
      content: attr(data-label) / '';
      display: block;
      color: ${token('color-text-muted')};
      font-size: ${token('font-size-small')};
    }
  }

  /* Paper ignores the theme: black ink on white, no boxes, shadows or buttons, and not split across pages where it fits. */
  @media print {
    .receipt {
      color: black;
      background: white;
      border: none;
      border-radius: 0;
      box-shadow: none;
      padding: 0;
      break-inside: avoid;
    }
    /* !important: on paper the theme's colours, however specific, give way to black ink. */
    .receipt * {
      color: black !important;
      background: transparent !important;
      box-shadow: none !important;
      text-shadow: none !important;
    }
    .receipt th,
    .receipt td {
      border-color: black;
    }
    .receipt button,
    .receipt nav {
      display: none;
    }
  }
`;
