// Enroll and account pages: a search box above each country list, so nobody scrolls through 250 countries. Typing
// part of a name (accents and case ignored, in the page's language) leaves only the matching countries in the list
// and picks the first of them. Without JavaScript the plain list remains, which browsers let you type into too.
(function () {
  'use strict';

  function plain(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }

  document.querySelectorAll('select[data-search-label]').forEach(function (select) {
    var search = document.createElement('input');
    search.type = 'search';
    search.className = 'form-control mb-1';
    search.id = select.id + '-search';
    search.autocomplete = 'off';
    search.setAttribute('aria-label', select.dataset.searchLabel);
    search.setAttribute('aria-controls', select.id);
    search.placeholder = select.dataset.searchLabel;
    select.parentNode.insertBefore(search, select);

    search.addEventListener('input', function () {
      var wanted = plain(search.value.trim());
      var first = null;
      Array.prototype.forEach.call(select.options, function (option) {
        var shown = option.value === '' || wanted === '' || plain(option.text).indexOf(wanted) >= 0
          || option.value.toLowerCase() === wanted;
        option.hidden = !shown;
        if (shown && option.value !== '' && first === null) {
          first = option;
        }
      });
      if (wanted !== '' && first !== null && (select.selectedOptions.length === 0 || select.selectedOptions[0].hidden
          || select.value === '')) {
        select.value = first.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }
    });
  });
})();
