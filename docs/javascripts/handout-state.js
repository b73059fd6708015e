/* Dialogværktøjet, meeting handout: the meeting's state and its place in the address.
 *
 * The whole meeting (details, chosen questions in order, minutes, own questions, audience)
 * lives in the link's fragment, /moedeark/#titel=…&q=id:10,_1:5&eget=…, never in the query
 * string: a fragment is not sent to the web server (names stay out of its logs) and does not
 * clash with Material's search, which reads ?q=. Old links that used the query string are
 * moved into the fragment before Material's search can see them.
 *
 * Pure functions only (no DOM): decode(fragment, data) -> {state, missing, capped} and
 * encode(state, data) -> fragment. An own question is written `_N`, N counting the `eget`
 * values from 1; content ids never contain `_`.
 */
(function () {
  "use strict";

  var FIELDS = ["titel", "dato", "tid", "sted", "deltagere"];
  var LEGACY = ["q", "tema", "titel", "dato", "sted", "deltagere"];

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

  /* The meeting described by `fragment` (with or without its leading #). Unknown question
   * ids are left out and counted in `missing`; anything beyond the limits is cut and
   * `capped` is set, so the page can say so. */
  function decode(fragment, data) {
    var limits = data.limits;
    var raw = String(fragment || "").replace(/^#/, "");
    var capped = raw.length > limits.fragment;
    if (capped) raw = raw.slice(0, limits.fragment);
    var params = new URLSearchParams(raw);
    var state = emptyState();
    FIELDS.forEach(function (name) {
      state[name] = text(params.get(name), name === "deltagere" ? limits.notes : limits.field);
    });
    var length = parseInt(params.get("laengde"), 10);
    state.laengde = isFinite(length) && length > 0 ? Math.min(length, 480) : 0;
    var vis = params.get("vis");
    state.vis = vis === "kommune" || vis === "boligorganisation" ? vis : "";
    var template = params.get("skabelon");
    state.skabelon = template && data.templates[template] ? template : "";

    var own = params.getAll("eget");
    if (own.length > limits.own) { own = own.slice(0, limits.own); capped = true; }
    var entries = [];
    params.getAll("tema").forEach(function (theme) {
      (data.themes[theme] || []).forEach(function (id) { entries.push(id); });
    });
    params.getAll("q").forEach(function (list) {
      list.split(",").forEach(function (entry) { if (entry) entries.push(entry); });
    });
    if (entries.length > limits.items) { entries = entries.slice(0, limits.items); capped = true; }

    var missing = 0;
    var seen = {};
    entries.forEach(function (entry) {
      var parts = entry.split(":");
      var id = parts[0].trim();
      if (id.charAt(0) === "_") {
        var n = parseInt(id.slice(1), 10);
        var ownText = n >= 1 && n <= own.length ? own[n - 1].trim().slice(0, limits.own_length) : "";
        if (!ownText) { missing += 1; return; }
        state.items.push({ own: ownText, minutes: clampMinutes(parts[1], 10) });
        return;
      }
      var question = data.questions[id];
      if (!question) { missing += 1; return; }
      if (seen[id]) return;
      seen[id] = true;
      state.items.push({ id: id, minutes: clampMinutes(parts[1], question.minutes) });
    });
    return { state: state, missing: missing, capped: capped };
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
