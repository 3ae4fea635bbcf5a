import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { fieldHintStyles, oneColumn } from '../shared/layout.styles.js';

/**
 * The look shared by the address and bank-account field groups: one column of labelled fields,
 * each with an optional hint and an error line, boxes at least `--alis-target-size` tall.
 */
export const fieldsStyles = [
  fieldHintStyles,
  css`
  :host {
    display: block;
  }
  /* A fieldset's default min-width is its content's, which would push a 320px screen sideways. */
  fieldset {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  legend {
    padding: 0;
    margin-block-end: ${token('space-s')};
    font-weight: 700;
    overflow-wrap: anywhere;
  }
  .fields {
    ${oneColumn}
    gap: ${token('space-m')};
    container-type: inline-size;
  }
  .field {
    ${oneColumn}
    align-content: start;
    gap: ${token('space-xs')};
    min-width: 0;
  }
  label,
  .field-label {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  input:not([type='checkbox'], [type='radio']),
  select {
    width: 100%;
    min-width: 0;
    min-height: ${token('target-size')};
    margin: 0;
    padding: ${token('space-s')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-small')};
    background: ${token('color-surface')};
    color: inherit;
    font: inherit;
  }
  input[inputmode='numeric'] {
    font-variant-numeric: tabular-nums;
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
    box-shadow: inset 0 0 0 1px ${token('color-danger')};
  }
  /* Dimmed with the surface colour rather than opacity, so the text keeps its contrast. */
  input:disabled,
  select:disabled {
    cursor: not-allowed;
    background: ${token('color-surface-alt')};
    border-style: dashed;
    color: ${token('color-text-muted')};
    /* Chromium also fades a disabled select; the colours above already say it, at full contrast. */
    opacity: 1;
  }
  .error {
    margin: 0;
    color: ${token('color-danger')};
    font-size: ${token('font-size-small')};
    font-weight: 600;
  }
  .error:empty {
    display: none;
  }
  /* A checkbox or radio with its label: the whole row is the target, at least 44px tall. */
  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-s')};
    min-height: ${token('target-size')};
    font-weight: 400;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    width: 1.25rem;
    height: 1.25rem;
    margin: 0;
    accent-color: ${token('color-primary')};
  }
  .choice:has(input:disabled) {
    cursor: not-allowed;
    color: ${token('color-text-muted')};
  }
  `,
];
