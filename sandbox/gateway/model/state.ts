import type { NextAction } from './next-action.ts';
import type { AlternativeMethod } from './alternative-method.ts';
import type { AuthenticationType, CaptureMethod, IntentStatus, RefundStatus } from '../../../helpers/schemas/enums.ts';
import type { EventRecord, PaymentMethodsEnabled, WebhookDetails } from '../../../helpers/schemas/index.ts';

// The gateway's in-memory records. Responses are derived from these by the *-response functions,
// so the API shape lives in one place.

export interface Merchant {
  merchant_id: string;
  merchant_name: string | null;
  return_url: string | null;
  webhook_details: WebhookDetails | null;
  enable_payment_response_hash: boolean;
  payment_response_hash_key: string;
  redirect_to_merchant_with_http_post: boolean;
  publishable_key: string;
  metadata: Record<string, unknown> | null;
  default_profile: string;
}

export interface ApiKeyRecord {
  key_id: string;
  merchant_id: string;
  name: string;
  description: string | null;
  prefix: string;
  created: string;
  expiration: string;
}

export interface ConnectorAccount {
  merchant_connector_id: string;
  merchant_id: string;
  profile_id: string;
  connector_type: string;
  connector_name: string;
  connector_label: string;
  connector_account_details: { auth_type: string; api_key?: string } & Record<string, unknown>;
  test_mode: boolean;
  disabled: boolean;
  payment_methods_enabled: PaymentMethodsEnabled;
  connector_webhook_details: { merchant_secret: string; additional_secret?: string | null } | null;
  metadata: Record<string, unknown> | null;
}

export interface CardOnFile {
  number: string;
  exp_month: string;
  exp_year: string;
  cvc: string;
  holder_name: string | undefined;
}

export interface Payment {
  payment_id: string;
  merchant_id: string;
  profile_id: string;
  status: IntentStatus;
  amount: number;
  currency: string;
  capture_method: CaptureMethod;
  authentication_type: AuthenticationType;
  amount_capturable: number;
  amount_received: number | null;
  client_secret: string;
  customer_id: string | null;
  description: string | null;
  return_url: string | null;
  metadata: Record<string, unknown> | null;
  /** Kept only until the connector has it; responses show last4/network only. */
  card: CardOnFile | null;
  card_summary: {
    last4: string;
    card_network: string;
    card_isin: string;
    card_exp_month: string;
    card_exp_year: string;
    card_holder_name: string | null;
  } | null;
  /** A non-card method (pay later, bank redirect or debit, gift card, wallet); its credential is dropped once the processor has it. */
  alternative: AlternativeMethod | null;
  /** What responses show of the non-card method: kept after the attempt, without the credential. */
  method_summary: Omit<AlternativeMethod, 'credential'> | null;
  connector: string | null;
  /** The connectors the merchant asked for (`connector` on create or confirm); null lets routing choose. */
  requested_connectors: string[] | null;
  merchant_connector_id: string | null;
  connector_transaction_id: string | null;
  attempt_count: number;
  attempt_id: string | null;
  error_code: string | null;
  error_message: string | null;
  next_action: NextAction | null;
  /** request_external_three_ds_authentication: 3DS through the merchant's authentication connector, in page. */
  external_three_ds_requested?: boolean;
  cancellation_reason: string | null;
  /** Echoed back as sent, as Hyperswitch stores them with the intent. */
  billing: Record<string, unknown> | null;
  shipping: Record<string, unknown> | null;
  payment_method_billing: Record<string, unknown> | null;
  browser_info: Record<string, unknown> | null;
  setup_future_usage: 'off_session' | 'on_session' | null;
  off_session: boolean | null;
  /** setup_future_usage with customer_acceptance: the card is saved for the customer once authorised. */
  save_card: boolean;
  /** mandate_data of a payment that sets a mandate up; the mandate is created once authorised. */
  mandate_request: { type: Mandate['type']; amount: number | null; currency: string | null; customer_acceptance: Record<string, unknown> | null } | null;
  /** The mandate this payment created, or the one it paid under. */
  mandate_id: string | null;
  refund_ids: string[];
  created: string;
  modified_at: string;
}

export interface Refund {
  refund_id: string;
  payment_id: string;
  merchant_id: string;
  profile_id: string;
  amount: number;
  currency: string;
  status: RefundStatus;
  reason: string | null;
  metadata: Record<string, unknown> | null;
  connector: string;
  merchant_connector_id: string;
  connector_refund_id: string | null;
  error_code: string | null;
  error_message: string | null;
  created_at: string;
  updated_at: string;
}

export interface Customer {
  customer_id: string;
  merchant_id: string;
  name: string | null;
  email: string | null;
  phone: string | null;
  phone_country_code: string | null;
  description: string | null;
  address: Record<string, unknown> | null;
  metadata: Record<string, unknown> | null;
  default_payment_method_id: string | null;
  created_at: string;
}

/** A card in the vault (Hyperswitch's locker): the number stays here, never in a response. */
export interface SavedPaymentMethod {
  payment_method_id: string;
  merchant_id: string;
  customer_id: string;
  payment_method: 'card';
  payment_method_type: string | null;
  card: Omit<CardOnFile, 'cvc'>;
  network: string;
  metadata: Record<string, unknown> | null;
  created: string;
  last_used_at: string;
}

export interface Mandate {
  mandate_id: string;
  merchant_id: string;
  customer_id: string;
  payment_method_id: string;
  status: 'active' | 'inactive' | 'pending' | 'revoked';
  type: 'single_use' | 'multi_use';
  amount: number | null;
  currency: string | null;
  amount_captured: number;
  customer_acceptance: Record<string, unknown> | null;
  created_at: string;
}

export interface EphemeralKey {
  id: string;
  secret: string;
  merchant_id: string;
  customer_id: string;
  created_at: number;
  expires: number;
}

export class GatewayState {
  readonly merchants = new Map<string, Merchant>();
  /** Keyed by the plaintext key, as presented in the api-key header. */
  readonly secretKeys = new Map<string, ApiKeyRecord>();
  readonly publishableKeys = new Map<string, string>();
  readonly connectorAccounts = new Map<string, ConnectorAccount>();
  readonly payments = new Map<string, Payment>();
  readonly refunds = new Map<string, Refund>();
  readonly events = new Map<string, EventRecord>();
  readonly customers = new Map<string, Customer>();
  readonly paymentMethods = new Map<string, SavedPaymentMethod>();
  /** Keyed by the secret, as presented in the api-key header. */
  readonly ephemeralKeys = new Map<string, EphemeralKey>();
  readonly mandates = new Map<string, Mandate>();
  /** Short-lived payment_token -> payment_method_id, handed out with a customer's saved methods. */
  readonly paymentTokens = new Map<string, string>();
  /** Connector webhook event ids already acted on, per connector account: a repeat changes nothing. */
  readonly processedConnectorEvents = new Map<string, Set<string>>();

  merchantConnectors(merchantId: string): ConnectorAccount[] {
    return [...this.connectorAccounts.values()].filter((mca) => mca.merchant_id === merchantId);
  }
}
