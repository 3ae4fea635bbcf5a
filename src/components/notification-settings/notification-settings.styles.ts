import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { bareList, quietHeadingFocus, widgetLayout } from '../shared/layout.styles.js';

export const notificationSettingsStyles = [
  quietHeadingFocus,
  widgetLayout,
  css`
  h3 {
    margin: 0;
    font-size: 1.0625rem;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  form,
  .form-shape {
    display: grid;
    gap: ${token('space-m')};
  }
  fieldset,
  .fieldset-shape {
    display: grid;
    gap: ${token('space-s')};
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    margin-bottom: ${token('space-s')};
  }
  /* The loading shape's Save button is about as wide as the real one. */
  .save .bone {
    inline-size: 5rem;
  }
  ul.notices {
    ${bareList}
    display: grid;
    gap: ${token('space-s')};
  }
  .notice-item {
    display: grid;
    gap: ${token('space-xs')};
    padding: ${token('space-s')} ${token('space-m')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface')};
    min-width: 0;
  }
  .required .notice-item {
    background: ${token('color-surface-alt')};
  }
  .choice {
    display: flex;
    align-items: center;
    gap: ${token('space-s')};
    min-height: ${token('target-size')};
  }
  /* The checkbox and its label together make a target of at least 44px. */
  .choice input {
    flex: none;
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: ${token('color-primary')};
    cursor: pointer;
  }
  .choice label {
    flex: 1;
    display: flex;
    align-items: center;
    min-height: ${token('target-size')};
    cursor: pointer;
  }
  .title {
    font-weight: 600;
  }
  .when,
  .why {
    color: ${token('color-text-muted')};
  }
  .problem {
    color: ${token('color-danger')};
    font-weight: 600;
  }
  .save {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-s')} ${token('space-m')};
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.6;
  }
  .outcome {
    flex: 1 1 16rem;
    font-weight: 600;
  }
  .outcome[data-tone='success'] {
    color: ${token('color-success')};
  }
  .outcome[data-tone='danger'] {
    color: ${token('color-danger')};
  }
  .required {
    display: grid;
    gap: ${token('space-s')};
  }
  .email {
    overflow-wrap: anywhere;
  }
  `,
];
