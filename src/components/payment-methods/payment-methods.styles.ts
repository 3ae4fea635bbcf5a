import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { bareList, boxStyles, quietHeadingFocus, widgetLayout } from '../shared/layout.styles.js';

export const paymentMethodsStyles = [
  quietHeadingFocus,
  widgetLayout,
  css`
  .loading {
    margin: 0;
  }
  ul.methods {
    ${bareList}
    display: grid;
    gap: ${token('space-m')};
  }
  ${boxStyles('li.method')}
  li.method {
    min-width: 0;
  }
  li.method[data-status='unusable'] {
    background: ${token('color-surface-alt')};
  }
  .summary p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .title {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-s')};
    align-items: baseline;
  }
  .name {
    font-weight: 600;
  }
  .masked,
  .details {
    color: ${token('color-text-muted')};
  }
  .badge {
    padding: 0 ${token('space-s')};
    border-radius: 999px;
    font-size: ${token('font-size-small')};
    font-weight: 600;
    color: ${token('color-primary')};
    background: ${token('color-info-surface')};
    border: 1px solid currentColor;
  }
  .problem {
    margin: 0;
    color: ${token('color-danger')};
    font-weight: 600;
  }
  .confirmation {
    margin: 0;
    color: ${token('color-success')};
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')};
  }
  .confirm,
  form.rename {
    display: grid;
    gap: ${token('space-s')};
    padding: ${token('space-s')} 0 0;
  }
  .confirm p {
    margin: 0;
  }
  form.rename label {
    font-weight: 600;
  }
  form.rename input {
    font: inherit;
    min-height: ${token('target-size')};
    padding: ${token('space-s')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-small')};
    max-width: 24rem;
    width: 100%;
  }
  button.danger {
    border-color: ${token('color-danger')};
    background: ${token('color-danger')};
    color: ${token('color-on-primary')};
  }
  .access {
    margin: 0;
    max-width: 70ch;
    /* The billing office's email address has no spaces to wrap at. */
    overflow-wrap: anywhere;
  }
  button.add,
  span.add {
    justify-self: start;
  }
  /* The loading shape's buttons are about as wide as the real ones. */
  span.add .bone {
    inline-size: 13rem;
  }
  li.method .actions .bone {
    inline-size: min(100%, 36rem);
  }
  `,
];
