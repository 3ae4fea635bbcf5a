import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { startMockWorker } from '../src/mock-server/browser.js';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Args, controls and docs come from the manifest generated from the elements' JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  loaders: [
    // The same handlers and mock billing engine as the tests and the demo; stories add overrides
    // through `parameters.msw`.
    mswLoader(async () => (await startMockWorker()).worker),
    // Every story starts from the seed data, so what a designer sees is always the same.
    async () => {
      await fetch('/api/v1/__mock/reset', { method: 'POST' });
      return {};
    },
  ],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};

export default preview;
