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

  // Calm checklist rows: a value is text (a button) until clicked, then its control opens and takes focus; Escape or
  // leaving the control shows the text again. Without this file the CSS shows the controls and hides the buttons.
  function openControl(button) {
    var control = document.getElementById(button.dataset.opens);
    if (!control) {
      return;
    }
    button.setAttribute("aria-expanded", "true");
    control.classList.add("open");
    control.focus();
  }
  function closeControl(control, refocus) {
    var button = control.form && control.form.querySelector('.value[data-opens="' + control.id + '"]');
    control.classList.remove("open");
    if (button) {
      button.setAttribute("aria-expanded", "false");
      if (refocus) {
        button.focus();
      }
    }
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("form.quick-form .value[data-opens]");
    if (button) {
      event.preventDefault();
      openControl(button);
    }
  });
  document.addEventListener("keydown", function (event) {
    var field = rowField(event.target);
    if (field && event.key === "Escape" && field.classList.contains("open")) {
      // Escape abandons what was not saved yet: the control goes back to the row's value, then closes.
      event.preventDefault();
      delete field.dataset.pending;
      if (field.tagName === "SELECT") {
        Array.prototype.forEach.call(field.options, function (option) { option.selected = option.defaultSelected; });
      } else {
        field.value = field.defaultValue;
      }
      closeControl(field, true);
    }
  });
  document.addEventListener("focusout", function (event) {
    var field = rowField(event.target);
    // A save in flight swaps the row; the swap handlers below keep the control open and focused then.
    if (field && field.classList.contains("open") && !field.form.classList.contains("htmx-request")) {
      closeControl(field, false);
    }
  });
  // An in-place save replaces the row: the control that had focus stays open and focused in the new row. This runs
  // after settling, since htmx gives elements with the same id their old attributes until then.
  var reopen = null;
  document.addEventListener("htmx:beforeSwap", function (event) {
    var row = event.detail.target;
    var active = document.activeElement;
    var focused = active && row.contains(active) && active.classList.contains("ctl") && active.id;
    reopen = focused ? {ids: [focused], focus: focused} : null;
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!reopen) {
      return;
    }
    var state = reopen;
    reopen = null;
    state.ids.forEach(function (id) {
      var control = document.getElementById(id);
      var button = control && control.form && control.form.querySelector('.value[data-opens="' + id + '"]');
      if (control) {
        control.classList.add("open");
        if (button) {
          button.setAttribute("aria-expanded", "true");
        }
      }
    });
    var focus = state.focus && document.getElementById(state.focus);
    if (focus && document.activeElement !== focus) {
      focus.focus();
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
