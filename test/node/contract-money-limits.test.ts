// Every money field of the contract is a bounded integer. The walker visits the whole document —
// components, request bodies, responses, parameters and every nested properties / items / allOf /
// oneOf — so a money field added anywhere later is checked without touching this file.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openApiDocument } from '../../src/mock-server/openapi/document.js';
import { MAX_MONEY_CENTS } from '../../src/mock-server/engine/money.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A money field: an integer property or parameter whose name ends in `Cents`, as `Money.amountCents`. */
const isMoneyName = (name: string): boolean => name.endsWith('Cents');

interface Walk {
  /** Every money field found, by its place in the document (e.g. `components.schemas.Money.properties.amountCents`). */
  fields: string[];
  /** What is wrong, one sentence per field and problem, each naming the field's place. */
  problems: string[];
}

/** Walks `document` and checks each money field: `type: integer` (or integer-or-null), a `maximum` of at most {@link MAX_MONEY_CENTS}, a `minimum` of at least its negative. */
function walkMoneyFields(document: Json): Walk {
  const walk: Walk = { fields: [], problems: [] };
  const resolve = (schema: unknown, seen = new Set<string>()): unknown => {
    if (!isObject(schema) || typeof schema['$ref'] !== 'string') return schema;
    const ref = schema['$ref'];
    if (!ref.startsWith('#/') || seen.has(ref)) return undefined;
    let node: unknown = document;
    for (const key of ref.slice(2).split('/')) node = isObject(node) ? node[key.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
    return resolve(node, new Set([...seen, ref]));
  };
  const check = (place: string, raw: unknown): void => {
    walk.fields.push(place);
    const schema = resolve(raw);
    if (!isObject(schema)) {
      walk.problems.push(`${place}: no schema`);
      return;
    }
    // A nullable money field may be written as oneOf/anyOf [integer schema, null]: check each
    // non-null branch. allOf pieces are merged, as a validator would apply them all.
    const branches = (schema['oneOf'] ?? schema['anyOf']) as unknown;
    if (Array.isArray(branches)) {
      branches.map((b) => resolve(b)).forEach((branch, i) => {
        if (isObject(branch) && branch['type'] === 'null') return;
        checkInteger(`${place} (branch ${i})`, branch);
      });
      return;
    }
    checkInteger(place, schema);
  };
  const checkInteger = (place: string, raw: unknown): void => {
    const resolved = resolve(raw);
    if (!isObject(resolved)) {
      walk.problems.push(`${place}: no schema`);
      return;
    }
    const pieces = Array.isArray(resolved['allOf']) ? resolved['allOf'].map((piece) => resolve(piece)).filter(isObject) : [];
    const schema: Json = Object.assign({}, ...pieces, resolved);
    const types = Array.isArray(schema['type']) ? (schema['type'] as unknown[]) : [schema['type']];
    if (!types.includes('integer') || types.some((t) => t !== 'integer' && t !== 'null')) {
      walk.problems.push(`${place}: money must be type integer (cents), not ${JSON.stringify(schema['type'] ?? 'untyped')}`);
    }
    const maximum = schema['maximum'];
    if (typeof maximum !== 'number') walk.problems.push(`${place}: no maximum (at most ${MAX_MONEY_CENTS})`);
    else if (maximum > MAX_MONEY_CENTS) walk.problems.push(`${place}: maximum ${maximum} is above ${MAX_MONEY_CENTS}`);
    const minimum = schema['minimum'];
    if (typeof minimum !== 'number') walk.problems.push(`${place}: no minimum (at least -${MAX_MONEY_CENTS})`);
    else if (minimum < -MAX_MONEY_CENTS) walk.problems.push(`${place}: minimum ${minimum} is below -${MAX_MONEY_CENTS}`);
  };
  const visit = (node: unknown, place: string): void => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => visit(item, `${place}[${i}]`));
      return;
    }
    if (!isObject(node)) return;
    // A parameter (path, query, header) named like money.
    if (typeof node['name'] === 'string' && typeof node['in'] === 'string' && isMoneyName(node['name'])) {
      check(`${place} (parameter ${node['name']})`, node['schema']);
    }
    const properties = node['properties'];
    if (isObject(properties)) {
      for (const [name, schema] of Object.entries(properties)) if (isMoneyName(name)) check(`${place}.properties.${name}`, schema);
    }
    for (const [key, value] of Object.entries(node)) visit(value, place ? `${place}.${key}` : key);
  };
  visit(document, '');
  return walk;
}

describe('money limits in the contract', () => {
  test('every money field of the document is an integer between -1,000,000,000 and 1,000,000,000 cents', () => {
    const { fields, problems } = walkMoneyFields(openApiDocument);
    assert.deepEqual(problems, []);
    // The walker did reach the fields it is there for, in components and inline in paths.
    assert.ok(fields.includes('components.schemas.Money.properties.amountCents'), fields.join('\n'));
    assert.ok(fields.includes('components.schemas.PullPaymentRequest.properties.parts.items.properties.amountCents'), fields.join('\n'));
    assert.ok(fields.includes('components.schemas.ArrangementView.properties.parts.items.properties.amountCents'), fields.join('\n'));
    assert.ok(fields.length >= 8, fields.join('\n'));
  });

  test('the walker names a money field without a maximum, wherever it is nested', () => {
    const document: Json = {
      paths: {
        '/payments': {
          get: {
            parameters: [
              { name: 'minAmountCents', in: 'query', schema: { type: 'integer', minimum: 0 } },
              { name: 'limit', in: 'query', schema: { type: 'integer' } },
            ],
            responses: {
              '200': {
                content: {
                  'application/json': {
                    schema: { type: 'object', properties: { items: { type: 'array', items: { allOf: [{ $ref: '#/components/schemas/Line' }] } } } },
                  },
                },
              },
            },
          },
          post: {
            requestBody: {
              content: {
                'application/json': {
                  schema: {
                    oneOf: [
                      { type: 'object', properties: { amountCents: { type: 'integer', minimum: 1, maximum: MAX_MONEY_CENTS } } },
                      { type: 'object', properties: { tipCents: { type: 'number', minimum: 0, maximum: 100 } } },
                    ],
                  },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: {
          Line: { type: 'object', properties: { feeCents: { type: ['integer', 'null'], minimum: 0 }, totalCents: { $ref: '#/components/schemas/Cents' } } },
          Cents: { type: 'integer', minimum: 0, maximum: MAX_MONEY_CENTS * 10 },
          Balance: { type: 'object', properties: { creditCents: { oneOf: [{ type: 'integer', maximum: 5 }, { type: 'null' }] } } },
        },
      },
    };
    const { fields, problems } = walkMoneyFields(document);
    assert.deepEqual(problems.sort(), [
      'components.schemas.Balance.properties.creditCents (branch 0): no minimum (at least -1000000000)',
      'components.schemas.Line.properties.feeCents: no maximum (at most 1000000000)',
      'components.schemas.Line.properties.totalCents: maximum 10000000000 is above 1000000000',
      'paths./payments.get.parameters[0] (parameter minAmountCents): no maximum (at most 1000000000)',
      'paths./payments.post.requestBody.content.application/json.schema.oneOf[1].properties.tipCents: money must be type integer (cents), not "number"',
    ]);
    // The well-bounded field inside the oneOf was found and passed.
    assert.ok(fields.includes('paths./payments.post.requestBody.content.application/json.schema.oneOf[0].properties.amountCents'));
  });

  test('a copy of the real document with one maximum removed fails, naming that field', () => {
    const copy = structuredClone(openApiDocument) as Json;
    const schemas = (copy['components'] as Json)['schemas'] as Json;
    delete ((schemas['RefundRequest'] as Json)['properties'] as Record<string, Json>)['amountCents']?.['maximum'];
    assert.deepEqual(walkMoneyFields(copy).problems, ['components.schemas.RefundRequest.properties.amountCents: no maximum (at most 1000000000)']);
  });
});
