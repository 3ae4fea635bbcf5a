// How `npm run analyze` writes custom-elements.json, which Storybook, editors and generated
// framework types read. The analyzer's Lit support knows `attribute: false` but not `state: true`,
// and it knows `customElements.define()` but not our `AlisX.define('tag')`; these plugins fill in
// both, so tools see the public API and nothing else (test/node/manifest.test.ts checks it).
import { posix } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { INTERNAL_CLASSES, reactWrapperFiles } from './scripts/react-wrappers.mjs';

/** Class name → names of its `static properties` entries that are `state: true` (internal, never attributes). */
const stateProperties = new Map();
/** Class name → its module as dist/types/ imports it (`../components/invoices/invoices.js`). */
const classModules = new Map();
const builtModule = (modulePath) => `../${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

/** `{ state: true }` in a property's options object literal. */
function isStateOptions(ts, options) {
  return (
    ts.isObjectLiteralExpression(options) &&
    options.properties.some(
      (option) => ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword,
    )
  );
}

const stateIsNotAnAttribute = {
  name: 'alis-state-is-not-an-attribute',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isClassDeclaration(node) || !node.name) return;
    classModules.set(node.name.getText(), builtModule(moduleDoc.path));
    for (const member of node.members) {
      const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
      if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
      if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
      const names = member.initializer.properties
        .filter((property) => ts.isPropertyAssignment(property) && isStateOptions(ts, property.initializer))
        .map((property) => property.name.getText());
      if (names.length > 0) stateProperties.set(node.name.getText(), new Set(names));
    }
  },
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const state = stateProperties.get(declaration.name);
        if (!state) continue;
        declaration.attributes = (declaration.attributes ?? []).filter((attribute) => !state.has(attribute.fieldName ?? attribute.name));
        if (declaration.attributes.length === 0) delete declaration.attributes;
        for (const member of declaration.members ?? []) {
          if (!state.has(member.name)) continue;
          // Reactive internal state: not part of the element's API, whatever TypeScript's modifier.
          member.privacy = 'private';
          delete member.attribute;
          delete member.reflects;
        }
      }
    }
  },
};

/**
 * Where `className` comes from at `node`: a static import of the module, or (for a part the Payment
 * Center loads on first need) the module of `import('./x.js').then(({ AlisX }) => AlisX.define(…))`.
 */
function importedFrom(ts, node, className) {
  const imported = node
    .getSourceFile()
    .statements.filter(ts.isImportDeclaration)
    .find((declaration) => declaration.importClause?.namedBindings?.elements?.some((element) => element.name.getText() === className));
  if (imported) return imported.moduleSpecifier.text;
  let callback = node.parent;
  while (callback && !ts.isArrowFunction(callback)) callback = callback.parent;
  const binding = callback?.parameters[0]?.name;
  if (!binding || !ts.isObjectBindingPattern(binding) || !binding.elements.some((element) => element.name.getText() === className)) return null;
  const then = callback.parent;
  if (!ts.isCallExpression(then) || !ts.isPropertyAccessExpression(then.expression)) return null;
  const load = then.expression.expression;
  if (!ts.isCallExpression(load) || load.expression.kind !== ts.SyntaxKind.ImportKeyword) return null;
  const [specifier] = load.arguments;
  return specifier && ts.isStringLiteral(specifier) ? specifier.text : null;
}

/** `AlisInvoices.define('alis-invoices')` (in a define module, or where a part loads on first need): a custom-element-definition export. */
const defineCallsAreDefinitions = {
  name: 'alis-define-calls-are-definitions',
  analyzePhase({ ts, node, moduleDoc }) {
    if (!ts.isCallExpression(node) || !ts.isPropertyAccessExpression(node.expression)) return;
    const { expression: target, name } = node.expression;
    const [tag] = node.arguments;
    if (name.getText() !== 'define' || !ts.isIdentifier(target) || !tag || !ts.isStringLiteral(tag)) return;
    const className = target.getText();
    const from = importedFrom(ts, node, className);
    if (!from) return;
    const module = posix.normalize(posix.join(posix.dirname(moduleDoc.path), from)).replace(/\.js$/, '.ts');
    moduleDoc.exports ??= [];
    moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: className, module } });
  },
};

const JSX_TYPES_DIR = 'dist/types';
/** Set by test/node/manifest.test.ts, which reads only the manifest: nothing is written to dist/. */
const MANIFEST_ONLY = process.env.ALIS_MANIFEST_ONLY === '1';
const JSX_TYPES_FILE = 'custom-elements-jsx.d.ts';
const VUE_TYPES_FILE = 'custom-elements-vue.d.ts';
const SVELTE_TYPES_FILE = 'custom-elements-svelte.d.ts';

/** Every event class the elements fire (`AlisPayRequestEvent`, …), from the manifest. */
const eventClassesOf = (manifest) =>
  [
    ...new Set(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .flatMap((declaration) => declaration.events ?? [])
        .map((event) => event.type?.text)
        .filter((type) => type && /^Alis\w+Event$/.test(type)),
    ),
  ].sort();

/**
 * The generated types name each event's class but import it from the wrong place: the JSX types
 * not at all, the Vue types from the element's module (with `Event`, a global). The event classes
 * are imported here from the package's root, where they are exported, and the element modules'
 * imports keep only what those modules export.
 */
const importEventClasses = {
  name: 'alis-types-import-event-classes',
  packageLinkPhase({ customElementsManifest }) {
    if (MANIFEST_ONLY) return;
    const classes = eventClassesOf(customElementsManifest);
    const rootImport = `import type { ${classes.join(', ')} } from "../index.js";\n`;
    const jsx = `${JSX_TYPES_DIR}/${JSX_TYPES_FILE}`;
    writeFileSync(jsx, rootImport + readFileSync(jsx, 'utf8'));
    const vue = `${JSX_TYPES_DIR}/${VUE_TYPES_FILE}`;
    const fromElements = readFileSync(vue, 'utf8').replace(/import type \{([^}]*)\} from "(\.\.\/components\/[^"]+)";/g, (_all, names, from) => {
      const kept = names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name && name !== 'Event' && !classes.includes(name));
      return kept.length > 0 ? `import type { ${kept.join(', ')} } from "${from}";` : '';
    });
    writeFileSync(vue, rootImport + fromElements);
    const svelte = `${JSX_TYPES_DIR}/${SVELTE_TYPES_FILE}`;
    // The generator's base props borrow two JSX types Svelte has no namespace for.
    const svelteText = readFileSync(svelte, 'utf8').replace('children?: JSX.Element;', 'children?: unknown;').replace('style?: JSX.CSSProperties;', 'style?: string;')
      // With imports the file is a module, so its `svelteHTML` must be declared global to reach Svelte.
      .replace(/declare namespace svelteHTML \{([\s\S]*)\}\s*$/, 'declare global {\n  namespace svelteHTML {$1}\n}\n');
    writeFileSync(svelte, fixElementImports(svelteText, classes, rootImport));
  },
};

/** Keeps only what each element module exports in its import, and imports the event classes from the root. */
function fixElementImports(text, classes, rootImport) {
  const fixed = text.replace(/import type \{([^}]*)\} from "(\.\.\/components\/[^"]+)";/g, (_all, names, from) => {
    const kept = names
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && name !== 'Event' && !classes.includes(name));
    return kept.length > 0 ? `import type { ${kept.join(', ')} } from "${from}";` : '';
  });
  return rootImport + fixed;
}

/**
 * React wrappers (src/react/, compiled with the rest): written from the manifest, so a new element
 * or event reaches React users without anyone writing a wrapper. The files are committed, and
 * test/node/manifest.test.ts fails when they differ from what the manifest gives.
 */
const reactWrappers = {
  name: 'alis-react-wrappers',
  packageLinkPhase({ customElementsManifest }) {
    if (MANIFEST_ONLY) return;
    const files = reactWrapperFiles(customElementsManifest, INTERNAL_CLASSES);
    mkdirSync('src/react', { recursive: true });
    for (const name of readdirSync('src/react')) if (!(name in files)) rmSync(`src/react/${name}`);
    for (const [name, text] of Object.entries(files)) {
      const path = `src/react/${name}`;
      const current = (() => {
        try {
          return readFileSync(path, 'utf8');
        } catch {
          return null;
        }
      })();
      if (current !== text) writeFileSync(path, text);
    }
  },
};


export default {
  globs: ['src/components/**/*.ts', 'src/define/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; left to the analyzer, a run with --outdir (the
  // manifest test's) would point it at a temporary folder.
  packagejson: false,
  plugins: [
    stateIsNotAnAttribute,
    defineCallsAreDefinitions,
    // JSX types for React 19, Preact and other JSX apps: every public tag with its properties, typed events and CSS custom properties.
    jsxTypesPlugin({
      outdir: JSX_TYPES_DIR,
      fileName: JSX_TYPES_FILE,
      // Each element's types from its own module in dist/ (which also exports the types its properties use).
      componentTypePath: (_name, _tag, modulePath) => builtModule(modulePath),
      stronglyTypedEvents: true,
      exclude: INTERNAL_CLASSES,
      skip: MANIFEST_ONLY,
    }),
    // Vue's GlobalComponents: the tags with their props and events, for templates and Volar.
    customElementVuejsPlugin({
      outdir: JSX_TYPES_DIR,
      fileName: VUE_TYPES_FILE,
      componentTypePath: (name) => classModules.get(name) ?? '../index.js',
      exclude: INTERNAL_CLASSES,
      hideLogs: true,
      skip: MANIFEST_ONLY,
    }),
    // Svelte 5's `svelteHTML` intrinsic elements: the tags with their props and `on…` events.
    customElementSveltePlugin({
      outdir: JSX_TYPES_DIR,
      fileName: SVELTE_TYPES_FILE,
      componentTypePath: (name) => classModules.get(name) ?? '../index.js',
      exclude: INTERNAL_CLASSES,
      hideLogs: true,
      skip: MANIFEST_ONLY,
    }),
    // Editor hints for the tags, their attributes and CSS custom properties in plain HTML and CSS.
    customElementVsCodePlugin({
      outdir: JSX_TYPES_DIR,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      exclude: INTERNAL_CLASSES,
      hideLogs: true,
      skip: MANIFEST_ONLY,
    }),
    customElementJetBrainsPlugin({
      outdir: JSX_TYPES_DIR,
      webTypesFileName: 'web-types.json',
      exclude: INTERNAL_CLASSES,
      packageJson: false,
      hideLogs: true,
      skip: MANIFEST_ONLY,
      // web-types name each element's source module as the package ships it.
      modulePathTemplate: (_name, modulePath) => `dist/${modulePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`,
    }),
    // After the generators above: it corrects what they wrote.
    importEventClasses,
    reactWrappers,
  ],
};
