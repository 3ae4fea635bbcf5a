// React wrappers for every public element, written from custom-elements.json with @lit/react:
// properties pass through as React props, and each event the element fires becomes a typed
// `onAlis…` prop (`onAlisPaymentSubmitted: (event: AlisPaymentSubmittedEvent) => void`). One module
// per element, so a React app that uses <AlisInvoices> never loads the Payment Center.
// Run by the manifest's analyzer (custom-elements-manifest.config.mjs); test/node/manifest.test.ts
// fails if the committed src/react/ differs from what the manifest gives.

/** Parts the Payment Center and the forms load and register themselves: not tags a page writes. */
export const INTERNAL_CLASSES = ['AlisPcApplyCredit', 'AlisPcArrangementEditor', 'AlisPcDeposits', 'AlisPcHistory', 'AlisPcInvoices', 'AlisPcPayers', 'AlisPcPullAllDue', 'AlisPcPullPayment', 'AlisPcRequestMethod', 'AlisPcSettings', 'AlisPcUndeposited'];

/** `alis-payment-submitted` → `onAlisPaymentSubmitted`; `change` → `onChange`. */
export const eventProp = (name) => `on${name.replace(/(^|-)(\w)/g, (_all, _dash, letter) => letter.toUpperCase())}`;

/** `alis-pay-outstanding` → `pay-outstanding` (the module's name under react/). */
const moduleName = (tag) => tag.replace(/^alis-/, '');

const relativeTo = (path) => `../${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

/** The public elements: tag, class, its module, the define module that registers it, and its events. */
export function publicElements(manifest, internalClasses) {
  const declarations = new Map(manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => [`${module.path}#${declaration.name}`, declaration])));
  const elements = new Map();
  for (const module of manifest.modules) {
    if (!module.path.startsWith('src/define/')) continue;
    for (const exported of module.exports ?? []) {
      if (exported.kind !== 'custom-element-definition' || internalClasses.includes(exported.declaration.name)) continue;
      const declaration = declarations.get(`${exported.declaration.module}#${exported.declaration.name}`);
      // The define module named after the tag registers it; a module that registers its helpers too is not theirs.
      const existing = elements.get(exported.name);
      if (existing && existing.defineModule.endsWith(`/${exported.name}.ts`)) continue;
      elements.set(exported.name, {
        tag: exported.name,
        className: exported.declaration.name,
        classModule: exported.declaration.module,
        defineModule: module.path,
        summary: declaration?.summary ?? '',
        events: (declaration?.events ?? []).filter((event) => event.name).map((event) => ({ name: event.name, type: event.type?.text ?? 'Event', description: event.description ?? '' })),
      });
    }
  }
  return [...elements.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

const HEADER = '// Written by scripts/react-wrappers.mjs from custom-elements.json: do not edit.';

/** The files of src/react/, by name. */
export function reactWrapperFiles(manifest, internalClasses) {
  const elements = publicElements(manifest, internalClasses);
  const files = {};
  for (const element of elements) {
    const eventTypes = [...new Set(element.events.map((event) => event.type).filter((type) => /^Alis\w+Event$/.test(type)))].sort();
    const otherTypes = [...new Set(element.events.map((event) => event.type).filter((type) => !/^Alis\w+Event$/.test(type) && type !== 'Event'))];
    const typeImports = [];
    if (eventTypes.length) typeImports.push(`import type { ${eventTypes.join(', ')} } from '../index.js';`);
    for (const type of otherTypes) {
      const inner = /^CustomEvent<(\w+)>$/.exec(type)?.[1];
      if (inner) typeImports.push(`import type { ${inner} } from '../sdk/index.js';`);
    }
    const events = element.events.map((event) => `    /** ${event.description.replace(/\*\//g, '*\\/') || `\`${event.name}\``} */\n    ${eventProp(event.name)}: '${event.name}' as EventName<${event.type}>,`);
    files[`${moduleName(element.tag)}.ts`] = [
      HEADER,
      "import * as React from 'react';",
      `import { createComponent${element.events.length ? ', type EventName' : ''} } from '@lit/react';`,
      `import { ${element.className} as ${element.className}Element } from '${relativeTo(element.classModule)}';`,
      ...typeImports,
      `import '${relativeTo(element.defineModule)}';`,
      '',
      `/** \`<${element.tag}>\` for React${element.summary ? `: ${element.summary.replace(/\*\//g, '*\\/')}` : '.'} */`,
      `export const ${element.className} = createComponent({`,
      `  tagName: '${element.tag}',`,
      `  elementClass: ${element.className}Element,`,
      '  react: React,',
      element.events.length ? `  events: {\n${events.join('\n')}\n  },` : '  events: {},',
      '});',
      '',
    ].join('\n');
  }
  files['index.ts'] = [
    HEADER,
    '// Every wrapper; import one element’s module (`@alis/billing-widgets/react/invoices`) to load only it.',
    ...elements.map((element) => `export { ${element.className} } from './${moduleName(element.tag)}.js';`),
    '',
  ].join('\n');
  return files;
}
