import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * Every `--alis-*` custom property the elements read, with its default. This is the theming API:
 * a host page sets any of them on an element or an ancestor (they inherit through shadow roots).
 * Components never hard-code a colour, size or font; they read `token('…')`, so the defaults live
 * here once and the list documents itself.
 */
export const tokenDefaults = {
  'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  'font-size': '1rem',
  'font-size-small': '0.875rem',
  'font-size-heading': '1.25rem',
  'line-height': '1.5',
  'color-text': '#1f2933',
  'color-text-muted': '#52606d',
  'color-surface': '#ffffff',
  'color-surface-alt': '#f5f7fa',
  'color-border': '#cbd2d9',
  'color-primary': '#1f5f8b',
  'color-on-primary': '#ffffff',
  'color-success': '#1e6b3a',
  'color-success-surface': '#e3f4e8',
  'color-warning': '#8a4b00',
  'color-warning-surface': '#fff4e0',
  'color-danger': '#b42318',
  'color-danger-surface': '#fdecea',
  'color-info-surface': '#e8f1f8',
  'color-skeleton': '#e4e7eb',
  'color-focus-ring': '#1f5f8b',
  'focus-ring-width': '3px',
  'radius': '8px',
  'radius-small': '4px',
  'space-xs': '0.25rem',
  'space-s': '0.5rem',
  'space-m': '1rem',
  'space-l': '1.5rem',
  'target-size': '44px',
} as const;

/** The name of a theming token, without the `--alis-` prefix. */
export type TokenName = keyof typeof tokenDefaults;

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
