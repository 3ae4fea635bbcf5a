import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The MSW service worker must be served from the site root.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
