// The alert page: follows the delivery's progress pushed by the server (Server-Sent Events) and updates the page in
// place. Without JavaScript the page shows the state it was rendered with. The summary sentence is a polite live
// region: it is rewritten only at each tenth of the way and at the end, so screen readers are not flooded.
(function () {
  'use strict';

  var section = document.getElementById('progress');
  if (!section || !section.dataset.events || !window.EventSource) {
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

  function nameOf(kind, key) {
    var element = section.querySelector('[data-' + kind + '-name="' + key + '"]');
    return element ? element.textContent : key;
  }

  function render(progress) {
    var bar = document.getElementById('progress-bar');
    bar.value = progress.percent;
    bar.textContent = progress.percent + ' %';
    text('progress-percent', String(progress.percent));
    text('progress-state', nameOf('state', progress.state));
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
      item.textContent = format(list.dataset.template, [failure.reason, nameOf('channel', failure.channel), failure.count]);
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

  var source = new EventSource(section.dataset.events);
  source.addEventListener('progress', function (event) {
    var progress = JSON.parse(event.data);
    render(progress);
    if (progress.done) {
      source.close();
      section.dataset.done = 'true';
    }
  });
})();
