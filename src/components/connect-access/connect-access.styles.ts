import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { focusRing, widgetLayout } from '../shared/layout.styles.js';
import { stackedTableStyles } from '../shared/staff-layout.styles.js';

export const connectAccessStyles = [
  widgetLayout,
  stackedTableStyles('66rem', '.table-wrap.users'),
  css`
  h2,
  h3 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: ${token('font-size')};
  }
  h2:focus,
  h3:focus,
  th:focus,
  .problem:focus,
  .notice:focus {
    outline: none;
  }
  h2:focus-visible,
  h3:focus-visible,
  th:focus-visible {
    ${focusRing}
  }
  p {
    margin: 0;
  }
  .loading {
    margin: 0;
  }
  .toolbar select {
    min-width: 12rem;
  }
  .toolbar .invite {
    margin-inline-start: auto;
  }
  .outcome {
    overflow-wrap: anywhere;
  }
  /* The box the action panel under a row measures itself by (100cqi): it never widens the table. */
  .table-wrap {
    container-type: inline-size;
  }
  thead th {
    vertical-align: middle;
  }
  th.name {
    color: ${token('color-text')};
    font-size: ${token('font-size')};
    background: none;
    white-space: normal;
    min-width: 9rem;
  }
  /* The email sits under the name: one column for the person keeps the actions in view. */
  th.name .email {
    display: block;
    font-weight: normal;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
    overflow-wrap: break-word;
  }
  td.resident {
    min-width: 9rem;
  }
  td.date {
    white-space: nowrap;
  }
  .detail {
    display: block;
    font-size: ${token('font-size-small')};
    white-space: normal;
  }
  /* Stacked, so the actions column stays narrow and the table fits its box. */
  .row-actions .actions {
    display: grid;
    gap: ${token('space-xs')};
  }
  .row-actions button {
    white-space: nowrap;
    /* The shared 44px min-width would let the grid track shrink below the words. */
    min-width: max-content;
    padding-inline: ${token('space-s')};
  }
  /* A user's card (the stacked table): the actions side by side, wrapping, their words too. */
  @container alis-list (max-width: 66rem) {
    .users .row-actions .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-s')};
    }
    .users .row-actions button {
      white-space: normal;
      min-width: ${token('target-size')};
    }
  }
  tr.action-row > td {
    background: ${token('color-surface-alt')};
  }
  .action-panel {
    /* The box's width less the cell's padding (the cell spans every column). */
    max-width: calc(100cqi - 2 * ${token('space-m')});
  }
  .invite-form {
    max-width: 44rem;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-xs')};
    min-width: 0;
  }
  /* An email address in a message has no spaces to wrap at. */
  .field-error,
  .outcome {
    overflow-wrap: anywhere;
  }
  .field > label:not(.choice) {
    font-weight: 600;
  }
  .field input:not([type='checkbox']),
  .field select {
    width: 100%;
    max-width: 32rem;
  }
  .hint {
    font-size: ${token('font-size-small')};
  }
  [aria-invalid='true']:not([type='radio']):not([type='checkbox']) {
    border-color: ${token('color-danger')};
    box-shadow: inset 0 0 0 1px ${token('color-danger')};
  }
  input[type='checkbox'][aria-invalid='true'] {
    outline: 2px solid ${token('color-danger')};
    outline-offset: 2px;
  }
  fieldset.profiles {
    display: grid;
    gap: ${token('space-s')};
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  fieldset.profiles legend {
    padding: 0;
    margin-block-end: ${token('space-xs')};
    font-weight: 600;
  }
  .profile-choice {
    display: grid;
    gap: ${token('space-xs')};
    padding: ${token('space-s')} ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius-small')};
    background: ${token('color-surface')};
  }
  .profile-choice:has(input:checked) {
    border-color: ${token('color-primary')};
    box-shadow: inset 0 0 0 1px ${token('color-primary')};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-s')};
    min-height: ${token('target-size')};
    cursor: pointer;
  }
  .choice input {
    flex: none;
    margin: 0;
  }
  .check {
    display: grid;
    gap: ${token('space-xs')};
  }
  .choice.confirm {
    align-items: flex-start;
    padding-block: ${token('space-s')};
  }
  .choice.confirm input {
    margin-block-start: 0.1rem;
  }
  .profile-name {
    font-weight: 600;
  }
  .current {
    font-weight: 400;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .profile-about {
    padding-inline-start: calc(1.5rem + ${token('space-s')});
    display: grid;
    gap: ${token('space-xs')};
    font-size: ${token('font-size-small')};
  }
  ul.permissions {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  ul.permissions li.limit {
    color: ${token('color-text-muted')};
  }
  button.more {
    justify-self: start;
  }
  .profiles-section {
    display: grid;
    gap: ${token('space-m')};
    padding-block-start: ${token('space-m')};
    border-block-start: 1px solid ${token('color-border')};
  }
  .profiles-section h3 button {
    font-weight: 600;
    text-align: start;
  }
  `,
];
