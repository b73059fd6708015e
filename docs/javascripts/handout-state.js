/* Dialogværktøjet, meeting handout: the meeting's state and its place in the address.
 *
 * The whole meeting (details, chosen questions in order, minutes, own questions, audience)
 * lives in the link's fragment, /moedeark/#titel=…&q=id:10,_1:5&eget=…, never in the query
 * string: a fragment is not sent to the web server (names stay out of its logs) and does not
 * clash with Material's search, which reads ?q=. Old links that used the query string are
 * moved into the fragment before Material's search can see them.
 *
 * Pure functions only (no DOM): decode(fragment, data) -> {state, missing, dropped, capped},
 * fieldValues(typed) for the date and time fields, and
 * encode(state, data) -> fragment. An own question is written `_N`, N counting the `eget`
 * values from 1; content ids never contain `_`.
 */
(function () {
  "use strict";

  var FIELDS = ["titel", "dato", "tid", "sted", "deltagere"];
  var LEGACY = ["q", "tema", "titel", "dato", "sted", "deltagere"];
  var KNOWN = FIELDS.concat(["laengde", "vis", "skabelon", "q", "tema", "eget"]);

  function emptyState() {
    return { titel: "", dato: "", tid: "", sted: "", deltagere: "", laengde: 0, vis: "", skabelon: "", items: [] };
  }

  function clampMinutes(value, fallback) {
    var n = parseInt(value, 10);
    if (!isFinite(n)) return fallback;
    return Math.max(1, Math.min(120, n));
  }

  function text(value, max) {
    return String(value || "").slice(0, max);
  }

  /* The meeting described by `fragment` (with or without its leading #), and what of the
   * link could not be used, so the page can say so and nothing is lost silently:
   * `missing` lists question ids that no longer exist, `dropped` every other part left out
   * ("name=value", as in the link: an impossible date, an unknown template, an own question
   * no item refers to, a name the page does not know), and `capped` is set when anything was
   * cut to the limits. */
  function decode(fragment, data) {
    var limits = data.limits;
    var raw = String(fragment || "").replace(/^#/, "");
    var capped = raw.length > limits.fragment;
    if (capped) raw = raw.slice(0, limits.fragment);
    var params = new URLSearchParams(raw);
    var state = emptyState();
    var dropped = [];
    var missing = [];
    params.forEach(function (value, name) {
      if (KNOWN.indexOf(name) === -1) dropped.push(name + "=" + value);
    });
    FIELDS.forEach(function (name) {
      var max = name === "deltagere" ? limits.notes : limits.field;
      var value = params.get(name) || "";
      if (value.length > max) capped = true;
      state[name] = value.slice(0, max);
    });
    var typed = fieldValues(state);
    state.dato = typed.dato;
    state.tid = typed.tid;
    ["dato", "tid"].forEach(function (name) {
      if (typed.invalid[name]) dropped.push(name + "=" + params.get(name));
    });
    var length = params.get("laengde");
    var minutes = parseInt(length, 10);
    state.laengde = isFinite(minutes) && minutes > 0 ? Math.min(minutes, 480) : 0;
    if (length !== null && !state.laengde) dropped.push("laengde=" + length);
    var vis = params.get("vis");
    state.vis = vis === "kommune" || vis === "boligorganisation" ? vis : "";
    if (vis && !state.vis) dropped.push("vis=" + vis);
    var template = params.get("skabelon");
    state.skabelon = template && data.templates[template] ? template : "";
    if (template && !state.skabelon) dropped.push("skabelon=" + template);

    var own = params.getAll("eget");
    if (own.length > limits.own) { own = own.slice(0, limits.own); capped = true; }
    var ownUsed = own.map(function () { return false; });
    var entries = [];
    params.getAll("tema").forEach(function (theme) {
      if (!data.themes[theme]) { dropped.push("tema=" + theme); return; }
      data.themes[theme].forEach(function (id) { entries.push(id); });
    });
    params.getAll("q").forEach(function (list) {
      list.split(",").forEach(function (entry) { if (entry) entries.push(entry); });
    });
    if (entries.length > limits.items) { entries = entries.slice(0, limits.items); capped = true; }

    var seen = {};
    entries.forEach(function (entry) {
      var parts = entry.split(":");
      var id = parts[0].trim();
      if (id.charAt(0) === "_") {
        var n = parseInt(id.slice(1), 10);
        var ownText = n >= 1 && n <= own.length ? own[n - 1].trim() : "";
        if (!ownText) { dropped.push("q=" + entry); return; }
        if (ownText.length > limits.own_length) capped = true;
        ownUsed[n - 1] = true;
        state.items.push({ own: ownText.slice(0, limits.own_length), minutes: clampMinutes(parts[1], 10) });
        return;
      }
      var question = data.questions[id];
      if (!question) { missing.push(id); return; }
      if (seen[id]) { dropped.push("q=" + entry); return; }
      seen[id] = true;
      state.items.push({ id: id, minutes: clampMinutes(parts[1], question.minutes) });
    });
    own.forEach(function (value, i) { if (!ownUsed[i] && value.trim()) dropped.push("eget=" + value); });
    return { state: state, missing: missing, dropped: dropped, capped: capped };
  }

  /* The date and time as typed, as the state keeps them: a date as ISO (whatever way it was
   * written), a time as typed; an impossible value is kept out ("") and named in `invalid`. */
  function fieldValues(typed) {
    var dato = String(typed.dato || "").trim();
    var tid = String(typed.tid || "").trim();
    var iso = parseDate(dato);
    var time = parseTime(tid);
    return {
      dato: iso || "",
      tid: time === null ? "" : tid,
      invalid: { dato: !!dato && !iso, tid: !!tid && time === null }
    };
  }

  /* The fragment (without #) for `state`; minutes equal to a question's default are left
   * out to keep links short. */
  function encode(state, data) {
    var params = new URLSearchParams();
    FIELDS.forEach(function (name) {
      var value = String(state[name] || "").trim();
      if (value) params.set(name, value);
    });
    if (state.laengde) params.set("laengde", String(state.laengde));
    if (state.vis) params.set("vis", state.vis);
    if (state.skabelon) params.set("skabelon", state.skabelon);
    var own = [];
    var entries = state.items.map(function (item) {
      if (item.own !== undefined) {
        own.push(item.own);
        return "_" + own.length + ":" + item.minutes;
      }
      var question = data.questions[item.id];
      return question && question.minutes === item.minutes ? item.id : item.id + ":" + item.minutes;
    });
    if (entries.length) params.set("q", entries.join(","));
    own.forEach(function (value) { params.append("eget", value); });
    return params.toString().replace(/%2C/g, ",").replace(/%3A/g, ":");
  }

  /* A fragment made from an old link's query string (?q=…, ?tema=…, meeting fields), or
   * null when the query holds none of them. */
  function fromQuery(search) {
    var params = new URLSearchParams(search);
    var old = new URLSearchParams();
    var found = false;
    LEGACY.forEach(function (name) {
      params.getAll(name).forEach(function (value) { old.append(name, value); found = true; });
    });
    return found ? old.toString() : null;
  }

  /* True when there is nothing of a meeting to lose. */
  function isEmpty(state, data) {
    return encode(state, data) === "";
  }

  /* Minutes planned and the clock time of each item when the meeting has a start time. */
  function schedule(state) {
    var start = parseTime(state.tid);
    var elapsed = 0;
    return state.items.map(function (item) {
      var from = elapsed;
      elapsed += item.minutes;
      return { from: from, to: elapsed, clockFrom: start === null ? null : start + from, clockTo: start === null ? null : start + elapsed };
    });
  }

  function total(state) {
    return state.items.reduce(function (sum, item) { return sum + item.minutes; }, 0);
  }

  /* "13", "13.00", "13:00", "1300" -> minutes after midnight, or null. */
  function parseTime(value) {
    var match = /^\s*(\d{1,2})(?:[.:]?(\d{2}))?\s*$/.exec(String(value || ""));
    if (!match) return null;
    var h = parseInt(match[1], 10);
    var m = match[2] ? parseInt(match[2], 10) : 0;
    return h < 24 && m < 60 ? h * 60 + m : null;
  }

  function formatTime(minutes) {
    var h = Math.floor(minutes / 60) % 24;
    var m = minutes % 60;
    return (h < 10 ? "0" : "") + h + ":" + (m < 10 ? "0" : "") + m;
  }

  /* "10.12.2026", "10/12/2026", "10-12-2026" or "2026-12-10" -> "2026-12-10", else null. */
  function parseDate(value) {
    var s = String(value || "").trim();
    var iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
    var dmy = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
    var y, mo, d;
    if (iso) { y = +iso[1]; mo = +iso[2]; d = +iso[3]; }
    else if (dmy) { y = +dmy[3]; mo = +dmy[2]; d = +dmy[1]; }
    else return null;
    var date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
    return y + "-" + (mo < 10 ? "0" : "") + mo + "-" + (d < 10 ? "0" : "") + d;
  }

  /* An ISO date as the field shows it: 10.12.2026 in Danish, 10/12/2026 in English. */
  function fieldDate(iso, lang) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    if (!match) return iso || "";
    return match[3] + (lang === "en" ? "/" : ".") + match[2] + (lang === "en" ? "/" : ".") + match[1];
  }

  /* An ISO date in words for print, e.g. "10. december 2026", through Intl in the page's
   * language and UTC, so the machine's time zone cannot shift the day. */
  function longDate(iso, locale) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso || "")) return iso || "";
    var parts = iso.split("-");
    var date = new Date(Date.UTC(+parts[0], +parts[1] - 1, +parts[2]));
    return new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  }

  window.DQHandout = window.DQHandout || {};
  window.DQHandout.state = {
    emptyState: emptyState,
    decode: decode,
    fieldValues: fieldValues,
    isEmpty: isEmpty,
    encode: encode,
    fromQuery: fromQuery,
    schedule: schedule,
    total: total,
    parseTime: parseTime,
    formatTime: formatTime,
    parseDate: parseDate,
    fieldDate: fieldDate,
    longDate: longDate,
    clampMinutes: clampMinutes
  };

  /* Old links (?q=, ?tema=, meeting fields) move into the fragment at once, while this
   * script runs and before Material's search is ready to read ?q=. */
  if (document.getElementById("dq-handout-data") || /\/moedeark\/$/.test(window.location.pathname)) {
    var moved = fromQuery(window.location.search);
    if (moved !== null || window.location.search) {
      var hash = window.location.hash.replace(/^#/, "");
      var merged = moved === null ? hash : moved + (hash ? "&" + hash : "");
      window.history.replaceState(null, "", window.location.pathname + (merged ? "#" + merged : ""));
    }
  }
})();
