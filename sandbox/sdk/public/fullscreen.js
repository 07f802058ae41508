// The overlay hyperswitch-web opens over the merchant page (#orca-fullscreen). Only the 3DS
// authentication overlay (fullscreenType=3dsAuth) is emulated: authenticate with OwnGateway, then
// either show the issuer's challenge in #threeDsAuthFrame or, frictionless, post on to the authorize URL.
(function () {
  'use strict';
  var type = new URLSearchParams(location.search).get('fullscreenType');
  var parentOrigin = '*';
  function post(message) {
    window.parent.postMessage(message, parentOrigin);
  }
  function fail(error) {
    post({ fullscreen: false });
    post({
      submitSuccessful: false,
      error: { type: String((error && error.type) || 'server_error'), message: String((error && error.message) || 'Something went wrong') },
    });
  }
  function postForm(url, fields, target) {
    var form = document.createElement('form');
    form.method = 'POST';
    form.action = url;
    form.enctype = 'application/x-www-form-urlencoded;charset=UTF-8';
    if (target) form.target = target;
    Object.keys(fields).forEach(function (name) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = fields[name];
      form.appendChild(input);
    });
    document.getElementById('threeDsAuthDiv').appendChild(form);
    form.submit();
  }

  function authenticate(metadata) {
    var data = metadata.threeDSData || {};
    var clientSecret = metadata.paymentIntentId;
    var body = {
      device_channel: 'BRW',
      threeds_method_comp_ind: metadata['3dsMethodComp'] || 'U',
      client_secret: clientSecret,
      browser_info: {
        user_agent: navigator.userAgent,
        language: navigator.language,
        color_depth: screen.colorDepth,
        screen_height: screen.height,
        screen_width: screen.width,
        time_zone: new Date().getTimezoneOffset(),
        java_enabled: false,
        java_script_enabled: true,
      },
    };
    fetch(data.three_ds_authentication_url, { method: 'POST', headers: metadata.headers || {}, body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().then(function (json) {
          return { ok: response.ok, json: json || {} };
        });
      })
      .then(function (result) {
        if (!result.ok || result.json.error) return fail(result.json.error);
        if (result.json.trans_status === 'C') {
          document.getElementById('loader').hidden = true;
          document.getElementById('threeDsAuthFrame').hidden = false;
          var fields = {};
          fields[result.json.challenge_request_key || 'creq'] = result.json.challenge_request || '';
          postForm(result.json.acs_url, fields, 'threeDsAuthFrame');
        } else {
          postForm(data.three_ds_authorize_url, {}, null);
        }
      })
      .catch(function () {
        fail(null);
      });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== window.parent) return;
    var message = event.data || {};
    if (!message.fullScreenIframeMounted) return;
    parentOrigin = event.origin;
    if (type === '3dsAuth') authenticate(message.metadata || {});
  });
  post({ iframeMountedCallback: true });
})();
