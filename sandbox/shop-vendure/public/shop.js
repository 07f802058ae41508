// Northwind Stationers' storefront script: talks to Vendure's Shop API (GraphQL, session cookie) and
// mounts OwnGateway's Unified Checkout. Served as a static file; knows no secret.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('shop-config').textContent);
  var flags = config.flags || [];

  function gql(query, variables) {
    return fetch(config.shopApi, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: query, variables: variables || {} }),
    })
      .then(function (response) {
        return response.json();
      })
      .then(function (body) {
        if (body.errors && body.errors.length) throw new Error(body.errors[0].message);
        return body.data;
      });
  }
  /** A mutation answering an ErrorResult union: throw its message. */
  function ok(result) {
    if (result && result.errorCode) throw new Error(result.message);
    return result;
  }
  function money(minor, currency) {
    return new Intl.NumberFormat('en', { style: 'currency', currency: currency }).format(minor / 100);
  }
  function setCount(n) {
    var badge = document.getElementById('cart-count');
    badge.textContent = String(n);
    badge.setAttribute('data-count', String(n));
  }
  var ORDER_FIELDS =
    'id code state totalQuantity totalWithTax currencyCode ' +
    'customer { emailAddress firstName lastName } ' +
    'shippingAddress { fullName streetLine1 streetLine2 city postalCode province countryCode phoneNumber } ' +
    'shippingLines { shippingMethod { id name } priceWithTax }';

  function loadActiveOrder() {
    return gql('query { activeOrder { ' + ORDER_FIELDS + ' } }').then(function (data) {
      setCount(data.activeOrder ? data.activeOrder.totalQuantity : 0);
      return data.activeOrder;
    });
  }

  // ---- product page ---------------------------------------------------------------------------
  var product = document.getElementById('product');
  if (product) {
    var button = document.getElementById('add-to-cart');
    var status = document.getElementById('cart-message');
    var variantId = null;
    Promise.all([
      gql('query ($slug: String!) { product(slug: $slug) { name description variants { id priceWithTax currencyCode } } }', {
        slug: product.getAttribute('data-slug'),
      }),
      loadActiveOrder(),
    ])
      .then(function (results) {
        var found = results[0].product;
        if (!found) {
          document.getElementById('product-name').textContent = 'This product is not sold here';
          return;
        }
        var variant = found.variants[0];
        variantId = variant.id;
        document.getElementById('product-name').textContent = found.name;
        document.getElementById('product-description').textContent = found.description;
        document.getElementById('product-price').textContent = money(variant.priceWithTax, variant.currencyCode);
        button.disabled = false;
      })
      .catch(function (error) {
        status.textContent = 'The shop could not be reached: ' + error.message;
      });
    var ADD =
      'mutation ($id: ID!) { addItemToOrder(productVariantId: $id, quantity: 1) { ... on Order { totalQuantity } ... on ErrorResult { errorCode message } } }';
    button.addEventListener('click', function () {
      button.disabled = true;
      status.removeAttribute('data-state');
      gql(ADD, { id: variantId })
        .then(function (data) {
          // A cart already on its way to payment is reopened (back to AddingItems) before it takes more.
          if (!data.addItemToOrder.errorCode || data.addItemToOrder.errorCode !== 'ORDER_MODIFICATION_ERROR') return data;
          return gql(
            'mutation { transitionOrderToState(state: "AddingItems") { ... on Order { state } ... on OrderStateTransitionError { errorCode message } } }',
          ).then(function (moved) {
            ok(moved.transitionOrderToState);
            return gql(ADD, { id: variantId });
          });
        })
        .then(function (data) {
          setCount(ok(data.addItemToOrder).totalQuantity);
          status.textContent = 'Added to your cart.';
          status.setAttribute('data-state', 'added');
        })
        .catch(function (error) {
          status.textContent = 'Could not add to the cart: ' + error.message;
          status.setAttribute('data-state', 'failed');
        })
        .then(function () {
          button.disabled = false;
        });
    });
    return;
  }

  // ---- checkout -------------------------------------------------------------------------------
  var submit = document.getElementById('submit');
  if (!submit) {
    loadActiveOrder().catch(function () {});
    return;
  }
  var message = document.getElementById('payment-message');
  var messageTimer = null;
  /** A transient notification: shown for a while, then removed, as a toast is. */
  function notify(text) {
    message.textContent = text;
    message.hidden = false;
    clearTimeout(messageTimer);
    messageTimer = setTimeout(function () {
      message.hidden = true;
      message.textContent = '';
    }, 8000);
  }
  var field = function (id) {
    return document.getElementById(id);
  };
  var order = null;

  function show(step, visible) {
    field(step).hidden = !visible;
  }
  function summarise(o) {
    field('order-summary').textContent = o
      ? o.totalQuantity + ' item(s) · ' + money(o.totalWithTax, o.currencyCode) + ' (order ' + o.code + ')'
      : 'Your cart is empty.';
  }
  function collapse(formId, summaryId, text) {
    field(formId).hidden = true;
    field(summaryId).hidden = false;
    field(summaryId).textContent = text;
  }
  function expand(formId, summaryId) {
    field(formId).hidden = false;
    field(summaryId).hidden = true;
  }

  /**
   * The order's saved details, into the fields the customer has not touched: the order loads after the
   * page, and a customer who is already typing (or has typed) keeps what they typed. Overwriting a
   * field mid-typing would splice the saved value into theirs.
   */
  function fillDetails(o) {
    var c = o.customer || {};
    var a = o.shippingAddress || {};
    var saved = {
      email: c.emailAddress,
      'given-name': c.firstName,
      'family-name': c.lastName,
      'full-name': a.fullName,
      street: a.streetLine1,
      street2: a.streetLine2,
      city: a.city,
      'postal-code': a.postalCode,
      province: a.province,
      phone: a.phoneNumber,
    };
    Object.keys(saved).forEach(function (id) {
      var input = field(id);
      if (saved[id] && !input.value && input !== document.activeElement) input.value = saved[id];
    });
    // The countries arrive with the order, so no one can have chosen one yet.
    if (a.countryCode) field('country').value = a.countryCode;
  }

  /** Address mutations need the order in AddingItems: a customer who comes back from payment steps back (once). */
  var reopening = null;
  function backToAddingItems() {
    if (reopening) return reopening;
    if (!order || order.state !== 'ArrangingPayment') return Promise.resolve();
    unmountPayment();
    reopening = gql(
      'mutation { transitionOrderToState(state: "AddingItems") { ... on Order { state } ... on OrderStateTransitionError { errorCode message } } }',
    )
      .then(function (data) {
        ok(data.transitionOrderToState);
        order.state = 'AddingItems';
      })
      .then(
        function () {
          reopening = null;
        },
        function (error) {
          reopening = null;
          throw error;
        },
      );
    return reopening;
  }

  function renderShippingMethods(methods, selectedId) {
    var box = field('shipping-methods');
    box.textContent = '';
    methods.forEach(function (m, i) {
      var label = document.createElement('label');
      var input = document.createElement('input');
      input.type = 'radio';
      input.name = 'shipping-method';
      input.value = m.id;
      input.id = 'shipping-' + m.id;
      input.checked = selectedId ? m.id === selectedId : i === 0;
      label.appendChild(input);
      label.appendChild(document.createTextNode(m.name + ' — ' + money(m.priceWithTax, order.currencyCode)));
      box.appendChild(label);
    });
  }

  function saveDetails(event) {
    event.preventDefault();
    var button = field('continue-to-delivery');
    button.disabled = true;
    backToAddingItems()
      .then(function () {
        return gql('mutation ($c: CreateCustomerInput!) { setCustomerForOrder(input: $c) { ... on Order { id } ... on ErrorResult { errorCode message } } }', {
          c: { emailAddress: field('email').value.trim(), firstName: field('given-name').value.trim(), lastName: field('family-name').value.trim() },
        });
      })
      .then(function (data) {
        ok(data.setCustomerForOrder);
        return gql(
          'mutation ($a: CreateAddressInput!) { setOrderShippingAddress(input: $a) { ... on Order { id } ... on ErrorResult { errorCode message } } }',
          {
            a: {
              fullName: field('full-name').value.trim(),
              streetLine1: field('street').value.trim(),
              streetLine2: field('street2').value.trim(),
              city: field('city').value.trim(),
              postalCode: field('postal-code').value.trim(),
              province: field('province').value.trim(),
              countryCode: field('country').value,
              phoneNumber: field('phone').value.trim(),
            },
          },
        );
      })
      .then(function (data) {
        ok(data.setOrderShippingAddress);
        return gql('query { eligibleShippingMethods { id name priceWithTax } }');
      })
      .then(function (data) {
        renderShippingMethods(data.eligibleShippingMethods, null);
        collapse(
          'details-form',
          'details-summary',
          field('email').value + ' · ' + field('full-name').value + ', ' + field('street').value + ', ' + field('city').value + ' ' + field('country').value,
        );
        expand('delivery-form', 'delivery-summary');
        show('step-delivery', true);
        show('step-payment', false);
      })
      .catch(function (error) {
        notify('Please check your details: ' + error.message);
      })
      .then(function () {
        button.disabled = false;
      });
  }

  function continueToPayment() {
    var chosen = document.querySelector('#shipping-methods input:checked');
    if (!chosen) {
      notify('Please choose a delivery method.');
      return;
    }
    var button = field('continue-to-payment');
    button.disabled = true;
    backToAddingItems()
      .then(function () {
        return gql(
          'mutation ($id: [ID!]!) { setOrderShippingMethod(shippingMethodId: $id) { ... on Order { id } ... on ErrorResult { errorCode message } } }',
          { id: [chosen.value] },
        );
      })
      .then(function (data) {
        ok(data.setOrderShippingMethod);
        return gql(
          'mutation { transitionOrderToState(state: "ArrangingPayment") { ... on Order { state } ... on OrderStateTransitionError { errorCode message transitionError } } }',
        );
      })
      .then(function (data) {
        var moved = data.transitionOrderToState;
        if (moved && moved.errorCode) throw new Error(moved.transitionError || moved.message);
        return loadActiveOrder();
      })
      .then(function (o) {
        order = o;
        summarise(o);
        var label = chosen.parentNode.textContent;
        collapse('delivery-form', 'delivery-summary', label);
        return startPayment();
      })
      .catch(function (error) {
        notify('We could not continue to payment: ' + error.message);
      })
      .then(function () {
        button.disabled = false;
      });
  }

  // ---- Unified Checkout -------------------------------------------------------------------------
  var hyper = null,
    elements = null,
    element = null,
    session = null,
    complete = false,
    busy = false;

  function unmountPayment() {
    if (element) {
      try {
        element.unmount();
      } catch {
        /* already gone */
      }
    }
    element = null;
    elements = null;
    session = null;
    complete = false;
    submit.disabled = true;
    submit.removeAttribute('data-payment');
    show('step-payment', false);
  }

  function loadHyper(url) {
    if (typeof window.Hyper === 'function') return Promise.resolve(true);
    return new Promise(function (resolve) {
      var script = document.createElement('script');
      script.src = url;
      script.onload = function () {
        resolve(typeof window.Hyper === 'function');
      };
      script.onerror = function () {
        resolve(false);
      };
      document.head.appendChild(script);
    });
  }

  function startPayment() {
    show('step-payment', true);
    field('sdk-fallback').hidden = true;
    var args = {};
    // The client-supplied-amount defect: this page sends the total it showed, and the server believes it.
    if (flags.indexOf('client-supplied-amount') >= 0) args = { amount: order.totalWithTax, currencyCode: order.currencyCode };
    return gql(
      'mutation ($amount: Int, $currencyCode: String) { createOwnGatewayPayment(amount: $amount, currencyCode: $currencyCode) { paymentId clientSecret publishableKey hyperLoaderUrl returnUrl appearance } }',
      args,
    )
      .then(function (data) {
        session = data.createOwnGatewayPayment;
        submit.setAttribute('data-payment', 'created'); // the payment exists, whether or not its form loads
        return loadHyper(session.hyperLoaderUrl);
      })
      .then(function (loaded) {
        if (!loaded) {
          field('sdk-fallback').hidden = false;
          submit.disabled = true;
          return;
        }
        hyper = hyper || window.Hyper(session.publishableKey);
        elements = hyper.elements({ clientSecret: session.clientSecret, appearance: session.appearance || {} });
        element = elements.create('payment', { layout: 'tabs', wallets: { walletReturnUrl: session.returnUrl } });
        element.mount('#unified-checkout');
        submit.setAttribute('data-payment', 'ready'); // the payment exists and its form is mounted
        element.on('change', function (event) {
          complete = !!event.complete;
          submit.disabled = busy || !complete;
        });
        field('step-payment').scrollIntoView({ block: 'start' });
      });
  }

  function goToConfirmation(result) {
    var url = new URL(session.returnUrl);
    url.searchParams.set('payment_id', result.payment_id);
    if (flags.indexOf('client-supplied-state') >= 0) {
      // The client-supplied-state defect: the page tells the server which state the payment is in.
      if (result.status === 'succeeded') url.searchParams.set('state', 'Settled');
      if (result.status === 'requires_capture') url.searchParams.set('state', 'Authorized');
    }
    window.location.assign(url.toString());
  }

  submit.addEventListener('click', function () {
    if (busy || !session) return; // a second click while the first is in flight must not pay twice
    busy = true;
    submit.disabled = true;
    message.hidden = true;
    var paying = session;
    // Unified Checkout may never answer (a network failure mid-confirm): after a while the page looks the
    // payment up itself rather than leave the customer with a dead button.
    var answered = false;
    var watchdog = setTimeout(function lookForItself() {
      hyper.retrievePaymentIntent(paying.clientSecret).then(function (found) {
        if (answered) return;
        var payment = found && found.paymentIntent;
        if (payment && payment.status === 'requires_customer_action') {
          watchdog = setTimeout(lookForItself, 5000);
          return;
        }
        if (
          payment &&
          payment.payment_id &&
          payment.status !== 'requires_payment_method' &&
          payment.status !== 'requires_confirmation' &&
          payment.status !== 'failed'
        ) {
          answered = true;
          goToConfirmation(payment); // the server decides what happened
          return;
        }
        notify('The payment did not go through. Please check your connection and try again; you have not been charged.');
        busy = false;
        submit.disabled = !complete;
      });
    }, 5000);
    hyper.confirmPayment({ elements: elements, confirmParams: { return_url: session.returnUrl }, redirect: 'if_required' }).then(function (result) {
      answered = true;
      clearTimeout(watchdog);
      if (result && result.error) {
        notify(result.error.message || 'Your payment could not be completed. Please try again.');
      } else if (result && result.status === 'failed') {
        notify(
          'Your payment was declined' + (result.error_message ? ': ' + String(result.error_message).replace(/[.\s]+$/, '') : '') + '. Please try another card.',
        );
      } else if (result && (result.status === 'requires_payment_method' || result.status === 'requires_confirmation')) {
        notify('The payment did not go through. Please try again; you have not been charged.');
      } else if (result && result.payment_id) {
        goToConfirmation(result); // the server checks the payment itself before accepting the order
        return;
      } else {
        notify('The payment did not go through. Please try again; you have not been charged.');
      }
      busy = false;
      submit.disabled = !complete;
    });
  });

  field('details-form').addEventListener('submit', saveDetails);
  field('continue-to-payment').addEventListener('click', continueToPayment);

  Promise.all([gql('query { availableCountries { code name } }'), loadActiveOrder()])
    .then(function (results) {
      var select = field('country');
      results[0].availableCountries.forEach(function (c) {
        var option = document.createElement('option');
        option.value = c.code;
        option.textContent = c.name;
        select.appendChild(option);
      });
      order = results[1];
      summarise(order);
      if (!order || !order.totalQuantity) {
        field('step-details').hidden = true;
        return;
      }
      fillDetails(order);
      // Back from a payment that did not go through: the same order, its details kept; the customer checks
      // them and continues, and gets a fresh OwnGateway payment.
      backToAddingItems().catch(function (error) {
        notify('The shop could not reopen your order: ' + error.message);
      });
    })
    .catch(function (error) {
      notify('The shop could not be reached: ' + error.message);
    });
})();
