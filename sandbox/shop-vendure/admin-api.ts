import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Refund, TransactionalConnection, type Order, type RequestContext } from '@vendure/core';
import { parse } from 'graphql';
import { decorateMethod } from './nest-decorate.ts';

// The Admin API extension: what has been refunded on an order, in one number (settled refunds over all
// its payments), for the back office and its integrations; zero before any payment.

export const adminApiExtension = parse(`
  extend type Order {
    "Settled refunds over all of the order's payments, in minor units"
    refundedTotal: Money!
  }
`);

export class OrderRefundedTotalResolver {
  readonly #connection: TransactionalConnection;
  constructor(connection: TransactionalConnection) {
    this.#connection = connection;
  }

  async refundedTotal(ctx: RequestContext, order: Order): Promise<number> {
    const refunds = await this.#connection
      .getRepository(ctx, Refund)
      .createQueryBuilder('refund')
      .innerJoin('refund.payment', 'payment')
      .where('payment.orderId = :orderId', { orderId: order.id })
      .andWhere('refund.state = :state', { state: 'Settled' })
      .getMany();
    return refunds.reduce((sum, refund) => sum + refund.total, 0);
  }
}

Resolver('Order')(OrderRefundedTotalResolver);
Inject(TransactionalConnection)(OrderRefundedTotalResolver, undefined, 0);
decorateMethod(OrderRefundedTotalResolver.prototype, 'refundedTotal', [ResolveField()], [Ctx(), Parent()]);
