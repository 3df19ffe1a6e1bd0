// Linked Data pages: on a document page, the span named in the URL (#span-START-END) is shown
// whole, not only where it starts (a span is cut into several pieces where others overlap it).
(function () {
  "use strict";
  function showTarget() {
    document.querySelectorAll(".mention.target").forEach(function (el) { el.classList.remove("target"); });
    var id = window.location.hash.slice(1);
    if (id.indexOf("span-") !== 0) return;
    document.querySelectorAll(".mention[data-spans]").forEach(function (el) {
      if (el.dataset.spans.split(" ").indexOf(id) >= 0) el.classList.add("target");
    });
  }
  window.addEventListener("hashchange", showTarget);
  showTarget();
})();
