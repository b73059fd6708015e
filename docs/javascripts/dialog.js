/* Dialogværktøjet: the meeting handout builder and print helpers.
 * The handout's choice lives in the page's address (query string) only: nothing is sent
 * to a server or stored in the browser. Without JavaScript the page still lists every
 * question, and the form's "Opdater linket" button puts the choice in the address. */
(function () {
  "use strict";

  /* Print the full address after each link in the article. */
  function markLinksForPrint() {
    document.querySelectorAll("article.md-content__inner a[href]").forEach(function (a) {
      if (a.classList.contains("headerlink") || a.closest(".dq-meta, .dq-actions, .md-content__button")) return;
      var href = a.getAttribute("href");
      if (!href || href.charAt(0) === "#") return;
      a.setAttribute("data-print-href", a.href);
    });
  }

  function handout(form) {
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"][name="q"]'));
    var fields = ["titel", "dato", "sted", "deltagere"];
    var count = form.querySelector(".dq-count");
    var header = document.createElement("div");
    header.className = "dq-print-only dq-meeting-header";
    form.parentNode.insertBefore(header, form);

    function restore() {
      var params = new URLSearchParams(window.location.search);
      var chosen = new Set();
      params.getAll("q").forEach(function (v) {
        v.split(",").forEach(function (id) { if (id) chosen.add(id); });
      });
      var themes = params.getAll("tema");
      boxes.forEach(function (box) {
        var theme = box.closest("[data-theme]").getAttribute("data-theme");
        box.checked = chosen.has(box.value) || themes.indexOf(theme) !== -1;
      });
      fields.forEach(function (name) {
        if (params.has(name)) form.elements[name].value = params.get(name);
      });
    }

    function text(label, value) {
      var p = document.createElement("p");
      var b = document.createElement("strong");
      b.textContent = label + ": ";
      p.appendChild(b);
      p.appendChild(document.createTextNode(value));
      return p;
    }

    function update() {
      var params = new URLSearchParams();
      fields.forEach(function (name) {
        var value = form.elements[name].value.trim();
        if (value) params.set(name, value);
      });
      var chosen = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      if (chosen.length) params.set("q", chosen.join(","));
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : ""));
      if (count) count.textContent = chosen.length + " " + form.getAttribute("data-count-label");

      header.textContent = "";
      var title = document.createElement("h2");
      title.textContent = form.elements.titel.value.trim() || document.title.split(" - ")[0];
      header.appendChild(title);
      [["dato", "label-dato"], ["sted", "label-sted"], ["deltagere", "label-deltagere"]].forEach(function (pair) {
        var value = form.elements[pair[0]].value.trim();
        if (value) header.appendChild(text(form.getAttribute("data-" + pair[1]), value));
      });
    }

    form.querySelectorAll(".dq-bulk").forEach(function (p) { p.hidden = false; });
    form.addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) return;
      if (button.hasAttribute("data-select")) {
        var on = button.getAttribute("data-select") === "all";
        var scope = button.closest("fieldset, section");
        scope.querySelectorAll('input[name="q"]').forEach(function (b) { b.checked = on; });
        update();
      } else if (button.getAttribute("data-action") === "print") {
        update();
        window.print();
      }
    });
    form.addEventListener("change", update);
    form.addEventListener("input", update);
    form.addEventListener("submit", function (event) { event.preventDefault(); update(); });
    restore();
    update();
  }

  function start() {
    markLinksForPrint();
    var form = document.getElementById("dq-handout");
    if (form) handout(form);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

/* The example catalogue's filters: theme, target group and kind of partner, kept in the URL. */
(function () {
  "use strict";
  function start() {
    var form = document.getElementById("dq-filter");
    if (!form) return;
    var cards = Array.prototype.slice.call(document.querySelectorAll(".dq-example-card"));
    var names = ["tema", "maalgruppe", "partner"];
    var status = form.querySelector(".dq-filter-status");
    var empty = form.querySelector(".dq-filter-empty");
    var params = new URLSearchParams(window.location.search);
    names.forEach(function (name) {
      var value = params.get(name);
      if (value && form.elements[name].querySelector('option[value="' + CSS.escape(value) + '"]')) {
        form.elements[name].value = value;
      }
    });
    function apply() {
      var query = new URLSearchParams();
      names.forEach(function (name) { if (form.elements[name].value) query.set(name, form.elements[name].value); });
      var shown = 0;
      cards.forEach(function (card) {
        var match = names.every(function (name) {
          var wanted = form.elements[name].value;
          return !wanted || card.getAttribute("data-" + name).split("|").indexOf(wanted) !== -1;
        });
        card.hidden = !match;
        tocEntries(card).forEach(function (item) { item.hidden = !match; });
        if (match) shown += 1;
      });
      status.textContent = form.getAttribute("data-showing").replace("{shown}", shown).replace("{total}", cards.length);
      empty.hidden = shown !== 0;
      var search = query.toString();
      window.history.replaceState(null, "", window.location.pathname + (search ? "?" + search : ""));
    }
    /* The table of contents (and its copy in the mobile menu) lists only the shown cards. */
    function tocEntries(card) {
      var heading = card.querySelector("h3[id]");
      if (!heading) return [];
      return Array.prototype.slice.call(document.querySelectorAll('.md-nav a[href^="#"]'))
        .filter(function (a) { return decodeURIComponent(a.hash.slice(1)) === heading.id; })
        .map(function (a) { return a.closest("li"); });
    }
    form.hidden = false;
    form.addEventListener("change", apply);
    form.addEventListener("click", function (event) {
      if (!event.target.closest('[data-action="reset"]')) return;
      names.forEach(function (name) { form.elements[name].value = ""; });
      apply();
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    apply();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
