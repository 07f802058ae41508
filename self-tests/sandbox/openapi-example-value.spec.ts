import { expect, test } from '@playwright/test';
import { everyDocumentedField, exampleValue } from '../../helpers/openapi/example-value.ts';
import { documentedProperties, loadOpenApiSpec, namedSchema, type OpenApiSpec } from '../../helpers/openapi/spec.ts';

// The value generator behind the generated conformance test: every documented property set, each to a
// value the schema allows.

const tiny: OpenApiSpec = {
  paths: {},
  components: {
    schemas: {
      Colour: { type: 'string', enum: ['red', 'green'] },
      Loop: { type: 'object', properties: { again: { $ref: '#/components/schemas/Loop' } } },
      Node: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, child: { allOf: [{ $ref: '#/components/schemas/Node' }], nullable: true } },
      },
      Body: {
        type: 'object',
        properties: {
          colour: { allOf: [{ $ref: '#/components/schemas/Colour' }], nullable: true },
          count: { type: 'integer', minimum: 3 },
          when: { type: 'string', format: 'date-time' },
          code: { type: 'string', minLength: 6, maxLength: 6 },
          contact_email: { type: 'string' },
          tags: { type: 'array', items: { type: 'string', example: 'vip' } },
          // utoipa writes some examples as strings whatever the type: a value of the right type is built instead.
          details: { type: 'object', example: '{ "a": 1 }', properties: { a: { type: 'integer', example: 7 } } },
          either: { oneOf: [{ type: 'object', properties: { card: { type: 'string', example: '4242' } } }, { type: 'string' }] },
          flag: { type: 'boolean', default: false },
          node: { $ref: '#/components/schemas/Node' },
          free: { type: 'object' },
        },
      },
    },
  },
};

test('each property gets a value of its type: enum, minimum, formats, lengths, e-mail names, arrays, oneOf, examples of the right type only', () => {
  expect(exampleValue(tiny, { $ref: '#/components/schemas/Body' })).toEqual({
    colour: 'red',
    count: 3,
    when: '2030-01-15T10:11:12Z',
    code: 'golive',
    contact_email: 'golive@example.com',
    tags: ['vip'],
    details: { a: 7 },
    either: { card: '4242' },
    flag: false,
    node: { name: 'golive' },
    free: {},
  });
});

test('a schema that contains itself is cut where it recurs, and deep objects keep their required properties only', () => {
  expect(exampleValue(tiny, { $ref: '#/components/schemas/Node' })).toEqual({ name: 'golive' });
  const deep = exampleValue(
    tiny,
    { type: 'object', properties: { a: { type: 'object', required: ['x'], properties: { x: { type: 'string' }, y: { type: 'string' } } } } },
    { fullDepth: 1 },
  );
  expect(deep).toEqual({ a: { x: 'golive' } });
});

test('everyDocumentedField sets every property of the real request structs, or says which it could not', () => {
  const spec = loadOpenApiSpec();
  for (const name of ['PaymentsRequest', 'PaymentsCreateRequest', 'RefundRequest', 'RefundListRequest', 'MerchantConnectorCreate', 'CustomerRequest']) {
    const body = everyDocumentedField(spec, namedSchema(spec, name));
    expect(Object.keys(body).sort(), name).toEqual(documentedProperties(spec, namedSchema(spec, name)).sort());
  }
  expect(() => everyDocumentedField(tiny, { $ref: '#/components/schemas/Loop' })).toThrow('no valid value could be built for again');
});
