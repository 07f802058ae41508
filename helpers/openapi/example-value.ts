import { documentedProperties, namedSchema, refName, type OpenApiSpec, type SchemaObject } from './spec.ts';

// A valid value for an OpenAPI schema, with every documented property set: a request built from it
// uses each field the spec names, so a gateway that refuses one of them as unknown is caught. Values
// come from the spec itself (enum values, examples of the right type), else the smallest value the
// schema allows. Deeper than `fullDepth`, objects keep only their required properties; a schema that
// contains itself is cut where it recurs.

export interface ExampleOptions {
  /** Depth below which every property is set; below it only required ones. */
  readonly fullDepth?: number;
}

const DATE_TIME = '2030-01-15T10:11:12Z';

export function exampleValue(spec: OpenApiSpec, schema: SchemaObject, options: ExampleOptions = {}): unknown {
  return valueOf(spec, schema, { depth: 0, fullDepth: options.fullDepth ?? 6, refs: [] });
}

interface Walk {
  depth: number;
  fullDepth: number;
  refs: readonly string[];
}

function valueOf(spec: OpenApiSpec, schema: SchemaObject, walk: Walk): unknown {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    if (walk.refs.includes(name)) return undefined;
    return valueOf(spec, namedSchema(spec, name), { ...walk, refs: [...walk.refs, name] });
  }
  const choices = schema.enum?.filter((value) => value !== null);
  if (choices?.length) return choices[0];
  if (schema.allOf?.length) return allOfValue(spec, schema.allOf, walk);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants?.length) {
    for (const variant of variants) {
      const value = valueOf(spec, variant, walk);
      if (value !== undefined) return value;
    }
    return undefined;
  }
  if (schema.example !== undefined && schema.example !== null && fitsType(schema.example, schema) && !schema.properties) return schema.example;
  switch (schema.type ?? (schema.properties ? 'object' : undefined)) {
    case 'object':
      return objectValue(spec, schema, walk);
    case 'array': {
      const item = schema.items ? valueOf(spec, schema.items, { ...walk, depth: walk.depth + 1 }) : 'golive';
      return item === undefined ? [] : Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => item);
    }
    case 'string':
      return stringValue(schema);
    case 'integer':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case 'number':
      return Math.max(schema.minimum ?? 1, Math.min(schema.maximum ?? 1, 1));
    case 'boolean':
      return typeof schema.default === 'boolean' ? schema.default : true;
    default:
      return schema.example ?? {};
  }
}

function allOfValue(spec: OpenApiSpec, parts: readonly SchemaObject[], walk: Walk): unknown {
  const values = parts.map((part) => valueOf(spec, part, walk)).filter((value) => value !== undefined);
  if (values.length <= 1) return values[0];
  return Object.assign({}, ...values.filter(isRecord));
}

function objectValue(spec: OpenApiSpec, schema: SchemaObject, walk: Walk): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    if (walk.depth >= walk.fullDepth && !required.has(name)) continue;
    // The spec types many e-mail fields as plain strings; the API still checks them as addresses.
    const value =
      /(^|_)email$/.test(name) && isPlainString(spec, property) ? 'golive@example.com' : valueOf(spec, property, { ...walk, depth: walk.depth + 1 });
    if (value !== undefined) out[name] = value;
  }
  if (!schema.properties && isRecord(schema.example)) return schema.example;
  return out;
}

function stringValue(schema: SchemaObject): string {
  const example = typeof schema.example === 'string' ? schema.example : undefined;
  let value =
    example ??
    (schema.format === 'date-time'
      ? DATE_TIME
      : schema.format === 'date'
        ? DATE_TIME.slice(0, 10)
        : schema.format === 'email'
          ? 'golive@example.com'
          : schema.format === 'uri' || schema.format === 'url'
            ? 'https://example.com/golive'
            : 'golive');
  if (schema.minLength !== undefined && value.length < schema.minLength) value = value.padEnd(schema.minLength, '0');
  if (schema.maxLength !== undefined && value.length > schema.maxLength) value = value.slice(0, schema.maxLength);
  return value;
}

function fitsType(value: unknown, schema: SchemaObject): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    case 'object':
      return isRecord(value);
    default:
      return true;
  }
}

function isPlainString(spec: OpenApiSpec, schema: SchemaObject): boolean {
  const resolved = schema.$ref ? namedSchema(spec, refName(schema.$ref)) : schema;
  return resolved.type === 'string' && !resolved.enum;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Every property `schema` documents, each set to a valid value (the body of a request that uses them all). */
export function everyDocumentedField(spec: OpenApiSpec, schema: SchemaObject): Record<string, unknown> {
  const value = exampleValue(spec, schema);
  if (!isRecord(value)) throw new Error('expected an object schema');
  const missing = documentedProperties(spec, schema).filter((name) => !(name in value));
  if (missing.length) throw new Error(`no valid value could be built for ${missing.join(', ')}`);
  return value;
}
