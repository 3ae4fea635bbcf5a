import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { startMockWorker } from '../src/mock-server/browser.js';
import { mockFaults } from '../src/mock-server/handlers.js';
import { NETWORK_PRESETS, type NetworkPreset } from '../src/mock-server/faults.js';
import manifest from '../custom-elements.json';
import { themes, themeStylesheet, type ThemeName } from '../src/themes/themes.js';
import '../src/index.js';

// Args, controls and docs come from the manifest generated from the elements' JSDoc, public API
// only: the manifest also describes private fields (`#loadTask`) and internal state, which are no
// controls for a designer or a host page.
interface ManifestMember {
  name: string;
  privacy?: string;
  static?: boolean;
}
const isPublic = (member: ManifestMember) => member.privacy !== 'private' && member.privacy !== 'protected' && !member.static && !member.name.startsWith('#');
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: (module.declarations ?? []).map((declaration) =>
      'members' in declaration && Array.isArray(declaration.members) ? { ...declaration, members: (declaration.members as ManifestMember[]).filter(isPublic) } : declaration,
    ),
  })),
});

const isPreset = (value: unknown): value is NetworkPreset => NETWORK_PRESETS.some((p) => p.value === value);

// Every theme's stylesheet, once: the toolbar's Theme only sets `data-alis-theme`.
const themeSheet = document.createElement('style');
themeSheet.textContent = [
  ...(Object.keys(themes) as ThemeName[]).map((name) => themeStylesheet(name)),
  '#storybook-root[data-alis-theme] { background: var(--alis-color-surface); color: var(--alis-color-text); }',
].join('\n');
document.head.append(themeSheet);

const preview: Preview = {
  // "Network" in the toolbar: the mock's fault layer (src/mock-server/faults.ts), the same one the
  // tests schedule. Flaky drops every third API call, before or after the engine applied it.
  globalTypes: {
    lang: {
      description: 'The language the widgets write in: they follow `lang` on the page (here the document)',
      toolbar: {
        title: 'Language',
        icon: 'transfer',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'The ready-made themes (src/themes/themes.ts): dark, large text, or both',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light (default)' },
          { value: 'dark', title: 'Dark' },
          { value: 'large-text', title: 'Large text' },
          { value: 'dark large-text', title: 'Dark, large text' },
        ],
        dynamicTitle: true,
      },
    },
    network: {
      description: 'How the mock API answers: normal, slow, flaky, offline or failing with 500s',
      toolbar: {
        title: 'Network',
        icon: 'globe',
        items: NETWORK_PRESETS.map(({ value, title }) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { network: 'normal', theme: 'light', lang: 'en' },
  decorators: [
    // The widgets follow `lang` on an ancestor or the document, and switch live when it changes.
    (story, context) => {
      document.documentElement.lang = String(context.globals['lang'] ?? 'en');
      return story();
    },
    (story, context) => {
      const network = context.globals['network'];
      mockFaults.preset(isPreset(network) ? network : 'normal');
      return story();
    },
    // The ready-made themes, as a page uses them: their stylesheets, and `data-alis-theme` on an
    // ancestor (here the story's root), on the theme's own surface.
    (story, context) => {
      const theme = String(context.globals['theme'] ?? 'light');
      const root = document.querySelector<HTMLElement>('#storybook-root');
      if (root) {
        if (theme === 'light') delete root.dataset['alisTheme'];
        else root.dataset['alisTheme'] = theme;
      }
      return story();
    },
  ],
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
  // A docs page per element, from the manifest (its description, attributes, properties, events,
  // parts and custom properties), before its stories.
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    // Violations are errors: scripts/check-storybook.mjs fails a story on any of them.
    a11y: { test: 'error' },
    // On a docs page each story runs in a frame of its own, with its own mock backend: inline, one
    // story switching the portal off would show every other story switched off too.
    docs: { story: { inline: false, iframeHeight: 420 } },
  },
};

export default preview;
