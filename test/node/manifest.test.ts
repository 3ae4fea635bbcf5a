// custom-elements.json is what Storybook's Controls, editors' hints and generated framework types
// read: it must describe the public API and nothing else. The manifest is generated afresh here,
// as `npm run analyze` writes it (custom-elements-manifest.config.mjs), into a temporary folder.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { INTERNAL_CLASSES, reactWrapperFiles } from '../../scripts/react-wrappers.mjs';
import * as paymentEvents from '../../src/events/payment-events.js';
import * as paymentMethodEvents from '../../src/events/payment-method-events.js';
import * as staffEvents from '../../src/events/staff-events.js';
import * as notificationEvents from '../../src/events/notification-events.js';
import * as sessionEvents from '../../src/events/session-events.js';
import * as invitationEvents from '../../src/events/invitation-events.js';

interface Attribute {
  name: string;
  fieldName?: string;
}
interface Member {
  kind: string;
  name: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
  events?: Array<{ name: string; type?: { text: string } }>;
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: Array<{ kind: string; name: string; declaration: { name: string; module?: string } }>;
}

/** Every class the package exports for its events (src/index.ts re-exports these modules). */
const eventClasses = new Set(
  Object.entries({ ...paymentEvents, ...paymentMethodEvents, ...staffEvents, ...notificationEvents, ...sessionEvents, ...invitationEvents })
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof Event)
    .map(([name]) => name),
);

let modules: Module[] = [];
const elements = () => modules.flatMap((module) => (module.declarations ?? []).filter((declaration) => declaration.tagName));

describe('the custom elements manifest', () => {
  before(() => {
    // The analyzer writes under the working directory, whatever --outdir says.
    mkdirSync('.test-results', { recursive: true });
    const out = mkdtempSync(join('.test-results', 'manifest-'));
    try {
      execFileSync(process.execPath, ['node_modules/@custom-elements-manifest/analyzer/cem.js', 'analyze', '--outdir', out, '--quiet'], {
        stdio: 'pipe',
        env: { ...process.env, ALIS_MANIFEST_ONLY: '1' },
      });
      modules = (JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8')) as { modules: Module[] }).modules;
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('gives the React wrappers committed in src/react/ (npm run analyze writes them)', () => {
    const expected = reactWrapperFiles({ modules }, INTERNAL_CLASSES);
    const committed = Object.fromEntries(readdirSync('src/react').map((name) => [name, readFileSync(join('src/react', name), 'utf8')]));
    assert.deepEqual(Object.keys(committed).sort(), Object.keys(expected).sort());
    for (const [name, text] of Object.entries(expected)) assert.equal(committed[name], text, `src/react/${name} is stale: run npm run analyze`);
    assert.match(expected['invoices.ts'] ?? '', /onAlisPaymentSubmitted: 'alis-payment-submitted' as EventName<AlisPaymentSubmittedEvent>/);
  });

  it('describes every element a define module registers', () => {
    const tags = new Set(elements().map((element) => element.tagName));
    const defined = readdirSync('src/define').map((file) => file.replace(/\.ts$/, ''));
    assert.deepEqual(
      defined.filter((tag) => !tags.has(tag)),
      [],
    );
  });

  it('lists no internal state, and nothing private, as an attribute', () => {
    const wrong = elements().flatMap((element) => {
      const hidden = new Set((element.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#')).map((member) => member.name));
      return (element.attributes ?? []).filter((attribute) => hidden.has(attribute.fieldName ?? attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`);
    });
    assert.deepEqual(wrong, []);
  });

  it('gives <alis-pay-flow> only its public attributes (its eleven pieces of state used to be listed)', () => {
    const payFlow = elements().find((element) => element.tagName === 'alis-pay-flow');
    assert.deepEqual((payFlow?.attributes ?? []).map((attribute) => attribute.name).sort(), ['heading-level', 'locale']);
    const step = payFlow?.members?.find((member) => member.name === 'step');
    assert.equal(step?.privacy, 'private', 'the flow’s step is state, not API');
  });

  it('types every event with the class a listener receives', () => {
    const wrong = elements().flatMap((element) =>
      (element.events ?? [])
        .filter((event) => {
          const type = event.type?.text;
          if (!type) return true;
          if (type === 'Event' || type.startsWith('CustomEvent<')) return !event.name.startsWith('alis-pc-') && !['input', 'change'].includes(event.name) && !event.name.endsWith('-close');
          return !eventClasses.has(type);
        })
        .map((event) => `${element.tagName} ${event.name}: ${event.type?.text ?? 'no type'}`),
    );
    assert.deepEqual(wrong, []);
  });

  it('names where each tag is defined, as a custom-element-definition export of the declaring class', () => {
    const definitions = modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'));
    const missing = elements().filter((element) => {
      const definition = definitions.find((entry) => entry.name === element.tagName);
      return definition?.declaration.name !== element.name;
    });
    assert.deepEqual(
      missing.map((element) => element.tagName),
      [],
    );
    const declaredIn = new Set(modules.filter((module) => module.declarations?.some((declaration) => declaration.customElement)).map((module) => module.path));
    for (const definition of definitions) assert.ok(declaredIn.has(definition.declaration.module ?? ''), `${definition.name} points to ${definition.declaration.module}`);
  });
});
