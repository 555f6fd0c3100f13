// The compose page: a live SMS counter and the area choice. The SMS rules are SmsText's (3GPP TS 23.038), and the
// GSM-7 tables below must stay identical to SmsText.GSM_BASIC and SmsText.GSM_EXTENSION: the browser tests compare
// both on every character of the tables.
(function () {
  'use strict';

  var GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
    '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
  var GSM_EXTENSION = '^{}\\[~]|€\f';

  // As SmsText.of(text): characters are UTF-16 code units, as Java counts them.
  function measure(text) {
    var septets = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (GSM_BASIC.indexOf(c) >= 0) {
        septets += 1;
      } else if (GSM_EXTENSION.indexOf(c) >= 0) {
        septets += 2;
      } else {
        septets = -1;
        break;
      }
    }
    if (septets >= 0) {
      return { characters: text.length, encoding: 'GSM-7', segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
    }
    return { characters: text.length, encoding: 'UCS-2', segments: text.length <= 70 ? 1 : Math.ceil(text.length / 67) };
  }

  // What the server measures: the text stripped, with the browser's line breaks as typed (a form sends \r\n, which
  // the server turns back into \n).
  function sent(value) {
    return value.replace(/\r\n/g, '\n').trim();
  }

  function bindCounter(field) {
    var counter = document.getElementById(field.getAttribute('data-sms-counter'));
    if (!counter) {
      return;
    }
    var max = parseInt(counter.getAttribute('data-max-segments'), 10);
    function update() {
      var m = measure(sent(field.value));
      counter.querySelector('[data-sms=characters]').textContent = String(m.characters);
      counter.querySelector('[data-sms=encoding]').textContent = m.encoding;
      counter.querySelector('[data-sms=segments]').textContent = String(m.segments);
      var tooLong = counter.querySelector('[data-sms=too-long]');
      var derived = counter.querySelector('[data-sms=derived]');
      if (tooLong) {
        tooLong.hidden = !(m.segments > max);
      }
      if (derived) {
        derived.hidden = m.characters > 0;
      }
      counter.classList.toggle('sms-too-long', m.segments > max);
    }
    field.addEventListener('input', update);
    update();
  }

  // Regions and circle fields show only for the area kind chosen; they stay in the form (hidden), so nothing typed
  // is lost when the choice changes back.
  function bindAreaKind() {
    var radios = document.querySelectorAll('input[name=areaKind]');
    function update() {
      var chosen = document.querySelector('input[name=areaKind]:checked');
      document.querySelectorAll('[data-area-kind]').forEach(function (panel) {
        panel.hidden = !chosen || panel.getAttribute('data-area-kind') !== chosen.value;
      });
    }
    radios.forEach(function (radio) {
      radio.addEventListener('change', update);
    });
    if (radios.length) {
      update();
    }
  }

  window.BeaconSms = { measure: measure };

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-sms-counter]').forEach(bindCounter);
    bindAreaKind();
  });
}());
