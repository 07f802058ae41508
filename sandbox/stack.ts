import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { schemeForConnector } from '../helpers/connectors/webhooks/index.ts';
import { registerSecret } from '../helpers/secrets/mask.ts';
import { CreateApiKeyResponse, MerchantAccountResponse, MerchantConnectorResponse } from '../helpers/schemas/index.ts';
import { startConnectorSimulator } from './connector/index.ts';
import type { MerchantSetupDefect } from './defects.ts';
import { createSdkHandler } from './sdk/index.ts';
import { startStorefront, type StorefrontOptions } from './storefront/index.ts';
import { ConnectorClient } from './gateway/services/connector-client.ts';
import { DEFAULT_ADMIN_API_KEY, startGateway } from './gateway/index.ts';

// The embedded OwnGateway: connector simulator (in-process unless one is running elsewhere, e.g. in
// a container), gateway, and a merchant set up through the gateway's own API the way a merchant
// does it on the dashboard.

export interface SandboxStackOptions {
  host?: string;
  gatewayPort?: number;
  /** An already running connector simulator (container or process); otherwise one starts in-process. */
  connectorUrl?: string;
  connectorAsyncSettleDelayMs?: number;
  merchantId?: string;
  connectorName?: string;
  webhookUrl?: string;
  returnUrl?: string;
  adminApiKey?: string;
  webhookRetryScheduleMs?: readonly number[];
  sdkHandler?: (req: IncomingMessage, res: ServerResponse) => boolean;
  /** Also start the reference storefront, wired to this merchant (its webhooks unless webhookUrl is set). */
  storefront?: Pick<StorefrontOptions, 'dataDir' | 'defects' | 'appearance' | 'port'>;
  /** Connector accounts in live mode, as a production account has them (production-readiness stand-in). */
  liveConnectors?: boolean;
  /** Seeded dashboard mistakes, for self-certification. */
  merchantSetupDefects?: readonly MerchantSetupDefect[];
  /** Also give the merchant an authentication connector, so payments that ask for it get 3DS in page (three_ds_invoke). */
  externalThreeDsAuthentication?: boolean;
}

export interface SandboxCredentials {
  merchant_id: string;
  api_key: string;
  publishable_key: string;
  admin_api_key: string;
  payment_response_hash_key: string;
  connector: string;
  connector_webhook_secret: string;
  merchant_connector_id: string;
  profile_id: string;
}

export interface StartedSandboxStack {
  gatewayUrl: string;
  connectorUrl: string;
  connectorMode: 'in-process' | 'external';
  storefrontUrl: string | null;
  credentials: SandboxCredentials;
  stop(): Promise<void>;
}

export async function startSandboxStack(options: SandboxStackOptions = {}): Promise<StartedSandboxStack> {
  const host = options.host ?? '127.0.0.1';
  const adminApiKey = options.adminApiKey ?? DEFAULT_ADMIN_API_KEY;
  const ownConnector = options.connectorUrl ? null : await startConnectorSimulator({ host, asyncSettleDelayMs: options.connectorAsyncSettleDelayMs ?? 500 });
  const connectorUrl = options.connectorUrl ?? ownConnector!.url;
  const gateway = await startGateway({
    host,
    port: options.gatewayPort ?? 0,
    connectorUrl,
    adminApiKey,
    ...(options.webhookRetryScheduleMs ? { webhookRetryScheduleMs: options.webhookRetryScheduleMs } : {}),
    sdkHandler: options.sdkHandler ?? createSdkHandler(),
  });
  try {
    const credentials = await bootstrapMerchant(gateway.url, connectorUrl, adminApiKey, options);
    registerSecret(credentials.api_key, credentials.payment_response_hash_key, credentials.connector_webhook_secret, credentials.publishable_key);
    const storefront = options.storefront
      ? await startStorefront({
          ...options.storefront,
          gatewayUrl: gateway.url,
          sdkUrl: gateway.url,
          apiKey: credentials.api_key,
          publishableKey: credentials.publishable_key,
          paymentResponseHashKey: credentials.payment_response_hash_key,
        })
      : null;
    if (storefront && !options.webhookUrl) {
      const response = await fetch(`${gateway.url}/accounts/${credentials.merchant_id}`, {
        method: 'POST',
        headers: { 'api-key': adminApiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ webhook_details: { webhook_url: storefront.webhookUrl } }),
      });
      if (!response.ok) throw new Error(`sandbox bootstrap: setting the storefront webhook answered ${response.status}`);
    }
    return {
      gatewayUrl: gateway.url,
      connectorUrl,
      connectorMode: ownConnector ? 'in-process' : 'external',
      storefrontUrl: storefront?.url ?? null,
      credentials,
      stop: async () => {
        await storefront?.stop();
        await gateway.stop();
        await ownConnector?.stop();
      },
    };
  } catch (error) {
    await gateway.stop();
    await ownConnector?.stop();
    throw error;
  }
}

async function bootstrapMerchant(gatewayUrl: string, connectorUrl: string, adminApiKey: string, options: SandboxStackOptions): Promise<SandboxCredentials> {
  const call = async (path: string, key: string, body: unknown) => {
    const response = await fetch(`${gatewayUrl}${path}`, {
      method: 'POST',
      headers: { 'api-key': key, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json: unknown = await response.json();
    if (!response.ok) throw new Error(`sandbox bootstrap: POST ${path} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const merchantId = options.merchantId ?? `golive_merchant_${randomBytes(4).toString('hex')}`;
  const connectorName = options.connectorName ?? 'stripe_test';
  const merchant = MerchantAccountResponse.parse(
    await call('/accounts', adminApiKey, {
      merchant_id: merchantId,
      merchant_name: 'golive sandbox merchant',
      ...(options.returnUrl ? { return_url: options.returnUrl } : {}),
      ...(options.webhookUrl ? { webhook_details: { webhook_url: options.webhookUrl } } : {}),
    }),
  );
  const apiKey = CreateApiKeyResponse.parse(await call(`/api_keys/${merchantId}`, adminApiKey, { name: 'golive', expiration: 'never' }));
  const defects = new Set(options.merchantSetupDefects ?? []);
  // Two connectors, as a merchant with a fallback processor has: the first takes payments unless a
  // payment names another (`connector`). Seeded dashboard mistakes sit on the first, except the raw
  // card toggle, which is the one forgotten on a connector added later.
  const primary = await setUpConnector(call, connectorUrl, gatewayUrl, merchantId, apiKey.api_key, connectorName, {
    withoutWebhookSecret: defects.has('connector-without-webhook-secret'),
    debitEnabledOnGateway: !defects.has('payment-method-not-enabled'),
    webhooksPointAtGateway: !defects.has('connector-webhooks-not-set'),
    rawCardProcessing: true,
    alternativeMethods: true,
    debitEnabledAtProcessor: !defects.has('processor-debit-disabled'),
    live: options.liveConnectors ?? false,
  });
  await setUpConnector(call, connectorUrl, gatewayUrl, merchantId, apiKey.api_key, connectorName === 'stripe_test' ? 'adyen_test' : 'stripe_test', {
    withoutWebhookSecret: false,
    debitEnabledOnGateway: true,
    webhooksPointAtGateway: true,
    alternativeMethods: false,
    rawCardProcessing: !defects.has('processor-raw-cards-disabled'),
    debitEnabledAtProcessor: true,
    live: options.liveConnectors ?? false,
  });
  if (options.externalThreeDsAuthentication) {
    await call(`/account/${merchantId}/connectors`, apiKey.api_key, {
      connector_type: 'authentication_processor',
      connector_name: 'juspaythreedsserver',
      connector_account_details: { auth_type: 'HeaderKey', api_key: `sk_sim_${randomBytes(16).toString('hex')}` },
      test_mode: true,
      disabled: false,
      // Hyperswitch also takes authentication results as webhooks (its external-authentication flow): a
      // merchant set up right gives this connector a secret too.
      connector_webhook_details: { merchant_secret: `whsec_${randomBytes(24).toString('hex')}` },
    });
  }
  return {
    merchant_id: merchantId,
    api_key: apiKey.api_key,
    publishable_key: merchant.publishable_key ?? '',
    admin_api_key: adminApiKey,
    payment_response_hash_key: merchant.payment_response_hash_key ?? '',
    connector: connectorName,
    connector_webhook_secret: primary.webhookSecret,
    merchant_connector_id: primary.account.merchant_connector_id,
    profile_id: primary.account.profile_id,
  };
}

interface ConnectorSetup {
  withoutWebhookSecret: boolean;
  debitEnabledOnGateway: boolean;
  webhooksPointAtGateway: boolean;
  rawCardProcessing: boolean;
  debitEnabledAtProcessor: boolean;
  live: boolean;
  /** Also the non-card methods the sandbox's processor takes (ALTERNATIVE_METHODS). */
  alternativeMethods: boolean;
}

/** The non-card methods the primary connector account enables, with the payment experience a checkout offers for each. */
const ALTERNATIVE_METHODS = [
  {
    payment_method: 'pay_later',
    payment_method_types: ['klarna', 'affirm', 'afterpay_clearpay'].map((type) => ({ payment_method_type: type, payment_experience: 'redirect_to_url' })),
  },
  { payment_method: 'bank_redirect', payment_method_types: ['ideal', 'eps', 'sofort', 'giropay'].map((type) => ({ payment_method_type: type })) },
  { payment_method: 'bank_debit', payment_method_types: ['ach', 'bacs', 'sepa'].map((type) => ({ payment_method_type: type })) },
  { payment_method: 'gift_card', payment_method_types: [{ payment_method_type: 'givex' }] },
  {
    payment_method: 'wallet',
    payment_method_types: [
      { payment_method_type: 'paypal', payment_experience: 'redirect_to_url' },
      { payment_method_type: 'google_pay', payment_experience: 'invoke_sdk_client' },
      { payment_method_type: 'apple_pay', payment_experience: 'invoke_sdk_client' },
    ],
  },
];

/** One connector, set up on both dashboards: OwnGateway's connector account, then the processor's own settings. */
async function setUpConnector(
  call: (path: string, key: string, body: unknown) => Promise<unknown>,
  connectorUrl: string,
  gatewayUrl: string,
  merchantId: string,
  apiKey: string,
  connectorName: string,
  setup: ConnectorSetup,
): Promise<{ account: MerchantConnectorResponse; webhookSecret: string }> {
  // Hex so every connector scheme can use it (Adyen's HMAC keys are hex).
  const webhookSecret = randomBytes(32).toString('hex');
  const connectorApiKey = `sk_sim_${randomBytes(16).toString('hex')}`;
  const account = MerchantConnectorResponse.parse(
    await call(`/account/${merchantId}/connectors`, apiKey, {
      connector_type: 'payment_processor',
      connector_name: connectorName,
      connector_account_details: { auth_type: 'HeaderKey', api_key: connectorApiKey },
      test_mode: !setup.live,
      disabled: false,
      payment_methods_enabled: [
        {
          payment_method: 'card',
          payment_method_types: setup.debitEnabledOnGateway
            ? [{ payment_method_type: 'credit' }, { payment_method_type: 'debit' }]
            : [{ payment_method_type: 'credit' }],
        },
        ...(setup.alternativeMethods ? ALTERNATIVE_METHODS : []),
      ],
      ...(setup.withoutWebhookSecret ? {} : { connector_webhook_details: { merchant_secret: webhookSecret } }),
    }),
  );
  // The merchant's steps on the processor's own dashboard: point its webhooks at OwnGateway, enable raw
  // card processing and the card types the merchant sells with.
  const connector = new ConnectorClient(connectorUrl, 5000);
  try {
    await connector.configureAccount(connectorApiKey, {
      webhook_url: setup.webhooksPointAtGateway ? `${gatewayUrl}/webhooks/${merchantId}/${connectorName}` : null,
      webhook_secret: webhookSecret,
      webhook_scheme: schemeForConnector(connectorName),
      raw_card_processing: setup.rawCardProcessing,
      card_funding_enabled: setup.debitEnabledAtProcessor ? ['credit', 'debit'] : ['credit'],
    });
  } finally {
    await connector.close();
  }
  return { account, webhookSecret };
}
