/* Dialogværktøjet: "Vis spørgsmål til: alle · kommunen · boligorganisationen".
 *
 * Hides the questions meant mainly for the other party (data-who); questions for both are
 * always shown. On the theme pages the choice is kept in the address as ?vis=…, so the
 * heading anchors (#question-id) keep working; the meeting handout keeps it in its fragment
 * and calls DQAudience.apply itself.
 */
(function () {
  "use strict";

  var VALUES = ["", "kommune", "boligorganisation"];

  /* Show the items under `root` for `value` ("" = everyone), and their entries in the
   * page's table of contents; returns [shown, total]. */
  function apply(root, value, selector) {
    var items = root.querySelectorAll(selector);
    var shown = 0;
    items.forEach(function (item) {
      var who = item.getAttribute("data-who");
      var visible = !value || who === value || who === "begge";
      item.hidden = !visible;
      if (visible) shown += 1;
      var heading = item.querySelector("[id]");
      if (!heading) return;
      document.querySelectorAll('.md-nav--secondary a[href="#' + CSS.escape(heading.id) + '"]').forEach(function (link) {
        link.closest("li").hidden = !visible;
      });
    });
    return [shown, items.length];
  }

  /* Wire a picker (a <div>: on /moedeark/ it sits inside the handout's form): returns a
   * function that sets the picker to a value. */
  function bind(form, onChange) {
    var status = form.querySelector(".dq-audience-status");
    form.hidden = false;
    function report(counts) {
      status.textContent = form.querySelector('input[name="vis"]:checked').value
        ? status.getAttribute("data-template").replace("{shown}", counts[0]).replace("{total}", counts[1])
        : "";
    }
    form.addEventListener("change", function () {
      report(onChange(form.querySelector('input[name="vis"]:checked').value));
    });
    return function set(value) {
      if (VALUES.indexOf(value) === -1) value = "";
      form.querySelector('input[name="vis"][value="' + value + '"]').checked = true;
      report(onChange(value));
    };
  }

  function start() {
    var form = document.getElementById("dq-theme-audience");
    if (!form) return;
    var article = form.closest("article") || document;
    var set = bind(form, function (value) {
      var url = new URL(window.location.href);
      if (value) url.searchParams.set("vis", value); else url.searchParams.delete("vis");
      window.history.replaceState(null, "", url.pathname + url.search + url.hash);
      return apply(article, value, ".dq-question[data-who]");
    });
    set(new URLSearchParams(window.location.search).get("vis") || "");
  }

  window.DQAudience = { apply: apply, bind: bind };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
