import { OrderService, type FulfillmentProcess, type Injector } from '@vendure/core';
import { OWNGATEWAY_METHOD_CODE } from './settings.ts';

// Capture on shipment, in Vendure's own terms: before a fulfillment becomes Shipped, the order's
// authorised OwnGateway payments are settled (the handler captures them). A capture that fails
// refuses the shipment: nothing leaves the warehouse unpaid.

let orders: OrderService | null = null;

export const captureOnShipment: FulfillmentProcess<'Shipped'> = {
  init(injector: Injector) {
    orders = injector.get(OrderService);
  },
  async onTransitionStart(_fromState, toState, { ctx, orders: shipped }) {
    if (toState !== 'Shipped' || !orders) return true;
    for (const order of shipped) {
      const authorised = (await orders.getOrderPayments(ctx, order.id)).filter((p) => p.method === OWNGATEWAY_METHOD_CODE && p.state === 'Authorized');
      for (const payment of authorised) {
        const settled = await orders.settlePayment(ctx, payment.id);
        if ('errorCode' in settled) return `The payment ${payment.transactionId} could not be captured: ${settled.message}`;
      }
      // The default fulfillment process moves the order on from the state it holds in memory.
      const fresh = await orders.findOne(ctx, order.id);
      if (fresh) order.state = fresh.state;
    }
    return true;
  },
};
