import { LanguageCode, Logger, PaymentMethodHandler, type CreatePaymentResult, type PaymentMetadata } from '@vendure/core';
import { z } from 'zod';
import { OwnGatewayError } from './owngateway-client.ts';
import { OWNGATEWAY_METHOD_CODE, type OwnGatewaySettings } from './settings.ts';

// The OwnGateway PaymentMethodHandler. Payments are added to an order only by the plugin's server
// side (the confirmation route or a verified webhook), after it retrieved or verified the payment;
// the Shop API's own addPaymentToOrder, which any browser can call, is refused here.

const LOG = 'OwnGatewayPaymentHandler';

/** What the plugin's verified paths hand to addPaymentToOrder as metadata. */
export const VerifiedPayment = z.object({
  paymentId: z.string().min(1),
  status: z.string(),
  amount: z.number().int(),
  currency: z.string(),
  verifiedBy: z.enum(['return', 'webhook']),
  /** The Vendure payment state the server decided on after its checks. */
  state: z.enum(['Authorized', 'Settled']),
});
export type VerifiedPayment = z.infer<typeof VerifiedPayment>;

function describe(error: unknown): string {
  return error instanceof OwnGatewayError ? error.message : error instanceof Error ? error.message : String(error);
}

export function owngatewayPaymentHandler(settings: OwnGatewaySettings): PaymentMethodHandler {
  const gateway = settings.client;
  return new PaymentMethodHandler({
    code: OWNGATEWAY_METHOD_CODE,
    description: [{ languageCode: LanguageCode.en, value: 'OwnGateway (Unified Checkout)' }],
    args: {},

    createPayment: (ctx, order, amount, _args, metadata: PaymentMetadata): CreatePaymentResult => {
      if (ctx.apiType !== 'admin') throw new Error('OwnGateway payments are added by the shop server after verification, not through the Shop API');
      const verified = VerifiedPayment.parse(metadata);
      // The order's amount due: the server recorded the payment only after matching it with the order.
      return {
        amount,
        state: verified.state,
        transactionId: verified.paymentId,
        metadata: {
          status: verified.status,
          gatewayAmount: verified.amount,
          currency: verified.currency,
          verifiedBy: verified.verifiedBy,
          orderCode: order.code,
        },
      };
    },

    // Capture on shipment. A payment OwnGateway already captured in full (on its dashboard) is settled
    // as it is; otherwise the payment amount is captured, or the order's total when that is lower
    // (after an order modification), which OwnGateway records as a partial capture.
    settlePayment: async (_ctx, order, payment) => {
      try {
        const current = await gateway.retrievePayment(payment.transactionId);
        if (current.status === 'succeeded' && (current.amount_received ?? current.amount) === payment.amount) {
          return { success: true, metadata: { capturedAmount: current.amount_received ?? current.amount } };
        }
        const toCapture = Math.min(payment.amount, order.totalWithTax);
        const captured = await settings.calls.run(payment.transactionId, async () => {
          const answer = await gateway.capturePayment(payment.transactionId, toCapture);
          settings.calls.ownCaptures.add(payment.transactionId);
          return answer;
        });
        if (captured.status === 'succeeded' || captured.status === 'partially_captured') {
          return { success: true, metadata: { capturedAmount: captured.amount_received ?? toCapture } };
        }
        return {
          success: false,
          errorMessage: `OwnGateway capture left the payment ${captured.status}${captured.error_message ? `: ${captured.error_message}` : ''}`,
        };
      } catch (error) {
        Logger.warn(`capture of ${payment.transactionId} failed: ${describe(error)}`, LOG);
        return { success: false, errorMessage: describe(error) };
      }
    },

    cancelPayment: async (_ctx, _order, payment) => {
      try {
        const current = await gateway.retrievePayment(payment.transactionId);
        if (current.status === 'cancelled') return { success: true };
        const cancelled = await gateway.cancelPayment(payment.transactionId, 'cancelled in Vendure');
        return cancelled.status === 'cancelled' ? { success: true } : { success: false, errorMessage: `OwnGateway left the payment ${cancelled.status}` };
      } catch (error) {
        return { success: false, errorMessage: describe(error) };
      }
    },

    createRefund: async (_ctx, input, amount, order, payment) => {
      try {
        const refund = await settings.calls.run(payment.transactionId, async () => {
          const answer = await gateway.createRefund({
            payment_id: payment.transactionId,
            amount,
            ...(input.reason ? { reason: input.reason } : {}),
            metadata: { vendure_order_code: order.code },
          });
          settings.calls.ownRefunds.add(answer.refund_id);
          return answer;
        });
        const state = refund.status === 'succeeded' ? 'Settled' : refund.status === 'failed' ? 'Failed' : 'Pending';
        return {
          state,
          transactionId: refund.refund_id,
          metadata: { status: refund.status, ...(refund.error_message ? { errorMessage: refund.error_message } : {}) },
        };
      } catch (error) {
        Logger.warn(`refund of ${payment.transactionId} failed: ${describe(error)}`, LOG);
        return { state: 'Failed', metadata: { errorMessage: describe(error) } };
      }
    },
  });
}
