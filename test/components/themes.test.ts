// The ready-made themes (src/themes/themes.ts) as a page uses them: the stylesheet linked, the theme
// named on the provider. What a reader sees changes (colours, type, target size) and stays legible.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { waitUntil } from '../support/wait.js';
import '../../src/define/alis-billing-provider.js';
import '../../src/define/alis-invoices.js';
import { themeStylesheet, darkTheme } from '../../src/themes/themes.js';
import { mockWorker, persona, resetMockBackend, type Persona } from '../support/mock-backend.js';

const sheet = document.createElement('style');
sheet.textContent = `${themeStylesheet('dark')}\n${themeStylesheet('large-text')}`;

/** `rgb(r, g, b)` of a `#rrggbb` colour, as getComputedStyle reports it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

async function mount(daniel: Persona, theme: string) {
  const wrapper = await fixture<HTMLDivElement>(html`
    <div style="width: 1100px; background: var(--alis-color-surface, #fff)">
      <alis-billing-provider base-url="/api/v1" .token=${daniel.token} theme=${theme}><alis-invoices></alis-invoices></alis-billing-provider>
    </div>
  `);
  const provider = wrapper.querySelector('alis-billing-provider')!;
  // The surface behind the widgets follows the theme, as the README asks of a page.
  wrapper.style.background = getComputedStyle(provider).getPropertyValue('--alis-color-surface') || '#fff';
  const element = wrapper.querySelector('alis-invoices')!;
  await waitUntil(() => element.shadowRoot?.querySelector('tbody tr[data-invoice-id]'), 'the invoices never showed', { timeout: 10_000 });
  await element.updateComplete;
  await nextFrame();
  return element;
}

describe('ready-made themes', () => {
  let daniel: Persona;

  before(async () => {
    await mockWorker();
    daniel = await persona((p) => p.token === 'mock-token-daniel-whitaker', 'Daniel Whitaker');
    document.head.append(sheet);
  });

  after(async () => {
    sheet.remove();
    await emulateMedia({ colorScheme: 'light' });
  });

  beforeEach(resetMockBackend);

  it('dark: the widgets read light text from the theme, and pass axe on its surface', async () => {
    const element = await mount(daniel, 'dark');
    const heading = element.shadowRoot!.querySelector('h2')!;
    expect(getComputedStyle(heading).color).to.equal(rgb(darkTheme['color-text']!));
    await expect(element).to.be.accessible();
  });

  it('large text: type 1.25× and 48 px targets, combined with dark', async () => {
    const plain = await mount(daniel, '');
    const plainSize = Number.parseFloat(getComputedStyle(plain.shadowRoot!.querySelector('td')!).fontSize);
    const large = await mount(daniel, 'dark large-text');
    const cell = large.shadowRoot!.querySelector('td')!;
    expect(Number.parseFloat(getComputedStyle(cell).fontSize)).to.be.closeTo(plainSize * 1.25, 0.5);
    const pay = [...large.shadowRoot!.querySelectorAll('tbody button')].find((button) => button.textContent?.trim().startsWith('Pay'))!;
    expect(pay.getBoundingClientRect().height).to.be.at.least(48);
    expect(getComputedStyle(large.shadowRoot!.querySelector('h2')!).color).to.equal(rgb(darkTheme['color-text']!));
    await expect(large).to.be.accessible();
  });

  it('auto: dark only when the reader\'s system prefers it', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const light = await mount(daniel, 'auto');
    expect(getComputedStyle(light.shadowRoot!.querySelector('h2')!).color).to.not.equal(rgb(darkTheme['color-text']!));
    await emulateMedia({ colorScheme: 'dark' });
    await nextFrame();
    expect(getComputedStyle(light.shadowRoot!.querySelector('h2')!).color).to.equal(rgb(darkTheme['color-text']!));
  });
});
