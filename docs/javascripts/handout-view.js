/* Dialogværktøjet, meeting handout: the builder on /moedeark/.
 *
 * Keeps the form, the agenda and the print-out in step with one state object, and writes
 * that state to the fragment (and the language switcher's links) after every change
 * (handout-state.js encodes it). Templates (with undo), reordering, minutes, own questions,
 * the audience view, the copy buttons and printing without names in the address live here;
 * notices go through handout-notices.js. The page lists every question without JavaScript,
 * and prints the ticked ones.
 */
(function () {
  "use strict";

  var S = window.DQHandout.state;
  var P = window.DQHandout.print;

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function builder(form, data) {
    var L = data.labels;
    var lang = data.lang;
    var state = S.emptyState();
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[type="checkbox"][name="q"]'));
    var agenda = form.querySelector(".dq-agenda");
    var list = form.querySelector(".dq-agenda-list");
    var emptyNote = form.querySelector(".dq-agenda-empty");
    var totalNote = form.querySelector(".dq-total");
    var count = form.querySelector(".dq-count");
    var notes = window.DQHandout.notices(form.querySelector(".dq-status"), form.querySelector(".dq-notice"), L.kit_undo);
    var languages = Array.prototype.map.call(document.querySelectorAll("a.md-select__link[hreflang]"), function (link) {
      return { link: link, base: link.getAttribute("href").split("#")[0] };
    });
    var header = document.querySelector(".dq-print-header .dq-print-updated");
    var pageDate = header ? header.textContent : "";
    var printout = document.getElementById("dq-printout");
    var own = form.querySelector("#dq-eget");
    var picker = form.querySelector(".dq-date-picker");
    var setAudience = null;
    var lastWritten = null;
    /* The meeting from meeting to meeting (meeting/app.mjs): short links, the record and
     * its views. Without it (a browser without ES modules) the builder works as before. */
    var cycle = window.DQHandout.cycle || null;
    var writes = 0;

    /* ---- state -> page ---- */

    function writeFields(keepTyped) {
      form.elements.titel.value = state.titel;
      if (!keepTyped) {  // a date or time being corrected stays in its field
        form.elements.dato.value = S.fieldDate(state.dato, lang);
        form.elements.tid.value = state.tid;
        checkTyped("dato", false);
        checkTyped("tid", false);
      }
      form.elements.sted.value = state.sted;
      form.elements.deltagere.value = state.deltagere;
      form.elements.laengde.value = state.laengde ? String(state.laengde) : "";
    }

    function syncBoxes() {
      var chosen = {};
      state.items.forEach(function (item) { if (item.id) chosen[item.id] = true; });
      boxes.forEach(function (box) { box.checked = !!chosen[box.value]; });
    }

    function itemLabel(item) {
      return item.own !== undefined ? item.own : data.questions[item.id].text;
    }

    function renderAgenda() {
      list.textContent = "";
      emptyNote.hidden = state.items.length > 0;
      state.items.forEach(function (item, i) {
        var li = list.appendChild(el("li", "dq-agenda-item"));
        var label = el("span", "dq-agenda-text", itemLabel(item));
        if (item.own !== undefined) {
          label.appendChild(document.createTextNode(" "));
          label.appendChild(el("span", "dq-own-tag", "(" + L.kit_own + ")"));
        }
        li.appendChild(label);
        var controls = li.appendChild(el("span", "dq-agenda-controls"));
        var minutesId = "dq-min-" + i;
        var minutesLabel = controls.appendChild(el("label", "dq-minutes-label"));
        minutesLabel.htmlFor = minutesId;
        minutesLabel.appendChild(document.createTextNode(L.kit_minutes));
        minutesLabel.appendChild(el("span", "md-visually-hidden", ", " + fill(L.kit_item, { n: i + 1 })));
        var minutes = controls.appendChild(el("input", "dq-minutes"));
        minutes.type = "number";
        minutes.id = minutesId;
        minutes.min = "1";
        minutes.max = "120";
        minutes.value = String(item.minutes);
        minutes.setAttribute("data-index", String(i));
        [["up", L.kit_up, i === 0], ["down", L.kit_down, i === state.items.length - 1], ["remove", L.kit_remove, false]].forEach(function (spec) {
          var button = controls.appendChild(el("button", "md-button dq-agenda-" + spec[0]));
          button.type = "button";
          button.setAttribute("data-move", spec[0]);
          button.setAttribute("data-index", String(i));
          button.appendChild(document.createTextNode(spec[1]));
          button.appendChild(el("span", "md-visually-hidden", ", " + fill(L.kit_item, { n: i + 1 })));
          if (spec[2]) button.setAttribute("aria-disabled", "true");
        });
      });
    }

    function refresh() {
      var n = state.items.length;
      count.textContent = n === 1 ? L.kit_count_one : fill(L.kit_count_many, { n: n });
      var sum = S.total(state);
      var line = state.laengde ? fill(L.kit_total_of, { total: sum, length: state.laengde }) : fill(L.kit_total, { total: sum });
      if (state.laengde && sum > state.laengde) line += " – " + fill(L.kit_over, { over: sum - state.laengde });
      totalNote.textContent = n ? line : "";
      totalNote.classList.toggle("dq-over", !!state.laengde && sum > state.laengde);
      var fragment = S.encode(state, data);
      P.render(printout, state, data, cycle ? cycle.printed(state) : null);
      form.classList.toggle("dq-has-meeting", n > 0);
      if (header) header.textContent = n ? P.headerLine(state, data) : pageDate;
      // Whatever was confirmed is about the meeting as it was; problems whose cause has gone go.
      notes.clearStatus();
      if (n) notes.problem("nothing", "");
      notes.problem("copy", "");
      if (!atLimit()) notes.problem("limit", "");
      if (!cycle) { written(fragment, true); return Promise.resolve(); }
      var mine = writes += 1;
      cycle.changed(state);
      // The address is right at once; the short (packed) form follows when it is ready.
      var whole = cycle.plain(fragment);
      written(whole, false);
      return cycle.pack(whole).then(function (packed) { if (mine === writes) written(packed, true); });
    }

    /* The meeting's fragment into the address and the language switcher's links (the other
     * language's page opens the same meeting). */
    function written(fragment, final) {
      lastWritten = fragment;
      window.history.replaceState(null, "", window.location.pathname + (fragment ? "#" + fragment : ""));
      languages.forEach(function (lang) { lang.link.href = lang.base + (fragment ? "#" + fragment : ""); });
      if (cycle && final) cycle.written(window.location.href);  // its length is the one to judge
    }

    function atLimit() {
      var ownCount = state.items.filter(function (item) { return item.own !== undefined; }).length;
      return ownCount >= data.limits.own || state.items.length >= data.limits.items;
    }

    /* An impossible date or time never enters the state (and the link); the field keeps what
     * was typed, marked invalid, with an alert that goes once it is right. `shout` is false
     * while typing: the alert then only goes, it is not raised halfway through a date. */
    function checkTyped(name, shout) {
      var field = form.elements[name];
      var typed = field.value.trim();
      var invalid = S.fieldValues(name === "dato" ? { dato: typed } : { tid: typed }).invalid[name];
      if (!invalid) {
        field.removeAttribute("aria-invalid");
        notes.problem(name, "");
      } else if (shout) {
        field.setAttribute("aria-invalid", "true");
        notes.problem(name, fill(L["kit_bad_" + name], { value: typed }));
      }
    }

    /* ---- page -> state ---- */

    function readFields() {
      state.titel = form.elements.titel.value;
      var typed = S.fieldValues({ dato: form.elements.dato.value, tid: form.elements.tid.value });
      state.dato = typed.dato;
      state.tid = typed.tid;
      state.sted = form.elements.sted.value;
      state.deltagere = form.elements.deltagere.value;
      var length = parseInt(form.elements.laengde.value, 10);
      state.laengde = isFinite(length) && length > 0 ? Math.min(length, 480) : 0;
    }

    /* Replace the meeting with the one in `fragment`, and say what of it could not be used. */
    function load(fragment, keepDetails) {
      if (!cycle) { show(fragment, keepDetails, []); return Promise.resolve(); }
      if (!cycle.isPacked(fragment)) {
        var plain = cycle.readPlain(fragment, keepDetails);
        show(plain.params, keepDetails, plain.messages);
        return Promise.resolve();
      }
      // A short link is unpacked first (meeting/link.mjs); the record stays with the cycle.
      return cycle.read(fragment, keepDetails).then(function (read) { show(read.params, keepDetails, read.messages); });
    }

    function show(fragment, keepDetails, extra) {
      var result = S.decode(fragment, data);
      if (keepDetails) {  // a template replaces the agenda, not the date, place or people
        ["dato", "tid", "sted", "deltagere", "vis"].forEach(function (name) { result.state[name] = state[name]; });
      }
      state = result.state;
      var messages = [];
      var missing = result.missing;
      if (missing.length) {
        messages.push(fill(missing.length === 1 ? L.kit_missing_one : L.kit_missing_many, { n: missing.length, ids: missing.join(", ") }));
      }
      if (result.dropped.length) messages.push(fill(L.kit_dropped, { parts: result.dropped.join(", ") }));
      if (result.capped) messages.push(L.kit_capped);
      notes.problem("link", messages.concat(extra).join(" "));
      writeFields(keepDetails);
      syncBoxes();
      if (setAudience) setAudience(state.vis);
      renderAgenda();
      refresh();
    }

    /* Load another meeting over this one (a template, a link); whatever was planned can be
     * had back with one click. */
    function replace(fragment, keepDetails, message) {
      var plain = S.encode(state, data);
      // The record (minutes, answers) goes back too, unless only the agenda is replaced.
      var before = S.isEmpty(state, data) ? null : cycle && !keepDetails ? cycle.withRecord(plain) : plain;
      return load(fragment, keepDetails).then(function () {
        var undo = before === null || plain === S.encode(state, data) ? null : function () {
          load(before, keepDetails).then(function () { notes.confirm(L.kit_undone); });
          form.elements.titel.focus();
        };
        notes.confirm(message, undo);
      });
    }

    function toggle(id, on) {
      var at = -1;
      state.items.forEach(function (item, i) { if (item.id === id) at = i; });
      if (on && at === -1) state.items.push({ id: id, minutes: data.questions[id].minutes });
      if (!on && at !== -1) state.items.splice(at, 1);
    }

    function move(index, how) {
      var target = how === "up" ? index - 1 : index + 1;
      if (how === "remove") {
        state.items.splice(index, 1);
        syncBoxes();
        renderAgenda();
        refresh();
        var next = list.querySelectorAll(".dq-agenda-remove")[Math.min(index, state.items.length - 1)];
        (next || own).focus();
        return;
      }
      if (target < 0 || target >= state.items.length) return;
      var item = state.items.splice(index, 1)[0];
      state.items.splice(target, 0, item);
      renderAgenda();
      refresh();
      var buttons = list.querySelectorAll(".dq-agenda-" + how);
      var button = buttons[target];
      if (button.getAttribute("aria-disabled") === "true") {
        button = list.querySelectorAll(".dq-agenda-" + (how === "up" ? "down" : "up"))[target];
      }
      button.focus();
    }

    function addOwn() {
      var value = own.value.trim().slice(0, data.limits.own_length);
      if (!value) { own.focus(); return; }
      if (atLimit()) { notes.problem("limit", L.kit_limit); return; }
      state.items.push({ own: value, minutes: 10 });
      own.value = "";
      renderAgenda();
      refresh();
      own.focus();
    }

    /* The text field shows the date the Danish way whatever the browser's language; the
     * browser's own calendar is offered beside it, through a hidden date field. */
    function pickDate() {
      picker.value = S.parseDate(state.dato) || "";
      try {
        picker.showPicker();
      } catch (e) {
        form.elements.dato.focus();
      }
    }

    picker.addEventListener("change", function () {
      if (!picker.value) return;
      state.dato = picker.value;
      form.elements.dato.value = S.fieldDate(picker.value, lang);
      checkTyped("dato", true);
      refresh();
      form.elements.dato.focus();
    });

    function copy(value, done) {
      function fallback() {
        var area = el("textarea");
        area.value = value;
        area.setAttribute("readonly", "");
        area.style.position = "fixed";
        area.style.opacity = "0";
        document.body.appendChild(area);
        area.select();
        var ok = false;
        try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
        document.body.removeChild(area);
        if (ok) notes.confirm(done);
        else notes.problem("copy", L.kit_copy_failed);
        if (ok && cycle) cycle.copied();
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(value).then(function () {
          notes.problem("copy", "");
          notes.confirm(done);
          if (cycle) cycle.copied();
        }, fallback);
      } else {
        fallback();
      }
    }

    /* ---- events ---- */

    form.addEventListener("click", function (event) {
      var button = event.target.closest("button, a.dq-template");
      if (!button) return;
      if (button.matches("a.dq-template")) {
        event.preventDefault();
        replace(button.getAttribute("href"), true,
          fill(L.kit_template_used, { title: data.templates[button.getAttribute("data-template")].title }));
        form.elements.titel.focus();
        return;
      }
      if (button.hasAttribute("data-select")) {
        var on = button.getAttribute("data-select") === "all";
        button.closest("fieldset, section").querySelectorAll('input[name="q"]').forEach(function (box) {
          if (box.closest("[hidden]")) return;  // the audience view hides it
          toggle(box.value, on);
        });
        syncBoxes();
        renderAgenda();
        refresh();
        return;
      }
      if (button.hasAttribute("data-move")) {
        if (button.getAttribute("aria-disabled") === "true") return;
        move(parseInt(button.getAttribute("data-index"), 10), button.getAttribute("data-move"));
        return;
      }
      var action = button.getAttribute("data-action");
      if (action === "pick-date") pickDate();
      else if (action === "add-own") addOwn();
      else if (action === "copy-link") refresh().then(function () { copy(window.location.href, L.kit_copied_link); });
      else if (action === "copy-text") {
        refresh().then(function () {
          copy(P.asText(state, data, window.location.href, cycle ? cycle.printed(state) : null), L.kit_copied_text);
        });
      }
      else if (action === "print") {
        if (!state.items.length) { notes.problem("nothing", L.kit_nothing); return; }
        refresh();
        printWithoutNames();
      }
    });

    form.addEventListener("change", function (event) {
      var target = event.target;
      if (target.name === "q") {
        toggle(target.value, target.checked);
        renderAgenda();
        refresh();
      } else if (target.classList.contains("dq-minutes")) {
        var i = parseInt(target.getAttribute("data-index"), 10);
        state.items[i].minutes = S.clampMinutes(target.value, state.items[i].minutes);
        target.value = String(state.items[i].minutes);
        refresh();
      } else if (target.name === "dato" || target.name === "tid") {
        readFields();
        checkTyped(target.name, true);
        if (target.name === "dato" && state.dato) target.value = S.fieldDate(state.dato, lang);
        refresh();
      }
    });

    form.addEventListener("input", function (event) {
      var target = event.target;
      if (target.classList.contains("dq-minutes")) {
        var i = parseInt(target.getAttribute("data-index"), 10);
        var n = parseInt(target.value, 10);
        if (isFinite(n) && n >= 1 && n <= 120) { state.items[i].minutes = n; refresh(); }
      } else if (target.closest(".dq-meeting")) {
        readFields();
        if (target.name === "dato" || target.name === "tid") checkTyped(target.name, false);
        refresh();
      }
    });

    own.addEventListener("keydown", function (event) {
      if (event.key === "Enter") { event.preventDefault(); addOwn(); }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });

    /* A link to an anchor on the page (the skip link, a permalink) is no meeting: only a
     * fragment with fields (name=value) replaces the meeting. */
    window.addEventListener("hashchange", function () {
      var fragment = window.location.hash.replace(/^#/, "");
      if (fragment !== lastWritten && fragment.indexOf("=") !== -1) replace(fragment, false, L.kit_link_used);
    });

    /* The browser may print the address in its own header or footer: while printing, the
     * address holds no meeting (no names); afterwards it is whole again. Chromium reads the
     * address before it fires beforeprint, so Udskriv and Ctrl+P take the fragment out
     * before they start the browser's print; beforeprint covers the browser's menu where the
     * browser allows it. */
    function printWithoutNames() {
      var hash = window.location.hash;
      if (hash) window.history.replaceState(null, "", window.location.pathname);
      try {
        window.print();
      } finally {
        if (hash) window.history.replaceState(null, "", window.location.pathname + hash);
      }
    }

    document.addEventListener("keydown", function (event) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === "p") {
        event.preventDefault();
        printWithoutNames();
      }
    });

    var printed = null;
    window.addEventListener("beforeprint", function () {
      if (!window.location.hash) return;
      printed = window.location.hash;
      window.history.replaceState(null, "", window.location.pathname);
    });
    window.addEventListener("afterprint", function () {
      if (printed === null) return;
      window.history.replaceState(null, "", window.location.pathname + printed);
      printed = null;
    });

    var audience = document.getElementById("dq-handout-audience");
    if (audience) {
      setAudience = window.DQAudience.bind(audience, function (value) {
        state.vis = value;
        var counts = window.DQAudience.apply(form, value, ".dq-pick[data-who]");
        if (lastWritten !== null) refresh();
        return counts;
      });
    }

    if (cycle) {
      cycle.attach({
        form: form,
        state: function () { return state; },
        load: load,
        refresh: refresh,
        confirm: notes.confirm,
        problem: notes.problem,
        copy: copy
      });
    }

    form.classList.add("dq-enhanced");
    agenda.hidden = false;
    form.querySelectorAll(".dq-bulk, .dq-templates, .dq-meeting, [data-action]").forEach(function (node) { node.hidden = false; });
    var start = window.location.hash;
    load(start.indexOf("=") === -1 ? "" : start);  // an anchor (#mødeark) is no meeting
  }

  function start() {
    var form = document.getElementById("dq-handout");
    var source = document.getElementById("dq-handout-data");
    if (!form || !source) return;
    builder(form, JSON.parse(source.textContent));
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
