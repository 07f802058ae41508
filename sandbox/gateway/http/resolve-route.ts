import { apiErrors } from '../model/api-error.ts';
import type { Params, Router } from '../../http/router.ts';

/**
 * The route that takes a request, or Hyperswitch's answer when none does (core/errors/error_handlers.rs):
 * a known path with another method is 405 IR_03, an unknown path 404 IR_02.
 */
export function resolveRoute<H>(router: Router<H>, method: string, segments: readonly string[]): { handler: H; params: Params } {
  const match = router.match(method, segments);
  if (match.kind === 'found') return { handler: match.handler, params: match.params };
  throw match.kind === 'method-not-allowed' ? apiErrors.methodNotAllowed() : apiErrors.routeNotFound();
}
