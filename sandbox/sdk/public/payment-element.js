// The payment element inside the Unified Checkout iframe: the tabs of the enabled methods (payment-methods.js),
// the card form with inline validation in Hyperswitch's messages, the styling API, and the confirm call to
// the gateway with the publishable key + client_secret.
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
    fontFamily: '-apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, sans-serif',
    fontSizeBase: '1rem',
    colorDanger: '#df1b41',
    colorDangerText: '#df1b41',
    borderColor: '#e6e6e6',
    spacingUnit: '11px',
    spacingGridRow: '20px',
    spacingGridColumn: '20px',
  };
  var messages = {
    cardEmpty: 'Card Number cannot be empty',
    cardInvalid: 'Card number is invalid.',
    expiryEmpty: 'Card expiry date cannot be empty',
    expiryIncomplete: "Your card's expiration date is incomplete.",
    expiryPast: "Your card's expiration year is in the past.",
    cvcEmpty: 'CVC Number cannot be empty',
    cvcIncomplete: "Your card's security code is incomplete.",
    holderEmpty: "Card Holder's name required",
  };
  var Methods = window.GoliveMethods;
  var config = null;
  var parentOrigin = '*';
  // The payment-methods list the form renders from: null while loading, {error} when it failed.
  var methodList = null;
  var savedCards = [];
  var selectedToken = null; // a saved card's payment_token, or null for a new card
  var selectedTab = 'card';
  var tabList = []; // what the list offers, in hyperswitch-web's order (payment-methods.js)
  var methodFields = []; // the selected non-card tab's fields and their inputs
  // Where a card holder's name goes when the list asks for one: the required_fields paths (billing first and
  // last name as Hyperswitch's connector config words it, or card.card_holder_name); empty when not asked.
  var holderPaths = [];
  var number = document.getElementById('card-number');
  var expiry = document.getElementById('card-expiry');
  var cvc = document.getElementById('card-cvc');
  var holder = document.getElementById('card-holder');
  var fields = [
    { input: number, error: document.getElementById('card-number-error'), validate: validateNumber },
    { input: expiry, error: document.getElementById('card-expiry-error'), validate: validateExpiry },
    { input: cvc, error: document.getElementById('card-cvc-error'), validate: validateCvc },
    { input: holder, error: document.getElementById('card-holder-error'), validate: validateHolder },
  ];

  function post(message) {
    window.parent.postMessage(message, parentOrigin);
  }
  function digits(value) {
    return String(value || '').replace(/\D/g, '');
  }
  function brandOf(n) {
    return /^3[47]/.test(n) ? 'AmericanExpress' : /^5[1-5]/.test(n) ? 'Mastercard' : /^4/.test(n) ? 'Visa' : 'Unknown';
  }
  function cvcLength() {
    return brandOf(digits(number.value)) === 'AmericanExpress' ? 4 : 3;
  }
  function luhn(n) {
    var sum = 0;
    for (var i = 0; i < n.length; i++) {
      var d = Number(n[n.length - 1 - i]);
      if (i % 2) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
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
    var month = Number(d.slice(0, 2)),
      year = 2000 + Number(d.slice(2, 4)),
      now = new Date();
    if (month < 1 || month > 12) return { message: messages.expiryPast }; // hyperswitch-web: any complete but invalid expiry reads as past
    if (year < now.getFullYear() || (year === now.getFullYear() && month < now.getMonth() + 1)) return { message: messages.expiryPast };
    return null;
  }
  function validateCvc() {
    var d = digits(cvc.value);
    if (!d) return { empty: true, message: messages.cvcEmpty };
    if (d.length < cvcLength()) return { message: messages.cvcIncomplete };
    return null;
  }
  function validateHolder() {
    if (!holderPaths.length) return null;
    if (!holder.value.trim()) return { empty: true, message: messages.holderEmpty };
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
  function complete() {
    if (selectedTab !== 'card')
      return methodFields.every(function (f) {
        return !f.input || String(f.input.value).trim() !== '';
      });
    return (
      selectedToken !== null ||
      fields.every(function (f) {
        return !f.validate();
      })
    );
  }
  function empty() {
    if (selectedTab !== 'card')
      return methodFields.every(function (f) {
        return !f.input || !f.input.value;
      });
    return fields.every(function (f) {
      return !f.input.value;
    });
  }
  function emitChange() {
    post({ type: 'golive:event', event: 'change', payload: { elementType: 'payment', complete: complete(), empty: empty(), value: { type: selectedTab } } });
  }
  function resize() {
    post({ iframeHeight: Math.ceil(document.documentElement.getBoundingClientRect().height) + 2, iframeId: config && config.iframeId });
  }

  number.addEventListener('input', function () {
    var n = digits(number.value).slice(0, 19);
    number.value =
      brandOf(n) === 'AmericanExpress'
        ? n.replace(/^(\d{0,4})(\d{0,6})(\d{0,5}).*/, function (_, a, b, c) {
            return [a, b, c].filter(Boolean).join(' ');
          })
        : n.replace(/(\d{4})(?=\d)/g, '$1 ');
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
  holder.addEventListener('input', function () {
    if (!holder.classList.contains('Input--invalid') || !validateHolder()) show(fields[3], null);
    emitChange();
  });
  fields.forEach(function (field) {
    field.input.addEventListener('blur', function () {
      var problem = field.validate();
      show(field, problem && !problem.empty ? problem : null);
      post({ type: 'golive:event', event: 'blur', payload: { elementType: 'payment' } });
    });
    field.input.addEventListener('focus', function () {
      post({ type: 'golive:event', event: 'focus', payload: { elementType: 'payment' } });
    });
  });

  function kebab(name) {
    return name.replace(/[A-Z]/g, function (c) {
      return '-' + c.toLowerCase();
    });
  }
  function applyAppearance(appearance) {
    appearance = appearance || {};
    var theme = THEMES[appearance.theme] ? appearance.theme : 'default';
    var variables = Object.assign({}, BASE, THEMES[theme], appearance.variables || {});
    if (!variables.colorDangerText) variables.colorDangerText = variables.colorDanger;
    if (!variables.fontFamily) variables.fontFamily = BASE.fontFamily;
    document.getElementById('appearance-variables').textContent =
      ':root{' +
      Object.keys(variables)
        .map(function (k) {
          return '--' + k + ':' + String(variables[k]).replace(/[;{}<>]/g, '') + ';';
        })
        .join('') +
      '}';
    var rules = appearance.rules || {};
    document.getElementById('appearance-rules').textContent = Object.keys(rules)
      .map(function (selector) {
        var decls = rules[selector] || {};
        return (
          selector.replace(/[{}<>]/g, '') +
          '{' +
          Object.keys(decls)
            .map(function (p) {
              return kebab(p) + ':' + String(decls[p]).replace(/[;{}<>]/g, '') + ' !important;';
            })
            .join('') +
          '}'
        );
      })
      .join('\n');
    resize();
  }

  function fail(type, message) {
    post({ submitSuccessful: false, error: { type: type, message: message } });
  }

  // The headers hyperswitch-web sends with every API call (Utils.getHeaders), plus X-Client-Source on confirm.
  function browserNameAndVersion() {
    var ua = navigator.userAgent,
      m = ua.match(/(Edg|OPR|Chrome|Firefox|Version)\/(\d+(\.\d+)*)/);
    if (!m) return ['Others', '0'];
    return [m[1] === 'Edg' ? 'Edge' : m[1] === 'OPR' ? 'Opera' : m[1] === 'Version' ? 'Safari' : m[1], m[2]];
  }
  function apiHeaders(extra) {
    var browser = browserNameAndVersion();
    return Object.assign(
      {
        'Content-Type': 'application/json',
        'X-Client-Version': SDK_VERSION,
        'X-Payment-Confirm-Source': 'sdk',
        'X-Browser-Name': browser[0],
        'X-Browser-Version': browser[1],
        'X-Client-Platform': 'web',
        'api-key': config.publishableKey,
      },
      extra || {},
    );
  }
  var SDK_VERSION = '0.0.0-golive';
  function paymentId() {
    return config.clientSecret.split('_secret_')[0];
  }
  function query() {
    return '?client_secret=' + encodeURIComponent(config.clientSecret);
  }

  function loadPaymentMethods() {
    var getJson = function (path) {
      return fetch(config.endpoint + path + query(), { headers: apiHeaders() }).then(function (r) {
        return r.json().then(function (json) {
          if (!r.ok) throw json;
          return json;
        });
      });
    };
    var list = getJson('/account/payment_methods').then(
      function (json) {
        methodList = json;
      },
      function (error) {
        methodList = { error: error || {} };
      },
    );
    var saved = getJson('/customers/payment_methods').then(
      function (json) {
        savedCards = (json.customer_payment_methods || []).filter(function (pm) {
          return pm.payment_method === 'card' && pm.card;
        });
      },
      function () {
        savedCards = [];
      },
    );
    return Promise.all([list, saved]).then(function () {
      setUpTabs();
      renderMethodForm();
      render();
    });
  }
  function cardEnabled() {
    return (
      !!methodList &&
      !methodList.error &&
      (methodList.payment_methods || []).some(function (pm) {
        return pm.payment_method === 'card';
      })
    );
  }
  function cardRequiredFields() {
    var required = {};
    ((methodList && methodList.payment_methods) || []).forEach(function (pm) {
      if (pm.payment_method === 'card')
        (pm.payment_method_types || []).forEach(function (t) {
          Object.assign(required, t.required_fields || {});
        });
    });
    return required;
  }
  function holderPathsOf(required) {
    return Object.keys(required)
      .map(function (k) {
        return required[k];
      })
      .filter(function (f) {
        return f.value == null && (f.required_field === 'payment_method_data.card.card_holder_name' || f.field_type === 'user_full_name');
      })
      .map(function (f) {
        return f.required_field;
      });
  }
  // Called once the list is in: the tabs, the selected tab (card when the list puts it first) and whether the
  // card form asks for the holder's name. The card form itself is static HTML, so the card path adds no layout.
  function setUpTabs() {
    var listed = methodList && !methodList.error;
    tabList = listed ? Methods.tabs(methodList, config.options && config.options.paymentMethodOrder) : [];
    holderPaths = listed ? holderPathsOf(cardRequiredFields()) : [];
    document.getElementById('card-holder-field').hidden = !holderPaths.length;
    if (
      tabList.length &&
      !tabList.some(function (t) {
        return t.name === 'card';
      })
    )
      selectedTab = tabList[0].name;
    if (tabList.length > 1 || selectedTab !== 'card') renderTabs();
    renderWallets(listed ? Methods.walletButtons(methodList, config.options && config.options.wallets) : []);
  }
  // One-click wallets above the tabs (displayOneClickPaymentMethodsOnTop): the button itself confirms, with
  // options.wallets.walletReturnUrl as the return URL, since no merchant confirmPayment call is behind it.
  function renderWallets(wallets) {
    var box = document.getElementById('wallets');
    box.textContent = '';
    box.hidden = !wallets.length;
    wallets.forEach(function (wallet) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'WalletButton WalletButton--' + wallet.name;
      button.dataset.testid = wallet.name + '-button';
      button.textContent = wallet.label;
      button.addEventListener('click', function () {
        payWithWallet(wallet, button);
      });
      box.appendChild(button);
    });
  }
  function payWithWallet(wallet, button) {
    if (methodList === null) return fail('payment_methods_loading', 'Please wait. Try again!');
    button.disabled = true;
    // hyperswitch-web reads walletReturnUrl as a required string defaulting to "": a merchant who leaves it
    // out sends an empty return_url, and OwnGateway refuses it as it refuses any URL that is not one.
    pendingReturnUrl = (config.options && config.options.wallets && config.options.wallets.walletReturnUrl) || '';
    var body = Object.assign({ client_secret: config.clientSecret, return_url: pendingReturnUrl }, Methods.baseBody(wallet));
    if (manualRetry) body.retry_action = 'manual_retry';
    body.browser_info = browserInfo();
    post({ type: 'golive:event', event: 'change', payload: { elementType: 'payment', complete: true, empty: false, value: { type: wallet.name } } });
    intentCall('POST', config.endpoint + '/payments/' + encodeURIComponent(paymentId()) + '/confirm', JSON.stringify(body), 0, function () {
      button.disabled = false;
    });
  }
  // As hyperswitch-web's PaymentOptions: as many tabs as fit at 130px each (after 40px), the rest in a
  // "more" select; a method chosen from the select takes the last tab's place.
  var tabsWidth = 0;
  function renderTabs() {
    var header = document.getElementById('payment-tabs');
    tabsWidth = document.documentElement.clientWidth; // the frame's width: known before the element is shown
    var count = Math.max(1, Math.floor((tabsWidth - 40) / 130));
    var names = tabList.map(function (t) {
      return t.name;
    });
    var shown = names.slice(0, count),
      more = names.slice(count);
    if (more.indexOf(selectedTab) >= 0) {
      more.push(shown.pop());
      shown.push(selectedTab);
      more = more.filter(function (n) {
        return n !== selectedTab;
      });
    }
    header.textContent = '';
    tabList
      .filter(function (tab) {
        return shown.indexOf(tab.name) >= 0;
      })
      .sort(function (a, b) {
        return shown.indexOf(a.name) - shown.indexOf(b.name);
      })
      .forEach(function (tab) {
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'Tab' + (tab.name === selectedTab ? ' Tab--selected' : '');
        button.setAttribute('aria-pressed', tab.name === selectedTab ? 'true' : 'false');
        button.dataset.method = tab.name;
        var text = document.createElement('span');
        text.className = 'TabLabel' + (tab.name === selectedTab ? ' TabLabel--selected' : '');
        text.textContent = Methods.label(tab.name);
        button.appendChild(text);
        button.addEventListener('click', function () {
          selectTab(tab.name);
        });
        header.appendChild(button);
      });
    if (!more.length) return;
    var select = document.createElement('select');
    select.className = 'TabMore';
    select.dataset.testid = 'paymentMethodsSelect';
    select.setAttribute('aria-label', 'More payment methods');
    var current = document.createElement('option');
    current.value = selectedTab;
    current.disabled = true;
    current.selected = true;
    current.textContent = Methods.label(selectedTab);
    select.appendChild(current);
    more.forEach(function (name) {
      var option = document.createElement('option');
      option.value = name;
      option.textContent = Methods.label(name);
      select.appendChild(option);
    });
    select.addEventListener('change', function () {
      selectTab(select.value);
    });
    header.appendChild(select);
  }
  function selectTab(name) {
    if (name === selectedTab) return;
    selectedTab = name;
    renderTabs();
    renderMethodForm();
    render();
    emitChange();
  }
  function renderMethodForm() {
    var form = document.getElementById('method-form');
    form.textContent = '';
    methodFields = [];
    var tab = tabList.find(function (t) {
      return t.name === selectedTab;
    });
    form.hidden = !tab || tab.name === 'card';
    if (form.hidden) return;
    methodFields = Methods.fieldsFor(tab);
    methodFields.forEach(function (field) {
      if ('fixed' in field) return;
      var box = document.createElement('div');
      box.className = 'Field';
      var id = 'method-' + field.testId;
      var label = document.createElement('label');
      label.className = 'Label';
      label.htmlFor = id;
      label.textContent = field.label;
      var input = document.createElement(field.kind === 'select' ? 'select' : 'input');
      input.className = 'Input';
      input.id = id;
      input.name = field.testId;
      input.dataset.testid = field.testId;
      input.setAttribute('aria-label', field.label);
      if (field.kind === 'select') {
        (field.options || []).forEach(function (value, i) {
          var option = document.createElement('option');
          option.value = value;
          option.textContent = value;
          if (i === 0) option.selected = true; // hyperswitch-web preselects the first bank / country
          input.appendChild(option);
        });
      } else {
        input.type = field.inputType;
      }
      var error = document.createElement('div');
      error.className = 'Error pt-1';
      error.setAttribute('role', 'alert');
      error.hidden = true;
      input.addEventListener('input', function () {
        error.hidden = true;
        emitChange();
      });
      input.addEventListener('change', emitChange);
      box.appendChild(label);
      box.appendChild(input);
      box.appendChild(error);
      form.appendChild(box);
      field.input = input;
      field.error = error;
    });
  }
  function render() {
    // A failed list still shows the card form (hyperswitch-web renders cards on a load error); confirm then refuses.
    document.getElementById('card-form').hidden = (!!methodList && !methodList.error && !cardEnabled()) || selectedToken !== null || selectedTab !== 'card';
    var saved = document.getElementById('saved-cards');
    saved.hidden = savedCards.length === 0 || selectedTab !== 'card';
    saved.textContent = '';
    savedCards.forEach(function (pm) {
      var item = document.createElement('label');
      item.className = 'PickerItem' + (selectedToken === pm.payment_token ? ' PickerItem--selected' : '');
      item.setAttribute('aria-label', 'Card ' + (pm.card.nick_name || pm.card.card_network || '') + ', ending in ' + pm.card.last4_digits);
      var radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'saved-card';
      radio.checked = selectedToken === pm.payment_token;
      radio.addEventListener('change', function () {
        selectedToken = pm.payment_token;
        render();
        emitChange();
      });
      var text = document.createElement('span');
      text.className = 'PickerItemLabel';
      text.textContent =
        (pm.card.card_network || pm.card.scheme || 'Card') +
        ' **** ' +
        pm.card.last4_digits +
        ' ' +
        pm.card.expiry_month +
        '/' +
        String(pm.card.expiry_year).slice(-2);
      item.appendChild(radio);
      item.appendChild(text);
      saved.appendChild(item);
    });
    if (savedCards.length) {
      var add = document.createElement('button');
      add.type = 'button';
      add.dataset.testid = 'addNewCard';
      add.className = 'AddNewCard';
      add.textContent = 'Add new card';
      add.addEventListener('click', function () {
        selectedToken = null;
        render();
        emitChange();
      });
      saved.appendChild(add);
    }
    resize();
  }

  function returnUrlWith(params) {
    try {
      var u = new URL(pendingReturnUrl);
      Object.keys(params).forEach(function (k) {
        u.searchParams.set(k, params[k]);
      });
      return u.toString();
    } catch (e) {
      return pendingReturnUrl;
    }
  }
  var pendingReturnUrl = '';
  var manualRetry = false;

  // What hyperswitch-web's intentCall does with a payments answer: a result only where it has one.
  function handleIntent(payment) {
    // As hyperswitch-web (PaymentHelpers.res): after an answer with manual_retry_allowed, the next confirm asks for a new attempt.
    manualRetry = payment.manual_retry_allowed === true;
    var url = returnUrlWith({ payment_intent_client_secret: config.clientSecret, payment_id: paymentId(), status: payment.status || '' });
    var action = payment.next_action || {};
    if (payment.status === 'requires_customer_action') {
      if (action.type === 'redirect_to_url') return post({ openurl: action.redirect_to_url });
      if (action.type === 'three_ds_invoke') {
        var methodSubmission = !!(
          action.three_ds_data &&
          action.three_ds_data.three_ds_method_details &&
          action.three_ds_data.three_ds_method_details.three_ds_method_data_submission
        );
        var metadata = {
          threeDSData: action.three_ds_data || {},
          paymentIntentId: config.clientSecret,
          publishableKey: config.publishableKey,
          headers: apiHeaders({ 'X-Client-Source': 'payment' }),
          url: url,
          iframeId: config.iframeId,
        };
        if (!methodSubmission) metadata['3dsMethodComp'] = 'U';
        return post({ fullscreen: true, param: methodSubmission ? '3ds' : '3dsAuth', iframeId: config.iframeId, metadata: metadata });
      }
      return fail('confirm_payment_failed', 'Payment failed. Try again!');
    }
    // Neither success nor failure is known (e.g. a retrieve after a lost confirm): hyperswitch-web answers nothing.
    if (payment.status === 'requires_payment_method') return;
    if (!payment.status) return fail('confirm_payment_failed', 'Payment failed. Try again!');
    post({ submitSuccessful: true, data: payment, url: url });
  }

  // POST confirm, and on a network failure GET the payment up to five times, straight away, as
  // hyperswitch-web does; only then "server_error".
  function intentCall(method, uri, body, counter, onFailure) {
    var init = { method: method, headers: apiHeaders({ 'X-Client-Source': 'payment' }) };
    if (method === 'POST') init.body = body;
    var failed = function (type, message) {
      if (onFailure) onFailure();
      fail(type, message);
    };
    var retryOrGiveUp = function () {
      if (counter >= 5) return failed('server_error', 'Something went wrong');
      intentCall('GET', config.endpoint + '/payments/' + encodeURIComponent(paymentId()) + query(), body, counter + 1, onFailure);
    };
    fetch(uri, init).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) {
          var error = json && typeof json.error === 'object' && json.error;
          return error ? failed(String(error.type || ''), String(error.message || '')) : failed('server_error', 'Something went wrong');
        }
        handleIntent(json || {});
      }, retryOrGiveUp);
    }, retryOrGiveUp);
  }

  function browserInfo() {
    return {
      user_agent: navigator.userAgent,
      language: navigator.language,
      color_depth: screen.colorDepth,
      screen_height: screen.height,
      screen_width: screen.width,
      time_zone: new Date().getTimezoneOffset(),
      java_enabled: false,
      java_script_enabled: true,
      accept_header: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    };
  }

  function submit(message) {
    pendingReturnUrl = (message.confirmParams && message.confirmParams.return_url) || '';
    var body = { client_secret: config.clientSecret, return_url: pendingReturnUrl };
    if (manualRetry) body.retry_action = 'manual_retry';
    if (selectedTab !== 'card') {
      // The other methods' forms (SepaBankDebit, PaymentMethodsWrapper…): every field filled, else "Please enter all fields".
      var missing = methodFields.filter(function (f) {
        return f.input && !String(f.input.value).trim();
      });
      missing.forEach(function (f) {
        f.error.textContent = 'This field is required';
        f.error.hidden = false;
      });
      if (missing.length) return fail('validation_error', 'Please enter all fields');
      var tab = tabList.find(function (t) {
        return t.name === selectedTab;
      });
      Object.assign(
        body,
        Methods.bodyFor(
          tab,
          methodFields,
          methodFields.map(function (f) {
            return f.input ? f.input.value : '';
          }),
        ),
      );
    } else if (selectedToken === null) {
      var problems = fields.map(function (f) {
        var p = f.validate();
        show(f, p);
        return p;
      });
      if (
        problems.some(function (p) {
          return p && p.empty;
        })
      )
        return fail('validation_error', 'Please enter all fields');
      if (problems.some(Boolean)) return fail('validation_error', 'Please enter valid details');
      var exp = digits(expiry.value);
      // hyperswitch-web's card body: no payment_method_type; the holder's name only when the list asks for it.
      body.payment_method = 'card';
      body.payment_method_data = {
        card: { card_number: digits(number.value), card_exp_month: exp.slice(0, 2), card_exp_year: exp.slice(2, 4), card_cvc: digits(cvc.value) },
      };
      if (holderPaths.length) {
        // Written where the list asks (billing first/last name for Adyen in Hyperswitch's config) and as
        // card_holder_name, which the sandbox's processor reads (Hyperswitch's Adyen connector takes the billing name).
        var name = holder.value.trim(),
          split = Methods.splitName(name);
        holderPaths.forEach(function (path) {
          Methods.setPath(body, path, /last_name$/.test(path) ? split.last : /first_name$/.test(path) ? split.first : name);
        });
        body.payment_method_data.card.card_holder_name = name;
      }
    } else {
      body.payment_method = 'card';
      body.payment_token = selectedToken;
    }
    if (methodList === null) return fail('payment_methods_loading', 'Please wait. Try again!');
    if (methodList.error || !(methodList.payment_methods || []).length) return fail('payment_methods_empty', 'Payment Failed. Try again!');
    body.browser_info = browserInfo();
    intentCall('POST', config.endpoint + '/payments/' + encodeURIComponent(paymentId()) + '/confirm', JSON.stringify(body), 0);
  }

  window.addEventListener('message', function (event) {
    var message = event.data || {};
    if (event.source !== window.parent) return;
    if (message.type === 'golive:init') {
      config = message;
      parentOrigin = event.origin;
      applyAppearance(message.appearance);
      loadPaymentMethods().then(function () {
        document.getElementById('payment-element').hidden = false;
        resize();
        post({ ready: true, iframeId: config.iframeId });
      });
    } else if (!config) {
      return;
    } else if (message.type === 'golive:doSubmit') {
      submit(message);
    } else if (message.type === 'golive:update' && message.appearance) {
      applyAppearance(message.appearance);
    } else if (message.type === 'golive:clear') {
      fields.forEach(function (f) {
        f.input.value = '';
        show(f, null);
      });
    } else if (message.type === 'golive:focus') {
      number.focus();
    }
  });
  new ResizeObserver(function () {
    // Another width fits another number of tabs.
    if (tabList.length > 1 && document.documentElement.clientWidth !== tabsWidth) renderTabs();
    resize();
  }).observe(document.body);
})();
