import { checklist } from '../../helpers/checklist/checklist.ts';
import { expect, expectFulfilledOnce, settledOrder, test } from '../../fixtures/index.ts';

// Unified Checkout has no double-submit guard of its own: each confirmPayment reaches OwnGateway.
// Only the merchant's page can stop a second click, so the checkout and go-live projects both hold
// it to that.
export function doubleClickMakesOnePayment(): void {
  test('a double click on pay makes one payment', checklist('errors.sdk', 'errors.lifecycle'), async ({ page, merchant, checkout, gateway, payingCard }) => {
    const placed = await merchant.startCheckout(page);
    const confirms: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/payments\/[^/]+\/confirm$/.test(request.url())) confirms.push(request.url());
    });
    await checkout.enterCard(payingCard);
    await merchant.payButton(page).dblclick();
    await checkout.returned();
    expect(confirms, 'one confirm reached OwnGateway').toHaveLength(1);
    const order = await settledOrder(merchant, gateway, placed);
    expectFulfilledOnce(order);
    expect((await gateway.payments.retrieve(order.paymentId)).attempt_count, 'one attempt on the payment').toBe(1);
  });
}
