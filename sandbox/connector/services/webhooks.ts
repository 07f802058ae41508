import { randomUUID } from 'node:crypto';
import { buildConnectorWebhook, type ConnectorWebhookEvent, type ConnectorWebhookKind } from '../../../helpers/connectors/webhooks/index.ts';
import type { ConnectorRefund } from '../protocol.ts';
import type { SentWebhook, SimulatorState, StoredPayment } from '../simulator-state.ts';

// The processor's webhooks: signed per the account's scheme (helpers/connector-webhooks/), sent to the
// endpoint set on its dashboard, retried on a 5xx or no answer as processors do; a 4xx is final.

const RETRY_DELAYS_MS = [0, 200, 500, 1000, 2000] as const;

export function webhookEvent(payment: StoredPayment, kind: ConnectorWebhookKind, refund?: ConnectorRefund, eventId?: string): ConnectorWebhookEvent {
  return {
    event_id: eventId ?? `evt_${randomUUID().replaceAll('-', '')}`,
    kind,
    connector_transaction_id: payment.id,
    connector_refund_id: refund?.id ?? null,
    reference: refund?.reference ?? payment.reference,
    amount: refund?.amount ?? payment.amount,
    currency: payment.currency,
    occurred_at: new Date(),
  };
}

export class WebhookSender {
  readonly #state: SimulatorState;

  constructor(state: SimulatorState) {
    this.#state = state;
  }

  /** Resolves once delivered, refused, or out of retries; the record in `sentWebhooks` says which. */
  async send(account: string, event: ConnectorWebhookEvent): Promise<void> {
    const config = this.#state.accounts.get(account);
    // No endpoint set on the processor's dashboard: the event never leaves the processor.
    if (!config?.webhook_url) return;
    const record: SentWebhook = { event_id: event.event_id, kind: event.kind, target: config.webhook_url, status: null, attempts: 0 };
    this.#state.sentWebhooks.push(record);
    for (const delay of RETRY_DELAYS_MS) {
      if (delay) await this.#state.sleep(delay);
      record.attempts += 1;
      const signed = buildConnectorWebhook(config.webhook_scheme, event, config.webhook_secret, new Date());
      try {
        const response = await fetch(config.webhook_url, { method: 'POST', headers: signed.headers, body: signed.body, signal: AbortSignal.timeout(5000) });
        record.status = response.status;
        await response.arrayBuffer();
        if (response.ok || (response.status >= 400 && response.status < 500)) return;
      } catch {
        record.status = null;
      }
    }
  }
}
