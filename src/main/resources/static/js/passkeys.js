// Staff passkeys (WebAuthn) with Spring Security's endpoints: registering one on the account page
// (#passkey-register) and signing in with one on the sign-in page (#passkey-signin). The server speaks the JSON
// forms of the WebAuthn options and answers; binary fields travel as base64url. Requests carry the page's CSRF token.
(function () {
  'use strict';

  function toBytes(base64url) {
    var base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
    var binary = atob(base64 + '='.repeat((4 - base64.length % 4) % 4));
    return Uint8Array.from(binary, function (c) { return c.charCodeAt(0); });
  }

  function toBase64url(buffer) {
    var binary = String.fromCharCode.apply(null, new Uint8Array(buffer));
    return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function post(url, body) {
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return fetch(url, { method: 'POST', headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body) })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.json();
      });
  }

  function withIds(list) {
    return (list || []).map(function (credential) {
      return Object.assign({}, credential, { id: toBytes(credential.id) });
    });
  }

  function register(base, label) {
    return post(base + 'webauthn/register/options').then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: toBytes(options.challenge),
        user: Object.assign({}, options.user, { id: toBytes(options.user.id) }),
        excludeCredentials: withIds(options.excludeCredentials)
      });
      return navigator.credentials.create({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post(base + 'webauthn/register', { publicKey: { label: label, credential: {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        type: credential.type,
        response: {
          attestationObject: toBase64url(response.attestationObject),
          clientDataJSON: toBase64url(response.clientDataJSON),
          transports: response.getTransports ? response.getTransports() : []
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      } } });
    }).then(function (answer) {
      if (!answer || !answer.success) {
        throw new Error('refused');
      }
    });
  }

  function signIn(base) {
    return post(base + 'webauthn/authenticate/options').then(function (options) {
      var publicKey = Object.assign({}, options, {
        challenge: toBytes(options.challenge),
        allowCredentials: withIds(options.allowCredentials)
      });
      return navigator.credentials.get({ publicKey: publicKey });
    }).then(function (credential) {
      var response = credential.response;
      return post(base + 'login/webauthn', {
        id: credential.id,
        rawId: toBase64url(credential.rawId),
        type: credential.type,
        response: {
          authenticatorData: toBase64url(response.authenticatorData),
          clientDataJSON: toBase64url(response.clientDataJSON),
          signature: toBase64url(response.signature),
          userHandle: response.userHandle ? toBase64url(response.userHandle) : undefined
        },
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (answer) {
      if (!answer || !answer.authenticated) {
        throw new Error('refused');
      }
      // Back to the staff page asked for before signing in, else the dashboard.
      var target = answer.redirectUrl || '';
      var path = new URL(target, location.href).pathname;
      location.assign(path.indexOf(base + 'staff') === 0 ? target : base + 'staff');
    });
  }

  function show(element, text) {
    element.textContent = text;
    element.hidden = false;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var registerButton = document.getElementById('passkey-register');
    var signInButton = document.getElementById('passkey-signin');
    var supported = !!window.PublicKeyCredential;
    if (registerButton) {
      var form = registerButton.form;
      var problem = document.getElementById('passkey-problem');
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var label = document.getElementById('passkey-label').value.trim();
        if (!label) {
          show(problem, form.dataset.labelRequired);
          document.getElementById('passkey-label').focus();
          return;
        }
        if (!supported) {
          show(problem, form.dataset.unsupported);
          return;
        }
        registerButton.disabled = true;
        register(form.dataset.base, label).then(function () {
          location.assign(form.dataset.base + 'staff/account?passkey-added');
        }).catch(function () {
          registerButton.disabled = false;
          show(problem, form.dataset.failed);
        });
      });
    }
    if (signInButton) {
      var failure = document.getElementById('passkey-failed');
      signInButton.hidden = !supported;
      signInButton.addEventListener('click', function () {
        signInButton.disabled = true;
        signIn(signInButton.dataset.base).catch(function () {
          signInButton.disabled = false;
          show(failure, signInButton.dataset.failed);
        });
      });
    }
  });
})();
