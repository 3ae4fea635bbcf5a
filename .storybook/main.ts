import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // MDX files are docs pages (the "How to pay bills" guide), rendered by @storybook/addon-docs.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // addon-a11y: axe's findings in each story's Accessibility panel (npm test runs axe on every story too).
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The MSW service worker must be served from the site root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
