import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { bareList, hiddenTableHead, oneColumn } from '../shared/layout.styles.js';

/**
 * On top of the staff table styles: a compact list of entries, each with a small table of changes,
 * which in a narrow trail lists each change as its field and then "Before" and "After" under it.
 */
export const auditTrailStyles = css`
  :host {
    display: block;
    /* em: the trail's own type, so large text turns to the narrow layout sooner. */
    container: alis-trail / inline-size;
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
  @container alis-trail (max-width: 30em) {
    table.changes,
    table.changes tbody,
    table.changes tr,
    table.changes th,
    table.changes td {
      display: block;
    }
    table.changes {
      position: relative;
    }
    table.changes thead {
      ${hiddenTableHead}
    }
    table.changes tr {
      padding-block: ${token('space-xs')};
      border-bottom: 1px solid ${token('color-border')};
    }
    table.changes :is(th, td) {
      border: none;
      padding-block: 0;
    }
    table.changes td[data-label]::before {
      content: attr(data-label) ': ' / '';
      color: ${token('color-text-muted')};
    }
  }
`;
