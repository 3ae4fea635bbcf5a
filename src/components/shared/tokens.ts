import { css, unsafeCSS, type CSSResult } from 'lit';

import { tokenDefaults, type TokenName } from './token-defaults.js';

export { tokenDefaults, type TokenName };

/** `var(--alis-<name>, <default>)` as a CSS value, for use inside `css` templates. */
export function token(name: TokenName): CSSResult {
  return unsafeCSS(`var(--alis-${name}, ${tokenDefaults[name]})`);
}

/** Base styles every element starts from: its own font and colours, and a visible focus ring. */
export const hostStyles = css`
  :host {
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: ${token('line-height')};
    color: ${token('color-text')};
    box-sizing: border-box;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: ${token('focus-ring-width')} solid ${token('color-focus-ring')};
    outline-offset: 2px;
  }
  /* What reads as one token (a date, a time, a reference, an amount) never breaks across lines. */
  .nowrap {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
