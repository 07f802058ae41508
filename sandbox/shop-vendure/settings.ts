import type { GatewayCallsInFlight } from './calls-in-flight.ts';
import type { VendureDefect } from './defects.ts';
import type { OwnGatewayClient } from './owngateway-client.ts';

/** What the OwnGateway plugin and its payment handler are configured with (from the environment, by main.ts). */
export interface OwnGatewaySettings {
  client: OwnGatewayClient;
  /** The OwnGateway URL browsers load HyperLoader.js from. */
  publicUrl: string;
  publishableKey: string;
  /** Signs return URLs and webhooks (the merchant account's payment response hash key). */
  paymentResponseHashKey: string;
  /** JSON for elements({ appearance }). */
  appearance: Record<string, unknown>;
  defects: ReadonlySet<VendureDefect>;
  calls: GatewayCallsInFlight;
  /** The shop's own public URL (return URLs), known once it listens. */
  shopUrl: string;
}

export const OWNGATEWAY_METHOD_CODE = 'owngateway';
export const WEBHOOK_PATH = '/payments/owngateway/webhook';
export const CONFIRMATION_PATH = '/checkout/confirmation';
/** Where the sdk-self-hosted defect serves its copy of HyperLoader.js (the shop's own host). */
export const SELF_HOSTED_LOADER_PATH = '/vendor/owngateway/HyperLoader.js';
