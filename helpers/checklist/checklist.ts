// The go-live checklist (shared/seed/go-live-checklist.txt) as data. Every scenario names the
// item it proves with `checklist(id)`, and the checklist report is built from those names.

export type ChecklistEvidence = 'automated' | 'attestation' | 'automated+attestation';

export interface ChecklistItem {
  readonly id: string;
  readonly section: string;
  readonly item: string;
  readonly evidence: ChecklistEvidence;
  readonly required: boolean;
  /** Provable in production-readiness, which creates nothing: a read of the live setup or a scan of files. */
  readonly checkableWithoutPayments?: boolean;
}

const section = {
  agreement: 'Signing of OwnGateway services agreement',
  connectors: 'Connector Configurations',
  apiKeys: 'Secure your api-keys',
  webhooks: 'Set up Webhooks',
  payments: 'Secure your Payments',
  errors: 'Error Handling',
  experience: 'Customize and sanity check the payment experience',
  // Not OwnGateway's checklist: what breaks after launch, checked by golive and reported in a section of its own.
  afterGoLive: "After go-live: resilience and configuration (golive's own checks, beyond the checklist)",
} as const;

export const checklistItems = [
  {
    id: 'agreement.signed',
    section: section.agreement,
    item: 'The OwnGateway services agreement is signed and shared with the OwnGateway team',
    evidence: 'attestation',
    required: true,
  },
  {
    id: 'connectors.configured',
    section: section.connectors,
    item: 'All required connectors are configured with production credentials and the required payment methods are enabled',
    evidence: 'automated',
    required: true,
    checkableWithoutPayments: true,
  },
  {
    id: 'connectors.methods-enabled-at-processor',
    section: section.connectors,
    item: 'The payment methods are enabled on the connector (payment processor) dashboard',
    evidence: 'automated+attestation',
    required: true,
  },
  {
    id: 'connectors.raw-card-processing',
    section: section.connectors,
    item: 'Raw card processing is enabled for each connector (PCI AOC shared where the processor needs it)',
    evidence: 'automated+attestation',
    required: true,
  },
  {
    id: 'api-keys.not-exposed',
    section: section.apiKeys,
    item: 'The secret key (api-key) is not exposed on the front-end (website/mobile app)',
    evidence: 'automated',
    required: true,
  },
  {
    id: 'api-keys.single-location',
    section: section.apiKeys,
    item: 'The workflow avoids duplicating or storing the API keys in multiple locations',
    evidence: 'automated',
    required: true,
    checkableWithoutPayments: true,
  },
  {
    id: 'webhooks.merchant-endpoint',
    section: section.webhooks,
    item: 'A webhook endpoint is configured on the dashboard and receives notifications for the events',
    evidence: 'automated',
    required: true,
  },
  {
    id: 'webhooks.connector-points-to-gateway',
    section: section.webhooks,
    item: "OwnGateway's webhook endpoints are set on the connector's dashboard",
    evidence: 'automated',
    required: true,
  },
  {
    id: 'webhooks.connector-secret',
    section: section.webhooks,
    item: 'The connector secret key is set so OwnGateway authenticates webhooks sent by the connector',
    evidence: 'automated',
    required: true,
  },
  {
    id: 'payments.verify-signed-payload',
    section: section.payments,
    item: 'The signed payload sent with the payment status in the return URL is verified',
    evidence: 'automated',
    required: true,
  },
  {
    id: 'payments.verify-amount-status',
    section: section.payments,
    item: 'The payment amount and status are verified before fulfilling the order',
    evidence: 'automated',
    required: true,
  },
  { id: 'errors.api', section: section.errors, item: 'The API integration handles all the possible error scenarios', evidence: 'automated', required: true },
  {
    id: 'errors.sdk',
    section: section.errors,
    item: 'The Unified Checkout (SDK) integration handles all the possible error scenarios',
    evidence: 'automated',
    required: true,
  },
  {
    id: 'errors.lifecycle',
    section: section.errors,
    item: 'The integration handles the entire payments lifecycle across scenarios',
    evidence: 'automated',
    required: true,
  },
  {
    id: 'experience.pay-button',
    section: section.experience,
    item: 'The pay button is properly highlighted to the customer',
    evidence: 'automated',
    required: true,
  },
  {
    id: 'experience.styling',
    section: section.experience,
    item: 'The payment experience blends in, using the styling APIs of Unified Checkout',
    evidence: 'automated',
    required: true,
  },
  // Advisory (required: false): outside the checklist OwnGateway asks for, so they inform a go-live but never block it.
  {
    id: 'after-go-live.reconciliation',
    section: section.afterGoLive,
    item: "An order reaches its payment's state within the declared reconciliation time when no webhook about it arrives",
    evidence: 'automated',
    required: false,
  },
  {
    id: 'after-go-live.environment-parity',
    section: section.afterGoLive,
    item: "The site and the merchant account point at the target OwnGateway: Unified Checkout loaded from OwnGateway, the target's keys and base URLs, public https webhook and return URLs",
    evidence: 'automated',
    required: false,
    checkableWithoutPayments: true,
  },
  {
    id: 'after-go-live.frames-and-policy',
    section: section.afterGoLive,
    item: "The checkout page's Content-Security-Policy lets Unified Checkout load its script, frames and API calls, and the page reports no violation against them",
    evidence: 'automated',
    required: false,
  },
] as const satisfies readonly ChecklistItem[];

export type ChecklistItemId = (typeof checklistItems)[number]['id'];

export const CHECKLIST_TAG_PREFIX = '@checklist:';

/**
 * What a profile asks of an item. production-readiness runs against the live account and creates
 * nothing, so it proves only what a read or a scan can; the rest is the staging certification's.
 */
export function itemScope(item: ChecklistItem, target: string): { tests: boolean; attestation: boolean; inProfile: boolean } {
  const attestation = item.evidence !== 'automated';
  if (target !== 'production-readiness') return { tests: item.evidence !== 'attestation', attestation, inProfile: true };
  const tests = item.evidence !== 'attestation' && item.checkableWithoutPayments === true;
  return { tests, attestation, inProfile: tests || attestation };
}

export function checklistItem(id: ChecklistItemId): ChecklistItem {
  const found = checklistItems.find((entry) => entry.id === id);
  if (!found) throw new RangeError(`checklist item: unknown id ${JSON.stringify(id)}`);
  return found;
}

export const GATEWAY_TAG_PREFIX = '@gateway-check:';

/** The Allure epic that holds OwnGateway's own behaviour, apart from the merchant's checklist. */
export const GATEWAY_SECTION = 'OwnGateway behaves as documented on this target';

interface TestDetails {
  tag: string[];
  annotation: { type: string; description: string }[];
}

/**
 * Merchant evidence: test details naming the checklist items a test proves by observing the merchant
 * (its site, server, webhook endpoint, files or its own dashboard configuration), for
 * `test(title, checklist('…'), body)`. Only these tags can turn an item green.
 */
export function checklist(...ids: [ChecklistItemId, ...ChecklistItemId[]]): TestDetails {
  const items = ids.map(checklistItem);
  return {
    tag: ids.map((id) => `${CHECKLIST_TAG_PREFIX}${id}`),
    // allure-playwright turns "allure.label.<name>" annotations into labels: epic = section, story = item.
    annotation: items.flatMap((item) => [
      { type: 'allure.label.epic', description: item.section },
      { type: 'allure.label.story', description: item.item },
    ]),
  };
}

/**
 * Gateway evidence: a test of OwnGateway's (or the connector's) own behaviour that the named items
 * rely on. Reported in its own section; it never counts towards a merchant item.
 */
export function gatewayBehaviour(...ids: [ChecklistItemId, ...ChecklistItemId[]]): TestDetails {
  const items = ids.map(checklistItem);
  return {
    tag: ids.map((id) => `${GATEWAY_TAG_PREFIX}${id}`),
    annotation: [
      { type: 'allure.label.epic', description: GATEWAY_SECTION },
      ...items.map((item) => ({ type: 'allure.label.story', description: `${item.section}: ${item.item}` })),
    ],
  };
}

function idsWithPrefix(tags: readonly string[], prefixWithAt: string): ChecklistItemId[] {
  const known = new Set<string>(checklistItems.map((item) => item.id));
  // Playwright's JSON report drops the leading "@" of tags; accept both spellings.
  const prefix = prefixWithAt.slice(1);
  return tags
    .map((tag) => tag.replace(/^@/, ''))
    .filter((tag) => tag.startsWith(prefix))
    .map((tag) => tag.slice(prefix.length))
    .filter((id): id is ChecklistItemId => known.has(id));
}

/** The items a test proves at the merchant. */
export function checklistIdsFromTags(tags: readonly string[]): ChecklistItemId[] {
  return idsWithPrefix(tags, CHECKLIST_TAG_PREFIX);
}

/** The items whose OwnGateway behaviour a test checks. */
export function gatewayCheckIdsFromTags(tags: readonly string[]): ChecklistItemId[] {
  return idsWithPrefix(tags, GATEWAY_TAG_PREFIX);
}

export const SUPPORTING_TAG = '@supporting';

/**
 * Marks merchant evidence that cannot carry an item on its own (a dashboard setting read back, say):
 * it can fail the item, but the item passes only if a test that saw the merchant act also passed.
 */
export function supporting<T extends { tag: string[] }>(details: T): T {
  return { ...details, tag: [...details.tag, SUPPORTING_TAG] };
}

export const READ_ONLY_TAG = '@read-only';

/** Marks a test that creates nothing (no payment, no refund): the only kind run against production. */
export function readOnly<T extends { tag: string[] }>(details: T): T {
  return { ...details, tag: [...details.tag, READ_ONLY_TAG] };
}
