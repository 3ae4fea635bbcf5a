import { css } from 'lit';
import { token } from '../shared/tokens.js';

export const auditTrailStyles = css`
  :host {
    display: block;
  }
  .trail {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-s')};
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: ${token('font-size')};
    overflow-wrap: anywhere;
  }
  button.toggle {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-xs')};
    font-weight: 600;
    text-align: start;
  }
  .chevron {
    display: inline-block;
    transition: transform 0.15s ease;
  }
  button[aria-expanded='true'] .chevron {
    transform: rotate(90deg);
  }
  p {
    margin: 0;
  }
  .loading {
    color: ${token('color-text-muted')};
  }
  ol.entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: ${token('space-m')};
  }
  li.entry {
    display: grid;
    gap: ${token('space-xs')};
    padding-inline-start: ${token('space-m')};
    border-inline-start: 3px solid ${token('color-border')};
    min-width: 0;
  }
  .when {
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .who {
    color: ${token('color-text')};
    font-weight: 600;
  }
  .summary {
    overflow-wrap: anywhere;
  }
  table.changes {
    width: 100%;
    border-collapse: collapse;
    font-size: ${token('font-size-small')};
    table-layout: fixed;
  }
  table.changes th,
  table.changes td {
    text-align: start;
    vertical-align: top;
    padding: ${token('space-xs')} ${token('space-s')};
    border-bottom: 1px solid ${token('color-border')};
    overflow-wrap: anywhere;
  }
  table.changes thead th {
    color: ${token('color-text-muted')};
    font-weight: 600;
  }
  table.changes tbody th {
    font-weight: 600;
  }
  .more {
    justify-self: start;
  }
`;
