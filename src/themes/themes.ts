// Ready-made themes: token values (see tokenDefaults) for a dark page and for readers who need
// larger type and targets. They are plain data so that a page can use them as a stylesheet
// (dist/themes/*.css, written by scripts/write-themes.mjs) or set them from script, and they combine:
// `theme="dark large-text"`.
import type { TokenName } from '../components/shared/token-defaults.js';

/** A theme: the tokens it changes. */
export type Theme = Partial<Record<TokenName, string>>;

/**
 * Light text on dark surfaces, every pair at least 4.5:1 (text, badges, notices and buttons);
 * primary buttons are light blue with dark text.
 */
export const darkTheme: Theme = {
  'color-text': '#e6e9ed',
  'color-text-muted': '#aeb6bf',
  'color-surface': '#16191d',
  'color-surface-alt': '#1f2429',
  'color-border': '#4b5563',
  'color-primary': '#7cc0f2',
  'color-on-primary': '#0b1a26',
  'color-success': '#7fd49a',
  'color-success-surface': '#12301d',
  'color-warning': '#f2b866',
  'color-warning-surface': '#33230b',
  'color-danger': '#ff9b8f',
  'color-danger-surface': '#3a1512',
  'color-info-surface': '#13283a',
  'color-skeleton': '#2a3037',
  'color-focus-ring': '#9fd2ff',
};

/** Type 1.25× the default and 48 px targets, for older readers; nothing else changes. */
export const largeTextTheme: Theme = {
  'font-size': '1.25rem',
  'font-size-small': '1.125rem',
  'font-size-heading': '1.5625rem',
  'line-height': '1.55',
  'target-size': '48px',
  'focus-ring-width': '4px',
};

/** The themes by the name a page writes in `theme="…"` (or `data-alis-theme="…"`). */
export const themes = { dark: darkTheme, 'large-text': largeTextTheme } as const;

/** The name of a ready-made theme. */
export type ThemeName = keyof typeof themes;

/** `theme`'s declarations, as a CSS block body: `--alis-color-text: #e6e9ed;` … */
export function themeDeclarations(theme: Theme): string {
  return Object.entries(theme)
    .map(([name, value]) => `  --alis-${name}: ${value};`)
    .join('\n');
}

/**
 * The stylesheet of theme `name`: applied where a provider says `theme="<name>"` or any element says
 * `data-alis-theme="<name>"`. Dark also follows the reader's system setting where the page says
 * `theme="auto"`.
 */
export function themeStylesheet(name: ThemeName): string {
  const selector = `alis-billing-provider[theme~="${name}"], [data-alis-theme~="${name}"]`;
  const block = themeDeclarations(themes[name]);
  const rules = [`${selector} {\n${block}\n}`];
  if (name === 'dark') {
    rules.push(`@media (prefers-color-scheme: dark) {\n  alis-billing-provider[theme~="auto"], [data-alis-theme~="auto"] {\n${block.replace(/^/gm, '  ')}\n  }\n}`);
  }
  return `/* ALIS billing widgets: the ${name} theme (src/themes/themes.ts). */\n${rules.join('\n')}\n`;
}
