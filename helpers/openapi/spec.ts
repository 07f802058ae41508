import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

// Hyperswitch's published OpenAPI spec (API v1), the reference golive's conformance checks are generated
// from. It is read from the shared reference folder beside the repository, never copied into it.

export const OPENAPI_SPEC_PATH = fileURLToPath(new URL('../../../shared/reference/hyperswitch-openapi-v1.json', import.meta.url));

/** The part of an OpenAPI schema object the generator reads. */
export interface SchemaObject {
  $ref?: string | undefined;
  type?: string | undefined;
  format?: string | undefined;
  enum?: unknown[] | undefined;
  example?: unknown;
  default?: unknown;
  nullable?: boolean | undefined;
  properties?: Record<string, SchemaObject> | undefined;
  required?: string[] | undefined;
  additionalProperties?: boolean | SchemaObject | undefined;
  items?: SchemaObject | undefined;
  allOf?: SchemaObject[] | undefined;
  oneOf?: SchemaObject[] | undefined;
  anyOf?: SchemaObject[] | undefined;
  minimum?: number | undefined;
  maximum?: number | undefined;
  minLength?: number | undefined;
  maxLength?: number | undefined;
  minItems?: number | undefined;
}

export const SchemaObject: z.ZodType<SchemaObject> = z.lazy(() =>
  z.looseObject({
    $ref: z.string().optional(),
    type: z.string().optional(),
    format: z.string().optional(),
    enum: z.array(z.unknown()).optional(),
    example: z.unknown().optional(),
    default: z.unknown().optional(),
    nullable: z.boolean().optional(),
    properties: z.record(z.string(), SchemaObject).optional(),
    required: z.array(z.string()).optional(),
    additionalProperties: z.union([z.boolean(), SchemaObject]).optional(),
    items: SchemaObject.optional(),
    allOf: z.array(SchemaObject).optional(),
    oneOf: z.array(SchemaObject).optional(),
    anyOf: z.array(SchemaObject).optional(),
    minimum: z.number().optional(),
    maximum: z.number().optional(),
    minLength: z.number().int().optional(),
    maxLength: z.number().int().optional(),
    minItems: z.number().int().optional(),
  }),
);

const Parameter = z.looseObject({ name: z.string(), in: z.string(), required: z.boolean().optional(), schema: SchemaObject.optional() });
const Operation = z.looseObject({
  parameters: z.array(Parameter).optional(),
  requestBody: z.looseObject({ content: z.record(z.string(), z.looseObject({ schema: SchemaObject.optional() })) }).optional(),
});

export const OpenApiSpec = z.looseObject({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), SchemaObject) }),
});
export type OpenApiSpec = z.infer<typeof OpenApiSpec>;
export type Operation = z.infer<typeof Operation>;

export function loadOpenApiSpec(path = OPENAPI_SPEC_PATH): OpenApiSpec {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`the Hyperswitch OpenAPI spec is not at ${path} (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const parsed = OpenApiSpec.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${path} is not an OpenAPI spec golive can read:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The operation at `method path` (path as the spec writes it, "/payments/{payment_id}"). */
export function operationOf(spec: OpenApiSpec, method: string, path: string): Operation {
  const raw = spec.paths[path]?.[method.toLowerCase()];
  if (raw === undefined) throw new Error(`the OpenAPI spec has no ${method} ${path}`);
  return Operation.parse(raw);
}

/** A named schema of components.schemas. */
export function namedSchema(spec: OpenApiSpec, name: string): SchemaObject {
  const schema = spec.components.schemas[name];
  if (!schema) throw new Error(`the OpenAPI spec has no schema ${name}`);
  return schema;
}

/** The properties a schema documents, in the spec's order (allOf parts merged, as serde(flatten) reads them). */
export function documentedProperties(spec: OpenApiSpec, schema: SchemaObject): string[] {
  const resolved = schema.$ref ? namedSchema(spec, refName(schema.$ref)) : schema;
  return [...Object.keys(resolved.properties ?? {}), ...(resolved.allOf ?? []).flatMap((part) => documentedProperties(spec, part))];
}

export const refName = (ref: string): string => ref.replace('#/components/schemas/', '');
