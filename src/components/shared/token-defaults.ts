// The theming API's data, apart from the `css` helpers in ./tokens.ts: the bundle's small entry
// exports it without importing Lit.

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
