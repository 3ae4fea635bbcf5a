import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { fieldHintStyles, oneColumn } from '../shared/layout.styles.js';

export const amountInputStyles = [
  fieldHintStyles,
  css`
  :host {
    display: block;
  }
  .field {
    /* minmax(0, …): at 320px a long label wraps instead of widening the field. */
    ${oneColumn}
  }
  label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .control {
    display: flex;
    align-items: stretch;
    margin-block-start: ${token('space-xs')};
    min-width: 0;
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-small')};
    background: ${token('color-surface')};
  }
  /* The whole box, currency symbol included, shows focus; the input inside draws no ring of its own. */
  .control:focus-within {
    outline: ${token('focus-ring-width')} solid ${token('color-focus-ring')};
    outline-offset: 2px;
  }
  input:focus-visible {
    outline: none;
  }
  .control[data-invalid] {
    border-color: ${token('color-danger')};
    box-shadow: inset 0 0 0 1px ${token('color-danger')};
  }
  .currency {
    display: flex;
    align-items: center;
    padding-inline: ${token('space-s')};
    color: ${token('color-text-muted')};
    user-select: none;
    white-space: nowrap;
  }
  .control[data-currency='start'] .currency {
    padding-inline-end: 0;
  }
  .control[data-currency='end'] .currency {
    order: 1;
    padding-inline-start: 0;
  }
  input {
    flex: 1 1 auto;
    min-width: 0;
    min-height: ${token('target-size')};
    margin: 0;
    padding: ${token('space-s')};
    border: none;
    border-radius: ${token('radius-small')};
    background: transparent;
    color: inherit;
    font: inherit;
    font-variant-numeric: tabular-nums;
  }
  input:disabled {
    cursor: not-allowed;
    color: ${token('color-text-muted')};
  }
  /* Dimmed with the surface colour rather than opacity, so the text keeps its contrast. */
  .control[data-disabled] {
    background: ${token('color-surface-alt')};
    border-style: dashed;
  }
  .error {
    margin: 0;
    color: ${token('color-danger')};
    font-size: ${token('font-size-small')};
    font-weight: 600;
  }
  .error:not(:empty) {
    margin-block-start: ${token('space-xs')};
  }
  `,
];
