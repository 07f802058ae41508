import { Router } from '../../http/router.ts';
import { challengeRoutes } from './challenge.ts';
import { controlRoutes } from './control.ts';
import { paymentRoutes } from './payments.ts';
import { redirectRoutes } from './redirect.ts';
import { refundRoutes } from './refunds.ts';
import type { SimulatorHandler, SimulatorRoute } from './simulator-call.ts';

// Every route of the simulator. Order matters only where two patterns of one length can match the
// same path (payments.ts: "by-reference" before ":payment_id").

export const SIMULATOR_ROUTES: readonly SimulatorRoute[] = [...controlRoutes, ...paymentRoutes, ...refundRoutes, ...challengeRoutes, ...redirectRoutes];

export function simulatorRouter(): Router<SimulatorHandler> {
  const router = new Router<SimulatorHandler>();
  for (const route of SIMULATOR_ROUTES) router.on(route.method, route.pattern, route.handler);
  return router;
}
