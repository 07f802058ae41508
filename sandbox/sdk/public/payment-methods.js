// Which payment methods Unified Checkout offers as tabs, their labels, the fields each asks for and the
// confirm body each sends, read from GET /account/payment_methods as hyperswitch-web reads it
// (PaymentUtils.paymentListLookupNew, PaymentModeType.defaultOrder, PaymentBody, DynamicFields).
// The card form itself lives in payment-element.js; this file knows everything that is not a card.
(function () {
  'use strict';
  // hyperswitch-web's default tab order; a type it does not name keeps its place in the list after these.
  var DEFAULT_ORDER = [
    'saved_methods',
    'card',
    'apple_pay',
    'google_pay',
    'paypal',
    'klarna',
    'samsung_pay',
    'affirm',
    'afterpay_clearpay',
    'ach_transfer',
    'sepa_bank_transfer',
    'instant_bank_transfer',
    'instant_bank_transfer_finland',
    'instant_bank_transfer_poland',
    'bacs_transfer',
    'ach_debit',
    'sepa_debit',
    'bacs_debit',
    'becs_debit',
    'sofort',
    'giropay',
    'ideal',
    'eps',
    'crypto',
    'bancontact_card',
    'boleto',
    'eft',
    'revolut_pay',
    'givex',
  ];
  // The English labels of hyperswitch-web's EnglishLocale for the methods the sandbox takes.
  var LABELS = {
    card: 'Card',
    klarna: 'Klarna',
    affirm: 'Affirm',
    afterpay_clearpay: 'After Pay',
    ideal: 'iDEAL | Wero',
    eps: 'EPS',
    sofort: 'Sofort',
    giropay: 'GiroPay',
    ach_debit: 'ACH Debit',
    bacs_debit: 'BACS Debit',
    sepa_debit: 'SEPA Debit',
    givex: 'Givex',
  };
  var FIELD_LABELS = {
    bank_name: 'Bank',
    email: 'Email',
    country: 'Country',
    iban: 'IBAN',
    bank_account_number: 'Account Number',
    bank_routing_number: 'Routing Number',
    bank_sort_code: 'Sort Code',
    gift_card_number: 'Gift Card Number',
    gift_card_cvc: 'PIN',
    card_holder_name: 'Card Holder Name',
    billing_first_name: 'Full Name',
    billing_last_name: 'Full Name',
  };
  // Pay-later and wallet types whose body names a "_redirect" variant and carries payment_experience (PaymentBody).
  var REDIRECT_SUFFIXED = ['klarna', 'affirm', 'afterpay_clearpay', 'paypal'];
  var WITH_EXPERIENCE = ['klarna', 'affirm', 'paypal'];

  function experiences(type) {
    return (type.payment_experience || []).map(function (e) {
      return e.payment_experience_type;
    });
  }

  /**
   * The tabs, in hyperswitch-web's order. Wallets are buttons above the tabs, not tabs, by default
   * (displayOneClickPaymentMethodsOnTop); Apple Pay and Google Pay need a native sheet and a session
   * token and are hidden when not ready, so no wallet is offered here. Klarna is a tab only with the
   * redirect experience. A bank debit's tab is "<type>_debit".
   */
  function tabs(list, order) {
    var names = [];
    var byName = {};
    (list.payment_methods || []).forEach(function (pm) {
      (pm.payment_method_types || []).forEach(function (type) {
        var method = pm.payment_method,
          name;
        if (method === 'wallet') return;
        if (method === 'card') name = 'card';
        else if (method === 'bank_debit') name = type.payment_method_type + '_debit';
        else if (method === 'pay_later' && type.payment_method_type === 'klarna' && experiences(type).indexOf('redirect_to_url') < 0) return;
        else name = type.payment_method_type;
        if (method !== 'card' && !LABELS[name]) return; // a form the sandbox SDK does not have
        if (!byName[name]) {
          byName[name] = { name: name, paymentMethod: method, types: [] };
          names.push(name);
        }
        byName[name].types.push(type);
      });
    });
    var priority = (order && order.length ? order : DEFAULT_ORDER).filter(function (n) {
      return names.indexOf(n) >= 0;
    });
    names.forEach(function (n) {
      if (priority.indexOf(n) < 0) priority.push(n);
    });
    return priority.map(function (n) {
      return byName[n];
    });
  }

  // The one-click wallets hyperswitch-web shows as buttons above the tabs. PayPal's redirect flow needs no
  // native sheet (PayPal.res); Apple Pay and Google Pay do, and stay hidden where they are not ready.
  var WALLET_LABELS = { paypal: 'PayPal' };

  /** The wallet buttons to show: listed with the redirect experience, and not switched off by options.wallets (payPal: "never"). */
  function walletButtons(list, walletOptions) {
    var shown = [];
    var never = function (type) {
      var key = type === 'paypal' ? 'payPal' : type;
      return walletOptions && walletOptions[key] === 'never';
    };
    (list.payment_methods || []).forEach(function (pm) {
      if (pm.payment_method !== 'wallet') return;
      (pm.payment_method_types || []).forEach(function (type) {
        var name = type.payment_method_type;
        if (
          !WALLET_LABELS[name] ||
          never(name) ||
          experiences(type).indexOf('redirect_to_url') < 0 ||
          shown.some(function (w) {
            return w.name === name;
          })
        )
          return;
        shown.push({ name: name, paymentMethod: 'wallet', label: WALLET_LABELS[name], types: [type] });
      });
    });
    return shown;
  }

  function label(name) {
    return LABELS[name] || name;
  }
  function lastSegment(path) {
    var parts = path.split('.');
    return parts[parts.length - 1];
  }
  function fieldLabel(field) {
    return FIELD_LABELS[field.display_name] || field.display_name;
  }
  function optionsOf(field) {
    var type = field.field_type;
    if (type && typeof type === 'object') {
      var inner = type[Object.keys(type)[0]];
      return inner && inner.options ? inner.options : null;
    }
    return null;
  }

  /**
   * The customer's fields for a tab, from the type's required_fields (as DynamicFields renders them):
   * a bank select for user_bank (the list's bank_names), a select for a country with options, one
   * full-name input for a first/last-name pair, a text input for the rest. A field the list already
   * fills (value not null) is sent, not asked.
   */
  function fieldsFor(tab) {
    var type = tab.types[0];
    var required = type.required_fields || {};
    var fields = [];
    var fullName = null;
    Object.keys(required).forEach(function (key) {
      var f = required[key];
      var path = f.required_field;
      if (f.value !== null && f.value !== undefined) {
        fields.push({ path: path, fixed: f.value });
        return;
      }
      if (f.field_type === 'user_full_name' || f.field_type === 'user_billing_name') {
        if (!fullName) {
          fullName = { kind: 'name', paths: [], testId: lastSegment(path), label: fieldLabel(f) };
          fields.push(fullName);
        }
        fullName.paths.push(path);
        return;
      }
      var field = {
        kind: 'text',
        path: path,
        testId: lastSegment(path),
        label: fieldLabel(f),
        inputType: f.field_type === 'user_email_address' ? 'email' : 'text',
      };
      if (f.field_type === 'user_bank') {
        field.kind = 'select';
        field.options = ((type.bank_names || [])[0] || { bank_name: [] }).bank_name;
      } else if (optionsOf(f)) {
        field.kind = 'select';
        field.options = optionsOf(f);
      }
      fields.push(field);
    });
    return fields;
  }

  function setPath(target, path, value) {
    var parts = path.split('.');
    var node = target;
    for (var i = 0; i < parts.length - 1; i++) {
      if (typeof node[parts[i]] !== 'object' || node[parts[i]] === null) node[parts[i]] = {};
      node = node[parts[i]];
    }
    node[parts[parts.length - 1]] = value;
  }

  /** The confirm body's method part before the customer's fields are merged in by their paths (PaymentBody.dynamicPaymentBody and friends). */
  function baseBody(tab) {
    var method = tab.paymentMethod;
    var type = method === 'bank_debit' ? tab.name.replace(/_debit$/, '') : tab.name;
    var variant = REDIRECT_SUFFIXED.indexOf(type) >= 0 ? type + '_redirect' : method === 'bank_debit' ? type + '_bank_debit' : type;
    var data = {};
    data[method] = {};
    data[method][variant] = {};
    var body = { payment_method: method, payment_method_type: type, payment_method_data: data };
    if (WITH_EXPERIENCE.indexOf(type) >= 0) body.payment_experience = 'redirect_to_url';
    return body;
  }

  function splitName(full) {
    var words = String(full).trim().split(/\s+/);
    return { first: words[0] || '', last: words.slice(1).join(' ') };
  }

  /** Merges the customer's values into the body; a full name's first word goes to first_name, the rest to last_name. */
  function bodyFor(tab, fields, values) {
    var body = baseBody(tab);
    fields.forEach(function (field, i) {
      if ('fixed' in field) return setPath(body, field.path, field.fixed);
      if (field.kind === 'name') {
        var name = splitName(values[i]);
        field.paths.forEach(function (path) {
          setPath(body, path, /last_name$/.test(path) ? name.last : name.first);
        });
        return;
      }
      setPath(body, field.path, String(values[i]).trim());
    });
    return body;
  }

  window.GoliveMethods = {
    tabs: tabs,
    walletButtons: walletButtons,
    label: label,
    fieldsFor: fieldsFor,
    bodyFor: bodyFor,
    baseBody: baseBody,
    splitName: splitName,
    setPath: setPath,
  };
})();
