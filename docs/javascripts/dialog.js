/* Dialogværktøjet: print helpers. The meeting handout's builder is handout-*.js. */
(function () {
  "use strict";

  /* Print the full address after each link in the article. */
  function markLinksForPrint() {
    document.querySelectorAll("article.md-content__inner a[href]").forEach(function (a) {
      if (a.classList.contains("headerlink") || a.closest(".dq-meta, .dq-links, .dq-actions, .md-content__button")) return;
      var href = a.getAttribute("href");
      if (!href || href.charAt(0) === "#") return;
      a.setAttribute("data-print-href", a.href);
    });
  }

  function start() {
    markLinksForPrint();
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
      /* A table of contents with nothing left in it goes, heading and all. */
      document.querySelectorAll(".md-nav--secondary").forEach(function (nav) {
        nav.hidden = !nav.querySelector(".md-nav__item:not([hidden])");
      });
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

/* Material's "Tilbage til start" floats over the top of the content while the reader scrolls
   up; while a form in the page (the examples' filter) is on screen it stays away, so it never
   covers a control (examples.css hides it under .dq-form-in-view). */
(function () {
  "use strict";
  function start() {
    var forms = document.querySelectorAll("article form");
    if (!forms.length || !("IntersectionObserver" in window)) return;
    var seen = new Set();
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) seen.add(entry.target);
        else seen.delete(entry.target);
      });
      document.body.classList.toggle("dq-form-in-view", seen.size > 0);
    });
    forms.forEach(function (form) { observer.observe(form); });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();

/* The page for a missing address (overrides/404.html) holds both languages: the reader's
   (English under /en/) is shown, the other hidden; its search button opens the search. */
(function () {
  "use strict";
  function start() {
    var page = document.querySelector("[data-dq-not-found]");
    if (page) {
      var config = JSON.parse(document.getElementById("__config").textContent);
      var root = new URL(config.base.replace(/\/?$/, "/"), location.href).pathname;
      var lang = location.pathname.indexOf(root + "en/") === 0 ? "en" : "da";
      page.querySelectorAll("[data-lang]").forEach(function (section) {
        section.hidden = section.getAttribute("data-lang") !== lang;
      });
    }
    document.querySelectorAll("[data-dq-search-open]").forEach(function (button) {
      var input = document.querySelector(".dq-search__input");
      if (!input) return;
      button.hidden = false;
      button.addEventListener("click", function () { input.focus(); });
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
