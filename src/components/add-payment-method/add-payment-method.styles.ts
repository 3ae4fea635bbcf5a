import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { choiceGroupStyles, fieldStyles } from '../shared/layout.styles.js';

export const addPaymentMethodStyles = [
  fieldStyles,
  css`
  :host {
    display: block;
  }
  form {
    display: grid;
    gap: ${token('space-m')};
  }
  h2,
  h3,
  h4 {
    margin: 0;
    font-size: ${token('font-size-heading')};
  }
  [data-heading]:focus {
    outline: none;
  }
  ${choiceGroupStyles('fieldset.kinds')}
  label.kind,
  label.check {
    display: flex;
    gap: ${token('space-s')};
    align-items: center;
    min-height: ${token('target-size')};
    cursor: pointer;
  }
  label.kind input,
  label.check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: ${token('color-primary')};
  }
  label.kind:has(input:disabled) {
    cursor: not-allowed;
    color: ${token('color-text-muted')};
  }
  /* Every section of the form in the same box: the type, the card or the bank account, the billing
     address (the field groups' own fieldsets, through their parts). */
  .card-entry,
  alis-bank-account-fields::part(fieldset),
  alis-address-fields::part(fieldset) {
    padding: ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    min-width: 0;
  }
  .card-entry {
    display: grid;
    gap: ${token('space-s')};
  }
  alis-bank-account-fields::part(legend),
  alis-address-fields::part(legend) {
    padding: 0 ${token('space-xs')};
  }
  .field input {
    font: inherit;
    min-height: ${token('target-size')};
    padding: ${token('space-s')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-small')};
    min-width: 0;
    width: 100%;
    max-width: 24rem;
  }
  .muted {
    margin: 0;
    color: ${token('color-text-muted')};
    font-size: ${token('font-size-small')};
  }
  .field-error {
    margin: 0;
    color: ${token('color-danger')};
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
    justify-content: flex-end;
  }
  `,
];
