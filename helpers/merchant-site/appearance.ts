import { z } from 'zod';

// The Unified Checkout appearance a merchant says it configured (elements({ appearance })), as far as
// golive can check it in the rendered form. An empty declaration is no expectation: the styling
// check is then not run, never passed on nothing.

const CheckableVariables = z.object({
  colorPrimary: z.string().min(1).optional(),
  borderRadius: z
    .string()
    .regex(/^\d+(\.\d+)?px$/, 'expected a CSS length in px, such as "8px"')
    .optional(),
});
export type CheckableVariables = z.infer<typeof CheckableVariables>;

const Appearance = z.looseObject({ variables: z.looseObject(CheckableVariables.shape).optional() });

export type DeclaredAppearance = { ok: true; variables: CheckableVariables } | { ok: false; reason: string };

/** From GOLIVE_EXPECTED_APPEARANCE (JSON) or, in the sandbox, the appearance the storefront was started with. */
export function expectedAppearance(json: string | undefined, sandboxAppearance: unknown): DeclaredAppearance {
  let input: unknown = sandboxAppearance;
  if (json !== undefined && json.trim() !== '') {
    try {
      input = JSON.parse(json);
    } catch {
      throw new Error(`GOLIVE_EXPECTED_APPEARANCE: expected JSON such as {"variables":{"colorPrimary":"#0b57d0"}}, got ${JSON.stringify(json.slice(0, 60))}`);
    }
  }
  if (input === undefined || input === null)
    return { ok: false, reason: 'GOLIVE_EXPECTED_APPEARANCE is not set: declare the appearance the site passes to elements() so golive can check it' };
  const parsed = Appearance.safeParse(input);
  if (!parsed.success) throw new Error(`GOLIVE_EXPECTED_APPEARANCE is invalid:\n${z.prettifyError(parsed.error)}`);
  const { colorPrimary, borderRadius } = parsed.data.variables ?? {};
  const variables: CheckableVariables = { ...(colorPrimary ? { colorPrimary } : {}), ...(borderRadius ? { borderRadius } : {}) };
  if (!Object.keys(variables).length)
    return {
      ok: false,
      reason: 'the declared appearance has no variable golive can check (colorPrimary, borderRadius): nothing to compare, so the styling check is not run',
    };
  return { ok: true, variables };
}
