// Shared by every page. htmx requests that change something carry the CSRF token of the page's session.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A form's error summary (data-focus-on-load) takes the focus when the page opens, so that keyboard and screen
// reader users start from what went wrong rather than from the top of the page. Its links lead to their fields:
// the field itself takes the focus, as a fragment link alone does not move it in every browser.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('[data-focus-on-load]');
  if (!summary) {
    return;
  }
  summary.focus();
  summary.addEventListener('click', function (event) {
    var link = event.target.closest('a[href^="#"]');
    var field = link && document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
    if (field) {
      event.preventDefault();
      field.focus();
    }
  });
});
