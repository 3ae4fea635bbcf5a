import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  // MDX files are docs pages (the "How to pay bills" guide), rendered by @storybook/addon-docs.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The MSW service worker must be served from the site root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
