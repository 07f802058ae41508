import type { WebhookScheme } from '../../sandbox/connector/protocol.ts';
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
