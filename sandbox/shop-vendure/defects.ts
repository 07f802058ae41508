import { z } from 'zod';

// The integration mistakes this Vendure shop can be started with (SHOP_DEFECTS=a,b), each living in
// one named place of the OwnGateway plugin. expected-failures.ts says which go-live checks each fails.
export const VendureDefect = z.enum([
  'settle-on-return-status', // confirmation route: the payment is recorded from the return URL's status; no signature, no retrieve
  'no-amount-check', // paymentMatchesOrder(): any succeeded/authorised payment is accepted, whatever its amount or currency
  'client-supplied-amount', // createOwnGatewayPayment mutation: the amount and currency come from its GraphQL arguments
  'webhook-without-signature', // webhook controller: X-Webhook-Signature-512 is never checked
  'unawaited-signature-check', // webhook controller: the async signature check's promise is tested, never awaited
  'client-supplied-state', // confirmation route: the Vendure payment state is the one the page sends, not the verified payment's
  'refund-not-reaching-order', // recordGatewayRefund(): refund webhooks are acknowledged and dropped
  'stale-event-regresses-order', // acceptPayment(): a late payment_processing is taken as the newest news and cancels the settled payment and its order
  'sdk-self-hosted', // createOwnGatewayPayment: the page loads a copy of HyperLoader.js from the shop's own host (/vendor/owngateway)
  'csp-blocks-sdk-frames', // storefront pages' Content-Security-Policy header: OwnGateway under script-src, but frames from 'self' only
  'no-reconciliation', // confirmation route: the return shows what webhooks recorded and never retrieves the payment, so a lost webhook leaves the order unpaid
  'dev-gateway-url-in-build', // startVendureShop(): the deployment's storefront.config.json still names a local OwnGateway (http://127.0.0.1:8080)
]);
export type VendureDefect = z.infer<typeof VendureDefect>;

/** SHOP_DEFECTS: a comma-separated list, validated with an error naming the variable. */
export function defectsFromList(list: string): VendureDefect[] {
  const names = list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const parsed = VendureDefect.array().safeParse(names);
  if (!parsed.success) throw new Error(`SHOP_DEFECTS: expected a comma-separated list of ${VendureDefect.options.join(', ')}, got ${JSON.stringify(list)}`);
  return parsed.data;
}
