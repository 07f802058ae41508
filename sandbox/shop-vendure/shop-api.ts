import { Inject } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Permission, type RequestContext } from '@vendure/core';
import { parse } from 'graphql';
import { decorateMethod } from './nest-decorate.ts';
import { OwnGatewayPayments, type PaymentSession } from './owngateway-payments.ts';

// The Shop API extension: the storefront asks the server to create the OwnGateway payment for its
// active order and gets the client secret back. The amount is the order's own; the optional
// arguments are a legacy of an older storefront and are read only by the client-supplied-amount defect.

export const shopApiExtension = parse(`
  type OwnGatewayPaymentSession {
    paymentId: String!
    clientSecret: String!
    publishableKey: String!
    hyperLoaderUrl: String!
    returnUrl: String!
    appearance: JSON
  }
  extend type Mutation {
    createOwnGatewayPayment(amount: Int, currencyCode: String): OwnGatewayPaymentSession!
  }
`);

export class OwnGatewayShopResolver {
  readonly #payments: OwnGatewayPayments;
  constructor(payments: OwnGatewayPayments) {
    this.#payments = payments;
  }

  createOwnGatewayPayment(ctx: RequestContext, args: { amount?: number | null; currencyCode?: string | null }): Promise<PaymentSession> {
    return this.#payments.startPayment(ctx, args);
  }
}

Resolver()(OwnGatewayShopResolver);
Inject(OwnGatewayPayments)(OwnGatewayShopResolver, undefined, 0);
decorateMethod(OwnGatewayShopResolver.prototype, 'createOwnGatewayPayment', [Mutation(), Allow(Permission.Owner)], [Ctx(), Args()]);
