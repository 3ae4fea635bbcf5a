import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { fieldStyles, focusRing, oneColumn, termStyles } from '../shared/layout.styles.js';

export const acceptInvitationStyles = [
  termStyles,
  fieldStyles,
  css`
  :host {
    display: block;
  }
  .card {
    ${oneColumn}
    gap: ${token('space-m')};
    max-width: 40rem;
    padding: ${token('space-l')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
  }
  h2 {
    margin: 0;
    font-size: ${token('font-size-heading')};
    overflow-wrap: anywhere;
  }
  h2:focus,
  .notice:focus {
    outline: none;
  }
  h2:focus-visible {
    ${focusRing}
  }
  p {
    margin: 0;
  }
  .loading {
    margin: 0;
    color: ${token('color-text-muted')};
  }
  .lead {
    font-size: 1.0625rem;
    /* It names the community and who invited: one long word wraps rather than widen the page. */
    overflow-wrap: anywhere;
  }
  dl.details {
    display: grid;
    gap: ${token('space-s')};
    margin: 0;
  }
  dl.details > div {
    display: grid;
    grid-template-columns: minmax(0, 10rem) minmax(0, 1fr);
    gap: ${token('space-s')};
  }
  /* Below 28rem the label goes above its value, so nothing is squeezed at 320px. */
  @container (max-width: 28rem) {
    dl.details > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  .card {
    container-type: inline-size;
  }
  .profile-name {
    font-weight: 600;
  }
  ul.permissions {
    margin: ${token('space-xs')} 0 0;
    padding-inline-start: 1.25rem;
  }
  ul.permissions li.limit {
    color: ${token('color-text-muted')};
  }
  .email {
    overflow-wrap: anywhere;
  }
  form {
    display: grid;
    /* minmax(0, …): a long word in a hint (a community's name) wraps rather than widening the form. */
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-m')};
  }
  .field input {
    width: 100%;
    max-width: 24rem;
  }
  .hint {
    font-size: ${token('font-size-small')};
    overflow-wrap: anywhere;
  }
  [aria-invalid='true'] {
    border-color: ${token('color-danger')};
    box-shadow: inset 0 0 0 1px ${token('color-danger')};
  }
  .welcome {
    display: grid;
    gap: ${token('space-s')};
  }
  `,
];
