import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { oneColumn } from '../shared/layout.styles.js';

export const bankAccountFieldsStyles = css`
  .account-type {
    ${oneColumn}
    gap: 0 ${token('space-m')};
  }
  .account-type legend {
    margin-block-end: 0;
    font-weight: 600;
  }
  .account-type .options {
    display: flex;
    flex-wrap: wrap;
    gap: 0 ${token('space-l')};
  }
  details {
    font-size: ${token('font-size-small')};
  }
  summary {
    display: flex;
    align-items: center;
    min-height: ${token('target-size')};
    color: ${token('color-primary')};
    cursor: pointer;
  }
  summary span {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  /* As a flex box the summary loses its marker, so the disclosure triangle is drawn here. */
  summary::before {
    content: '\\25B8';
    margin-inline-end: ${token('space-xs')};
  }
  details[open] summary::before {
    content: '\\25BE';
  }
  summary::-webkit-details-marker {
    display: none;
  }
  details p {
    margin: 0 0 ${token('space-s')};
  }
  /* A sketch of a check's bottom line: which group of digits is which. Decorative; the text above says it. */
  .check {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-s')} ${token('space-m')};
    padding: ${token('space-s')} ${token('space-m')};
    border: 1px dashed ${token('color-border')};
    border-radius: ${token('radius-small')};
    background: ${token('color-surface-alt')};
  }
  .check div {
    display: grid;
    justify-items: start;
  }
  .check .digits {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    letter-spacing: 0.05em;
  }
  .check div:first-child .digits {
    font-weight: 700;
  }
  .check .caption {
    color: ${token('color-text-muted')};
  }
`;
