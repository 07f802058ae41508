// The checkout page's own script: mounts Unified Checkout, drives the merchant's pay button and
// shows every error the SDK can return. Served as an external file, like a merchant's bundle.
export function checkoutScript(options: { showDeclines: boolean; leakedSecretKey: string | null }): string {
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
  var element = elements.create('payment', { layout: 'tabs' });
  element.mount('#unified-checkout');
  var complete = false;
  var busy = false;
  element.on('change', function (event) { complete = !!event.complete; submit.disabled = busy || !complete; });
  submit.addEventListener('click', function () {
    if (busy) return; // a second click while the first is in flight must not pay twice
    busy = true;
    submit.disabled = true;
    message.hidden = true;
    hyper.confirmPayment({ elements: elements, confirmParams: { return_url: data.returnUrl }, redirect: 'if_required' }).then(function (result) {
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
