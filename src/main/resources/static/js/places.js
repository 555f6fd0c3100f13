// Enroll and account pages: a search box above each country list, so nobody scrolls through 250 countries, and
// region lists that follow the country chosen. Typing part of a name (accents and case ignored) leaves only the
// matching countries: names that start with it first, then names with a word that starts with it, then the rest.
// A country is picked only when one matches (or one is named exactly), and a screen reader hears how many match.
// Choosing a country fills its region list without reloading the page. Without JavaScript the plain lists remain,
// and the "show the regions" button asks the page for the regions.
(function () {
  'use strict';

  function plain(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  // 0: the name starts with what was typed (or it is the code); 1: one of its words does; 2: it holds it; -1: no.
  function rank(option, wanted) {
    var name = plain(option.text);
    if (name.indexOf(wanted) === 0 || option.value.toLowerCase() === wanted) {
      return 0;
    }
    var at = name.indexOf(wanted);
    var found = at;
    while (at > 0) {
      if (!/[\p{L}\p{N}]/u.test(name.charAt(at - 1))) {
        return 1;
      }
      at = name.indexOf(wanted, at + 1);
    }
    return found >= 0 ? 2 : -1;
  }

  function say(status, select, matches) {
    var data = select.dataset;
    status.textContent = matches.length === 0 ? data.matchesNone
      : matches.length === 1 ? data.matchesOne.replace('{0}', matches[0].text)
        : data.matchesMany.replace('{0}', matches.length);
  }

  function searchable(select) {
    var options = Array.prototype.slice.call(select.options);
    var search = document.createElement('input');
    search.type = 'search';
    search.className = 'form-control mb-1';
    search.id = select.id + '-search';
    search.autocomplete = 'off';
    search.setAttribute('aria-label', select.dataset.searchLabel);
    search.setAttribute('aria-controls', select.id);
    search.placeholder = select.dataset.searchLabel;
    var status = document.createElement('p');
    status.className = 'visually-hidden';
    status.id = select.id + '-matches';
    status.setAttribute('role', 'status');
    select.parentNode.insertBefore(search, select);
    select.parentNode.insertBefore(status, select);

    search.addEventListener('input', function () {
      var wanted = plain(search.value.trim());
      var ranked = [];
      options.forEach(function (option, order) {
        var r = option.value === '' ? -1 : wanted === '' ? 0 : rank(option, wanted);
        option.hidden = option.value !== '' && r < 0;
        if (r >= 0) {
          ranked.push({ option: option, rank: r, order: order });
        }
      });
      ranked.sort(function (a, b) { return a.rank - b.rank || a.order - b.order; });
      ranked.forEach(function (entry) { select.appendChild(entry.option); });
      options.filter(function (option) { return option.hidden; })
        .forEach(function (option) { select.appendChild(option); });
      if (wanted === '') {
        status.textContent = '';
        return;
      }
      var matches = ranked.map(function (entry) { return entry.option; });
      say(status, select, matches);
      var exact = matches.filter(function (option) { return plain(option.text) === wanted; });
      var pick = matches.length === 1 ? matches[0] : exact.length === 1 ? exact[0] : null;
      var chosen = select.selectedOptions[0];
      if (pick !== null && pick !== chosen) {
        choose(select, pick.value);
      }
      else if (pick === null && chosen && chosen.value !== '' && chosen.hidden) {
        choose(select, '');
      }
    });
  }

  function choose(select, value) {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }

  function followsCountry(regions) {
    var country = document.getElementById(regions.dataset.regionsOf);
    var button = regions.parentNode.querySelector('button[name=showRegions]');
    if (country === null) {
      return;
    }
    if (button !== null) {
      button.hidden = true;
    }
    var asked = 0;
    country.addEventListener('change', function () {
      var ask = ++asked;
      var keep = regions.value;
      var shown = country.value === '' ? Promise.resolve([])
        : fetch('/places/' + encodeURIComponent(country.value) + '/regions', { headers: { Accept: 'application/json' } })
          .then(function (answer) { return answer.ok ? answer.json() : Promise.reject(answer.status); });
      shown.then(function (list) {
        if (ask !== asked) {
          return; // a later choice's regions are on their way
        }
        while (regions.options.length > 1) {
          regions.remove(1);
        }
        list.forEach(function (region) { regions.add(new Option(region.name, region.code)); });
        regions.value = list.some(function (region) { return region.code === keep; }) ? keep : '';
      }, function () {
        // Not reached: the button asks the page for the regions instead.
        if (ask === asked && button !== null) {
          button.hidden = false;
        }
      });
    });
  }

  document.querySelectorAll('select[data-search-label]').forEach(searchable);
  document.querySelectorAll('select[data-regions-of]').forEach(followsCountry);
})();
