import { css } from 'lit';
import { token } from '../shared/tokens.js';
import { boxStyles, oneColumn, quietHeadingFocus, termStyles } from '../shared/layout.styles.js';

export const paymentGuideStyles = [
  termStyles,
  quietHeadingFocus,
  css`
  :host {
    display: block;
    container-type: inline-size;
  }
  .guide {
    ${oneColumn}
    gap: ${token('space-l')};
    max-width: 46rem;
    /* Prose with the community's own words in it (a name, an address): one long word wraps. */
    overflow-wrap: anywhere;
  }
  h2 {
    margin: 0;
    font-size: 1.5rem;
    overflow-wrap: anywhere;
  }
  h3 {
    margin: 0;
    font-size: ${token('font-size-heading')};
  }
  h4 {
    margin: ${token('space-m')} 0 0;
    font-size: 1.0625rem;
  }
  p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .loading {
    color: ${token('color-text-muted')};
  }
  .intro {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-m')};
  }
  .lead {
    flex: 1 1 20rem;
    font-size: 1.0625rem;
  }
  .section {
    display: grid;
    gap: ${token('space-s')};
    min-width: 0;
  }
  ul,
  ol {
    margin: 0;
    padding-inline-start: 1.5rem;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: ${token('space-s')};
  }
  ${boxStyles('dl.office')}
  dl.office > div {
    display: grid;
    grid-template-columns: minmax(0, 6rem) minmax(0, 1fr);
    gap: ${token('space-s')};
    align-items: center;
  }
  a {
    color: ${token('color-primary')};
    overflow-wrap: anywhere;
  }
  /* Phone and email are the actions of this guide: targets at least 44px high. */
  dd a {
    display: inline-flex;
    align-items: center;
    min-height: ${token('target-size')};
  }
  /* Narrow boxes (a phone, or 200% zoom): each label goes above its value. */
  @container (max-width: 24rem) {
    dl.office > div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }

  /* Paper: black ink, no boxes or buttons, each section kept together where it fits. */
  @media print {
    .guide {
      max-width: none;
      gap: ${token('space-m')};
    }
    .guide * {
      color: black !important;
      background: transparent !important;
    }
    button,
    .print {
      display: none !important;
    }
    .notice,
    dl.office {
      border: 1px solid black;
    }
    .section {
      break-inside: avoid;
    }
    h3,
    h4 {
      break-after: avoid;
    }
    a {
      text-decoration: none;
    }
  }
  `,
];
