/* Dialogværktøjet, meeting handout: what the meeting looks like on paper and as plain text.
 *
 * render(container, state, data) fills the print-only block with the header, the agenda
 * with times, each question with its audience, recommendation and ruled note space, and the
 * follow-up: "Aftaler", "Hvor står vi?" and "Næste møde". asText(state, data, url) is the
 * same agenda as plain text for an e-mail or the minutes; headerLine(state, data) names the
 * meeting in the printed page header. All text goes in as text nodes.
 */
(function () {
  "use strict";

  var S = window.DQHandout.state;
  var NOTE_LINES = 5;
  var AGREEMENT_ROWS = 5;

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return values[key]; });
  }

  function itemText(item, data) {
    return item.own !== undefined ? item.own : data.questions[item.id].text;
  }

  /* "13:00–13:10" with a start time, otherwise "0–10 min". */
  function when(slot) {
    if (slot.clockFrom !== null) return S.formatTime(slot.clockFrom) + "–" + S.formatTime(slot.clockTo);
    return slot.from + "–" + slot.to + " min";
  }

  function dateLine(state, data) {
    var L = data.labels;
    var date = S.parseDate(state.dato);
    var shown = date ? S.longDate(date, L.kit_date_locale) : state.dato;
    var time = S.parseTime(state.tid);
    if (time !== null) shown = (shown ? shown + ", " : "") + L.kit_time + " " + S.formatTime(time);
    return shown;
  }

  function title(state, data) {
    return state.titel.trim() || data.labels.kit_untitled;
  }

  /* The recommendations the chosen questions serve, by number (the page's JSON has its keys
   * sorted by name). */
  function servedRecommendations(state, data) {
    var ids = {};
    state.items.forEach(function (item) {
      if (item.id) data.questions[item.id].recs.forEach(function (id) { ids[id] = true; });
    });
    return Object.keys(ids)
      .map(function (id) { return data.recommendations[id]; })
      .sort(function (a, b) { return a.number - b.number; });
  }

  function lines(count, className) {
    var box = el("div", className);
    box.setAttribute("aria-hidden", "true");
    for (var i = 0; i < count; i += 1) box.appendChild(el("span"));
    return box;
  }

  function table(headers, className) {
    var t = el("table", className);
    var head = t.appendChild(el("thead")).appendChild(el("tr"));
    headers.forEach(function (h) { head.appendChild(el("th", null, h)); });
    return { table: t, body: t.appendChild(el("tbody")) };
  }

  function render(container, state, data) {
    var L = data.labels;
    container.textContent = "";
    if (!state.items.length) return;  // the page then prints every question (handout.css)
    var header = container.appendChild(el("header", "dq-print-meeting"));
    header.appendChild(el("h2", null, title(state, data)));
    var facts = header.appendChild(el("dl", "dq-print-facts"));
    var purpose = state.skabelon && data.templates[state.skabelon] ? data.templates[state.skabelon].purpose : "";
    [[L.kit_date, dateLine(state, data)], [L.kit_place, state.sted.trim()],
     [L.kit_participants, state.deltagere.trim()], [L.kit_purpose, purpose]].forEach(function (pair) {
      if (!pair[1]) return;
      facts.appendChild(el("dt", null, pair[0]));
      facts.appendChild(el("dd", pair[0] === L.kit_participants ? "dq-print-participants" : null, pair[1]));
    });

    var slots = S.schedule(state);
    var sum = S.total(state);
    var agenda = container.appendChild(el("section", "dq-print-agenda"));
    agenda.appendChild(el("h3", null, L.kit_agenda));
    var t = table([L.kit_col_time, L.kit_col_item, L.kit_col_minutes], "dq-print-table");
    state.items.forEach(function (item, i) {
      var row = t.body.appendChild(el("tr"));
      row.appendChild(el("td", "dq-print-when", when(slots[i])));
      row.appendChild(el("td", null, (i + 1) + ". " + itemText(item, data)));
      row.appendChild(el("td", "dq-print-min", String(item.minutes)));
    });
    var foot = t.table.appendChild(el("tfoot")).appendChild(el("tr"));
    foot.appendChild(el("td"));
    foot.appendChild(el("td", null, state.laengde ? fill(L.kit_total_of, { total: sum, length: state.laengde }) : fill(L.kit_total, { total: sum })));
    foot.appendChild(el("td", "dq-print-min", String(sum)));
    agenda.appendChild(t.table);

    var questions = container.appendChild(el("section", "dq-print-questions"));
    questions.appendChild(el("h3", null, L.kit_questions));
    state.items.forEach(function (item, i) {
      var block = questions.appendChild(el("div", "dq-print-question"));
      var q = item.id ? data.questions[item.id] : null;
      var heading = block.appendChild(el("h4", null, (i + 1) + ". " + itemText(item, data)));
      if (q && q.lang !== data.lang) heading.lang = q.lang;
      var meta = [q ? L["kit_who_" + q.who] : L.kit_own];
      if (q) {
        q.recs.forEach(function (id) {
          var r = data.recommendations[id];
          meta.push(L.kit_serves + " " + r.number + ": " + r.title);
        });
      }
      meta.push(when(slots[i]) + " (" + item.minutes + " min)");
      block.appendChild(el("p", "dq-print-meta", meta.join(" · ")));
      if (q && q.followups.length) {
        var list = block.appendChild(el("ul", "dq-print-followups"));
        q.followups.forEach(function (f) { list.appendChild(el("li", null, f)); });
      }
      block.appendChild(lines(NOTE_LINES, "dq-print-lines"));
    });

    var follow = container.appendChild(el("section", "dq-print-followup"));
    var agreements = follow.appendChild(el("div", "dq-print-agreements"));
    agreements.appendChild(el("h3", null, L.kit_agreements));
    var a = table([L.kit_what, L.kit_who, L.kit_when], "dq-print-table dq-print-blank");
    for (var r = 0; r < AGREEMENT_ROWS; r += 1) {
      var blank = a.body.appendChild(el("tr"));
      for (var c = 0; c < 3; c += 1) blank.appendChild(el("td"));
    }
    agreements.appendChild(a.table);

    var status = follow.appendChild(el("div", "dq-print-status"));
    status.appendChild(el("h3", null, L.kit_status));
    status.appendChild(el("p", "dq-print-hint", L.kit_status_intro));
    var s = table([L.kit_serves, L.kit_green, L.kit_yellow, L.kit_red], "dq-print-table dq-print-lights");
    servedRecommendations(state, data).forEach(function (rec) {
      var row = s.body.appendChild(el("tr"));
      var cell = row.appendChild(el("td"));
      cell.appendChild(el("span", "dq-print-rec", rec.number + ". " + rec.title));
      cell.appendChild(el("span", "dq-print-next", L.kit_next_step + ":"));
      for (var light = 0; light < 3; light += 1) {
        row.appendChild(el("td", "dq-print-box")).appendChild(el("span", "dq-box"));
      }
    });
    status.appendChild(s.table);

    var next = follow.appendChild(el("div", "dq-print-next-meeting"));
    next.appendChild(el("h3", null, L.kit_next_meeting));
    var fills = next.appendChild(el("div", "dq-print-fills"));
    fills.appendChild(el("p", "dq-print-fill", L.kit_date + ":"));
    fills.appendChild(el("p", "dq-print-fill", L.kit_place + ":"));
  }

  /* The meeting in the page's printed header, in place of the page's date: "Title · date". */
  function headerLine(state, data) {
    var date = dateLine(state, data);
    return title(state, data) + (date ? " · " + date : "");
  }

  function asText(state, data, url) {
    var L = data.labels;
    var out = [title(state, data)];
    var date = dateLine(state, data);
    if (date) out.push(L.kit_date + ": " + date);
    if (state.sted.trim()) out.push(L.kit_place + ": " + state.sted.trim());
    if (state.deltagere.trim()) out.push(L.kit_participants + ": " + state.deltagere.trim().replace(/\s*\n\s*/g, ", "));
    out.push("");
    var sum = S.total(state);
    out.push(L.kit_agenda + " (" + (state.laengde ? fill(L.kit_total_of, { total: sum, length: state.laengde }) : fill(L.kit_total, { total: sum })) + ")");
    var slots = S.schedule(state);
    state.items.forEach(function (item, i) {
      out.push(when(slots[i]) + "  " + (i + 1) + ". " + itemText(item, data) + " (" + item.minutes + " min)");
    });
    out.push("");
    out.push(L.kit_link + ": " + url);
    return out.join("\n");
  }

  window.DQHandout.print = { render: render, asText: asText, dateLine: dateLine, headerLine: headerLine };
})();
