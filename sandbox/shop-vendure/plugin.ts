import {
  ActiveOrderService,
  OrderService,
  PluginCommonModule,
  RequestContextService,
  TransactionalConnection,
  VendurePlugin,
  type RuntimeVendureConfig,
} from '@vendure/core';
import { adminApiExtension, OrderRefundedTotalResolver } from './admin-api.ts';
import { captureOnShipment } from './capture-on-shipment.ts';
import { OwnGatewayPayments, OWNGATEWAY_SETTINGS } from './owngateway-payments.ts';
import type { OwnGatewaySettings } from './settings.ts';
import { CONFIRMATION_PATH, WEBHOOK_PATH } from './settings.ts';
import { RequestQueue } from './request-queue.ts';
import { OwnGatewayShopResolver, shopApiExtension } from './shop-api.ts';
import { StorefrontController } from './storefront-controller.ts';
import { keepRawBody, OwnGatewayWebhookController } from './webhook-controller.ts';

// The OwnGateway plugin: the Shop API mutation that starts a payment, the storefront and its
// confirmation route, the webhook route (raw body kept for its signature), and Order.refundedTotal in the Admin API.

export function owngatewayPlugin(settings: OwnGatewaySettings): new () => object {
  class OwnGatewayPlugin {}
  VendurePlugin({
    imports: [PluginCommonModule],
    compatibility: '^3.0.0',
    providers: [
      { provide: OWNGATEWAY_SETTINGS, useValue: settings },
      {
        provide: OwnGatewayPayments,
        useFactory: (orders: OrderService, active: ActiveOrderService, contexts: RequestContextService, connection: TransactionalConnection) =>
          new OwnGatewayPayments(settings, orders, active, contexts, connection),
        inject: [OrderService, ActiveOrderService, RequestContextService, TransactionalConnection],
      },
    ],
    controllers: [OwnGatewayWebhookController, StorefrontController],
    shopApiExtensions: { schema: shopApiExtension, resolvers: [OwnGatewayShopResolver] },
    adminApiExtensions: { schema: adminApiExtension, resolvers: [OrderRefundedTotalResolver] },
    configuration: (config: RuntimeVendureConfig) => {
      const queue = new RequestQueue();
      for (const route of [`/${config.apiOptions.shopApiPath}`, `/${config.apiOptions.adminApiPath}`, CONFIRMATION_PATH, WEBHOOK_PATH]) {
        config.apiOptions.middleware.push({ route, handler: queue.middleware, beforeListen: true });
      }
      config.apiOptions.middleware.push({ route: WEBHOOK_PATH, handler: keepRawBody, beforeListen: true });
      config.shippingOptions.process.push(captureOnShipment);
      // The OwnGateway payment the customer is paying with: known before Vendure records any payment.
      config.customFields.Order.push({ name: 'owngatewayPaymentId', type: 'string', nullable: true, public: false, readonly: true });
      return config;
    },
  })(OwnGatewayPlugin);
  return OwnGatewayPlugin;
}
