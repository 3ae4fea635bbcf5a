import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const accessProfilesStyles = css`
  :host {
    display: block;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-m')};
  }
  h2,
  h3,
  h4,
  h5 {
    margin: 0;
    overflow-wrap: anywhere;
  }
  h2 {
    font-size: ${token('font-size-heading')};
  }
  h3,
  h4,
  h5 {
    font-size: ${token('font-size')};
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  p {
    margin: 0;
  }
  .loading {
    color: ${token('color-text-muted')};
  }
  .table-wrap {
    container-type: inline-size;
  }
  th[scope='row'] {
    color: ${token('color-text')};
    font-size: ${token('font-size')};
    background: none;
    white-space: normal;
    min-width: 10rem;
  }
  th[scope='row'] .about {
    display: block;
    font-weight: 400;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  ul.allows {
    margin: 0;
    padding-inline-start: 1.25rem;
    min-width: 12rem;
  }
  ul.allows li.limit {
    color: ${token('color-text-muted')};
  }
  .row-actions .actions {
    display: grid;
    gap: ${token('space-xs')};
  }
  .row-actions button {
    white-space: nowrap;
    min-width: max-content;
    padding-inline: ${token('space-s')};
  }
  tr.panel-row > td {
    background: ${token('color-surface-alt')};
  }
  .row-panel {
    position: sticky;
    inset-inline-start: 0;
    max-width: calc(100cqi - 2 * ${token('space-m')});
  }
  form.profile-form {
    max-width: 44rem;
  }
  .field {
    display: grid;
    gap: ${token('space-xs')};
    min-width: 0;
  }
  .field > label {
    display: block;
    font-weight: 600;
  }
  .field input,
  .field textarea {
    width: 100%;
    max-width: 32rem;
    box-sizing: border-box;
  }
  [aria-invalid='true']:not([type='checkbox']) {
    border-color: ${token('color-danger')};
    box-shadow: inset 0 0 0 1px ${token('color-danger')};
  }
  fieldset.permissions {
    display: grid;
    gap: ${token('space-xs')};
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  fieldset.permissions legend {
    padding: 0;
    margin-block-end: ${token('space-xs')};
    font-weight: 600;
  }
  .choice {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0 ${token('space-s')};
    align-items: start;
    min-height: ${token('target-size')};
    padding-block: ${token('space-xs')};
    cursor: pointer;
  }
  .choice input {
    margin: 0.6rem 0 0;
  }
  .choice-label {
    display: block;
    padding-top: 0.5rem;
    font-weight: 600;
  }
  .why,
  .hint {
    display: block;
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .effect {
    display: grid;
    gap: ${token('space-xs')};
    padding: ${token('space-s')} ${token('space-m')};
    border-inline-start: 4px solid ${token('color-warning')};
    background: ${token('color-warning-surface')};
  }
  .effect[data-changes='0'] {
    border-color: ${token('color-border')};
    background: none;
  }
  .problem:focus {
    outline: none;
  }
`;
