import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const payFlowStyles = css`
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
  .loading,
  .progress {
    margin: 0;
    padding: ${token('space-m')};
    color: ${token('color-text-muted')};
  }
  .amount-summary {
    margin: 0;
  }
  fieldset.methods {
    display: grid;
    gap: ${token('space-s')};
    margin: 0;
    padding: ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 ${token('space-xs')};
  }
  label.method {
    display: flex;
    gap: ${token('space-s')};
    align-items: flex-start;
    min-height: ${token('target-size')};
    padding: ${token('space-s')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-small')};
    cursor: pointer;
  }
  label.method:has(input:checked) {
    border-color: ${token('color-primary')};
    box-shadow: inset 0 0 0 1px ${token('color-primary')};
  }
  label.method[data-disabled] {
    cursor: not-allowed;
    background: ${token('color-surface-alt')};
  }
  label.method input {
    /* A radio sized to the target, inside a label that is itself at least the target height. */
    width: 1.5rem;
    height: 1.5rem;
    margin: 0.6rem 0 0;
    flex: none;
    accent-color: ${token('color-primary')};
  }
  .method-text {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-s')};
    align-items: baseline;
    padding-block: 0.55rem;
    min-width: 0;
    overflow-wrap: anywhere;
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
  dl.review {
    display: grid;
    gap: ${token('space-s')};
    margin: 0;
    padding: ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }
  dl.review > div {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 ${token('space-m')};
  }
  dl.review dt {
    font-weight: 600;
  }
  dl.review dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  dl.review .fee-rule {
    display: block;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
    font-variant-numeric: normal;
  }
  dl.review .total {
    border-top: 1px solid ${token('color-border')};
    padding-top: ${token('space-s')};
    font-size: 1.125em;
  }
  ul.allocations {
    list-style: none;
    margin: 0;
    padding: 0;
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
`;
