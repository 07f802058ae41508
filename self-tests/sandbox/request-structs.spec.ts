import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { queryStructsOutsideTheSpec } from '../../helpers/openapi/request-endpoints.ts';
import { documentedProperties, loadOpenApiSpec } from '../../helpers/openapi/spec.ts';
import '../../sandbox/gateway/index.ts';
import { modelledFields } from '../../sandbox/gateway/rules/request-body.ts';
import { requestStructs, type RequestStruct } from '../../sandbox/gateway/model/request-structs.ts';

// The sandbox's table of Hyperswitch's request structs against the OpenAPI spec generated from the same
// source (utoipa writes a struct's serde fields in declaration order, and `additionalProperties: false`
// for `deny_unknown_fields`), so the accepted fields cannot drift from what Hyperswitch deserialises.

const spec = loadOpenApiSpec();
const entries = Object.entries(requestStructs) as [string, RequestStruct][];

for (const [name, struct] of entries.filter(([, s]) => !s.notInOpenApi)) {
  test(`${name}: the fields and deny_unknown_fields of the spec's schema`, () => {
    const schema = spec.components.schemas[name];
    expect(schema, `${name} is not a schema of the spec`).toBeDefined();
    const documented = documentedProperties(spec, schema!);
    // A flattened struct (allOf) lists the flattened fields first in the spec; serde reads them in place.
    if (schema!.allOf) expect([...struct.fields].sort()).toEqual([...documented].sort());
    else expect(struct.fields).toEqual(documented);
    expect(struct.denyUnknownFields).toBe(schema!.additionalProperties === false);
  });
}

test("structs kept out of the spec are named as such, and the query structs agree with the conformance suite's copy", () => {
  for (const [name] of entries.filter(([, s]) => s.notInOpenApi)) expect(spec.components.schemas[name], `${name} is in the spec after all`).toBeUndefined();
  for (const [name, facts] of Object.entries(queryStructsOutsideTheSpec)) {
    const struct = requestStructs[name as keyof typeof requestStructs] as RequestStruct | undefined;
    expect({ name, denyUnknownFields: struct?.denyUnknownFields, fields: struct?.fields }).toEqual({ name, ...facts });
  }
});

test('the deprecated fields the OpenAPI views leave out are PaymentsRequest fields, accepted on create, update and confirm', () => {
  const views = ['PaymentsCreateRequest', 'PaymentsUpdateRequest', 'PaymentsConfirmRequest'].map((view) =>
    documentedProperties(spec, spec.components.schemas[view]!),
  );
  const onlyInStruct = requestStructs.PaymentsRequest.fields.filter((field) => views.every((view) => !view.includes(field)));
  expect(onlyInStruct).toEqual(expect.arrayContaining(['capture_on', 'card_cvc', 'email', 'name', 'phone', 'phone_country_code', 'merchant_id']));
  for (const view of views) expect(view.filter((field) => !(requestStructs.PaymentsRequest.fields as readonly string[]).includes(field))).toEqual([]);
});

test('docs/hyperswitch-differences.md lists, per struct, the fields accepted and ignored, as the sandbox reads them', () => {
  const doc = readFileSync(new URL('../../docs/hyperswitch-differences.md', import.meta.url), 'utf8');
  const rows = new Map(
    [...doc.matchAll(/^\| `(\w+)` \| [^|]+ \| (yes|no) \| (.*) \|$/gm)].map((m) => [
      m[1]!,
      { deny: m[2] === 'yes', ignored: m[3] === 'none' ? [] : [...m[3]!.matchAll(/`([^`]+)`/g)].map((f) => f[1]!) },
    ]),
  );
  // Other self-tests in this worker build structs of their own; only Hyperswitch's are documented.
  for (const [name, modelled] of [...modelledFields()].filter(([name]) => name in requestStructs)) {
    const struct = requestStructs[name as keyof typeof requestStructs] as RequestStruct;
    expect({ name, ...rows.get(name) }).toEqual({ name, deny: struct.denyUnknownFields, ignored: struct.fields.filter((field) => !modelled.includes(field)) });
  }
});
