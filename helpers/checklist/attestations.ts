import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { checklistItems, type ChecklistItemId } from './checklist.ts';

// What no API can prove (a signed agreement, a processor dashboard toggle, a PCI AOC) is attested
// by a person: who, when, and where the evidence is.

const itemIds = checklistItems.map((item) => item.id) as [ChecklistItemId, ...ChecklistItemId[]];

export const Attestation = z.object({
  item: z.enum(itemIds, { message: `expected a checklist item id (${itemIds.join(', ')})` }),
  who: z.string().min(1, 'expected the name or email of the person attesting'),
  when: z.iso.date({ message: 'expected an ISO date such as 2026-11-24' }).or(z.iso.datetime({ message: 'expected an ISO date or date-time' })),
  evidence: z.string().min(1, 'expected a URL or path to the evidence'),
});
export type Attestation = z.infer<typeof Attestation>;

export const AttestationFile = z.array(Attestation);

export const DEFAULT_ATTESTATIONS_PATH = 'golive.attestations.json';

export function attestationItems(): ChecklistItemId[] {
  return checklistItems.filter((item) => item.evidence !== 'automated').map((item) => item.id);
}

/** Reads the attestation file; an absent file means nothing is attested, a malformed one is an error naming the field. */
export function loadAttestations(path = process.env.GOLIVE_ATTESTATIONS ?? DEFAULT_ATTESTATIONS_PATH): Attestation[] {
  if (!existsSync(path)) return [];
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: expected JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = AttestationFile.safeParse(json);
  if (!parsed.success) throw new Error(`${path} is invalid:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
