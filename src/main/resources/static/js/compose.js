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

  // Java's String.strip(): white space as Character.isWhitespace has it (no-break spaces are not).
  var JAVA_SPACE = '[\\t\\n\\u000B\\f\\r\\u001C-\\u001F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]';
  var JAVA_STRIP = new RegExp('^' + JAVA_SPACE + '+|' + JAVA_SPACE + '+$', 'g');

  // What the server measures: the text stripped, with the browser's line breaks as typed (a form sends \r\n, which
  // the server turns back into \n).
  function sent(value) {
    return value.replace(/\r\n/g, '\n').replace(JAVA_STRIP, '');
  }

  // As SmsText.derive(sender, title, body, maxSegments): "{sender}: {title}. {body}", cut at a word to fit.
  function derive(sender, title, body, maxSegments) {
    var full = sender + ': ' + title + (/\.$/.test(title) ? ' ' : '. ') + body.replace(/[ \t\n\u000B\f\r]+/g, ' ');
    if (measure(full).segments <= maxSegments) {
      return full;
    }
    var end = full.length;
    while (end > 0) {
      end = full.lastIndexOf(' ', end - 1);
      if (end <= 0) {
        break;
      }
      var cut = full.substring(0, end) + '...';
      if (measure(cut).segments <= maxSegments) {
        return cut;
      }
    }
    return full.substring(0, Math.min(full.length, 60)) + '...';
  }

  // The counter measures the SMS that will be sent: the one typed or, when none is, the one derived from the post's
  // name, the title and the message. It is announced while the SMS itself is typed, not at each key of the message.
  function bindCounter(field) {
    var counter = document.getElementById(field.getAttribute('data-sms-counter'));
    if (!counter) {
      return function () {};
    }
    var max = parseInt(counter.getAttribute('data-max-segments'), 10);
    var derivedMax = parseInt(counter.getAttribute('data-derived-segments'), 10);
    var title = document.getElementById(counter.getAttribute('data-title'));
    var body = document.getElementById(counter.getAttribute('data-body'));
    var preview = document.getElementById(counter.getAttribute('data-derived'));
    function update(event) {
      counter.setAttribute('aria-live', !event || event.target === field ? 'polite' : 'off');
      var typed = sent(field.value);
      var derived = !typed && title && body && sent(title.value) && sent(body.value)
        ? derive(counter.getAttribute('data-sender'), sent(title.value), sent(body.value), derivedMax) : null;
      var m = measure(derived === null ? typed : derived);
      counter.querySelector('[data-sms=characters]').textContent = String(m.characters);
      counter.querySelector('[data-sms=encoding]').textContent = m.encoding;
      counter.querySelector('[data-sms=segments]').textContent = String(m.segments);
      counter.querySelector('[data-sms=too-long]').hidden = !(m.segments > max);
      counter.querySelector('[data-sms=derived]').hidden = m.characters > 0;
      if (preview) {
        preview.hidden = derived === null;
        preview.querySelector('[data-sms=derived-text]').textContent = derived === null ? '' : derived;
      }
      counter.classList.toggle('sms-too-long', m.segments > max);
    }
    [field, title, body].forEach(function (input) {
      if (input) {
        input.addEventListener('input', update);
      }
    });
    update();
    return update;
  }

  // A form that was sent must not be sent again from a page the browser kept (Back): the server, asked again, says
  // it was sent. Otherwise, once the page is shown (the browser may have put back what was typed before), what it
  // shows is worked out from the fields as they are: the counters, the area's panels and the audience preview.
  function followShownForm(form, refreshers) {
    var key = form.querySelector('input[name=submission]');
    var flag = 'beacon.compose.sent.' + (key ? key.value : '');
    form.addEventListener('submit', function (event) {
      if (key && (!event.submitter || !event.submitter.hasAttribute('formaction'))) {
        try {
          window.sessionStorage.setItem(flag, '1');
        } catch (e) {
          // Storage refused (private mode): the server still refuses a second send.
        }
      }
    });
    window.addEventListener('pageshow', function (event) {
      var sentBefore = false;
      try {
        sentBefore = event.persisted && window.sessionStorage.getItem(flag) === '1';
      } catch (e) {
        sentBefore = false;
      }
      if (sentBefore) {
        window.location.reload();
        return;
      }
      refreshers.forEach(function (refresh) {
        refresh();
      });
      var audience = document.getElementById('audience-result');
      if (audience) {
        audience.dispatchEvent(new CustomEvent('beacon-recount'));
      }
    });
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
    return update;
  }

  window.BeaconSms = { measure: measure, derive: derive, strip: sent };

  document.addEventListener('DOMContentLoaded', function () {
    var refreshers = [bindAreaKind()];
    document.querySelectorAll('[data-sms-counter]').forEach(function (field) {
      refreshers.push(bindCounter(field));
    });
    document.querySelectorAll('form.compose-form').forEach(function (form) {
      followShownForm(form, refreshers);
    });
  });
}());
