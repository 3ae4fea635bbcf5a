import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { bareList, oneColumn } from '../shared/layout.styles.js';

/** On top of the staff table styles: a compact list of entries, each with a small table of changes. */
export const auditTrailStyles = css`
  :host {
    display: block;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-size: ${token('font-size')};
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  button.toggle {
    font-weight: 600;
    text-align: start;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .trail {
    ${oneColumn}
    gap: ${token('space-s')};
  }
  ol.entries {
    ${bareList}
    display: grid;
    gap: ${token('space-m')};
  }
  li.entry {
    display: grid;
    gap: ${token('space-xs')};
    padding-inline-start: ${token('space-m')};
    border-inline-start: 3px solid ${token('color-border')};
  }
  .when {
    font-size: ${token('font-size-small')};
    color: ${token('color-text-muted')};
  }
  .who {
    color: ${token('color-text')};
    font-weight: 600;
  }
  table.changes {
    font-size: ${token('font-size-small')};
    table-layout: fixed;
  }
  table.changes th,
  table.changes td {
    padding: ${token('space-xs')} ${token('space-s')};
    white-space: normal;
    overflow-wrap: anywhere;
  }
  table.changes tbody th {
    background: none;
    color: ${token('color-text')};
  }
  .more {
    justify-self: start;
  }
`;
