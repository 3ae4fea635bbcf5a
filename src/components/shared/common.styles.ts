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
    /* An email address in a notice has no spaces to wrap at. */
    overflow-wrap: anywhere;
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
  /* A loading state's shape (renderSkeleton): bones as high as the words and controls they stand
     for, so the loaded view takes the same room. A slow pulse, none for reduced motion. */
  .skeleton {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: inherit;
  }
  .bone {
    display: block;
    block-size: 1lh;
    border-radius: ${token('radius-small')};
    background: ${token('color-skeleton')};
    inline-size: 60%;
  }
  .bone[data-length='s'] {
    inline-size: 30%;
  }
  .bone[data-length='l'] {
    inline-size: 90%;
  }
  .bone[data-bone='control'] {
    block-size: ${token('target-size')};
    min-inline-size: ${token('target-size')};
  }
  .bone[data-bone='figure'] {
    block-size: calc(1.75 * 1lh);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton .bone {
      animation: alis-bone-pulse 1.6s ease-in-out infinite alternate;
    }
  }
  @keyframes alis-bone-pulse {
    to {
      opacity: 0.55;
    }
  }
`;
