// Sandbox Unified Checkout loader: the merchant-facing API of Hyperswitch's HyperLoader.js
// (Hyper(), elements(), create('payment'), mount(), confirmPayment(), retrievePaymentIntent()),
// with the same iframe ids, postMessage protocol and result shapes.
(function () {
  'use strict';
  var script = document.currentScript;
  var SDK_ORIGIN = new URL(script && script.src ? script.src : location.href).origin;

  function validPublishableKey(key) {
    return /^pk_(dev|snd|prd)_/.test(key);
  }

  // What hyperswitch-web hands back when it cannot start: every method present, none doing anything.
  function noopInstance() {
    var element = {
      mount: function () {},
      unmount: function () {},
      destroy: function () {},
      update: function () {},
      focus: function () {},
      blur: function () {},
      clear: function () {},
      collapse: function () {},
      on: function () {},
      onSDKHandleClick: function () {},
    };
    var noopElements = function () {
      return {
        create: function () {
          return element;
        },
        getElement: function () {
          return null;
        },
        update: function () {},
        fetchUpdates: function () {
          return Promise.resolve({});
        },
      };
    };
    var resolvedEmpty = function () {
      return Promise.resolve({});
    };
    return {
      elements: noopElements,
      widgets: noopElements,
      confirmPayment: resolvedEmpty,
      confirmCardPayment: resolvedEmpty,
      confirmTokenization: resolvedEmpty,
      retrievePaymentIntent: function () {
        return Promise.resolve(null);
      },
    };
  }

  function Hyper(keys, options) {
    options = options || {};
    // Card data only over HTTPS: http://localhost and 127.0.0.1 count as secure, any other http host does not.
    if (!window.isSecureContext) {
      console.error(
        'INTEGRATION ERROR: ' +
          location.origin +
          location.pathname +
          ' Serve your application over HTTPS. This is a requirement both in development and in production.',
      );
      return noopInstance();
    }
    if (window.HyperMethod && !options.isForceInit) return window.HyperMethod;
    var publishableKey = typeof keys === 'string' ? keys : keys && keys.publishableKey;
    if (!publishableKey || !validPublishableKey(publishableKey)) {
      console.error('INTEGRATION ERROR: Invalid Publishable key, starts with pk_dev_(development), pk_snd_(sandbox/test) or pk_prd_(production/live)');
    }
    var endpoint = options.customBackendUrl || SDK_ORIGIN;
    var frames = []; // every mounted payment element iframe

    function send(frame, message) {
      if (frame.contentWindow) frame.contentWindow.postMessage(message, SDK_ORIGIN);
    }

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
        function emit(event, payload) {
          (listeners[event] || []).forEach(function (fn) {
            try {
              fn(payload);
            } catch (e) {
              console.error(e);
            }
          });
        }
        var element = {
          mount: function (selector) {
            if (noop) return;
            var mountId = String(selector).split('#')[1];
            var host = document.querySelector(selector);
            if (!host || !mountId) {
              console.error('INTEGRATION ERROR: mount() needs an id selector of an existing element, got ' + selector);
              return;
            }
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
              send(frame, {
                type: 'golive:init',
                publishableKey: publishableKey,
                clientSecret: clientSecret,
                appearance: appearance,
                options: createOptions || {},
                endpoint: endpoint,
                iframeId: frame.id,
              });
            });
            wrapper.appendChild(fullscreen);
            wrapper.appendChild(frame);
            host.appendChild(wrapper);
            state.frame = frame;
            frames.push({ frame: frame, state: state, emit: emit });
          },
          on: function (event, handler) {
            (listeners[event] = listeners[event] || []).push(handler);
          },
          update: function (opts) {
            if (state.frame) send(state.frame, { type: 'golive:update', options: opts });
          },
          focus: function () {
            if (state.frame) send(state.frame, { type: 'golive:focus' });
          },
          blur: function () {
            if (state.frame) send(state.frame, { type: 'golive:blur' });
          },
          clear: function () {
            if (state.frame) send(state.frame, { type: 'golive:clear' });
          },
          collapse: function () {},
          unmount: function () {
            if (state.frame && state.frame.parentNode) state.frame.parentNode.parentNode.removeChild(state.frame.parentNode);
            frames = frames.filter(function (f) {
              return f.state !== state;
            });
            state.frame = null;
          },
          destroy: function () {
            element.unmount();
            listeners = {};
          },
          onSDKHandleClick: function () {},
        };
        created[type] = element;
        return element;
      }
      return {
        create: create,
        getElement: function (type) {
          return created[type] || null;
        },
        update: function (opts) {
          if (opts && opts.appearance) appearance = opts.appearance;
          frames.forEach(function (f) {
            send(f.frame, { type: 'golive:update', appearance: appearance });
          });
        },
        fetchUpdates: function () {
          return Promise.resolve({});
        },
      };
    }

    window.addEventListener('message', function (event) {
      if (event.origin !== SDK_ORIGIN) return;
      var data = event.data || {};
      var entry = frames.find(function (f) {
        return f.frame.contentWindow === event.source;
      });
      if (!entry) return;
      if (data.iframeHeight !== undefined) entry.frame.style.height = data.iframeHeight + 'px';
      if (data.ready) {
        entry.state.ready = true;
        entry.state.readyWaiters.splice(0).forEach(function (resolve) {
          resolve();
        });
        entry.emit('ready', { elementType: 'payment' });
      }
      if (data.type === 'golive:event') entry.emit(data.event, data.payload);
      if (data.fullscreen !== undefined) toggleFullscreen(entry, data);
      if (data.openurl) window.location.replace(data.openurl);
    });

    // In-page overlays the card frame asks for (3DS authentication: param "3dsAuth"): a fixed iframe
    // #orca-fullscreen from the SDK's origin, told what to do once it has loaded.
    function toggleFullscreen(entry, data) {
      var holder = document.getElementById('orca-fullscreen-iframeRef-' + entry.state.mountId);
      if (!holder) return;
      holder.innerHTML = '';
      if (!data.fullscreen) return;
      var overlay = document.createElement('iframe');
      overlay.id = 'orca-fullscreen';
      overlay.name = 'fullscreen';
      overlay.src = SDK_ORIGIN + '/fullscreenIndex.html?fullscreenType=' + encodeURIComponent(data.param || 'fullscreen');
      overlay.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;border:0;z-index:422222133323;';
      overlayMetadata = data.metadata || {};
      holder.appendChild(overlay);
    }
    var overlayMetadata = {};
    window.addEventListener('message', function (event) {
      // The overlay asks for its metadata once mounted and closes itself; its failures reach the
      // submit listener like the card frame's.
      var overlay = document.getElementById('orca-fullscreen');
      if (event.origin !== SDK_ORIGIN || !overlay || event.source !== overlay.contentWindow || !frames[0]) return;
      var data = event.data || {};
      if (data.iframeMountedCallback) overlay.contentWindow.postMessage({ fullScreenIframeMounted: true, metadata: overlayMetadata }, SDK_ORIGIN);
      if (data.fullscreen === false) toggleFullscreen(frames[0], data);
    });

    // One submit listener at a time, as hyperswitch-web keeps it: a second confirmPayment replaces the
    // first one's listener (so the first promise never settles) and both submits reach the card frame.
    // Whatever SDK frame answers first with submitSuccessful settles the current promise.
    var submitListener = null;
    function confirmPayment(params) {
      params = params || {};
      var confirmParams = params.confirmParams || {};
      var redirect = params.redirect || 'if_required';
      var entry = frames[0];
      if (!entry) return new Promise(function () {}); // as the real SDK: never settles without a mounted element
      var readyPromise = entry.state.ready
        ? Promise.resolve()
        : new Promise(function (resolve) {
            entry.state.readyWaiters.push(resolve);
          });
      return new Promise(function (resolve) {
        readyPromise.then(function () {
          if (submitListener) window.removeEventListener('message', submitListener);
          submitListener = function (event) {
            if (event.origin !== SDK_ORIGIN) return;
            var data = event.data || {};
            if (data.submitSuccessful === undefined) return;
            if (!data.submitSuccessful) {
              resolve({ submitSuccessful: false, error: data.error });
              return;
            }
            if (redirect === 'always') {
              window.location.replace(data.url || confirmParams.return_url);
              return;
            }
            resolve(data.data || {});
          };
          window.addEventListener('message', submitListener);
          send(entry.frame, {
            type: 'golive:doSubmit',
            confirmParams: { return_url: confirmParams.return_url || '', publishableKey: publishableKey, redirect: redirect },
          });
        });
      });
    }

    function retrievePaymentIntent(clientSecret) {
      var paymentId = String(clientSecret || '').split('_secret_')[0];
      return fetch(endpoint + '/payments/' + encodeURIComponent(paymentId) + '?client_secret=' + encodeURIComponent(clientSecret), {
        headers: { 'api-key': publishableKey },
      })
        .then(function (r) {
          return r.ok
            ? r.json().then(function (p) {
                return { paymentIntent: p };
              })
            : null;
        })
        .catch(function () {
          return null;
        });
    }

    var instance = {
      elements: elements,
      widgets: elements,
      confirmPayment: confirmPayment,
      confirmTokenization: confirmPayment,
      retrievePaymentIntent: retrievePaymentIntent,
      confirmCardPayment: function (clientSecret, data, opts) {
        return confirmPayment({ confirmParams: data || {}, redirect: 'if_required' });
      },
    };
    window.HyperMethod = instance;
    return instance;
  }
  Hyper.init = Hyper;
  window.Hyper = Hyper;
})();
