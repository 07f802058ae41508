// Sandbox Unified Checkout loader: the merchant-facing API of Hyperswitch's HyperLoader.js
// (Hyper(), elements(), create('payment'), mount(), confirmPayment(), retrievePaymentIntent()),
// with the same iframe ids, postMessage protocol and result shapes.
(function () {
  'use strict';
  var script = document.currentScript;
  var SDK_ORIGIN = new URL(script && script.src ? script.src : location.href).origin;

  function validPublishableKey(key) { return /^pk_(dev|snd|prd)_/.test(key); }

  function Hyper(keys, options) {
    options = options || {};
    if (window.HyperMethod && !options.isForceInit) return window.HyperMethod;
    var publishableKey = typeof keys === 'string' ? keys : keys && keys.publishableKey;
    if (!publishableKey || !validPublishableKey(publishableKey)) {
      console.error('INTEGRATION ERROR: Invalid Publishable key, starts with pk_dev_(development), pk_snd_(sandbox/test) or pk_prd_(production/live)');
    }
    var endpoint = options.customBackendUrl || SDK_ORIGIN;
    var frames = []; // every mounted payment element iframe

    function send(frame, message) { if (frame.contentWindow) frame.contentWindow.postMessage(message, SDK_ORIGIN); }

    function elements(elementOptions) {
      elementOptions = elementOptions || {};
      var clientSecret = elementOptions.clientSecret;
      var noop = !clientSecret || !/.+_secret_[A-Za-z0-9]+/.test(clientSecret);
      if (!clientSecret) console.error('INTEGRATION ERROR: clientSecret is a required field in elements');
      var appearance = elementOptions.appearance || {};
      var created = {};

      function create(type, createOptions) {
        var listeners = {};
        var state = { frame: null, ready: false, readyWaiters: [], mountId: null };
        function emit(event, payload) { (listeners[event] || []).forEach(function (fn) { try { fn(payload); } catch (e) { console.error(e); } }); }
        var element = {
          mount: function (selector) {
            if (noop) return;
            var mountId = String(selector).split('#')[1];
            var host = document.querySelector(selector);
            if (!host || !mountId) { console.error('INTEGRATION ERROR: mount() needs an id selector of an existing element, got ' + selector); return; }
            state.mountId = mountId;
            var wrapper = document.createElement('div');
            wrapper.id = 'orca-element-' + mountId;
            wrapper.className = 'payment';
            var fullscreen = document.createElement('div');
            fullscreen.id = 'orca-fullscreen-iframeRef-' + mountId;
            var frame = document.createElement('iframe');
            frame.id = 'orca-payment-element-iframeRef-' + mountId;
            frame.name = frame.id;
            frame.title = 'Orca Payment Element Frame';
            frame.setAttribute('allow', 'payment *');
            frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-same-origin allow-forms');
            frame.style.cssText = 'border:0;height:0;width:100%;display:block;color-scheme:normal;transition:height .2s ease';
            frame.src = SDK_ORIGIN + '/index.html?componentName=payment&mountId=' + encodeURIComponent(mountId);
            frame.addEventListener('load', function () {
              send(frame, { type: 'golive:init', publishableKey: publishableKey, clientSecret: clientSecret, appearance: appearance, options: createOptions || {}, endpoint: endpoint, iframeId: frame.id });
            });
            wrapper.appendChild(fullscreen);
            wrapper.appendChild(frame);
            host.appendChild(wrapper);
            state.frame = frame;
            frames.push({ frame: frame, state: state, emit: emit });
          },
          on: function (event, handler) { (listeners[event] = listeners[event] || []).push(handler); },
          update: function (opts) { if (state.frame) send(state.frame, { type: 'golive:update', options: opts }); },
          focus: function () { if (state.frame) send(state.frame, { type: 'golive:focus' }); },
          blur: function () { if (state.frame) send(state.frame, { type: 'golive:blur' }); },
          clear: function () { if (state.frame) send(state.frame, { type: 'golive:clear' }); },
          collapse: function () {},
          unmount: function () { if (state.frame && state.frame.parentNode) state.frame.parentNode.parentNode.removeChild(state.frame.parentNode); frames = frames.filter(function (f) { return f.state !== state; }); state.frame = null; },
          destroy: function () { element.unmount(); listeners = {}; },
          onSDKHandleClick: function () {},
        };
        created[type] = element;
        return element;
      }
      return {
        create: create,
        getElement: function (type) { return created[type] || null; },
        update: function (opts) { if (opts && opts.appearance) appearance = opts.appearance; frames.forEach(function (f) { send(f.frame, { type: 'golive:update', appearance: appearance }); }); },
        fetchUpdates: function () { return Promise.resolve({}); },
      };
    }

    window.addEventListener('message', function (event) {
      if (event.origin !== SDK_ORIGIN) return;
      var data = event.data || {};
      var entry = frames.find(function (f) { return f.frame.contentWindow === event.source; });
      if (!entry) return;
      if (data.iframeHeight !== undefined) entry.frame.style.height = data.iframeHeight + 'px';
      if (data.ready) {
        entry.state.ready = true;
        entry.state.readyWaiters.splice(0).forEach(function (resolve) { resolve(); });
        entry.emit('ready', { elementType: 'payment' });
      }
      if (data.type === 'golive:event') entry.emit(data.event, data.payload);
      if (data.openurl) window.location.replace(data.openurl);
    });

    function confirmPayment(params) {
      params = params || {};
      var confirmParams = params.confirmParams || {};
      var redirect = params.redirect || 'if_required';
      var entry = frames[0];
      if (!entry) return new Promise(function () {}); // as the real SDK: never settles without a mounted element
      var readyPromise = entry.state.ready ? Promise.resolve() : new Promise(function (resolve) { entry.state.readyWaiters.push(resolve); });
      return readyPromise.then(function () {
        return new Promise(function (resolve) {
          var id = Math.random().toString(36).slice(2);
          function onMessage(event) {
            if (event.origin !== SDK_ORIGIN || event.source !== entry.frame.contentWindow) return;
            var data = event.data || {};
            if (data.submitId !== id) return;
            if (data.openurl) return; // the page is about to be replaced (3DS)
            window.removeEventListener('message', onMessage);
            if (!data.submitSuccessful) { resolve({ error: data.error }); return; }
            if (redirect === 'always' && data.url) { window.location.replace(data.url); return; }
            resolve(data.data);
          }
          window.addEventListener('message', onMessage);
          send(entry.frame, { type: 'golive:doSubmit', submitId: id, confirmParams: confirmParams, redirect: redirect });
        });
      });
    }

    function retrievePaymentIntent(clientSecret) {
      var paymentId = String(clientSecret || '').split('_secret_')[0];
      return fetch(endpoint + '/payments/' + encodeURIComponent(paymentId) + '?client_secret=' + encodeURIComponent(clientSecret), { headers: { 'api-key': publishableKey } })
        .then(function (r) { return r.ok ? r.json().then(function (p) { return { paymentIntent: p }; }) : null; })
        .catch(function () { return null; });
    }

    var instance = {
      elements: elements,
      widgets: elements,
      confirmPayment: confirmPayment,
      confirmTokenization: confirmPayment,
      retrievePaymentIntent: retrievePaymentIntent,
      confirmCardPayment: function (clientSecret, data, opts) { return confirmPayment({ confirmParams: (data || {}), redirect: 'if_required' }); },
    };
    window.HyperMethod = instance;
    return instance;
  }
  Hyper.init = Hyper;
  window.Hyper = Hyper;
})();
