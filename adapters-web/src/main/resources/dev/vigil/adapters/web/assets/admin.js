// Keeps an admin page current without ever touching what someone is typing. Every few seconds (30 by default) it
// fetches the page again and replaces each region marked data-live with its fresh version, except a region that
// holds a form being edited: one with the focus, a field whose value differs from what the server sent, or a form
// the server sent back refused (data-unsaved). Open <details> stay open. It pauses while the tab is hidden and
// catches up when it is shown again. It also shows the label of the chart cell under the pointer or the keyboard
// focus. Pages work completely without it.
(function () {
  'use strict';
  var body = document.body;
  var url = body.getAttribute('data-page-url');
  if (!url) {
    return;
  }
  var seconds = parseInt(body.getAttribute('data-refresh-seconds'), 10) || 30;
  var timer = null;
  var running = null;

  function changed(field) {
    if (field.type === 'hidden' || field.type === 'submit' || field.type === 'button') { return false; }
    if (field.type === 'checkbox' || field.type === 'radio') { return field.checked !== field.defaultChecked; }
    if (field.tagName === 'SELECT') {
      return Array.prototype.some.call(field.options, function (o) { return o.selected !== o.defaultSelected; });
    }
    return field.value !== field.defaultValue;
  }

  function beingEdited(region) {
    var active = document.activeElement;
    // Whatever holds the focus (a field, a button, a chart cell) keeps its place until the focus moves on.
    if (active && active !== document.body && region.contains(active)) { return true; }
    if (region.querySelector('form[data-unsaved="true"]')) { return true; }
    return Array.prototype.some.call(region.querySelectorAll('input, textarea, select'), changed);
  }

  function swap(region, fresh) {
    var open = Array.prototype.filter.call(region.querySelectorAll('details[id]'), function (d) { return d.open; })
      .map(function (d) { return d.id; });
    var copy = document.importNode(fresh, true);
    open.forEach(function (id) {
      var details = copy.querySelector('#' + CSS.escape(id));
      if (details) { details.open = true; }
    });
    region.replaceWith(copy);
  }

  function apply(html) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    document.querySelectorAll('[data-live]').forEach(function (region) {
      var name = region.getAttribute('data-live');
      var fresh = doc.querySelector('[data-live="' + CSS.escape(name) + '"]');
      if (fresh && !beingEdited(region)) {
        swap(region, fresh);
      }
    });
  }

  function schedule() {
    clearTimeout(timer);
    timer = document.visibilityState === 'hidden' ? null : setTimeout(refresh, seconds * 1000);
  }

  function refresh() {
    if (running) { return running; }
    clearTimeout(timer);
    timer = null;
    running = fetch(url, { headers: { Accept: 'text/html' }, credentials: 'same-origin', cache: 'no-store' })
      .then(function (response) {
        // Logged out meanwhile: the login page has no live regions, so nothing would change; say so instead.
        if (!response.ok || new URL(response.url).pathname === '/admin/login') { throw new Error('not refreshed'); }
        return response.text();
      })
      .then(apply)
      .catch(function () { /* keep the page as it is; try again next round */ })
      .then(function () { running = null; schedule(); });
    return running;
  }

  // The label of the chart cell under the pointer or the keyboard focus, shown under its chart (the cell's title is
  // its accessible name; this is for sighted keyboard users, who get no tooltip).
  function showCell(event) {
    var cell = event.target;
    var figure = cell.closest ? cell.closest('figure.uptime, figure.heatmap') : null;
    if (!figure || cell.tagName.toLowerCase() !== 'rect') { return; }
    var label = figure.querySelector('.bar-label');
    if (!label) {
      label = document.createElement('p');
      label.className = 'bar-label';
      label.setAttribute('aria-hidden', 'true');
      figure.appendChild(label);
    }
    var title = cell.querySelector('title');
    label.textContent = title ? title.textContent : '';
  }
  document.addEventListener('focusin', showCell);
  document.addEventListener('mouseover', showCell);

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      clearTimeout(timer);
      timer = null;
    } else {
      refresh();
    }
  });
  window.addEventListener('focus', function () {
    if (timer === null && !running) { refresh(); }
  });
  window.vigilAdmin = { refresh: refresh };
  schedule();
}());
