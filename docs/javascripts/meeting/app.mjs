/* Dialogværktøjet, meeting kit: from meeting to meeting, wired into the builder.
 *
 * Holds the meeting's record (record.mjs) beside the builder's agenda state
 * (handout-view.js), reads and writes both through the short link (link.mjs), and mounts
 * one small view per concern: preparing apart and comparing (view-prepare.mjs), the
 * minutes (view-minutes.mjs), and keeping the meeting (view-keep.mjs). Nothing is stored
 * anywhere but the link and the files the user saves; leaving the page with minutes not
 * yet saved or copied asks first.
 */

import { pack, unpack, isPacked, tooLong } from "./link.mjs";
import { emptyRecord, parseRecord, writeRecord, hasMinutes } from "./record.mjs";
import { preparation, compare } from "./answers.mjs";
import { servedRecommendations } from "./served.mjs";
import { fill } from "./dom.mjs";
import * as prepareView from "./view-prepare.mjs";
import * as minutesView from "./view-minutes.mjs";
import * as keepView from "./view-keep.mjs";

const source = document.getElementById("dq-handout-data");

if (source && window.DQHandout) {
  const data = JSON.parse(source.textContent);
  const L = data.labels;
  const known = new Set(Object.keys(data.recommendations));
  let record = emptyRecord();
  let api = null;
  let dirty = false;
  let agendaSeen = null;
  const views = [];

  /* What the link carries: a party's preparation carries only that party's answers. */
  function outgoing() {
    return record.prep ? preparation(record.prep, record.answers[record.prep]) : record;
  }

  /* URL parameters for `plain` (the builder's agenda) with `rec` added. */
  function withRecord(plain, rec) {
    const value = writeRecord(rec);
    return plain + (value ? (plain ? "&" : "") + "m=" + encodeURIComponent(value) : "");
  }

  const ctx = {
    data,
    L,
    known,
    get record() { return record; },
    state: () => api.state(),
    served: () => servedRecommendations(api.state().items, data),
    say: (message) => api.confirm(message),
    /* A problem per cause ("answers", "file" …); "" clears it. */
    problem: (cause, message) => api.problem(cause, message),
    copy: (value, done) => api.copy(value, done),
    /* `change(record)` edits the record; the link is rewritten and, for minutes, the page
     * asks before it is left. `render` re-renders the views (not while typing). */
    update(change, options) {
      change(record);
      if (!options || options.minutes !== false) dirty = dirty || hasMinutes(record);
      if (options && options.render) renderAll();
      return api.refresh();
    },
    /* Replace the whole meeting: a file opened, an answer added. */
    replace(newRecord, plainParams) {
      record = newRecord;
      dirty = false;
      agendaSeen = null;
      return api.load(withRecord(plainParams, newRecord));
    },
    saved() { dirty = false; },
    withRecord,
    pack,
  };

  function renderAll() {
    const state = api.state();
    api.form.classList.toggle("dq-prep-mode", !!record.prep);
    views.forEach((view) => view.render(state));
  }

  window.DQHandout.cycle = {
    attach(builder) {
      api = builder;
      const form = builder.form;
      views.push(prepareView.mount(form, ctx), minutesView.mount(form, ctx), keepView.mount(form, ctx));
      form.addEventListener("click", (event) => {
        const button = event.target.closest("[data-action=copy-link], [data-action=copy-text]");
        if (button) dirty = false;
      });
    },
    isPacked,
    /* {params, messages}: the agenda's parameters of `fragment`, its record kept here. */
    async read(fragment, keepRecord) {
      const { params, broken } = await unpack(fragment);
      return this.readPlain(params, keepRecord, broken);
    },
    /* The same for a fragment that is not packed: at once, so a page opened without a
     * packed link is ready before anyone can tick a box. */
    readPlain(params, keepRecord, broken) {
      const search = new URLSearchParams(String(params || "").replace(/^#/, ""));
      const messages = [];
      if (broken) messages.push(L.kit_link_broken);
      if (!keepRecord) {
        const read = parseRecord(search.get("m"), known);
        record = read.record;
        if (read.dropped) messages.push(fill(L.kit_record_dropped, { n: read.dropped }));
        if (read.capped) messages.push(L.kit_capped);
        agendaSeen = null;
      }
      search.delete("m");
      return { params: search.toString(), messages };
    },
    /* The whole meeting as plain URL parameters: the agenda's `plain` and the record. */
    plain(plain) {
      return withRecord(plain, outgoing());
    },
    pack,
    written(url) {
      views.forEach((view) => view.written && view.written(url));
    },
    /* The agenda changed (or only the link): views follow when the agenda's questions did. */
    changed(state) {
      const seen = JSON.stringify(state.items) + "|" + record.prep;
      if (seen === agendaSeen) return;
      agendaSeen = seen;
      renderAll();
    },
    copied() {
      dirty = false;
    },
    /* `plain` with the whole record: the meeting as it is, for undo. */
    withRecord(plain) {
      return withRecord(plain, record);
    },
    /* What the print-out and the text need beyond the agenda. */
    printed(state) {
      const recs = servedRecommendations(state.items, data);
      return { record, compare: compare(record, recs), recs };
    },
  };

  window.addEventListener("beforeunload", (event) => {
    if (!dirty || !hasMinutes(record)) return;
    event.preventDefault();
    event.returnValue = "";
  });

  ctx.tooLong = tooLong;
}
