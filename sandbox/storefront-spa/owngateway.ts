import { Payment } from './owngateway-objects.ts';

// The shop's server-side OwnGateway client: the secret key is used here and nowhere else.

export class OwnGatewayUnavailable extends Error {}

/** The POST /payments body this shop sends (amount in minor units). */
export interface NewPayment {
  amount: number;
  currency: string;
  capture_method: 'manual';
  authentication_type: 'three_ds';
  customer_id: string;
  request_external_three_ds_authentication?: boolean;
  return_url: string;
  metadata: Record<string, string>;
  description: string;
}

export interface OwnGateway {
  createPayment(body: NewPayment): Promise<Payment>;
  retrievePayment(paymentId: string): Promise<Payment>;
  capturePayment(paymentId: string, amountMinor?: number): Promise<Payment>;
}

export function ownGateway(baseUrl: string, secretKey: string): OwnGateway {
  async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Payment> {
    let response: Response;
    try {
      response = await fetch(new URL(path, `${baseUrl}/`), {
        method,
        headers: { 'api-key': secretKey, 'content-type': 'application/json', accept: 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(8_000),
      });
    } catch {
      throw new OwnGatewayUnavailable(`OwnGateway did not answer ${method} ${path}`);
    }
    const json: unknown = await response.json().catch(() => undefined);
    const parsed = Payment.safeParse(json);
    if (!response.ok || !parsed.success) throw new OwnGatewayUnavailable(`OwnGateway answered ${response.status} to ${method} ${path}`);
    return parsed.data;
  }
  return {
    createPayment: (body) => call('POST', 'payments', body),
    retrievePayment: (id) => call('GET', `payments/${encodeURIComponent(id)}?force_sync=true`),
    capturePayment: (id, amountMinor) =>
      call('POST', `payments/${encodeURIComponent(id)}/capture`, amountMinor === undefined ? {} : { amount_to_capture: amountMinor }),
  };
}
