// Progressive enhancement only: every page works without this file. No inline scripts (CSP).
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // htmx requests carry the CSRF token from the layout's meta tag, like forms carry their hidden field.
  document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) {
      event.detail.headers["X-CSRF-Token"] = meta.content;
    }
  });

  // "Select all" boxes in each phase table; hidden without JavaScript, where they could not work.
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".pick-all").forEach(function (all) {
      all.hidden = false;
      all.addEventListener("change", function () {
        var table = all.closest("table");
        table.querySelectorAll('tbody input[name="ids"]').forEach(function (box) {
          box.checked = all.checked;
        });
      });
    });
  });
})();
