// A small JSON Schema (2020-12 subset) validator for exactly the keywords the OpenAPI document uses:
// $ref, type (with "null"), enum, const, oneOf (+ discriminator), properties, required,
// additionalProperties, minProperties, items, minItems, maxItems, uniqueItems, minLength,
// maxLength, pattern, format (date, date-time, email), minimum, maximum. Unknown keywords are
// ignored, as JSON Schema says. A dependency-free validator keeps the mock usable in the browser
// without bundling a general-purpose one; `schema-coverage` in the tests fails if the document
// starts using a keyword this file does not know.

/** One way a value breaks its schema: a JSON path (`billingAddress.postalCode`, `items[2].id`) and why. */
export interface Violation {
  path: string;
  message: string;
}

/** Keywords this validator enforces (the rest are annotations it may ignore). */
export const ENFORCED_KEYWORDS: ReadonlySet<string> = new Set([
  '$ref', 'type', 'enum', 'const', 'oneOf', 'discriminator', 'properties', 'required',
  'additionalProperties', 'minProperties', 'items', 'minItems', 'maxItems', 'uniqueItems',
  'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum',
]);

/** Keywords that only describe. */
export const ANNOTATION_KEYWORDS: ReadonlySet<string> = new Set(['description', 'title', 'example', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);

type Json = Record<string, unknown>;

/** True for a plain object (not null, not an array). */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates values against schemas of one document (which `$ref`s point into). */
export class SchemaValidator {
  readonly #root: Json;
  readonly #patterns = new Map<string, RegExp>();

  constructor(root: Json) {
    this.#root = root;
  }

  /** The value a local `$ref` (`#/components/schemas/Invoice`) points at. */
  resolve(ref: string): unknown {
    if (!ref.startsWith('#/')) throw new Error(`only local $refs are supported: ${ref}`);
    let node: unknown = this.#root;
    for (const raw of ref.slice(2).split('/')) {
      const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
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

  /** Every way `value` breaks `schema`; empty when it conforms. */
  validate(schema: unknown, value: unknown, path = ''): Violation[] {
    if (!isObject(schema)) return [];
    const out: Violation[] = [];
    if (typeof schema['$ref'] === 'string') out.push(...this.validate(this.resolve(schema['$ref']), value, path));
    if (Array.isArray(schema['oneOf'])) out.push(...this.#oneOf(schema, schema['oneOf'], value, path));
    if ('const' in schema && !deepEqual(schema['const'], value)) {
      out.push({ path, message: `Must be ${JSON.stringify(schema['const'])}.` });
    }
    if (Array.isArray(schema['enum']) && !schema['enum'].some((option) => deepEqual(option, value))) {
      out.push({ path, message: `Must be one of: ${schema['enum'].map((o) => (o === null ? 'null' : String(o))).join(', ')}.` });
    }
    if (schema['type'] !== undefined) {
      const types = Array.isArray(schema['type']) ? schema['type'] : [schema['type']];
      if (!types.some((t) => typeof t === 'string' && hasType(value, t))) {
        out.push({ path, message: `Must be ${types.map(article).join(' or ')}.` });
        return out; // the value-specific checks below would only repeat the type mismatch
      }
    }
    if (typeof value === 'string') this.#string(schema, value, path, out);
    if (typeof value === 'number') number(schema, value, path, out);
    if (Array.isArray(value)) this.#array(schema, value, path, out);
    if (isObject(value)) this.#object(schema, value, path, out);
    return out;
  }

  #oneOf(schema: Json, branches: unknown[], value: unknown, path: string): Violation[] {
    const results = branches.map((branch) => this.validate(branch, value, path));
    const passing = results.filter((r) => r.length === 0).length;
    if (passing === 1) return [];
    if (passing > 1) return [{ path, message: 'Matches more than one of the allowed shapes.' }];
    // Report the branch the discriminator names, or else the closest one, not every branch's errors.
    const discriminator = schema['discriminator'];
    if (isObject(discriminator) && typeof discriminator['propertyName'] === 'string' && isObject(value)) {
      const tag = value[discriminator['propertyName']];
      const mapping = isObject(discriminator['mapping']) ? discriminator['mapping'] : {};
      const target = typeof tag === 'string' ? mapping[tag] : undefined;
      const index = branches.findIndex((b) => isObject(b) && b['$ref'] === target);
      if (index >= 0) return results[index] ?? [];
      return [{ path: join(path, discriminator['propertyName']), message: `Must be one of: ${Object.keys(mapping).join(', ')}.` }];
    }
    return results.reduce((best, r) => (r.length < best.length ? r : best));
  }

  #string(schema: Json, value: string, path: string, out: Violation[]): void {
    const length = [...value].length;
    if (typeof schema['minLength'] === 'number' && length < schema['minLength']) {
      out.push({ path, message: schema['minLength'] === 1 ? 'Must not be empty.' : `Must be at least ${schema['minLength']} characters.` });
    }
    if (typeof schema['maxLength'] === 'number' && length > schema['maxLength']) {
      out.push({ path, message: `Must be at most ${schema['maxLength']} characters.` });
    }
    if (typeof schema['pattern'] === 'string' && !this.#pattern(schema['pattern']).test(value)) {
      out.push({ path, message: `Must match ${schema['pattern']}.` });
    }
    if (typeof schema['format'] === 'string') {
      const problem = checkFormat(schema['format'], value);
      if (problem) out.push({ path, message: problem });
    }
  }

  #array(schema: Json, value: unknown[], path: string, out: Violation[]): void {
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) {
      out.push({ path, message: `Must have at least ${schema['minItems']} item(s).` });
    }
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) {
      out.push({ path, message: `Must have at most ${schema['maxItems']} items.` });
    }
    if (schema['uniqueItems'] === true && value.some((v, i) => value.findIndex((w) => deepEqual(v, w)) !== i)) {
      out.push({ path, message: 'Must not repeat an item.' });
    }
    if (schema['items'] !== undefined) {
      value.forEach((item, i) => out.push(...this.validate(schema['items'], item, `${path}[${i}]`)));
    }
  }

  #object(schema: Json, value: Json, path: string, out: Violation[]): void {
    const properties = isObject(schema['properties']) ? schema['properties'] : {};
    if (Array.isArray(schema['required'])) {
      for (const name of schema['required']) {
        if (typeof name === 'string' && !(name in value)) out.push({ path: join(path, name), message: 'Required.' });
      }
    }
    if (typeof schema['minProperties'] === 'number' && Object.keys(value).length < schema['minProperties']) {
      out.push({ path, message: `Must have at least ${schema['minProperties']} field(s).` });
    }
    for (const [name, item] of Object.entries(value)) {
      if (name in properties) {
        out.push(...this.validate(properties[name], item, join(path, name)));
      } else if (schema['additionalProperties'] === false) {
        out.push({ path: join(path, name), message: 'Unknown field.' });
      } else if (isObject(schema['additionalProperties'])) {
        out.push(...this.validate(schema['additionalProperties'], item, join(path, name)));
      }
    }
  }

  #pattern(source: string): RegExp {
    let regex = this.#patterns.get(source);
    if (!regex) {
      regex = new RegExp(source, 'u');
      this.#patterns.set(source, regex);
    }
    return regex;
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'null':
      return value === null;
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'string':
      return typeof value === 'string';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isObject(value);
    default:
      return false;
  }
}

function article(type: unknown): string {
  if (type === 'null') return 'null';
  if (type === 'integer') return 'a whole number';
  if (type === 'array' || type === 'object') return `an ${type}`;
  return `a ${String(type)}`;
}

function number(schema: Json, value: number, path: string, out: Violation[]): void {
  if (typeof schema['minimum'] === 'number' && value < schema['minimum']) {
    out.push({ path, message: `Must be at least ${schema['minimum']}.` });
  }
  if (typeof schema['maximum'] === 'number' && value > schema['maximum']) {
    out.push({ path, message: `Must be at most ${schema['maximum']}.` });
  }
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks the formats the document uses; null when `value` is fine. */
export function checkFormat(format: string, value: string): string | null {
  switch (format) {
    case 'date':
      return isCalendarDate(value) ? null : 'Must be a date, YYYY-MM-DD.';
    case 'date-time': {
      const match = DATE_TIME.exec(value);
      return match && isCalendarDate(match[1] ?? '') && !Number.isNaN(Date.parse(value))
        ? null
        : 'Must be a date-time, e.g. 2026-11-25T15:00:00Z.';
    }
    case 'email':
      return EMAIL.test(value) ? null : 'Must be an email address.';
    default:
      return null;
  }
}

function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Structural equality of JSON values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => deepEqual(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]));
  }
  return false;
}
