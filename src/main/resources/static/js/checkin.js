// The check-in page: follows the check-in over Server-Sent Events (event "tally") and updates its counts, its tables
// and its chart in place; the server computes the chart's lines, so this only sets them. Without JavaScript the page
// shows the figures it was rendered with. The spoken summary (a polite live region) is rewritten at most every ten
// seconds, so that screen readers are not flooded while answers pour in.
(function () {
  'use strict';

  var live = document.getElementById('checkin-live');
  if (!live || !live.dataset.events || !window.EventSource) {
    return;
  }
  var COUNTS = ['safe', 'needHelp', 'noAnswer', 'unreachable'];
  var number = new Intl.NumberFormat(document.documentElement.lang || 'en');
  var spokenAt = 0;

  function text(element, value) {
    if (element && element.textContent !== value) {
      element.textContent = value;
    }
  }

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (match, index) {
      return number.format(values[Number(index)]);
    });
  }

  function utc(instant) {
    return instant ? instant.slice(0, 16).replace('T', ' ') : live.dataset.notStarted;
  }

  function cell(tag, value, counted) {
    var element = document.createElement(tag);
    if (tag === 'th') {
      element.scope = 'row';
    }
    if (counted) {
      element.className = 'text-end';
      element.dataset.count = counted;
    }
    element.textContent = value;
    return element;
  }

  function rows(id, items, render) {
    var body = document.getElementById(id);
    body.replaceChildren.apply(body, items.map(function (item) {
      var row = document.createElement('tr');
      row.append.apply(row, render(item, row));
      return row;
    }));
  }

  function render(event) {
    var checkIn = event.checkIn;
    COUNTS.forEach(function (kind) {
      text(live.querySelector('.checkin-counts [data-count="' + kind + '"]'), number.format(checkIn.counts[kind]));
    });
    rows('waves-body', checkIn.byWave, function (wave, row) {
      row.dataset.wave = wave.wave;
      return [cell('th', String(wave.wave)), cell('td', utc(wave.startedAt)),
        cell('td', number.format(wave.asked), 'asked'), cell('td', number.format(wave.answered), 'answered')];
    });
    rows('places-body', checkIn.places, function (place, row) {
      row.dataset.place = place.country + '/' + (place.region || 'null');
      return [cell('th', place.country), cell('td', place.region || live.dataset.noRegion)].concat(
        COUNTS.map(function (kind) { return cell('td', number.format(place.counts[kind]), kind); }));
    });
    rows('timeline-body', checkIn.timeline.points, function (point) {
      return [cell('td', utc(point.at)), cell('td', number.format(point.safe), 'safe'),
        cell('td', number.format(point.needHelp), 'needHelp')];
    });
    var chart = event.chart;
    document.getElementById('chart-safe').setAttribute('points', chart.safe);
    document.getElementById('chart-need-help').setAttribute('points', chart.needHelp);
    text(document.getElementById('chart-max'), number.format(chart.max));
    text(document.getElementById('chart-until'), chart.until.slice(11, 16) + ' UTC');
    var values = COUNTS.map(function (kind) { return checkIn.counts[kind]; });
    var now = Date.now();
    if (now - spokenAt > 10000 || !checkIn.open) {
      spokenAt = now;
      text(document.getElementById('checkin-summary'), format(live.dataset.summary, values));
    }
    if (!checkIn.open) {
      var state = document.getElementById('checkin-state');
      var badge = document.getElementById('checkin-state-badge');
      text(badge, state.dataset.closedText);
      badge.className = 'badge text-bg-dark';
      var close = document.getElementById('checkin-close');
      if (close) {
        close.remove();
      }
    }
  }

  var source = new EventSource(live.dataset.events);
  source.addEventListener('tally', function (event) {
    var tally = JSON.parse(event.data);
    render(tally);
    if (!tally.checkIn.open) {
      source.close();
    }
  });
})();
