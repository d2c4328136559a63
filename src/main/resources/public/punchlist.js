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

  // A checklist row saves on a committed change: a click in the status list, or, from the keyboard, Enter or
  // leaving the field; arrowing through the statuses saves nothing until then. The form listens for "commit".
  var browsing = ["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End", "PageUp", "PageDown"];
  var lastKey = null;
  function commit(field) {
    delete field.dataset.pending;
    field.form.dispatchEvent(new Event("commit", {bubbles: true}));
  }
  function rowField(target) {
    return target && target.form && target.form.matches("form.quick-form") ? target : null;
  }
  document.addEventListener("keydown", function (event) {
    var field = rowField(event.target);
    lastKey = field ? event.key : null;
    if (field && event.key === "Enter" && field.dataset.pending) {
      event.preventDefault();
      commit(field);
    }
  }, true);
  document.addEventListener("change", function (event) {
    var field = rowField(event.target);
    if (!field) {
      return;
    }
    if (field.tagName === "SELECT" && browsing.indexOf(lastKey) >= 0) {
      field.dataset.pending = "1";
    } else {
      commit(field);
    }
  }, true);
  document.addEventListener("focusout", function (event) {
    var field = rowField(event.target);
    if (field && field.dataset.pending) {
      commit(field);
    }
  }, true);

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
