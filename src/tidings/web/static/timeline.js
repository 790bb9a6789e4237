// The story timeline's time-window brush. Drag across the plot to choose days; the page
// reloads with ?from=&to= (the same parameters the form beside it sets without script).
// Keyboard, with the timeline focused: left/right arrows move the window by a quarter,
// "+" narrows it to the middle half, "-" widens it to twice its length.
(function () {
  "use strict";
  var svg = document.querySelector("#timeline svg.story-timeline[data-start]");
  if (!svg) { return; }
  var NS = "http://www.w3.org/2000/svg";
  var DAY = 86400000;
  var left = Number(svg.dataset.left);
  var plot = Number(svg.dataset.plot);
  var days = Number(svg.dataset.days);
  var start = Date.parse(svg.dataset.start + "T00:00:00Z");
  var fromInput = document.getElementById("win-from");
  var toInput = document.getElementById("win-to");
  var height = svg.viewBox.baseVal.height;

  function iso(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function svgX(evt) {
    var pt = svg.createSVGPoint();
    pt.x = evt.clientX;
    pt.y = evt.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse()).x;
  }
  function clamp(x) { return Math.max(left, Math.min(left + plot, x)); }
  function dayIndex(x) { return Math.max(0, Math.min(days - 1, Math.floor((clamp(x) - left) / plot * days))); }
  function go(fromMs, toMs) {
    var url = new URL(window.location.href);
    url.searchParams.set("from", iso(fromMs));
    url.searchParams.set("to", iso(toMs));
    window.location.assign(url.toString());
  }

  var brush = document.createElementNS(NS, "rect");
  brush.setAttribute("class", "brush");
  brush.setAttribute("y", "0");
  brush.setAttribute("height", String(height));
  brush.setAttribute("width", "0");
  brush.style.display = "none";
  svg.appendChild(brush);
  var x0 = null;

  function draw(a, b) {
    var lo = clamp(Math.min(a, b));
    var hi = clamp(Math.max(a, b));
    brush.setAttribute("x", String(lo));
    brush.setAttribute("width", String(hi - lo));
    brush.style.display = "";
    if (fromInput && toInput) {
      fromInput.value = iso(start + dayIndex(lo) * DAY);
      toInput.value = iso(start + dayIndex(hi - 0.001) * DAY);
    }
  }

  svg.addEventListener("pointerdown", function (evt) {
    var x = svgX(evt);
    if (evt.button !== 0 || x < left || x > left + plot || evt.target.closest("a")) { return; }
    x0 = x;
    svg.setPointerCapture(evt.pointerId);
    draw(x0, x0);
    evt.preventDefault();
  });
  svg.addEventListener("pointermove", function (evt) {
    if (x0 !== null) { draw(x0, svgX(evt)); }
  });
  svg.addEventListener("pointerup", function (evt) {
    if (x0 === null) { return; }
    var x1 = svgX(evt);
    var a = Math.min(x0, x1);
    var b = Math.max(x0, x1);
    x0 = null;
    if (b - a < 4) { brush.style.display = "none"; return; }
    go(start + dayIndex(a) * DAY, start + dayIndex(b - 0.001) * DAY);
  });
  svg.addEventListener("pointercancel", function () { x0 = null; brush.style.display = "none"; });

  svg.setAttribute("tabindex", "0");
  svg.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight + -");
  svg.addEventListener("keydown", function (evt) {
    if (evt.target !== svg) { return; }  // keys on a row's link are the link's
    var end = start + (days - 1) * DAY;
    var quarter = Math.max(1, Math.round(days / 4)) * DAY;
    if (evt.key === "ArrowLeft") { go(start - quarter, end - quarter); }
    else if (evt.key === "ArrowRight") { go(start + quarter, end + quarter); }
    else if (evt.key === "+" || evt.key === "=") {
      if (days > 1) { go(start + Math.floor(days / 4) * DAY, end - Math.floor(days / 4) * DAY); }
    }
    else if (evt.key === "-") {
      var half = Math.max(1, Math.round(days / 2)) * DAY;
      go(start - half, end + half);
    }
    else { return; }
    evt.preventDefault();
  });
}());
