// The two self-contained bundles share what they have in common: a page with both downloads Lit
// once, and Lit creates its Trusted Types policy once (a second `lit-html` policy is refused under
// `trusted-types lit-html`, and the second bundle's elements would never define).
import { expect } from '@open-wc/testing';
import { staticallyImported } from './bundle-files.js';

// Every copy of lit-html registers its version here when it runs.
const isLit = (source: string) => source.includes('litHtmlVersions');

describe('dist/alis-billing.js and dist/alis-staff.js together', () => {
  it('import Lit from one shared chunk, which neither bundle embeds', async () => {
    // The payer entry asks for its first screen (the provider, the four widgets) with `import()`
    // as soon as it runs, after its early reads: those chunks and what they import.
    const entry = new Map(await staticallyImported('/dist/alis-billing.js'));
    const firstScreens = [...new Set([...entry.get('/dist/alis-billing.js')!.matchAll(/import\("\.\/(chunks\/[^"]*first-screen[^"]*)"\)/g)].map(([, path]) => `/dist/${path}`))];
    expect(firstScreens, 'the first-screen chunks the payer entry imports at once').to.not.be.empty;
    const payer = new Map([...entry, ...(await Promise.all(firstScreens.map((chunk) => staticallyImported(chunk)))).flat()]);
    const staff = new Map(await staticallyImported('/dist/alis-staff.js'));
    const withLit = [...new Map([...payer, ...staff])].filter(([, source]) => isLit(source)).map(([url]) => url);
    expect(withLit, 'files that carry a copy of Lit').to.have.length(1);
    const [shared] = withLit;
    expect(shared).to.match(/^\/dist\/chunks\//);
    expect(payer.has(shared!), 'the payer bundle loads the shared chunk').to.equal(true);
    expect(staff.has(shared!), 'the staff bundle loads the shared chunk').to.equal(true);
  });
});
