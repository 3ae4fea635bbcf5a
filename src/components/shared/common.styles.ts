import { css } from 'lit';
import { token } from './tokens.js';

/** Notices and buttons shared by every element, so states look the same across widgets. */
export const commonStyles = css`
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')} ${token('space-m')};
    align-items: center;
    padding: ${token('space-m')};
    border-radius: ${token('radius')};
    border: 1px solid ${token('color-border')};
    background: ${token('color-info-surface')};
  }
  .notice[data-tone='danger'] {
    background: ${token('color-danger-surface')};
    border-color: ${token('color-danger')};
  }
  .notice[data-tone='warning'] {
    background: ${token('color-warning-surface')};
    border-color: ${token('color-warning')};
  }
  .notice p {
    margin: 0;
    flex: 1 1 16rem;
  }
  button {
    font: inherit;
    min-height: ${token('target-size')};
    min-width: ${token('target-size')};
    padding: ${token('space-s')} ${token('space-m')};
    border-radius: ${token('radius-small')};
    border: 1px solid ${token('color-primary')};
    background: ${token('color-surface')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  button.primary {
    background: ${token('color-primary')};
    color: ${token('color-on-primary')};
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
`;
