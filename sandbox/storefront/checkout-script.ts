/**
 * How long the page waits for confirmPayment before looking the payment up itself. A payment still with
 * the customer's bank (3DS) keeps it waiting, and one that moved on goes to the return page; only a
 * payment that is still unpaid makes the page tell the customer to try again.
 */
export const CONFIRM_WATCHDOG_MS = 5000;

// The checkout page's own script: mounts Unified Checkout, drives the merchant's pay button and
// shows every error the SDK can return. Served as an external file, like a merchant's bundle.
export function checkoutScript(options: { showDeclines: boolean; leakedSecretKey: string | null; guardDoubleSubmit: boolean }): string {
  return `(function () {
  'use strict';
  ${options.leakedSecretKey ? `var OWNGATEWAY_API_KEY = ${JSON.stringify(options.leakedSecretKey)}; // build-time config` : ''}
  var data = JSON.parse(document.getElementById('checkout-data').textContent);
  var submit = document.getElementById('submit');
  var message = document.getElementById('payment-message');
  function show(text) { message.textContent = text; message.hidden = false; }
  if (typeof window.Hyper !== 'function') {
    document.getElementById('sdk-fallback').hidden = false;
    submit.disabled = true;
    return;
  }
  var hyper = window.Hyper(data.publishableKey);
  var elements = hyper.elements({ clientSecret: data.clientSecret, appearance: data.appearance });
  // PayPal's button pays by itself, with no confirmPayment of ours behind it: it needs the return URL up front.
  var element = elements.create('payment', { layout: 'tabs', wallets: { walletReturnUrl: data.returnUrl } });
  element.mount('#unified-checkout');
  var complete = false;
  var busy = false;
  element.on('change', function (event) { complete = !!event.complete; submit.disabled = busy || !complete; });
  submit.addEventListener('click', function () {
    ${
      options.guardDoubleSubmit
        ? `if (busy) return; // a second click while the first is in flight must not pay twice
    busy = true;
    submit.disabled = true;`
        : '/* no guard: every click confirms */'
    }
    message.hidden = true;
    // Unified Checkout may never answer (after a network failure it looks the payment up and, when it
    // finds it unpaid, says nothing): after a while the page looks for itself instead of waiting forever.
    var answered = false;
    var watchdog = setTimeout(function lookForItself() {
      hyper.retrievePaymentIntent(data.clientSecret).then(function (found) {
        if (answered) return;
        var payment = found && found.paymentIntent;
        // The customer is still with their bank (3DS in page): keep waiting for Unified Checkout.
        if (payment && payment.status === 'requires_customer_action') { watchdog = setTimeout(lookForItself, ${CONFIRM_WATCHDOG_MS}); return; }
        if (payment && payment.payment_id && payment.status !== 'requires_payment_method' && payment.status !== 'requires_confirmation') {
          // Something happened: the return page checks it server-side.
          window.location.assign(data.returnUrl + '&payment_id=' + encodeURIComponent(payment.payment_id));
          return;
        }
        show('The payment did not go through. Please check your connection and try again; you have not been charged.');
        busy = false;
        submit.disabled = !complete;
      });
    }, ${CONFIRM_WATCHDOG_MS});
    hyper.confirmPayment({ elements: elements, confirmParams: { return_url: data.returnUrl }, redirect: 'if_required' }).then(function (result) {
      answered = true;
      clearTimeout(watchdog);
      if (result && result.error) {
        show(result.error.message || 'Payment could not be completed. Please try again.');
      } else if (result && result.status === 'failed') {
        ${options.showDeclines ? "show('Your payment was declined' + (result.error_message ? ': ' + result.error_message : '') + ' Please try another card.');" : '/* declines ignored */'}
      } else if (result && (result.status === 'requires_payment_method' || result.status === 'requires_confirmation')) {
        show('The payment did not go through. Please check your connection and try again; you have not been charged.');
      } else if (result && result.payment_id) {
        // The server decides what happened: it retrieves the payment itself before fulfilling.
        window.location.assign(data.returnUrl + '&payment_id=' + encodeURIComponent(result.payment_id));
        return;
      }
      busy = false;
      submit.disabled = !complete;
    });
  });
})();`;
}
