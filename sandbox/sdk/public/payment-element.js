// The card form inside the Unified Checkout iframe: inline validation with Hyperswitch's messages,
// the styling API, and the confirm call to the gateway with the publishable key + client_secret.
(function () {
  'use strict';
  var THEMES = {
    default: { colorPrimary: '#006df9', colorBackground: '#ffffff', colorText: '#545454', borderRadius: '4px', fontFamily: '' },
    midnight: { colorPrimary: '#85d996', colorBackground: '#30313d', colorText: '#e0e0e0', borderRadius: '10px', fontFamily: 'Quicksand' },
    charcoal: { colorPrimary: '#000000', colorBackground: '#f0f3f5', colorText: '#000000', borderRadius: '10px', fontFamily: 'Quicksand' },
    soft: { colorPrimary: '#7d8fff', colorBackground: '#3c3d3e', colorText: '#e0e0e0', borderRadius: '10px', fontFamily: 'Quicksand' },
    brutal: { colorPrimary: '#f5fb1f', colorBackground: '#ffffff', colorText: '#000000', borderRadius: '6px', fontFamily: 'Quicksand' },
    bubblegum: { colorPrimary: '#f360a6', colorBackground: '#ffffff', colorText: '#545454', borderRadius: '2px', fontFamily: '' },
    none: {},
  };
  var BASE = {
    fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif', fontSizeBase: '1rem', colorDanger: '#df1b41',
    colorDangerText: '#df1b41', borderColor: '#e6e6e6', spacingUnit: '11px', spacingGridRow: '20px', spacingGridColumn: '20px',
  };
  var messages = {
    cardEmpty: 'Card Number cannot be empty', cardInvalid: 'Card number is invalid.',
    expiryEmpty: 'Card expiry date cannot be empty', expiryIncomplete: "Your card's expiration date is incomplete.",
    expiryPast: "Your card's expiration year is in the past.", expiryMonth: "Your card's expiration month is invalid.",
    cvcEmpty: 'CVC Number cannot be empty', cvcIncomplete: "Your card's security code is incomplete.",
  };
  var config = null;
  var parentOrigin = '*';
  var submitting = false;
  var number = document.getElementById('card-number');
  var expiry = document.getElementById('card-expiry');
  var cvc = document.getElementById('card-cvc');
  var fields = [
    { input: number, error: document.getElementById('card-number-error'), validate: validateNumber },
    { input: expiry, error: document.getElementById('card-expiry-error'), validate: validateExpiry },
    { input: cvc, error: document.getElementById('card-cvc-error'), validate: validateCvc },
  ];

  function post(message) { window.parent.postMessage(message, parentOrigin); }
  function digits(value) { return String(value || '').replace(/\D/g, ''); }
  function brandOf(n) { return /^3[47]/.test(n) ? 'AmericanExpress' : /^5[1-5]/.test(n) ? 'Mastercard' : /^4/.test(n) ? 'Visa' : 'Unknown'; }
  function cvcLength() { return brandOf(digits(number.value)) === 'AmericanExpress' ? 4 : 3; }
  function luhn(n) {
    var sum = 0;
    for (var i = 0; i < n.length; i++) { var d = Number(n[n.length - 1 - i]); if (i % 2) { d *= 2; if (d > 9) d -= 9; } sum += d; }
    return n.length >= 12 && n.length <= 19 && sum % 10 === 0;
  }
  function validateNumber() {
    var n = digits(number.value);
    if (!n) return { empty: true, message: messages.cardEmpty };
    if (!luhn(n)) return { message: messages.cardInvalid };
    return null;
  }
  function validateExpiry() {
    var d = digits(expiry.value);
    if (!d) return { empty: true, message: messages.expiryEmpty };
    if (d.length < 4) return { message: messages.expiryIncomplete };
    var month = Number(d.slice(0, 2)), year = 2000 + Number(d.slice(2, 4)), now = new Date();
    if (month < 1 || month > 12) return { message: messages.expiryMonth };
    if (year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1)) return { message: messages.expiryPast };
    return null;
  }
  function validateCvc() {
    var d = digits(cvc.value);
    if (!d) return { empty: true, message: messages.cvcEmpty };
    if (d.length < cvcLength()) return { message: messages.cvcIncomplete };
    return null;
  }
  function show(field, problem) {
    field.error.hidden = !problem;
    field.error.textContent = problem ? problem.message : '';
    field.input.classList.toggle('Input--invalid', !!problem);
    field.input.classList.toggle('Input--valid', !problem && !!field.input.value);
    field.input.classList.toggle('Input--empty', !field.input.value);
    field.input.setAttribute('aria-invalid', problem ? 'true' : 'false');
    resize();
  }
  function complete() { return fields.every(function (f) { return !f.validate(); }); }
  function emitChange() {
    post({ type: 'golive:event', event: 'change', payload: { elementType: 'payment', complete: complete(), empty: fields.every(function (f) { return !f.input.value; }), value: { type: 'card' } } });
  }
  function resize() { post({ iframeHeight: Math.ceil(document.documentElement.getBoundingClientRect().height) + 2, iframeId: config && config.iframeId }); }

  number.addEventListener('input', function () {
    var n = digits(number.value).slice(0, 19);
    number.value = brandOf(n) === 'AmericanExpress' ? n.replace(/^(\d{0,4})(\d{0,6})(\d{0,5}).*/, function (_, a, b, c) { return [a, b, c].filter(Boolean).join(' '); }) : n.replace(/(\d{4})(?=\d)/g, '$1 ');
    if (!number.classList.contains('Input--invalid') || !validateNumber()) show(fields[0], null);
    emitChange();
  });
  expiry.addEventListener('input', function () {
    var d = digits(expiry.value);
    if (d.length === 1 && Number(d) > 1) d = '0' + d;
    d = d.slice(0, 4);
    expiry.value = d.length > 2 ? d.slice(0, 2) + ' / ' + d.slice(2) : d;
    if (!expiry.classList.contains('Input--invalid') || !validateExpiry()) show(fields[1], null);
    emitChange();
  });
  cvc.addEventListener('input', function () {
    cvc.value = digits(cvc.value).slice(0, cvcLength());
    if (!cvc.classList.contains('Input--invalid') || !validateCvc()) show(fields[2], null);
    emitChange();
  });
  fields.forEach(function (field) {
    field.input.addEventListener('blur', function () {
      var problem = field.validate();
      show(field, problem && !problem.empty ? problem : null);
      post({ type: 'golive:event', event: 'blur', payload: { elementType: 'payment' } });
    });
    field.input.addEventListener('focus', function () { post({ type: 'golive:event', event: 'focus', payload: { elementType: 'payment' } }); });
  });

  function kebab(name) { return name.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); }); }
  function applyAppearance(appearance) {
    appearance = appearance || {};
    var theme = THEMES[appearance.theme] ? appearance.theme : 'default';
    var variables = Object.assign({}, BASE, THEMES[theme], appearance.variables || {});
    if (!variables.colorDangerText) variables.colorDangerText = variables.colorDanger;
    if (!variables.fontFamily) variables.fontFamily = BASE.fontFamily;
    document.getElementById('appearance-variables').textContent = ':root{' + Object.keys(variables).map(function (k) { return '--' + k + ':' + String(variables[k]).replace(/[;{}<>]/g, '') + ';'; }).join('') + '}';
    var rules = appearance.rules || {};
    document.getElementById('appearance-rules').textContent = Object.keys(rules).map(function (selector) {
      var decls = rules[selector] || {};
      return selector.replace(/[{}<>]/g, '') + '{' + Object.keys(decls).map(function (p) { return kebab(p) + ':' + String(decls[p]).replace(/[;{}<>]/g, '') + ' !important;'; }).join('') + '}';
    }).join('\n');
    resize();
  }

  function fail(submitId, type, message) { post({ submitId: submitId, submitSuccessful: false, error: { type: type, message: message } }); }

  var manualRetry = false;

  function submit(message) {
    var submitId = message.submitId;
    var problems = fields.map(function (f) { var p = f.validate(); show(f, p); return p; });
    if (problems.some(function (p) { return p && p.empty; })) return fail(submitId, 'validation_error', 'Please enter all fields');
    if (problems.some(Boolean)) return fail(submitId, 'validation_error', 'Please enter valid details');
    if (submitting) return fail(submitId, 'validation_error', 'Payment is already being processed');
    submitting = true;
    var paymentId = config.clientSecret.split('_secret_')[0];
    var exp = digits(expiry.value);
    var returnUrl = (message.confirmParams && message.confirmParams.return_url) || undefined;
    var body = {
      client_secret: config.clientSecret, payment_method: 'card', payment_method_type: 'credit',
      payment_method_data: { card: { card_number: digits(number.value), card_exp_month: exp.slice(0, 2), card_exp_year: exp.slice(2, 4), card_holder_name: '', card_cvc: digits(cvc.value) } },
      return_url: returnUrl, browser_info: { user_agent: navigator.userAgent, language: navigator.language },
    };
    // As hyperswitch-web (PaymentHelpers.res): after an answer with manual_retry_allowed, the next confirm asks for a new attempt.
    if (manualRetry) body.retry_action = 'manual_retry';
    var url = config.endpoint + '/payments/' + encodeURIComponent(paymentId) + '/confirm';
    function finish(payment) {
      submitting = false;
      manualRetry = payment.manual_retry_allowed === true;
      if (payment.status === 'requires_customer_action' && payment.next_action && payment.next_action.redirect_to_url) {
        post({ submitId: submitId, openurl: payment.next_action.redirect_to_url });
        post({ openurl: payment.next_action.redirect_to_url });
        return;
      }
      var landing = null;
      if (returnUrl) {
        var u = new URL(returnUrl);
        u.searchParams.set('payment_intent_client_secret', config.clientSecret);
        u.searchParams.set('payment_id', payment.payment_id);
        u.searchParams.set('status', payment.status);
        landing = u.toString();
      }
      post({ submitId: submitId, submitSuccessful: true, data: payment, url: landing });
    }
    function retrieveAfterNetworkError(attempt) {
      // Network failure: the confirm may or may not have happened; ask the gateway, as the real SDK does.
      return fetch(config.endpoint + '/payments/' + encodeURIComponent(paymentId) + '?client_secret=' + encodeURIComponent(config.clientSecret), { headers: { 'api-key': config.publishableKey } })
        .then(function (r) { if (!r.ok) throw new Error('status ' + r.status); return r.json(); })
        .then(finish)
        .catch(function () {
          if (attempt < 5) return new Promise(function (r) { setTimeout(r, 300); }).then(function () { return retrieveAfterNetworkError(attempt + 1); });
          submitting = false;
          fail(submitId, 'server_error', 'Something went wrong');
        });
    }
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'api-key': config.publishableKey }, body: JSON.stringify(body) })
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try { json = JSON.parse(text); } catch (e) { json = null; }
          if (!response.ok) {
            submitting = false;
            var error = json && json.error;
            return fail(submitId, (error && (error.type || error.error_type)) || 'server_error', (error && error.message) || 'Something went wrong');
          }
          finish(json);
        });
      }, function () { return retrieveAfterNetworkError(0); });
  }

  window.addEventListener('message', function (event) {
    var message = event.data || {};
    if (event.source !== window.parent) return;
    if (message.type === 'golive:init') {
      config = message;
      parentOrigin = event.origin;
      applyAppearance(message.appearance);
      document.getElementById('payment-element').hidden = false;
      resize();
      post({ ready: true, iframeId: config.iframeId });
    } else if (!config) {
      return;
    } else if (message.type === 'golive:doSubmit') {
      submit(message);
    } else if (message.type === 'golive:update' && message.appearance) {
      applyAppearance(message.appearance);
    } else if (message.type === 'golive:clear') {
      fields.forEach(function (f) { f.input.value = ''; show(f, null); });
    } else if (message.type === 'golive:focus') {
      number.focus();
    }
  });
  new ResizeObserver(resize).observe(document.body);
})();
