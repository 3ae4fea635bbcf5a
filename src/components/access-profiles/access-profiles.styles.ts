import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { stackedTableStyles } from '../shared/staff-layout.styles.js';

/**
 * What User profiles adds to Connect access' styles: its table, stacking where its box is narrow,
 * the permission checkboxes and the "what will change" box.
 */
export const accessProfilesStyles = [
  stackedTableStyles('40rem', '.table-wrap.profiles'),
  css`
  h4,
  h5 {
    margin: 0;
    font-size: ${token('font-size')};
  }
  th.name .detail {
    font-weight: 400;
  }
  .profile-form {
    max-width: 44rem;
  }
  .field > label {
    display: block;
  }
  .field textarea {
    width: 100%;
    max-width: 32rem;
    box-sizing: border-box;
  }
  fieldset.grants {
    display: grid;
    gap: ${token('space-xs')};
    min-width: 0;
    margin: 0;
    padding: 0;
    border: none;
  }
  fieldset.grants legend {
    padding: 0;
    margin-block-end: ${token('space-xs')};
    font-weight: 600;
  }
  fieldset.grants .choice {
    align-items: flex-start;
    padding-block: ${token('space-xs')};
  }
  fieldset.grants .choice input {
    margin-block-start: 0.6rem;
  }
  .choice-label {
    display: block;
    padding-top: 0.5rem;
    font-weight: 600;
  }
  .why {
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
`,
];
