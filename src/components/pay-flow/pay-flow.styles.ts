import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { bareList, choiceGroupStyles, choiceRowStyles, progressStyles, reviewStyles } from '../shared/layout.styles.js';

export const payFlowStyles = [
  progressStyles,
  reviewStyles,
  css`
  :host {
    display: block;
  }
  form,
  .step {
    display: grid;
    gap: ${token('space-m')};
  }
  :host > * + * {
    margin-block-start: ${token('space-m')};
  }
  .step-heading {
    margin: 0;
    font-size: ${token('font-size-heading')};
  }
  .step-heading:focus {
    outline: none;
  }
  .step-heading:focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus-ring')};
  }
  .muted {
    color: ${token('color-text-muted')};
    margin: 0;
  }
  .amount-summary {
    margin: 0;
  }
  ${choiceGroupStyles('fieldset.methods')}
  ${choiceRowStyles('label.method', '.method-text')}
  label.method input {
    /* A radio sized to the target, inside a label that is itself at least the target height. */
    width: 1.5rem;
    height: 1.5rem;
    accent-color: ${token('color-primary')};
  }
  .method-label {
    font-weight: 600;
  }
  .tag {
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .why {
    flex-basis: 100%;
    font-size: ${token('font-size-small')};
    color: ${token('color-danger')};
  }
  .field-error {
    margin: 0;
    color: ${token('color-danger')};
    font-weight: 600;
  }
  .link-button {
    justify-self: start;
    border-color: transparent;
    text-decoration: underline;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    justify-content: flex-end;
  }
  .actions button {
    flex: 0 1 auto;
  }
  dl.review .fee-rule {
    display: block;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
    font-variant-numeric: normal;
  }
  ul.allocations {
    ${bareList}
  }
  ul.allocations li {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0 ${token('space-s')};
  }
  .authorization {
    margin: 0;
    padding: ${token('space-m')};
    background: ${token('color-surface-alt')};
    border-radius: ${token('radius-small')};
    font-size: ${token('font-size-small')};
  }
  .confirmation {
    margin: 0;
    padding: ${token('space-m')};
    border-radius: ${token('radius')};
    background: ${token('color-success-surface')};
    color: ${token('color-success')};
    font-weight: 600;
  }
  @media print {
    .no-print,
    .actions {
      display: none;
    }
  }
  `,
];
