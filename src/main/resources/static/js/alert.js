// The alert page: follows the alert over Server-Sent Events and updates the page in place. Each event carries the
// delivery's progress, rendered here, and the alert's status. When that status is no longer the one the page shows
// (approved, rejected, cancelled by someone else), or the delivery ends while Cancel is still offered, the parts of
// the page that depend on it are fetched again and swapped in: the page then says what a reload would, from the same
// server-side template. Without JavaScript the page shows the state it was rendered with. The summary sentence is a
// polite live region rewritten only at each tenth of the way and at the end, so screen readers are not flooded.
(function () {
  'use strict';

  // The update form is not among them: what someone is typing there is kept (it is swapped only when it comes or goes).
  var REGIONS = ['alert-status', 'alert-history', 'alert-delivery', 'alert-cancel'];

  if (!document.getElementById('alert-delivery') || !window.EventSource || !window.fetch) {
    return;
  }
  var lang = document.documentElement.lang || 'en';
  var number = new Intl.NumberFormat(lang);
  var decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  var lastTenth = -1;

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (match, index) {
      var value = values[Number(index)];
      return typeof value === 'number' ? number.format(value) : String(value);
    });
  }

  function text(id, value) {
    var element = document.getElementById(id);
    if (element && element.textContent !== value) {
      element.textContent = value;
    }
  }

  function nameOf(section, kind, key) {
    var element = section.querySelector('[data-' + kind + '-name="' + key + '"]');
    return element ? element.textContent : key;
  }

  function render(section, progress) {
    var bar = document.getElementById('progress-bar');
    bar.value = progress.percent;
    bar.textContent = progress.percent + ' %';
    text('progress-percent', String(progress.percent));
    text('progress-state', nameOf(section, 'state', progress.state));
    text('progress-rate', progress.ratePerSecond == null ? (progress.done ? section.dataset.over : section.dataset.unknown)
      : format(section.dataset.rate, [decimal.format(progress.ratePerSecond)]));
    text('progress-left', progress.done ? section.dataset.over : progress.secondsLeft == null ? section.dataset.unknown
      : format(section.dataset.seconds, [progress.secondsLeft]));
    Object.keys(progress.channels).forEach(function (channel) {
      var counts = progress.channels[channel];
      Object.keys(counts).forEach(function (status) {
        var cell = section.querySelector('td[data-channel="' + channel + '"][data-status="' + status + '"]');
        if (cell) {
          cell.textContent = number.format(counts[status]);
        }
      });
    });
    var list = document.getElementById('failures');
    list.replaceChildren.apply(list, progress.failures.map(function (failure) {
      var item = document.createElement('li');
      item.textContent = format(list.dataset.template, [failure.reason, nameOf(section, 'channel', failure.channel),
        failure.count]);
      return item;
    }));
    document.getElementById('failures-none').classList.toggle('d-none', progress.failures.length > 0);
    var tenth = Math.floor(progress.percent / 10);
    if (progress.done) {
      text('progress-summary', format(section.dataset.summaryDone, [progress.finished, progress.recipients]));
    } else if (tenth !== lastTenth) {
      text('progress-summary', format(section.dataset.summary, [progress.percent, progress.finished, progress.recipients]));
    }
    lastTenth = tenth;
  }

  function swap(fresh, id) {
    var current = document.getElementById(id);
    var next = fresh.getElementById(id);
    if (current && next) {
      current.replaceWith(document.importNode(next, true));
    }
  }

  function offered(fresh, id) {
    var region = fresh.getElementById(id);
    return region !== null && region.childElementCount > 0;
  }

  // Says what changed: the new status and, once decided, who approved or rejected the alert and when.
  function announce() {
    var news = [document.querySelector('#alert-status .badge').textContent];
    var decision = document.getElementById('alert-decision');
    if (decision) {
      news.push(document.getElementById('alert-decision-label').textContent + ' '
        + decision.textContent.replace(/\s+/g, ' ').trim());
    }
    text('alert-news', news.join('. '));
  }

  function refresh(statusChanged) {
    var delivery = document.getElementById('alert-delivery');
    fetch(delivery.dataset.page, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        // Not the alert page (the session ended: the sign-in page): leave the page as it is rather than loop.
        if (!fresh.getElementById('alert-delivery')) {
          return;
        }
        var focused = document.activeElement;
        REGIONS.forEach(function (id) {
          swap(fresh, id);
        });
        if (offered(document, 'alert-update') !== offered(fresh, 'alert-update')) {
          swap(fresh, 'alert-update');
        }
        // The element in focus may have been swapped away (the Cancel link): the heading takes it, not the body.
        if (focused && focused !== document.body && !document.body.contains(focused)) {
          document.querySelector('main h1').focus();
        }
        if (statusChanged) {
          announce();
        }
        lastTenth = -1;
        listen();
      })
      .catch(function () {
        // The stream says again that the page is behind, and the next try may reach the server.
        window.setTimeout(listen, 5000);
      });
  }

  function listen() {
    var delivery = document.getElementById('alert-delivery');
    if (!delivery.dataset.events) {
      return;
    }
    var source = new EventSource(delivery.dataset.events);
    source.addEventListener('progress', function (event) {
      var progress = JSON.parse(event.data);
      var section = document.getElementById('progress');
      if (section) {
        render(section, progress);
      }
      var statusChanged = progress.status !== delivery.dataset.status;
      if (statusChanged || (progress.done && offered(document, 'alert-cancel'))) {
        source.close();
        refresh(statusChanged);
      } else if (progress.done) {
        source.close();
        delivery.dataset.done = 'true';
      }
    });
  }

  listen();
})();
