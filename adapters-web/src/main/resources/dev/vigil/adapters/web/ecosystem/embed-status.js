/*
 * Vigil status pill. Include it where the pill should appear:
 *   <script src="https://status.example.com/embed/status.js" async></script>
 * or name a container: <div id="vigil-status"></div> (or data-target="#other-id" on the script tag).
 * It reads /api/v2/status.json of the Vigil that served it (CORS is open there), draws a link to the status page,
 * and reads again every 60 s while the page is visible. It only sets text, never HTML.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) { return; }
  var origin = new URL(script.src).origin;
  var every = 60000;
  var colours = { none: "#1a7f37", minor: "#9a6700", major: "#bc4c00", critical: "#cf222e", maintenance: "#0969da" };

  var pill = document.createElement("a");
  pill.href = origin + "/status";
  pill.target = "_blank";
  pill.rel = "noopener";
  pill.setAttribute("data-vigil-status", "loading");
  var dot = document.createElement("span");
  var text = document.createElement("span");
  pill.appendChild(dot);
  pill.appendChild(text);
  var s = pill.style;
  s.display = "inline-flex"; s.alignItems = "center"; s.gap = "0.4em"; s.padding = "0.25em 0.75em";
  s.borderRadius = "999px"; s.border = "1px solid #d0d7de"; s.background = "#fff"; s.color = "#1f2328";
  s.font = "500 14px/1.4 system-ui, -apple-system, Segoe UI, sans-serif"; s.textDecoration = "none";
  dot.style.width = "0.6em"; dot.style.height = "0.6em"; dot.style.borderRadius = "50%"; dot.style.background = "#8c959f";
  text.textContent = "Loading status…";

  var target = script.getAttribute("data-target");
  var container = (target && document.querySelector(target)) || document.getElementById("vigil-status");
  if (container) { container.appendChild(pill); } else { script.parentNode.insertBefore(pill, script.nextSibling); }

  function draw(status) {
    var indicator = status && typeof status.indicator === "string" ? status.indicator : "unknown";
    var maintenance = indicator === "none" && status.description === "Service Under Maintenance";
    text.textContent = status && typeof status.description === "string" ? status.description : "Status unavailable";
    dot.style.background = colours[maintenance ? "maintenance" : indicator] || "#8c959f";
    pill.setAttribute("data-vigil-status", indicator);
  }

  function refresh() {
    if (document.hidden) { return; }
    fetch(origin + "/api/v2/status.json", { credentials: "omit", cache: "no-cache" })
      .then(function (r) { if (!r.ok) { throw new Error(String(r.status)); } return r.json(); })
      .then(function (doc) { draw(doc.status); })
      .catch(function () { draw(null); });
  }

  refresh();
  setInterval(refresh, every);
  document.addEventListener("visibilitychange", function () { if (!document.hidden) { refresh(); } });
})();
