// The OpenAPI document as the mock's referee: which operations exist, what their query, header and
// body inputs must look like, and whether a response matches what the document promises.
import { EngineError } from '../engine/errors.js';
import { isObject, SchemaValidator, type Violation } from './json-schema.js';

/** HTTP methods an OpenAPI path item may define. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;
/** One of {@link HTTP_METHODS}. */
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** A parameter of an operation, `$ref`s resolved. */
export interface ParameterInfo {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required: boolean;
  schema: unknown;
}

/** One method of one path of the document. */
export interface OperationInfo {
  method: HttpMethod;
  /** The document's path template, e.g. `/invoices/{invoiceId}`. */
  path: string;
  operationId: string;
  /** Path-level and operation-level parameters together (operation wins on a name clash). */
  parameters: ParameterInfo[];
  definition: Record<string, unknown>;
}

/** The document's operations and validators for their inputs and outputs. */
export class Contract {
  readonly validator: SchemaValidator;
  readonly operations: readonly OperationInfo[];

  constructor(document: Record<string, unknown>) {
    this.validator = new SchemaValidator(document);
    this.operations = this.#collect(document);
  }

  /** The operation for a method and a document path template, if the document has it. */
  operation(method: HttpMethod, path: string): OperationInfo | undefined {
    return this.operations.find((op) => op.method === method && op.path === path);
  }

  /**
   * The operation's query parameters, converted to their schema types (`limit=10` → 10) and
   * validated. Unknown parameters are ignored; invalid ones are refused with `validation_failed`.
   */
  parseQuery(op: OperationInfo, search: URLSearchParams): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    const fields: Record<string, string> = {};
    for (const param of op.parameters.filter((p) => p.in === 'query')) {
      const raw = search.getAll(param.name);
      if (raw.length === 0) {
        if (param.required) fields[param.name] = 'Required.';
        continue;
      }
      if (raw.length > 1) {
        fields[param.name] = 'Give this parameter only once.';
        continue;
      }
      const value = this.#coerce(param.schema, raw[0] ?? '');
      const problem = this.validator.validate(param.schema, value)[0];
      if (problem) fields[param.name] = problem.message;
      else values[param.name] = value;
    }
    if (Object.keys(fields).length > 0) throw EngineError.validation(fields, 'Some query parameters are not valid.');
    return values;
  }

  /** Refuses with `validation_failed` when a required header is missing or a header breaks its schema. */
  checkHeaders(op: OperationInfo, headers: Headers): void {
    const fields: Record<string, string> = {};
    for (const param of op.parameters.filter((p) => p.in === 'header')) {
      const value = headers.get(param.name);
      if (value === null) {
        if (param.required) fields[param.name] = 'Required.';
        continue;
      }
      const problem = this.validator.validate(param.schema, value)[0];
      if (problem) fields[param.name] = problem.message;
    }
    if (Object.keys(fields).length > 0) throw EngineError.validation(fields, 'Some headers are not valid.');
  }

  /**
   * The request body parsed and validated against the operation's JSON schema; `undefined` when
   * the operation takes none or an optional body is absent. Field paths are JSON paths (`body`
   * for the whole body).
   */
  parseBody(op: OperationInfo, text: string): unknown {
    const requestBody = this.validator.deref(op.definition['requestBody']);
    if (!isObject(requestBody)) return undefined;
    if (text.trim() === '') {
      if (requestBody['required'] === true) throw EngineError.validation({ body: 'A JSON body is required.' });
      return undefined;
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw EngineError.validation({ body: 'Not valid JSON.' });
    }
    const violations = this.validator.validate(jsonSchemaOf(requestBody), body);
    if (violations.length > 0) throw EngineError.validation(toFields(violations, 'body'));
    return body;
  }

  /**
   * How a response breaks the document. A status the operation does not declare is accepted only
   * for errors (`500`, `501`…), whose bodies must still be the `Error` schema.
   */
  responseViolations(op: OperationInfo | undefined, status: number, body: unknown): Violation[] {
    const responses = op && isObject(op.definition['responses']) ? op.definition['responses'] : {};
    const declared = this.validator.deref(responses[String(status)] ?? responses['default']);
    if (!isObject(declared)) {
      if (status >= 400) return this.validator.validate({ $ref: '#/components/schemas/Error' }, body);
      return [{ path: '', message: `The document declares no ${status} response for ${describe(op)}.` }];
    }
    const schema = jsonSchemaOf(declared);
    if (schema === undefined) {
      return body === undefined ? [] : [{ path: '', message: `The ${status} response of ${describe(op)} has no body.` }];
    }
    if (body === undefined) return [{ path: '', message: `The ${status} response of ${describe(op)} needs a body.` }];
    return this.validator.validate(schema, body);
  }

  #coerce(schema: unknown, raw: string): unknown {
    const resolved = this.validator.deref(schema);
    const type = isObject(resolved) ? resolved['type'] : undefined;
    if (type === 'integer' || type === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
    if (type === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
    return raw;
  }

  #collect(document: Record<string, unknown>): OperationInfo[] {
    const paths = isObject(document['paths']) ? document['paths'] : {};
    const operations: OperationInfo[] = [];
    for (const [path, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      const shared = this.#parameters(item['parameters']);
      for (const method of HTTP_METHODS) {
        const definition = item[method];
        if (!isObject(definition)) continue;
        const own = this.#parameters(definition['parameters']);
        const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own];
        const operationId = typeof definition['operationId'] === 'string' ? definition['operationId'] : `${method} ${path}`;
        operations.push({ method, path, operationId, parameters, definition });
      }
    }
    return operations;
  }

  #parameters(list: unknown): ParameterInfo[] {
    if (!Array.isArray(list)) return [];
    return list.flatMap((entry) => {
      const param = this.validator.deref(entry);
      if (!isObject(param) || typeof param['name'] !== 'string') return [];
      const where = param['in'];
      if (where !== 'query' && where !== 'path' && where !== 'header' && where !== 'cookie') return [];
      return [{ name: param['name'], in: where, required: param['required'] === true, schema: param['schema'] }];
    });
  }
}

/** The `application/json` schema of a request body or response object, if it has one. */
function jsonSchemaOf(container: Record<string, unknown>): unknown {
  const content = container['content'];
  if (!isObject(content)) return undefined;
  const json = content['application/json'];
  return isObject(json) ? json['schema'] : undefined;
}

/** Violations as an `Error.fields` map: the first problem of each path (`root` names the whole value). */
export function toFields(violations: readonly Violation[], root: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const v of violations) {
    const path = v.path || root;
    // Own members only, defined rather than assigned: an unknown field called `constructor` or
    // `__proto__` must be named like any other, not found on (or set as) the prototype.
    if (!Object.hasOwn(fields, path)) Object.defineProperty(fields, path, { value: v.message, enumerable: true, writable: true, configurable: true });
  }
  return fields;
}

function describe(op: OperationInfo | undefined): string {
  return op ? `${op.method.toUpperCase()} ${op.path}` : 'this path';
}
