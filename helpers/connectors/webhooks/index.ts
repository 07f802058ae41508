import type { WebhookScheme } from '../../../sandbox/connector/protocol.ts';
import { adyenScheme } from './adyen-scheme.ts';
import { checkoutScheme } from './checkout-scheme.ts';
import type { ConnectorWebhookEvent, ConnectorWebhookVerification, SignedWebhook, VerifyInput, WebhookSchemeCodec } from './event.ts';
import { sandboxScheme } from './sandbox-scheme.ts';
import { stripeScheme } from './stripe-scheme.ts';

export type { ConnectorWebhookEvent, ConnectorWebhookKind, ConnectorWebhookVerification, SignedWebhook } from './event.ts';

const codecs: Record<WebhookScheme, WebhookSchemeCodec> = { sandbox: sandboxScheme, stripe: stripeScheme, adyen: adyenScheme, checkout: checkoutScheme };

/** Which signing scheme a connector name uses; Hyperswitch's dummy connectors mimic the real ones. */
export function schemeForConnector(connectorName: string): WebhookScheme {
  const base = connectorName.replace(/_test$/, '');
  return base === 'stripe' || base === 'adyen' || base === 'checkout' ? base : 'sandbox';
}

export function verifyConnectorWebhook(scheme: WebhookScheme, input: VerifyInput): ConnectorWebhookVerification {
  return codecs[scheme].verify(input);
}

export function buildConnectorWebhook(scheme: WebhookScheme, event: ConnectorWebhookEvent, secret: string, now: Date): SignedWebhook {
  return codecs[scheme].build(event, secret, now);
}

/** The connector's webhook as an unsigned sender would post it: no signature where the scheme carries one (a header, or Adyen's body). */
export function buildUnsignedConnectorWebhook(scheme: WebhookScheme, event: ConnectorWebhookEvent, now: Date): SignedWebhook {
  const codec = codecs[scheme];
  if (codec.unsigned) return codec.unsigned(event, now);
  // Header schemes: the body does not depend on the key, so any key builds it and its header is left out.
  return { headers: { 'content-type': 'application/json' }, body: codec.build(event, 'ab'.repeat(32), now).body };
}
