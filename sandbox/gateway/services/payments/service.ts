import type { IntentStatus } from '../../../../helpers/schemas/enums.ts';
import type { ConnectorPayment } from '../../../connector/protocol.ts';
import { apiErrors } from '../../model/api-error.ts';
import { ConnectorClient, ConnectorRejectedError, ConnectorUnavailableError } from '../connector-client.ts';
import { challengeAction } from '../../rules/three-ds-challenge.ts';
import { isTerminal } from '../../rules/payment-status.ts';
import { ids } from '../../model/ids.ts';
import type { OutgoingWebhookDispatcher } from '../webhooks/outgoing.ts';
import { ensureCustomer } from '../customers/service.ts';
import { cardForMandate, createMandate, mandateRequestOf, recordMandateUse } from '../mandates/service.ts';
import { saveCard } from '../payment-methods/service.ts';
import { cardNetwork, validateCard } from '../../rules/card.ts';
import { refuseUnimplementedMethod } from '../../rules/connector-method-support.ts';
import type { AlternativeMethod } from '../../model/alternative-method.ts';
import { readPaymentMethod } from '../../rules/payment-method-data.ts';
import { currencyIsValid, type CancelPaymentBody, type ConfirmPaymentBody, type CreatePaymentBody, type UpdatePaymentBody } from './requests.ts';
import type { CardOnFile, ConnectorAccount, GatewayState, Merchant, Payment } from '../../model/state.ts';

// Payment state rules as Hyperswitch applies them (crates/router/src/core/payments/operations/*).

const NOT_CONFIRMABLE: readonly IntentStatus[] = [
  'cancelled',
  'succeeded',
  'processing',
  'requires_capture',
  'requires_merchant_action',
  'review',
  'partially_captured',
  'requires_customer_action',
];
const NOT_CANCELLABLE: readonly IntentStatus[] = ['failed', 'succeeded', 'cancelled', 'processing', 'requires_merchant_action', 'review', 'partially_captured'];
const NOT_UPDATABLE: readonly IntentStatus[] = ['failed', 'succeeded', 'requires_capture'];
const CAPTURABLE: readonly IntentStatus[] = ['requires_capture', 'partially_captured_and_capturable', 'partially_authorized_and_requires_capture'];

export interface PaymentServiceContext {
  state: GatewayState;
  connector: ConnectorClient;
  webhooks: OutgoingWebhookDispatcher;
  gatewayUrl: () => string;
}

export class PaymentService {
  readonly #ctx: PaymentServiceContext;
  constructor(ctx: PaymentServiceContext) {
    this.#ctx = ctx;
  }

  find(merchant: Merchant, paymentId: string): Payment {
    const payment = this.#ctx.state.payments.get(paymentId);
    if (!payment || payment.merchant_id !== merchant.merchant_id) throw apiErrors.notFound('Payment');
    return payment;
  }

  async create(merchant: Merchant, body: CreatePaymentBody): Promise<Payment> {
    // validate_request (payment method data, amounts, mandate fields) runs before the payment is looked up or stored.
    const { card, alternative } = this.#instrumentOf(merchant, body, body.customer_id ?? body.customer?.id ?? null);
    if (body.amount === undefined) throw apiErrors.missingField('amount');
    if (body.currency === undefined) throw apiErrors.missingField('currency');
    validateAmountAndCurrency(body.amount, body.currency);
    if (body.amount_to_capture !== undefined && body.amount_to_capture > body.amount)
      throw apiErrors.invalidDataFormat('amount_to_capture', 'amount_to_capture lesser than amount');
    if (body.setup_future_usage && !body.customer_id && !body.customer?.id)
      throw apiErrors.preconditionFailed('customer_id is mandatory when setup_future_usage is given');
    if (body.return_url !== undefined) validateUrl('return_url', body.return_url);
    const paymentId = body.payment_id ?? ids.payment();
    if (this.#ctx.state.payments.has(paymentId)) throw apiErrors.duplicate('payment with the specified payment_id');
    const now = new Date().toISOString();
    const payment: Payment = {
      payment_id: paymentId,
      merchant_id: merchant.merchant_id,
      profile_id: merchant.default_profile,
      status: card || alternative ? 'requires_confirmation' : 'requires_payment_method',
      amount: body.amount,
      currency: body.currency,
      capture_method: body.capture_method ?? 'automatic',
      authentication_type: body.authentication_type ?? 'no_three_ds',
      amount_capturable: body.amount,
      amount_received: null,
      client_secret: ids.clientSecret(paymentId),
      customer_id: body.customer_id ?? body.customer?.id ?? null,
      description: body.description ?? null,
      return_url: body.return_url ?? null,
      metadata: body.metadata ?? null,
      card,
      card_summary: card ? summarise(card) : null,
      alternative,
      method_summary: alternative ? withoutCredential(alternative) : null,
      connector: null,
      requested_connectors: body.connector ?? null,
      merchant_connector_id: null,
      connector_transaction_id: null,
      attempt_count: 1,
      attempt_id: null,
      error_code: null,
      error_message: null,
      next_action: null,
      cancellation_reason: null,
      billing: body.billing ?? null,
      shipping: body.shipping ?? null,
      payment_method_billing: body.payment_method_data?.billing ?? null,
      browser_info: body.browser_info ?? null,
      setup_future_usage: body.setup_future_usage ?? null,
      off_session: body.off_session ?? null,
      save_card: (body.setup_future_usage !== undefined && body.customer_acceptance !== undefined) || body.mandate_data !== undefined,
      mandate_request: body.mandate_data ? mandateRequestOf(body.mandate_data, body.customer_id ?? body.customer?.id ?? null, false) : null,
      mandate_id: body.mandate_id ?? null,
      refund_ids: [],
      created: now,
      modified_at: now,
      external_three_ds_requested: body.request_external_three_ds_authentication === true,
    };
    if (payment.customer_id) ensureCustomer(this.#ctx.state, merchant.merchant_id, payment.customer_id);
    if (body.confirm) {
      // Validate routing before storing, so a rejected request leaves nothing behind.
      const mca = this.#route(merchant, payment.requested_connectors, alternative);
      if (!card && !alternative) throw apiErrors.missingField('payment_method_data');
      this.#ctx.state.payments.set(paymentId, payment);
      await this.#authorize(merchant, payment, mca);
    } else {
      this.#ctx.state.payments.set(paymentId, payment);
    }
    return payment;
  }

  async confirm(merchant: Merchant, payment: Payment, body: ConfirmPaymentBody): Promise<Payment> {
    if (NOT_CONFIRMABLE.includes(payment.status)) {
      throw apiErrors.preconditionFailed(`You cannot confirm this payment because it has status ${payment.status}`);
    }
    // get_attempt_type (core/payments/helpers.rs): a failed payment gets a new attempt only when asked.
    if (payment.status === 'failed' && body.retry_action !== 'manual_retry') {
      throw apiErrors.preconditionFailed(
        'You cannot confirm this payment because it has status failed, you can pass `retry_action` as `manual_retry` in request to try this payment again',
      );
    }
    const fromBody = this.#instrumentOf(merchant, body, body.customer_id ?? body.customer?.id ?? payment.customer_id, payment.amount, payment.currency);
    // Nothing in the body: what create or update left on the payment for this attempt.
    const { card, alternative } = fromBody.card || fromBody.alternative ? fromBody : { card: payment.card, alternative: payment.alternative };
    if (!card && !alternative) throw apiErrors.missingField('payment_method_data');
    if (body.return_url !== undefined) validateUrl('return_url', body.return_url);
    const mca = this.#route(merchant, body.connector ?? payment.requested_connectors, alternative);
    applyRequestFields(payment, body);
    if (typeof body.request_external_three_ds_authentication === 'boolean') payment.external_three_ds_requested = body.request_external_three_ds_authentication;
    if (payment.status === 'failed') payment.attempt_count += 1;
    setInstrument(payment, card, alternative);
    await this.#authorize(merchant, payment, mca);
    return payment;
  }

  /** POST /payments/{id} (operations/payment_update.rs); with `confirm: true` it goes on to confirm. */
  async update(merchant: Merchant, payment: Payment, body: UpdatePaymentBody): Promise<Payment> {
    if (NOT_UPDATABLE.includes(payment.status)) {
      throw apiErrors.preconditionFailed(`You cannot update this payment because it has status ${payment.status}`);
    }
    const { card, alternative } = this.#instrumentOf(
      merchant,
      body,
      body.customer_id ?? body.customer?.id ?? payment.customer_id,
      payment.amount,
      payment.currency,
    );
    if (body.amount !== undefined || body.currency !== undefined) validateAmountAndCurrency(body.amount ?? payment.amount, body.currency ?? payment.currency);
    const amount = body.amount ?? payment.amount;
    if (body.amount_to_capture !== undefined && body.amount_to_capture > amount)
      throw apiErrors.invalidDataFormat('amount_to_capture', 'amount_to_capture lesser than amount');
    if (body.return_url !== undefined) validateUrl('return_url', body.return_url);
    if (body.amount !== undefined) {
      payment.amount = body.amount;
      payment.amount_capturable = body.amount;
    }
    if (body.currency !== undefined) payment.currency = body.currency;
    if (body.description !== undefined) payment.description = body.description;
    if (body.confirm) return this.confirm(merchant, payment, body);
    applyRequestFields(payment, body);
    if (card || alternative) {
      setInstrument(payment, card, alternative);
      this.#setStatus(payment, 'requires_confirmation');
    }
    payment.modified_at = new Date().toISOString();
    return payment;
  }

  async capture(payment: Payment, amountToCapture: number | undefined): Promise<Payment> {
    if (!CAPTURABLE.includes(payment.status) || payment.capture_method === 'automatic') {
      throw apiErrors.unexpectedState(
        'captured',
        'status',
        payment.status,
        'requires_capture, partially_captured_and_capturable, partially_authorized_and_requires_capture',
      );
    }
    const amount = amountToCapture ?? payment.amount_capturable;
    if (amount <= 0) throw apiErrors.invalidDataFormat('amount_to_capture', 'positive integer');
    if (amount > payment.amount_capturable) throw apiErrors.invalidRequestData('amount_to_capture is greater than amount');
    const mca = this.#mcaOf(payment);
    const result = await this.#connectorCall(() => this.#ctx.connector.capture(apiKeyOf(mca), payment.connector_transaction_id ?? '', amount));
    this.#apply(payment, result);
    return payment;
  }

  async cancel(payment: Payment, body: CancelPaymentBody): Promise<Payment> {
    if (NOT_CANCELLABLE.includes(payment.status)) {
      throw apiErrors.preconditionFailed(`You cannot cancel this payment because it has status ${payment.status}`);
    }
    if (payment.connector_transaction_id) {
      const mca = this.#mcaOf(payment);
      const result = await this.#connectorCall(() => this.#ctx.connector.void(apiKeyOf(mca), payment.connector_transaction_id ?? ''));
      payment.cancellation_reason = body.cancellation_reason ?? null;
      this.#apply(payment, result);
    } else {
      payment.cancellation_reason = body.cancellation_reason ?? null;
      this.#setStatus(payment, 'cancelled');
    }
    return payment;
  }

  /** force_sync: ask the processor what really happened (after a timeout, a lost webhook, a 3DS return). */
  async sync(payment: Payment): Promise<Payment> {
    if (!payment.merchant_connector_id || (isTerminal(payment.status) && payment.status !== 'partially_captured')) return payment;
    const mca = this.#mcaOf(payment);
    try {
      const result = payment.connector_transaction_id
        ? await this.#ctx.connector.retrieve(apiKeyOf(mca), payment.connector_transaction_id)
        : await this.#ctx.connector.findByReference(apiKeyOf(mca), payment.attempt_id ?? '');
      this.#apply(payment, result);
    } catch (error) {
      if (error instanceof ConnectorRejectedError && error.status === 404 && !payment.connector_transaction_id) {
        // The processor never saw the attempt: nothing was charged.
        this.#fail(payment, 'processor_unreachable', 'The payment did not reach the processor');
      } else if (!(error instanceof ConnectorUnavailableError)) {
        throw error;
      }
    }
    return payment;
  }

  /** Moves the payment to what the processor reports; the single place connector states become intent states. */
  #apply(payment: Payment, result: ConnectorPayment): void {
    payment.connector_transaction_id = result.id;
    payment.next_action = null;
    switch (result.status) {
      case 'charged':
        payment.amount_received = result.amount_captured;
        payment.amount_capturable = 0;
        this.#setStatus(payment, 'succeeded');
        break;
      case 'partially_charged':
        payment.amount_received = result.amount_captured;
        // manual_multiple keeps the rest of the authorisation capturable, as Hyperswitch's multiple captures do.
        payment.amount_capturable = payment.capture_method === 'manual_multiple' ? result.amount - result.amount_captured : 0;
        this.#setStatus(payment, payment.capture_method === 'manual_multiple' ? 'partially_captured_and_capturable' : 'partially_captured');
        break;
      case 'authorized':
        payment.amount_capturable = result.amount;
        payment.amount_received = null;
        this.#setStatus(payment, 'requires_capture');
        break;
      case 'declined':
        this.#fail(payment, result.decline_code ?? 'declined', result.decline_message ?? 'Payment declined');
        break;
      case 'pending':
        this.#setStatus(payment, 'processing');
        break;
      case 'requires_challenge':
        payment.next_action = challengeAction(this.#ctx.state, this.#ctx.gatewayUrl(), payment);
        this.#setStatus(payment, 'requires_customer_action');
        break;
      case 'voided':
        payment.amount_capturable = 0;
        this.#setStatus(payment, 'cancelled');
        break;
    }
  }

  #fail(payment: Payment, code: string, message: string): void {
    payment.error_code = code;
    payment.error_message = message;
    payment.amount_capturable = 0;
    this.#setStatus(payment, 'failed');
  }

  /** Every status change goes through here, so each one that maps to an event sends exactly one webhook. */
  #setStatus(payment: Payment, status: IntentStatus): void {
    payment.modified_at = new Date().toISOString();
    if (payment.status === status) return;
    payment.status = status;
    if (status !== 'failed') {
      payment.error_code = null;
      payment.error_message = null;
    }
    this.#ctx.webhooks.paymentChanged(payment);
  }

  async #authorize(merchant: Merchant, payment: Payment, mca: ConnectorAccount): Promise<void> {
    const { card, alternative } = payment;
    if (!card && !alternative) throw apiErrors.missingField('payment_method_data');
    payment.connector = mca.connector_name;
    payment.merchant_connector_id = mca.merchant_connector_id;
    payment.attempt_id = `${payment.payment_id}_${payment.attempt_count}`;
    payment.connector_transaction_id = null;
    payment.error_code = null;
    payment.error_message = null;
    try {
      const result = await this.#ctx.connector.authorize(apiKeyOf(mca), {
        reference: payment.attempt_id,
        amount: payment.amount,
        currency: payment.currency,
        capture: payment.capture_method === 'automatic' ? 'automatic' : payment.capture_method === 'manual_multiple' ? 'manual_multiple' : 'manual',
        three_ds: !alternative && payment.authentication_type === 'three_ds',
        connector: mca.connector_name,
        ...(card ? { card } : {}),
        ...(alternative
          ? {
              method: {
                payment_method: alternative.payment_method,
                payment_method_type: alternative.payment_method_type,
                flow: alternative.flow,
                credential: alternative.credential,
              },
            }
          : {}),
        // A redirect method comes back to redirect/response (create_redirect_url); 3DS to redirect/complete (complete_authorize).
        return_url: `${this.#ctx.gatewayUrl()}/payments/${payment.payment_id}/${merchant.merchant_id}/redirect/${alternative ? 'response' : 'complete'}/${mca.connector_name}`,
      });
      this.#apply(payment, result);
    } catch (error) {
      if (error instanceof ConnectorUnavailableError && error.outcomeUnknown) {
        // The processor may have charged: never claim success or failure; a later sync decides.
        this.#setStatus(payment, 'processing');
      } else if (error instanceof ConnectorUnavailableError || error instanceof ConnectorRejectedError) {
        this.#fail(payment, 'CE_00', `connector_error: ${error.message}`);
      } else {
        throw error;
      }
    } finally {
      if (card) this.#saveCardIfAsked(payment, card);
      // The card or account has done its job; keep no full number in memory longer than the attempt.
      payment.card = null;
      payment.alternative = null;
    }
  }

  async #connectorCall<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      if (error instanceof ConnectorRejectedError) throw apiErrors.connectorError(error.status, `${error.code}: ${error.message}`);
      if (error instanceof ConnectorUnavailableError) throw apiErrors.connectorError(502, `processor_unavailable: ${error.message}`);
      throw error;
    }
  }

  /** The connector account that takes the payment: one whose payment_methods_enabled has the method and type (cards: credit or debit). */
  #route(merchant: Merchant, requested: readonly string[] | null, alternative: AlternativeMethod | null): ConnectorAccount {
    const method = alternative?.payment_method ?? 'card';
    const types: readonly string[] = alternative ? [alternative.payment_method_type] : ['credit', 'debit'];
    const eligible = this.#ctx.state
      .merchantConnectors(merchant.merchant_id)
      .filter(
        (candidate) =>
          !candidate.disabled &&
          candidate.connector_type === 'payment_processor' &&
          candidate.payment_methods_enabled.some(
            (pm) => pm.payment_method === method && (pm.payment_method_types ?? []).some((t) => types.includes(t.payment_method_type)),
          ),
      );
    // Without a request the first eligible connector takes it; with one, the first requested that is eligible.
    const mca = requested?.length
      ? requested.map((name) => eligible.find((candidate) => candidate.connector_name === name)).find((candidate) => candidate !== undefined)
      : eligible[0];
    if (!mca) throw apiErrors.noConnectorConfigured();
    // Hyperswitch routes first; only the connector's transformer refuses a method it does not build, after confirm's
    // update_trackers has moved the payment on (left processing, as juspay/hyperswitch#3716 reports for another
    // connector-side refusal). The sandbox answers the same error before changing or storing anything.
    if (alternative) refuseUnimplementedMethod(mca.connector_name, alternative.payment_method_type);
    return mca;
  }

  /** What a create/update/confirm body pays with: a non-card method's data, or a card (#cardOf); both null when it names none. */
  #instrumentOf(
    merchant: Merchant,
    body: ConfirmPaymentBody,
    customerId: string | null,
    amountHint = 0,
    currencyHint = '',
  ): { card: CardOnFile | null; alternative: AlternativeMethod | null } {
    const choice = readPaymentMethod(body);
    if (choice.kind === 'alternative') return { card: null, alternative: choice.method };
    return { card: this.#cardOf(merchant, body, customerId, amountHint, currencyHint), alternative: null };
  }

  /**
   * The card a create/update/confirm pays with: card data, a saved card's payment_token (from the
   * customer's payment-method list) or, off-session, recurring_details naming a saved payment method.
   */
  #cardOf(merchant: Merchant, body: ConfirmPaymentBody, customerId: string | null, amountHint = 0, currencyHint = ''): CardOnFile | null {
    if (body.payment_method_data?.card) return validateCard(body.payment_method_data.card);
    const { state } = this.#ctx;
    if (body.payment_token) {
      const pmId = state.paymentTokens.get(body.payment_token);
      const pm = pmId ? state.paymentMethods.get(pmId) : undefined;
      if (!pm || pm.merchant_id !== merchant.merchant_id) throw apiErrors.notFound('Payment method');
      // The CVC comes with payment_method_data.card_token or, deprecated, as the top-level card_cvc.
      return { ...pm.card, cvc: body.payment_method_data?.card_token?.card_cvc ?? body.card_cvc ?? '' };
    }
    if (body.mandate_id) {
      const customer = requireRecurringFields(body, customerId);
      return cardForMandate(state, merchant, body.mandate_id, customer, body.amount ?? amountHint, body.currency ?? currencyHint);
    }
    if (body.recurring_details) {
      const customer = requireRecurringFields(body, customerId);
      if (body.recurring_details.type !== 'payment_method_id' || typeof body.recurring_details.data !== 'string') {
        throw apiErrors.notImplemented(`recurring_details of type ${body.recurring_details.type} in the sandbox`);
      }
      const pm = state.paymentMethods.get(body.recurring_details.data);
      if (!pm || pm.merchant_id !== merchant.merchant_id) throw apiErrors.notFound('Payment method');
      if (pm.customer_id !== customer) throw apiErrors.preconditionFailed('customer_id must match mandate customer_id');
      return { ...pm.card, cvc: '' };
    }
    return null;
  }

  /** setup_future_usage with customer_acceptance saves the card for the customer once it is authorised. */
  #saveCardIfAsked(payment: Payment, card: CardOnFile): void {
    if (payment.status !== 'succeeded' && payment.status !== 'requires_capture' && payment.status !== 'processing') return;
    if (payment.mandate_id && !payment.mandate_request) recordMandateUse(this.#ctx.state, payment.mandate_id, payment.amount);
    if (!payment.save_card || !payment.customer_id) return;
    const pm = saveCard(this.#ctx.state, payment.merchant_id, payment.customer_id, card, payment.card_summary ? 'credit' : null, null);
    if (payment.mandate_request && !payment.mandate_id) payment.mandate_id = createMandate(this.#ctx.state, payment, pm).mandate_id;
  }

  #mcaOf(payment: Payment): ConnectorAccount {
    const mca = payment.merchant_connector_id ? this.#ctx.state.connectorAccounts.get(payment.merchant_connector_id) : undefined;
    if (!mca) throw apiErrors.internal();
    return mca;
  }

  applyConnectorResult(payment: Payment, result: ConnectorPayment): void {
    this.#apply(payment, result);
  }
  mcaOf(payment: Payment): ConnectorAccount {
    return this.#mcaOf(payment);
  }
}

export function apiKeyOf(mca: ConnectorAccount): string {
  return typeof mca.connector_account_details.api_key === 'string' ? mca.connector_account_details.api_key : mca.merchant_connector_id;
}

function validateAmountAndCurrency(amount: number, currency: string): void {
  if (amount < 1) throw apiErrors.invalidDataFormat('amount', "a positive integer in the currency's minor units");
  if (!currencyIsValid(currency)) throw apiErrors.jsonDeserialize(`currency: unknown variant \`${currency}\`, expected an ISO 4217 currency code`);
}

function validateUrl(field: string, value: string): void {
  try {
    new URL(value);
  } catch {
    throw apiErrors.invalidDataFormat(field, 'a valid URL');
  }
}

/** validate_recurring_mandate (core/payments/helpers.rs): what an off-session payment on a saved method must say. */
function requireRecurringFields(body: ConfirmPaymentBody, customerId: string | null): string {
  if (!customerId) throw apiErrors.missingField('customer_id');
  if (body.confirm === undefined) throw apiErrors.missingField('confirm');
  if (!body.confirm) throw apiErrors.preconditionFailed('`confirm` must be `true` for mandates');
  if (body.off_session === undefined) throw apiErrors.missingField('off_session');
  if (!body.off_session) throw apiErrors.preconditionFailed('`off_session` should be `true` for mandates');
  return customerId;
}

/** The fields create, update and confirm all set on the intent when they are sent. */
function applyRequestFields(payment: Payment, body: ConfirmPaymentBody): void {
  if (body.connector) payment.requested_connectors = body.connector;
  if (body.return_url !== undefined) payment.return_url = body.return_url;
  if (body.capture_method) payment.capture_method = body.capture_method;
  if (body.authentication_type) payment.authentication_type = body.authentication_type;
  const customerId = body.customer_id ?? body.customer?.id;
  if (customerId) payment.customer_id = customerId;
  if (body.metadata) payment.metadata = body.metadata;
  if (body.billing) payment.billing = body.billing;
  if (body.shipping) payment.shipping = body.shipping;
  if (body.payment_method_data?.billing) payment.payment_method_billing = body.payment_method_data.billing;
  if (body.browser_info) payment.browser_info = body.browser_info;
  if (body.setup_future_usage) payment.setup_future_usage = body.setup_future_usage;
  if (body.setup_future_usage && body.customer_acceptance) payment.save_card = true;
  if (body.mandate_id) payment.mandate_id = body.mandate_id;
  if (body.mandate_data) {
    payment.mandate_request = mandateRequestOf(body.mandate_data, payment.customer_id, true);
    payment.save_card = true;
  }
  if (body.off_session !== undefined) payment.off_session = body.off_session;
}

/** The attempt's card or non-card method, and what responses show of it; the other one is cleared. */
function setInstrument(payment: Payment, card: CardOnFile | null, alternative: AlternativeMethod | null): void {
  payment.card = card;
  payment.card_summary = card ? summarise(card) : null;
  payment.alternative = alternative;
  payment.method_summary = alternative ? withoutCredential(alternative) : null;
}

function withoutCredential({ credential: _credential, ...summary }: AlternativeMethod): NonNullable<Payment['method_summary']> {
  return summary;
}

function summarise(card: Omit<CardOnFile, 'cvc'>): NonNullable<Payment['card_summary']> {
  return {
    last4: card.number.slice(-4),
    card_network: cardNetwork(card.number),
    card_isin: card.number.slice(0, 6),
    card_exp_month: card.exp_month,
    card_exp_year: card.exp_year,
    card_holder_name: card.holder_name ?? null,
  };
}
