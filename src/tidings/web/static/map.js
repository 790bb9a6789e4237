// Zoom and pan for the map (an SVG drawn by the server): the mouse wheel zooms at the pointer,
// dragging pans, the buttons zoom; with the map focused, arrow keys pan, + and - zoom, 0 resets.
// Markers keep about their size on screen. Without this script the map is a still picture.
(function () {
  "use strict";
  var svg = document.querySelector("#map svg[data-width]");
  if (!svg) { return; }
  var W = Number(svg.dataset.width);
  var H = Number(svg.dataset.height);
  var view = { x: 0, y: 0, w: W, h: H };
  var MIN_W = W / 64;
  var points = Array.prototype.slice.call(svg.querySelectorAll("circle.point"));

  function apply() {
    view.w = Math.max(MIN_W, Math.min(W, view.w));
    view.h = view.w * H / W;
    view.x = Math.max(0, Math.min(W - view.w, view.x));
    view.y = Math.max(0, Math.min(H - view.h, view.y));
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].map(function (v) { return v.toFixed(2); }).join(" "));
    var k = W / view.w;
    svg.dataset.zoom = k.toFixed(3);
    points.forEach(function (c) { c.setAttribute("r", (Number(c.dataset.r) / Math.pow(k, 0.8)).toFixed(2)); });
  }
  function zoom(factor, cx, cy) {
    var w = Math.max(MIN_W, Math.min(W, view.w / factor));
    var s = w / view.w;
    view.x = cx - (cx - view.x) * s;
    view.y = cy - (cy - view.y) * s;
    view.w = w;
    apply();
  }
  function centre() { return [view.x + view.w / 2, view.y + view.h / 2]; }
  function toSvg(evt) {
    var pt = svg.createSVGPoint();
    pt.x = evt.clientX;
    pt.y = evt.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  }

  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    var p = toSvg(evt);
    zoom(evt.deltaY < 0 ? 1.25 : 0.8, p.x, p.y);
  }, { passive: false });

  var drag = null;
  var moved = false;
  svg.addEventListener("pointerdown", function (evt) {
    if (evt.button !== 0) { return; }
    drag = { x: evt.clientX, y: evt.clientY, vx: view.x, vy: view.y, id: evt.pointerId };
    moved = false;
  });
  svg.addEventListener("pointermove", function (evt) {
    if (!drag) { return; }
    var dx = evt.clientX - drag.x;
    var dy = evt.clientY - drag.y;
    if (!moved && Math.abs(dx) + Math.abs(dy) < 4) { return; }
    if (!moved) { svg.setPointerCapture(drag.id); svg.classList.add("panning"); }
    moved = true;
    var scale = view.w / svg.getBoundingClientRect().width;
    view.x = drag.vx - dx * scale;
    view.y = drag.vy - dy * scale;
    apply();
  });
  function stop() { drag = null; svg.classList.remove("panning"); }
  svg.addEventListener("pointerup", stop);
  svg.addEventListener("pointercancel", stop);
  svg.addEventListener("click", function (evt) {
    if (moved) { evt.preventDefault(); moved = false; }  // the end of a pan is not a click on a marker
  }, true);

  svg.setAttribute("tabindex", "0");
  svg.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight ArrowUp ArrowDown + - 0");
  svg.addEventListener("keydown", function (evt) {
    if (evt.target !== svg) { return; }
    var c = centre();
    var step = view.w / 10;
    switch (evt.key) {
      case "ArrowLeft": view.x -= step; apply(); break;
      case "ArrowRight": view.x += step; apply(); break;
      case "ArrowUp": view.y -= step; apply(); break;
      case "ArrowDown": view.y += step; apply(); break;
      case "+": case "=": zoom(1.5, c[0], c[1]); break;
      case "-": case "_": zoom(1 / 1.5, c[0], c[1]); break;
      case "0": view = { x: 0, y: 0, w: W, h: H }; apply(); break;
      default: return;
    }
    evt.preventDefault();
  });

  var tools = document.querySelector(".map-tools");
  if (tools) {
    tools.hidden = false;
    tools.addEventListener("click", function (evt) {
      var what = evt.target.closest("button") && evt.target.closest("button").dataset.zoom;
      var c = centre();
      if (what === "in") { zoom(1.5, c[0], c[1]); }
      else if (what === "out") { zoom(1 / 1.5, c[0], c[1]); }
      else if (what === "reset") { view = { x: 0, y: 0, w: W, h: H }; apply(); }
    });
  }
}());
