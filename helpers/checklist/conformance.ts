import { gatewayBehaviour, type ChecklistItemId } from './checklist.ts';

// Conformance checks compare OwnGateway with Hyperswitch's API (status, error type, code, message).
// They are gateway evidence for the items that rely on that behaviour, never merchant evidence,
// and carry a tag of their own so a run can select or count them (`--grep @conformance`).

export const CONFORMANCE_TAG = '@conformance';

export function conformance(...ids: [ChecklistItemId, ...ChecklistItemId[]]): ReturnType<typeof gatewayBehaviour> {
  const details = gatewayBehaviour(...ids);
  return { ...details, tag: [...details.tag, CONFORMANCE_TAG] };
}
