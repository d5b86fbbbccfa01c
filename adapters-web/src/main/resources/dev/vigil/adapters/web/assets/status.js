// Keeps a status page current: every few seconds (30 by default) it reads /status.json and updates the states
// (word, and the class that gives colour and icon), details, latencies, counters and the banner in place. It pauses
// while the tab is hidden and catches up when the tab comes back. When systems or counters appear or disappear it
// fetches the page again instead. Incidents and maintenance are sections of the page (data-section) fetched again when
// the incidents in the JSON changed, while something is going on (to show new updates), and every tenth round (new
// announcements). It also shows the label of the uptime bar under the pointer or the keyboard focus. The page works
// without it.
(function () {
  'use strict';
  var body = document.body;
  var scope = body.getAttribute('data-scope');
  if (scope === null || scope === 'none') {
    return;
  }
  var seconds = parseInt(body.getAttribute('data-refresh-seconds'), 10) || 30;
  var LABELS = { operational: 'Operational', degraded: 'Degraded', down: 'Down', maintenance: 'Maintenance', unknown: 'No data yet' };
  var RANK = { down: 0, degraded: 1, maintenance: 2, unknown: 3, operational: 4 };
  var BANNERS = {
    down: ['Outage', 'Some systems are down.'],
    degraded: ['Degraded service', 'Some systems are not working as well as they should.'],
    maintenance: ['Maintenance in progress', 'Some systems are under planned maintenance.'],
    operational: ['All systems operational', 'Everything is working normally.']
  };
  var numbers = new Intl.NumberFormat('en-US');
  var timer = null;
  var running = null;

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function utc(iso) {
    var d = new Date(iso);
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate()) + ' ' +
      pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes()) + ':' + pad(d.getUTCSeconds()) + ' UTC';
  }
  function inScope(component) {
    return scope === '' || component === scope || component.indexOf(scope + '/') === 0;
  }
  function setState(el, state) {
    el.className = el.className.replace(/\bs-[a-z]+\b/g, '').trim() + ' s-' + state;
    el.setAttribute('data-state', state);
  }
  function ownChild(el, selector) {
    for (var i = 0; i < el.children.length; i++) {
      if (el.children[i].matches(selector)) { return el.children[i]; }
    }
    return null;
  }
  function showState(span, state) {
    if (span) { span.querySelector('.label').textContent = LABELS[state] || state; }
  }

  function sameSet(a, b) {
    if (a.length !== b.length) { return false; }
    var seen = {};
    a.forEach(function (x) { seen[x] = true; });
    return b.every(function (x) { return seen[x]; });
  }

  function structureChanged(data, components) {
    var shown = Array.prototype.map.call(document.querySelectorAll('[data-component]'), function (el) {
      return el.getAttribute('data-component');
    });
    if (!sameSet(shown, components.map(function (c) { return c.component; }))) { return true; }
    if (scope !== '') { return false; }
    var counters = Array.prototype.map.call(document.querySelectorAll('[data-counter]'), function (el) {
      return el.getAttribute('data-counter');
    });
    return !sameSet(counters, Object.keys(data.snapshot || {}));
  }

  function signature(data) {
    return (data.incidents || []).map(function (i) {
      return [i.severity, i.status, i.discovered_at, i.contained_at || '', i.resolved_at || ''].join('|');
    }).join(';');
  }

  var rounds = 0;
  function sectionsStale(data) {
    var events = document.getElementById('events');
    rounds += 1;
    return events !== null && (events.getAttribute('data-incident-signature') !== signature(data) ||
      events.getAttribute('data-active') !== '0' || rounds % 10 === 0);
  }

  // Replaces each data-section of the page with the server's current one (they hold no forms).
  function refreshSections() {
    return fetch(location.pathname, { headers: { Accept: 'text/html' }, cache: 'no-cache' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, 'text/html');
        document.querySelectorAll('[data-section]').forEach(function (section) {
          var fresh = doc.querySelector('[data-section="' + CSS.escape(section.getAttribute('data-section')) + '"]');
          if (fresh) { section.replaceWith(document.importNode(fresh, true)); }
        });
      });
  }

  function updateComponent(c) {
    var el = document.querySelector('[data-component="' + CSS.escape(c.component) + '"]');
    if (!el) { return; }
    setState(el, c.state);
    var isSystem = c.component.indexOf('/') < 0;
    showState(isSystem ? el.querySelector('.head .state') : ownChild(el, '.state'), c.state);
    var detail = ownChild(el, '.detail');
    if (detail) { detail.textContent = c.detail; }
    if (!isSystem) {
      // The latency, unless the detail already says it ("HTTP 200 in 12 ms"): the server's rule (StatusDetails.meta).
      var latency = c.latency_ms === null ? '' : c.latency_ms + ' ms';
      if (latency && c.detail.indexOf(' in ' + latency) >= 0) { latency = ''; }
      var text = [latency, c.last_checked_at === null ? '' : 'checked ' + utc(c.last_checked_at)]
        .filter(Boolean).join(' · ');
      var meta = ownChild(el, '.meta');
      if (text && !meta) {
        meta = document.createElement('span');
        meta.className = 'meta';
        detail.insertAdjacentElement('afterend', meta);
      }
      if (meta) { meta.textContent = text; }
    }
  }

  function rank(el) { return RANK[el.getAttribute('data-state')]; }
  function sortChildren(list, nameOf) {
    var items = Array.prototype.slice.call(list.children);
    var sorted = items.slice().sort(function (a, b) {
      return (rank(a) - rank(b)) || (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0);
    });
    if (sorted.some(function (el, i) { return el !== items[i]; })) {
      sorted.forEach(function (el) { list.appendChild(el); });
    }
  }

  function tidySystems() {
    document.querySelectorAll('li.system').forEach(function (system) {
      var list = system.querySelector('.deps ul');
      if (!list) { return; }
      sortChildren(list, function (el) { return el.querySelector('.name').textContent.toLowerCase(); });
      var deps = list.children.length;
      var failing = list.querySelectorAll('.s-down, .s-degraded').length;
      var noun = deps === 1 ? '1 dependency' : deps + ' dependencies';
      system.querySelector('.deps summary').textContent = failing ? noun + ', ' + failing + ' not operational' : noun;
      if (failing || /s-(down|degraded)/.test(system.className)) { system.querySelector('.deps').open = true; }
    });
    var systems = document.querySelector('[data-systems]');
    if (systems && scope === '') {
      sortChildren(systems, function (el) { return el.querySelector('h3').textContent.toLowerCase(); });
    }
  }

  function overall(data) {
    var maintenance = data.components.some(function (c) {
      return c.component.indexOf('/') < 0 && c.state === 'maintenance';
    });
    return data.overall_state === 'operational' && maintenance ? 'maintenance' : data.overall_state;
  }

  function apply(data) {
    var components = data.components.filter(function (c) { return inScope(c.component); });
    if (structureChanged(data, components)) {
      return reloadMain();
    }
    var sections = sectionsStale(data) ? refreshSections() : null;
    components.forEach(updateComponent);
    tidySystems();
    var state = overall(data);
    var banner = document.getElementById('banner');
    if (banner) {
      setState(banner, state);
      banner.className = 'banner s-' + state;
      banner.querySelector('[data-title]').textContent = BANNERS[state][0];
      banner.querySelector('[data-text]').textContent = BANNERS[state][1];
    }
    var crumb = document.querySelector('.crumbs .overall');
    if (crumb) {
      crumb.className = 'overall s-' + state;
      crumb.textContent = BANNERS[state][0];
    }
    Object.keys(data.snapshot || {}).forEach(function (name) {
      var dd = document.querySelector('[data-counter="' + CSS.escape(name) + '"]');
      if (dd) { dd.textContent = numbers.format(data.snapshot[name]); }
    });
    var generated = document.getElementById('generated');
    if (generated) {
      generated.setAttribute('datetime', data.generated_at);
      generated.textContent = utc(data.generated_at);
    }
    return sections;
  }

  // Systems or counters came or went: take the server's page (this page has no forms to lose).
  function reloadMain() {
    return fetch(location.pathname, { headers: { Accept: 'text/html' }, cache: 'no-cache' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('main');
        var main = document.getElementById('main');
        if (fresh && main) {
          main.replaceChildren.apply(main, Array.prototype.map.call(fresh.childNodes, function (n) {
            return document.importNode(n, true);
          }));
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
    running = fetch('/status.json', { cache: 'no-store', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) { throw new Error('status.json answered ' + response.status); }
        return response.json();
      })
      .then(apply)
      .catch(function () { /* keep showing what we have; the next round tries again */ })
      .then(function () { running = null; schedule(); });
    return running;
  }

  // The label of the uptime bar under the pointer or the keyboard focus, shown under its chart (the bar's title is
  // its accessible name; this is for sighted keyboard users, who get no tooltip).
  function showBar(event) {
    var bar = event.target;
    if (!bar.closest || !bar.closest('figure.uptime') || bar.tagName.toLowerCase() !== 'rect') { return; }
    var figure = bar.closest('figure.uptime');
    var label = figure.querySelector('.bar-label');
    if (!label) {
      label = document.createElement('p');
      label.className = 'bar-label';
      label.setAttribute('aria-hidden', 'true');
      figure.appendChild(label);
    }
    var title = bar.querySelector('title');
    label.textContent = title ? title.textContent : '';
  }
  document.addEventListener('focusin', showBar);
  document.addEventListener('mouseover', showBar);

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
  window.vigilStatus = { refresh: refresh, paused: function () { return timer === null && !running; } };
  schedule();
}());
