// tidings: small enhancements over server-rendered pages; every page works without this file.
// - keyboard: "/" focuses the search box, j/k move between table rows, Enter opens the row's first link,
//   n/p follow the pager's next/previous links (never while typing in a field);
// - filter forms drop their empty fields on submit, so the URL keeps only the filters in use;
// - a sort header link announces the sort it will apply.
(function () {
  "use strict";

  function typing(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT" || el.isContentEditable;
  }

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("main table tbody tr")).filter(function (tr) {
      return tr.querySelector("a[href]");
    });
  }

  var current = -1;

  function select(index) {
    var all = rows();
    if (!all.length) return;
    index = Math.max(0, Math.min(all.length - 1, index));
    if (current >= 0 && all[current]) all[current].classList.remove("current");
    current = index;
    var row = all[current];
    row.classList.add("current");
    var link = row.querySelector("a[href]");
    if (link) link.focus();
  }

  function follow(rel) {
    var link = document.querySelector('nav.pager a[rel="' + rel + '"]');
    if (link) window.location.href = link.href;
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.altKey || ev.ctrlKey || ev.metaKey || typing(ev.target)) return;
    if (ev.key === "/") {
      var box = document.getElementById("site-search");
      if (box) { ev.preventDefault(); box.focus(); box.select(); }
    } else if (ev.key === "j") {
      select(current + 1);
    } else if (ev.key === "k") {
      select(current < 0 ? 0 : current - 1);
    } else if (ev.key === "n") {
      follow("next");
    } else if (ev.key === "p") {
      follow("prev");
    }
  });

  // Keep the row marked when a link inside it gets focus some other way (Tab).
  document.addEventListener("focusin", function (ev) {
    var tr = ev.target.closest ? ev.target.closest("main table tbody tr") : null;
    if (!tr) return;
    var index = rows().indexOf(tr);
    if (index >= 0 && index !== current) {
      var all = rows();
      if (current >= 0 && all[current]) all[current].classList.remove("current");
      current = index;
      tr.classList.add("current");
    }
  });

  // Filter forms: leave empty fields out of the URL.
  Array.prototype.forEach.call(document.querySelectorAll("form.filters"), function (form) {
    form.addEventListener("submit", function () {
      Array.prototype.forEach.call(form.elements, function (el) {
        if (el.name && el.value === "" && !el.disabled) el.disabled = true;
      });
      window.setTimeout(function () {
        Array.prototype.forEach.call(form.elements, function (el) { el.disabled = false; });
      }, 0);
    });
  });

  // Sort headers: say what a click does.
  Array.prototype.forEach.call(document.querySelectorAll("th a[data-sort]"), function (a) {
    var th = a.parentNode;
    var sort = th.getAttribute("aria-sort");
    a.title = "Sort by " + a.textContent.trim() + (sort === "ascending" ? ", descending" : ", ascending");
  });
})();
