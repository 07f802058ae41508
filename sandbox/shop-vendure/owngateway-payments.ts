import { Inject, Injectable } from '@nestjs/common';
import {
  ActiveOrderService,
  Logger,
  OrderService,
  Payment,
  Refund,
  RequestContextService,
  TransactionalConnection,
  UserInputError,
  type Order,
  type RequestContext,
} from '@vendure/core';
import type { VerifiedPayment } from './payment-handler.ts';
import { OwnGatewayError, type GatewayAddress, type GatewayPayment, type GatewayRefund } from './owngateway-client.ts';
import { CONFIRMATION_PATH, OWNGATEWAY_METHOD_CODE, SELF_HOSTED_LOADER_PATH, type OwnGatewaySettings } from './settings.ts';

// The one place where an OwnGateway payment becomes (or does not become) a Vendure payment: the
// confirmation route and the webhook route both end here, after their own checks of where the news
// came from. Here the payment is matched with its order: same order code, same amount, same currency.

const LOG = 'OwnGatewayPayments';
export const OWNGATEWAY_SETTINGS = Symbol('OWNGATEWAY_SETTINGS');

export interface PaymentSession {
  paymentId: string;
  clientSecret: string;
  publishableKey: string;
  hyperLoaderUrl: string;
  returnUrl: string;
  appearance: Record<string, unknown>;
}

export type Outcome = 'recorded' | 'already-recorded' | 'settled' | 'cancelled' | 'pending' | 'mismatch' | 'not-payable' | 'unknown-order' | 'ignored';

/** The order states in which the customer has paid (authorised or captured). */
export const PAID_STATES: readonly string[] = ['PaymentAuthorized', 'PaymentSettled', 'PartiallyShipped', 'Shipped', 'PartiallyDelivered', 'Delivered'];

export class OwnGatewayPayments {
  readonly #settings: OwnGatewaySettings;
  readonly #orders: OrderService;
  readonly #activeOrders: ActiveOrderService;
  readonly #contexts: RequestContextService;
  readonly #connection: TransactionalConnection;
  /** One payment decision per order at a time: the return and a webhook often arrive together. */
  readonly #locks = new Map<string, Promise<unknown>>();

  constructor(
    settings: OwnGatewaySettings,
    orders: OrderService,
    activeOrders: ActiveOrderService,
    contexts: RequestContextService,
    connection: TransactionalConnection,
  ) {
    this.#settings = settings;
    this.#orders = orders;
    this.#activeOrders = activeOrders;
    this.#contexts = contexts;
    this.#connection = connection;
  }

  get settings(): OwnGatewaySettings {
    return this.#settings;
  }

  /** The shop server's own context: payments are added with it, never with a customer's. */
  serverContext(): Promise<RequestContext> {
    return this.#contexts.create({ apiType: 'admin' });
  }

  async #locked<T>(orderCode: string, work: () => Promise<T>): Promise<T> {
    const before = this.#locks.get(orderCode) ?? Promise.resolve();
    const mine = before.catch(() => undefined).then(work);
    this.#locks.set(orderCode, mine);
    try {
      return await mine;
    } finally {
      if (this.#locks.get(orderCode) === mine) this.#locks.delete(orderCode);
    }
  }

  // ---- checkout: a fresh OwnGateway payment for the customer's active order -------------------------

  async startPayment(ctx: RequestContext, fromBrowser: { amount?: number | null; currencyCode?: string | null }): Promise<PaymentSession> {
    const active = await this.#activeOrders.getActiveOrder(ctx, undefined);
    if (!active) throw new UserInputError('There is no active order to pay for');
    const order = await this.#orders.findOne(ctx, active.id, ['customer', 'lines']);
    if (!order) throw new UserInputError('There is no active order to pay for');
    if (order.state !== 'ArrangingPayment') throw new UserInputError(`The order is in state ${order.state}; continue to payment first (ArrangingPayment)`);
    if (!order.customer?.emailAddress) throw new UserInputError('The order has no customer e-mail address yet');
    let amount = order.totalWithTax;
    let currency: string = order.currencyCode;
    if (this.#settings.defects.has('client-supplied-amount')) {
      // The defect: the storefront sends what it showed the customer, and that is what is charged.
      if (typeof fromBrowser.amount === 'number') amount = fromBrowser.amount;
      if (fromBrowser.currencyCode) currency = fromBrowser.currencyCode;
    }
    const returnUrl = `${this.#settings.shopUrl}${CONFIRMATION_PATH}/${order.code}`;
    const customer = order.customer;
    const fullName = [customer.firstName, customer.lastName].filter(Boolean).join(' ') || order.shippingAddress.fullName || undefined;
    const address = this.#address(order, customer.emailAddress);
    const payment = await this.#settings.client.createPayment({
      amount,
      currency,
      capture_method: 'manual',
      return_url: returnUrl,
      merchant_order_reference_id: order.code,
      description: `Order ${order.code}`,
      metadata: { vendure_order_code: order.code },
      customer: {
        id: `vendure_customer_${customer.id}`,
        email: customer.emailAddress,
        ...(fullName ? { name: fullName } : {}),
        ...(customer.phoneNumber ? { phone: customer.phoneNumber } : {}),
      },
      ...(address ? { billing: address, shipping: address } : {}),
    });
    if (!payment.client_secret) throw new Error(`OwnGateway created ${payment.payment_id} without a client secret`);
    await this.#connection.withTransaction(ctx, (ctx) => this.#orders.updateCustomFields(ctx, order.id, { owngatewayPaymentId: payment.payment_id }));
    return {
      paymentId: payment.payment_id,
      clientSecret: payment.client_secret,
      publishableKey: this.#settings.publishableKey,
      // The sdk-self-hosted defect: the page loads the shop's own copy of the loader, not OwnGateway's.
      hyperLoaderUrl: this.#settings.defects.has('sdk-self-hosted')
        ? `${this.#settings.shopUrl}${SELF_HOSTED_LOADER_PATH}`
        : `${this.#settings.publicUrl}/HyperLoader.js`,
      returnUrl,
      appearance: this.#settings.appearance,
    };
  }

  #address(order: Order, email: string): GatewayAddress | null {
    const shipping = order.shippingAddress;
    if (!shipping.streetLine1) return null;
    const [first, ...rest] = (shipping.fullName ?? '').split(' ');
    return {
      address: {
        ...(first ? { first_name: first } : {}),
        ...(rest.length ? { last_name: rest.join(' ') } : {}),
        line1: shipping.streetLine1,
        ...(shipping.streetLine2 ? { line2: shipping.streetLine2 } : {}),
        ...(shipping.city ? { city: shipping.city } : {}),
        ...(shipping.province ? { state: shipping.province } : {}),
        ...(shipping.postalCode ? { zip: shipping.postalCode } : {}),
        ...(shipping.countryCode ? { country: shipping.countryCode } : {}),
      },
      ...(shipping.phoneNumber ? { phone: { number: shipping.phoneNumber } } : {}),
      email,
    };
  }

  // ---- matching a payment with its order -----------------------------------------------------------

  /** The Vendure order code a payment was created for (our metadata; the order reference as a fallback). */
  orderCodeOf(payment: GatewayPayment): string | null {
    const fromMetadata = payment.metadata?.vendure_order_code;
    if (typeof fromMetadata === 'string' && fromMetadata) return fromMetadata;
    return payment.merchant_order_reference_id ?? null;
  }

  /**
   * Is this payment, as OwnGateway reports it, exactly the order's total in the order's currency (and,
   * once captured, captured in full)?
   */
  paymentMatchesOrder(order: Order, payment: GatewayPayment): boolean {
    if (this.#settings.defects.has('no-amount-check')) return true; // the defect: whatever was paid will do
    const captured = payment.status === 'succeeded' || payment.status === 'partially_captured';
    return (
      payment.amount === order.totalWithTax &&
      payment.currency === String(order.currencyCode) &&
      (!captured || (payment.amount_received ?? payment.amount) === order.totalWithTax)
    );
  }

  /** The Vendure payment state an OwnGateway status earns, once matched with the order (null: nothing to record). */
  stateFor(payment: GatewayPayment): VerifiedPayment['state'] | null {
    switch (payment.status) {
      case 'requires_capture':
        return 'Authorized';
      case 'succeeded':
      case 'partially_captured':
        return 'Settled';
      // A refusal is not recorded in Vendure: the order simply stays unpaid, and the customer may try again.
      default:
        return null;
    }
  }

  async findOrder(ctx: RequestContext, code: string): Promise<Order | undefined> {
    return this.#orders.findOneByCode(ctx, code);
  }

  async paymentsOf(ctx: RequestContext, order: Order): Promise<Payment[]> {
    return this.#orders.getOrderPayments(ctx, order.id);
  }

  /**
   * Records what OwnGateway says of one of the order's payments. `state` is the server's own decision
   * unless a caller (a seeded defect) imposes one. Idempotent: a payment is added once, settled once.
   */
  async acceptPayment(
    outer: RequestContext,
    code: string,
    payment: GatewayPayment,
    via: VerifiedPayment['verifiedBy'],
    imposed?: VerifiedPayment['state'],
  ): Promise<Outcome> {
    return this.#locked(code, () =>
      this.#connection.withTransaction(outer, async (ctx) => {
        const order = await this.findOrder(ctx, code);
        if (!order) return 'unknown-order';
        if (payment.status === 'cancelled') return this.#voided(ctx, order, payment);
        if (payment.status === 'processing' && this.#settings.defects.has('stale-event-regresses-order')) return this.#reopened(ctx, order, payment);
        const state = imposed ?? this.stateFor(payment);
        if (!state) return 'pending';
        const existing = (await this.paymentsOf(ctx, order)).find((p) => p.transactionId === payment.payment_id);
        if (existing) {
          // Captured in full elsewhere (OwnGateway's dashboard) after we recorded the authorisation.
          if (
            existing.state === 'Authorized' &&
            state === 'Settled' &&
            !this.#settings.calls.ownCaptures.has(payment.payment_id) &&
            this.paymentMatchesOrder(order, payment)
          ) {
            const settled = await this.#orders.settlePayment(ctx, existing.id);
            if ('errorCode' in settled) return 'already-recorded';
            await this.#shipCapturedElsewhere(ctx, order, payment);
            return 'settled';
          }
          return 'already-recorded';
        }
        if (!imposed && !this.paymentMatchesOrder(order, payment)) {
          Logger.warn(
            `${payment.payment_id} (${payment.amount} ${payment.currency}) does not match order ${code} (${order.totalWithTax} ${order.currencyCode}): not recorded`,
            LOG,
          );
          return 'mismatch';
        }
        if (order.state !== 'ArrangingPayment') return 'not-payable';
        const metadata: VerifiedPayment = {
          paymentId: payment.payment_id,
          status: payment.status,
          amount: payment.amount,
          currency: payment.currency,
          verifiedBy: via,
          state,
        };
        const result = await this.#orders.addPaymentToOrder(ctx, order.id, { method: OWNGATEWAY_METHOD_CODE, metadata });
        if ('errorCode' in result) {
          Logger.warn(`adding ${payment.payment_id} to ${code}: ${result.message}`, LOG);
          return 'recorded';
        }
        // Captured in full at OwnGateway before the news of its authorisation reached us (webhooks cross):
        // the release signal all the same, as when the authorisation was recorded first.
        if (!imposed && state === 'Settled') await this.#shipCapturedElsewhere(ctx, order, payment);
        return 'recorded';
      }),
    );
  }

  /**
   * Capture is this shop's release signal: a full capture made outside Vendure (someone on OwnGateway's
   * dashboard, after packing the parcel by hand) is booked as the order's shipment, once.
   */
  async #shipCapturedElsewhere(ctx: RequestContext, order: Order, payment: GatewayPayment): Promise<void> {
    const withLines = await this.#orders.findOne(ctx, order.id, ['lines']);
    if (!withLines || (await this.#orders.getOrderFulfillments(ctx, withLines)).some((f) => f.state !== 'Cancelled')) return;
    const fulfillment = await this.#orders.createFulfillment(ctx, {
      lines: withLines.lines.map((line) => ({ orderLineId: line.id, quantity: line.quantity })),
      handler: {
        code: 'manual-fulfillment',
        arguments: [
          { name: 'method', value: 'Captured at OwnGateway' },
          { name: 'trackingCode', value: payment.payment_id },
        ],
      },
    });
    if ('errorCode' in fulfillment) {
      Logger.warn(`booking the shipment of ${order.code}: ${fulfillment.message}`, LOG);
      return;
    }
    const shipped = await this.#orders.transitionFulfillmentToState(ctx, fulfillment.id, 'Shipped');
    if ('errorCode' in shipped) Logger.warn(`shipping ${order.code}: ${shipped.message}`, LOG);
  }

  /** An authorisation voided at OwnGateway (its dashboard): the payment is cancelled, and the order with it. */
  async #voided(ctx: RequestContext, order: Order, payment: GatewayPayment): Promise<Outcome> {
    const existing = (await this.paymentsOf(ctx, order)).find((p) => p.transactionId === payment.payment_id && p.state === 'Authorized');
    if (!existing) return 'already-recorded';
    const cancelled = await this.#orders.cancelPayment(ctx, existing.id);
    if ('errorCode' in cancelled) return 'pending';
    const others = (await this.paymentsOf(ctx, order)).some((p) => p.state === 'Authorized' || p.state === 'Settled');
    if (!others)
      await this.#orders.cancelOrder(ctx, { orderId: order.id, reason: `OwnGateway payment ${payment.payment_id} was voided`, cancelShipping: true });
    return 'cancelled';
  }

  /**
   * The stale-event-regresses-order defect: OwnGateway's status of the moment is taken as the newest, so
   * a "still processing" delivered late undoes a settled payment (cancelled with its order, as if voided).
   */
  async #reopened(ctx: RequestContext, order: Order, payment: GatewayPayment): Promise<Outcome> {
    const existing = (await this.paymentsOf(ctx, order)).find((p) => p.transactionId === payment.payment_id && p.state !== 'Cancelled');
    if (!existing) return 'pending';
    await this.#orders.transitionPaymentToState(ctx, existing.id, 'Cancelled');
    await this.#orders.cancelOrder(ctx, { orderId: order.id, reason: `OwnGateway says ${payment.payment_id} is processing`, cancelShipping: true });
    return 'cancelled';
  }

  // ---- refunds made outside Vendure (OwnGateway's dashboard) ------------------------------------------

  async recordGatewayRefund(ctx: RequestContext, refund: GatewayRefund): Promise<Outcome> {
    if (this.#settings.defects.has('refund-not-reaching-order')) return 'ignored'; // the defect: acknowledged, dropped
    await this.#settings.calls.idle(refund.payment_id);
    const repository = this.#connection.getRepository(ctx, Payment);
    const payment = await repository.findOne({ where: { transactionId: refund.payment_id, method: OWNGATEWAY_METHOD_CODE }, relations: ['order', 'refunds'] });
    if (!payment) return 'unknown-order';
    const known = payment.refunds.find((r) => r.transactionId === refund.refund_id);
    if (known || this.#settings.calls.ownRefunds.has(refund.refund_id)) {
      if (known?.state === 'Pending' && refund.status === 'succeeded') {
        await this.#connection.withTransaction(ctx, (ctx) => this.#orders.settleRefund(ctx, { id: known.id, transactionId: refund.refund_id }));
        return 'settled';
      }
      return 'already-recorded';
    }
    if (refund.status !== 'succeeded') return 'pending';
    return this.#locked(payment.order.code, () =>
      this.#connection.withTransaction(ctx, async (ctx) => {
        const again = await this.#connection.getRepository(ctx, Refund).findOne({ where: { transactionId: refund.refund_id } });
        if (again) return 'already-recorded';
        const metadata: Refund['metadata'] = { source: 'owngateway-webhook', currency: refund.currency };
        await this.#connection.getRepository(ctx, Refund).save(
          new Refund({
            payment,
            paymentId: payment.id,
            items: 0,
            shipping: 0,
            adjustment: refund.amount,
            total: refund.amount,
            method: OWNGATEWAY_METHOD_CODE,
            reason: refund.reason ?? 'Refunded on the OwnGateway dashboard',
            state: 'Settled',
            transactionId: refund.refund_id,
            metadata,
          }),
        );
        await this.#orders.addNoteToOrder(ctx, {
          id: payment.order.id,
          note: `OwnGateway refund ${refund.refund_id}: ${refund.amount} ${refund.currency} (made outside Vendure)`,
          isPublic: false,
        });
        return 'recorded';
      }),
    );
  }

  describeError(error: unknown): string {
    return error instanceof OwnGatewayError ? error.message : error instanceof Error ? error.message : String(error);
  }
}

// Nest injection without decorator syntax or emitted metadata: explicit tokens.
Injectable()(OwnGatewayPayments);
[OWNGATEWAY_SETTINGS, OrderService, ActiveOrderService, RequestContextService, TransactionalConnection].forEach((token, index) => {
  Inject(token)(OwnGatewayPayments, undefined, index);
});
