// Vendure's own calls to OwnGateway (a capture on shipment, a refund from the Admin API) make OwnGateway
// send a webhook about them before the call has even answered, let alone before Vendure committed
// what it records. The webhook route waits for such a call to end and leaves its outcome to Vendure.

export class GatewayCallsInFlight {
  readonly #running = new Map<string, Promise<unknown>>();
  /** Payments Vendure captured itself (settlePayment), so a payment_succeeded about them is no news. */
  readonly ownCaptures = new Set<string>();
  /** Refunds Vendure created itself (createRefund): recorded by Vendure, never again from a webhook. */
  readonly ownRefunds = new Set<string>();

  async run<T>(paymentId: string, call: () => Promise<T>): Promise<T> {
    const running = call();
    this.#running.set(paymentId, running);
    try {
      return await running;
    } finally {
      if (this.#running.get(paymentId) === running) this.#running.delete(paymentId);
    }
  }

  /** Resolves once no call of Vendure's about this payment is running. */
  async idle(paymentId: string): Promise<void> {
    await this.#running.get(paymentId)?.catch(() => undefined);
  }
}
