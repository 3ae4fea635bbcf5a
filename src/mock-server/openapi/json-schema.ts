// Validates values against the schemas of the OpenAPI document with Ajv (the 2020-12 dialect, which
// OpenAPI 3.1 uses) and ajv-formats. Ajv is maintained and implements the whole of JSON Schema
// 2020-12, so the mock no longer depends on a hand-written validator that knew only the keywords the
// document happened to use.
//
// How `$ref`s resolve: a clone of the whole document is registered in Ajv under the id
// `alis-openapi`, so the document's own `#/components/schemas/…` refs resolve inside it. A schema
// handed to `validate` (a `{ $ref: '#/components/schemas/Invoice' }`, an inline parameter schema…)
// is compiled with its local `#/…` refs rewritten to `alis-openapi#/…`; a bare `{ $ref }` is looked
// up with `ajv.getSchema` instead. Compiled functions are cached by schema object and by content.
//
// Ajv's errors are turned into this project's violations: JSON paths like `billingAddress.postalCode`
// or `items[2].id` (`''` for the root), a missing property reported at its own path ('Required.'),
// and short sentences for people ('Must not be empty.'). A failed `oneOf` is explained by validating
// the value against each branch on its own: the branch its `discriminator` names, or else the
// closest branch, rather than every branch's errors at once.

import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** One way a value breaks its schema: a JSON path (`billingAddress.postalCode`, `items[2].id`) and why. */
export interface Violation {
  path: string;
  message: string;
}

type Json = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id the document has in Ajv; local refs `#/…` become `alis-openapi#/…`. */
const DOCUMENT_ID = 'alis-openapi';

// Ajv runs with `strictSchema` on, so a keyword it does not know (a typo such as `minLenght`, or
// OpenAPI 3.0's `nullable`, which 3.1 dropped) makes compiling fail loudly instead of being ignored.
// What OpenAPI itself adds is registered as annotations, which Ajv accepts and does not check:
// - the Schema Object's extra fields. `discriminator` is explained by this file when a `oneOf`
//   fails; Ajv's own `discriminator` option is not used because it does not support `mapping`.
// - the OpenAPI Object's fields, because Ajv compiles the registered document's root as a schema
//   when it resolves a ref into it,
// - and every `x-…` extension field the document uses.
// `strictTypes` is off: it is a style check (it wants `type` next to every type-specific keyword
// and frowns on `type: [string, 'null']`, the OpenAPI 3.1 way of saying nullable), not validation.
const OPENAPI_SCHEMA_FIELDS = ['discriminator', 'xml', 'externalDocs', 'example'];
const OPENAPI_ROOT_FIELDS = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'paths', 'webhooks', 'components', 'security', 'tags'];

/** Validates values against schemas of one OpenAPI document (which `$ref`s point into). */
export class SchemaValidator {
  readonly #root: Json;
  readonly #ajv: Ajv2020;
  /** Compiled functions by the schema object they were compiled for. */
  readonly #byObject = new WeakMap<object, ValidateFunction>();
  /** Compiled functions by ref (`#/components/schemas/Invoice`) or by the schema's JSON. */
  readonly #byKey = new Map<string, ValidateFunction>();
  /** A schema with a `oneOf` without it (and its discriminator): its other keywords. */
  readonly #withoutOneOf = new WeakMap<object, Json>();

  constructor(root: Json) {
    this.#root = root;
    this.#ajv = new Ajv2020({
      allErrors: true,
      // Errors carry their schema, parent schema and data, which `oneOf` explanations need.
      verbose: true,
      strictSchema: true,
      strictTypes: false,
      strictTuples: false,
      strictRequired: false,
      strictNumbers: true,
    });
    addFormats(this.#ajv);
    const keywords = new Set([...OPENAPI_SCHEMA_FIELDS, ...OPENAPI_ROOT_FIELDS, ...extensionFields(root)]);
    this.#ajv.addVocabulary([...keywords]);
    // The document is no JSON Schema itself, so it is not checked against the meta-schema.
    this.#ajv.addSchema(structuredClone(root), DOCUMENT_ID, undefined, false);
  }

  /** The value a local `$ref` (`#/components/schemas/Invoice`) points at. */
  resolve(ref: string): unknown {
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
    let node: unknown = this.#root;
    for (const raw of ref.slice(2).split('/')) {
      const key = unescapePointer(raw);
      if (!isObject(node) || !(key in node)) throw new Error(`unresolvable $ref: ${ref}`);
      node = node[key];
    }
    return node;
  }

  /** Follows `$ref`s until a schema with its own keywords. */
  deref(schema: unknown): unknown {
    let current = schema;
    for (let hops = 0; isObject(current) && typeof current['$ref'] === 'string'; hops++) {
      if (hops > 20) throw new Error('$ref cycle');
      current = this.resolve(current['$ref']);
    }
    return current;
  }

  /**
   * The Ajv function for a schema of the document, compiled once. Throws when the schema cannot
   * compile (an unresolvable ref, an unknown keyword or format, a schema the meta-schema refuses).
   */
  compile(schema: Json | boolean): ValidateFunction {
    const known = typeof schema === 'object' ? this.#byObject.get(schema) : undefined;
    if (known) return known;
    const ref = typeof schema === 'object' ? bareRef(schema) : undefined;
    const key = ref ?? JSON.stringify(schema);
    let compiled = this.#byKey.get(key);
    if (!compiled) {
      if (ref !== undefined) {
        compiled = this.#ajv.getSchema(absoluteRef(ref));
        if (!compiled) throw new Error(`unresolvable $ref: ${ref}`);
      } else {
        compiled = this.#ajv.compile(typeof schema === 'boolean' ? schema : withAbsoluteRefs(schema));
      }
      this.#byKey.set(key, compiled);
    }
    if (typeof schema === 'object') this.#byObject.set(schema, compiled);
    return compiled;
  }

  /** Every way `value` breaks `schema`; empty when it conforms. `path` prefixes the paths. */
  validate(schema: unknown, value: unknown, path = ''): Violation[] {
    if (typeof schema !== 'boolean' && !isObject(schema)) return [];
    const check = this.compile(schema);
    if (check(value)) return [];
    return this.#explain(check.errors ?? [], value, path);
  }

  #explain(errors: readonly ErrorObject[], value: unknown, base: string): Violation[] {
    // A failed `oneOf` is explained on its own (see #oneOf), so Ajv's errors at or below it (every
    // branch's, and its schema's other keywords') are left out. Only the outermost `oneOf` of a
    // place counts: nested ones are explained again when its branches are.
    const failedOneOfs = errors.filter((e) => e.keyword === 'oneOf');
    const outermost = failedOneOfs.filter((e, i) =>
      failedOneOfs.every((o, j) => o === e || !(isBelow(e.instancePath, o.instancePath) || (o.instancePath === e.instancePath && j > i))),
    );
    const kept = errors.filter(
      (e) => outermost.includes(e) || !outermost.some((o) => e.instancePath === o.instancePath || isBelow(e.instancePath, o.instancePath)),
    );
    const out: Violation[] = [];
    for (const error of tidyTypeErrors(kept)) {
      const path = pointerToPath(error.instancePath, value, base);
      if (outermost.includes(error)) out.push(...this.#oneOf(error, path));
      else out.push(violationOf(error, path));
    }
    return out;
  }

  /** Why a value matches not exactly one branch of a `oneOf`, and what else its schema says. */
  #oneOf(error: ErrorObject, path: string): Violation[] {
    const parent = isObject(error.parentSchema) ? error.parentSchema : {};
    const branches: unknown[] = Array.isArray(error.schema) ? error.schema : [];
    const value: unknown = error.data;
    const others = this.validate(this.#otherKeywords(parent), value, path);
    const results = branches.map((branch) => this.validate(branch, value, path));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 1) return others;
    if (passing > 1) return [{ path, message: 'Matches more than one of the allowed shapes.' }, ...others];
    // Report the branch the discriminator names, or else the closest one, not every branch's errors.
    const discriminator = parent['discriminator'];
    if (isObject(discriminator) && typeof discriminator['propertyName'] === 'string' && isObject(value)) {
      const name = discriminator['propertyName'];
      const mapping = discriminatorMapping(discriminator, branches);
      const tag = value[name];
      const target = typeof tag === 'string' && Object.hasOwn(mapping, tag) ? mapping[tag] : undefined;
      const index = branches.findIndex((b) => isObject(b) && typeof b['$ref'] === 'string' && localRef(b['$ref']) === target);
      if (index >= 0) return [...(results[index] ?? []), ...others];
      return [{ path: join(path, name), message: `Must be one of: ${Object.keys(mapping).join(', ')}.` }, ...others];
    }
    const closest = results.reduce((best, r) => (r.length < best.length ? r : best), results[0] ?? []);
    return [...closest, ...others];
  }

  #otherKeywords(schema: Json): Json {
    let rest = this.#withoutOneOf.get(schema);
    if (!rest) {
      const { oneOf: _oneOf, discriminator: _discriminator, ...others } = schema;
      rest = others;
      this.#withoutOneOf.set(schema, rest);
    }
    return rest;
  }
}

/** Every `x-…` field name in the document, so Ajv accepts them as annotations. */
function extensionFields(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => extensionFields(item, found));
  else if (isObject(node)) {
    for (const [key, value] of Object.entries(node)) {
      if (/^x-[a-z0-9_$:-]+$/i.test(key)) found.add(key); // (names Ajv accepts for keywords)
      extensionFields(value, found);
    }
  }
  return found;
}

/** The ref of a schema that is only a `$ref`, if it points into the document. */
function bareRef(schema: Json): string | undefined {
  const ref = schema['$ref'];
  if (typeof ref !== 'string' || Object.keys(schema).length !== 1) return undefined;
  return ref.startsWith('#/') || ref.startsWith(`${DOCUMENT_ID}#/`) ? localRef(ref) : undefined;
}

/** `alis-openapi#/components/…` → `#/components/…`; other refs unchanged. */
function localRef(ref: string): string {
  return ref.startsWith(`${DOCUMENT_ID}#`) ? ref.slice(DOCUMENT_ID.length) : ref;
}

/** `#/components/…` → `alis-openapi#/components/…`; other refs unchanged. */
function absoluteRef(ref: string): string {
  return ref.startsWith('#') ? `${DOCUMENT_ID}${ref}` : ref;
}

/** Keywords whose values are data, not schemas: no `$ref` inside them is rewritten. */
const DATA_KEYWORDS = new Set(['const', 'enum', 'default', 'examples', 'example', 'discriminator']);

/** A copy of a schema with its local refs pointing into the registered document. */
function withAbsoluteRefs(schema: Json): Json {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (!isObject(node)) return node;
    const out: Json = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') out[key] = absoluteRef(value);
      else out[key] = DATA_KEYWORDS.has(key) ? value : copy(value);
    }
    return out;
  };
  return copy(schema) as Json;
}

/**
 * A discriminator's tag → local ref map: its `mapping` (bare schema names allowed, as OpenAPI
 * says), or else each `$ref` branch under its schema name.
 */
function discriminatorMapping(discriminator: Json, branches: readonly unknown[]): Record<string, string> {
  const mapping: Record<string, string> = {};
  if (isObject(discriminator['mapping'])) {
    for (const [tag, target] of Object.entries(discriminator['mapping'])) {
      if (typeof target !== 'string') continue;
      mapping[tag] = target.includes('#') || target.includes('/') ? localRef(target) : `#/components/schemas/${target}`;
    }
    return mapping;
  }
  for (const branch of branches) {
    const ref = isObject(branch) && typeof branch['$ref'] === 'string' ? localRef(branch['$ref']) : undefined;
    if (ref) mapping[ref.slice(ref.lastIndexOf('/') + 1)] = ref;
  }
  return mapping;
}

function unescapePointer(segment: string): string {
  return segment.replaceAll('~1', '/').replaceAll('~0', '~');
}

/** True when JSON pointer `path` is strictly inside `ancestor`. */
function isBelow(path: string, ancestor: string): boolean {
  return path.startsWith(`${ancestor}/`);
}

/** A JSON pointer into `value` (`/items/2/id`) as a path after `base` (`items[2].id`). */
function pointerToPath(pointer: string, value: unknown, base: string): string {
  let path = base;
  let node = value;
  for (const raw of pointer.split('/').slice(1)) {
    const key = unescapePointer(raw);
    if (Array.isArray(node)) {
      path = `${path}[${key}]`;
      node = node[Number(key)];
    } else {
      path = join(path, key);
      node = isObject(node) ? node[key] : undefined;
    }
  }
  return path;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

/** Keywords that apply to values of any type; the rest (`minimum`, `minLength`…) apply to one type. */
const ANY_TYPE_KEYWORDS = new Set(['const', 'enum', 'oneOf', 'anyOf', 'allOf', 'not', 'if', '$ref']);

/**
 * A type error speaks for its schema at its place: the same schema's type-specific errors there are
 * dropped (for 0.5 against `{ type: integer, minimum: 1 }` Ajv also says "at least 1"), and it goes
 * after that schema's `enum` or `const` error, which says more (Ajv orders these by schema shape).
 */
function tidyTypeErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  let out = [...errors];
  for (const error of errors.filter((e) => e.keyword === 'type')) {
    const same = (e: ErrorObject) => e !== error && e.instancePath === error.instancePath && e.parentSchema === error.parentSchema;
    out = out.filter((e) => !same(e) || ANY_TYPE_KEYWORDS.has(e.keyword));
    let last = out.length - 1;
    while (last >= 0 && !same(out[last] as ErrorObject)) last--;
    const at = out.indexOf(error);
    if (last > at) {
      out.splice(at, 1);
      out.splice(last, 0, error);
    }
  }
  return out;
}

const FORMAT_MESSAGES: Readonly<Record<string, string>> = {
  date: 'Must be a date, YYYY-MM-DD.',
  'date-time': 'Must be a date-time, e.g. 2026-11-25T15:00:00Z.',
  time: 'Must be a time, e.g. 15:00:00Z.',
  email: 'Must be an email address.',
  uri: 'Must be a URI.',
  uuid: 'Must be a UUID.',
};

/** One Ajv error as a violation at `path` (the error's own place) with a message for people. */
function violationOf(error: ErrorObject, path: string): Violation {
  const params: Record<string, unknown> = error.params;
  const at = (message: string): Violation => ({ path, message });
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
      return { path: join(path, String(params['missingProperty'])), message: 'Required.' };
    case 'additionalProperties':
      return { path: join(path, String(params['additionalProperty'])), message: 'Unknown field.' };
    case 'unevaluatedProperties':
      return { path: join(path, String(params['unevaluatedProperty'])), message: 'Unknown field.' };
    case 'type': {
      const types = Array.isArray(params['type']) ? params['type'] : String(params['type']).split(',');
      return at(`Must be ${types.map(article).join(' or ')}.`);
    }
    case 'const':
      return at(`Must be ${JSON.stringify(params['allowedValue'])}.`);
    case 'enum': {
      const options = Array.isArray(params['allowedValues']) ? params['allowedValues'] : [];
      return at(`Must be one of: ${options.map((o) => (o === null ? 'null' : String(o))).join(', ')}.`);
    }
    case 'minLength':
      return at(params['limit'] === 1 ? 'Must not be empty.' : `Must be at least ${String(params['limit'])} characters.`);
    case 'maxLength':
      return at(`Must be at most ${String(params['limit'])} characters.`);
    case 'pattern':
      return at(`Must match ${String(params['pattern'])}.`);
    case 'format': {
      const format = String(params['format']);
      return at(FORMAT_MESSAGES[format] ?? `Must be a valid ${format}.`);
    }
    case 'minimum':
      return at(`Must be at least ${String(params['limit'])}.`);
    case 'maximum':
      return at(`Must be at most ${String(params['limit'])}.`);
    case 'exclusiveMinimum':
      return at(`Must be more than ${String(params['limit'])}.`);
    case 'exclusiveMaximum':
      return at(`Must be less than ${String(params['limit'])}.`);
    case 'multipleOf':
      return at(`Must be a multiple of ${String(params['multipleOf'])}.`);
    case 'minItems':
      return at(`Must have at least ${String(params['limit'])} item(s).`);
    case 'maxItems':
      return at(`Must have at most ${String(params['limit'])} items.`);
    case 'uniqueItems':
      return at('Must not repeat an item.');
    case 'minProperties':
      return at(`Must have at least ${String(params['limit'])} field(s).`);
    case 'maxProperties':
      return at(`Must have at most ${String(params['limit'])} fields.`);
    case 'false schema':
      return at('Not allowed.');
    default:
      // Keywords the document does not use yet: Ajv's own words, as a sentence.
      return at(sentence(error.message ?? `breaks "${error.keyword}"`));
  }
}

function article(type: unknown): string {
  if (type === 'null') return 'null';
  if (type === 'integer') return 'a whole number';
  if (type === 'array' || type === 'object') return `an ${type}`;
  return `a ${String(type)}`;
}

function sentence(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${text.endsWith('.') ? '' : '.'}`;
}
