/* Dialogværktøjet, meeting kit: keeping the meeting and planning the next one.
 *
 * "Planlæg næste møde" makes the next meeting's short link (carry.mjs); "Gem mødet som fil"
 * and "Åbn fil" write and read the meeting file (file.mjs); "Tilføj til kalender" downloads
 * the .ics (ics.mjs); "Kopiér referatet som tekst" gives the minutes for an e-mail. A link
 * over 2,000 characters is flagged, with the advice to send the file.
 */

import { carryForward } from "./carry.mjs";
import { toFile, fromFile, fileName, FileProblem } from "./file.mjs";
import { toIcs } from "./ics.mjs";
import { el, fill, download } from "./dom.mjs";

export function mount(form, ctx) {
  const { L, data } = ctx;
  const S = window.DQHandout.state;
  const P = window.DQHandout.print;
  const section = form.querySelector(".dq-keep");
  const nextBox = section.querySelector(".dq-next-link");
  const nextUrl = section.querySelector("#dq-next-url");
  const openNext = section.querySelector("#dq-open-next");
  const lengthNote = section.querySelector(".dq-link-length");
  const fileInput = section.querySelector("#dq-open-file");

  function render(state) {
    section.hidden = !!ctx.record.prep || !state.items.length;
  }

  function lengthMessage(url) {
    return ctx.tooLong(url) ? fill(L.kit_long_link, { n: url.length }) : "";
  }

  function written(url) {
    const message = lengthMessage(url);
    if (lengthNote.textContent !== message) lengthNote.textContent = message;
  }

  async function planNext() {
    const next = carryForward(ctx.state(), ctx.record);
    const fragment = await ctx.pack(ctx.withRecord(S.encode(next.state, data), next.record));
    const url = window.location.origin + window.location.pathname + "#" + fragment;
    nextUrl.value = url;
    openNext.href = url;
    nextBox.hidden = false;
    ctx.say([L.kit_next_made, fill(L.kit_link_length, { n: url.length }), lengthMessage(url)].filter(Boolean).join(" "));
    nextUrl.focus();
    nextUrl.select();
  }

  function saveFile() {
    const state = ctx.state();
    const name = fileName(state, L.kit_untitled);
    download(name, toFile(state, ctx.record, new Date(), data.lang), "application/json");
    ctx.saved();
    ctx.say(fill(L.kit_saved_file, { name }));
  }

  async function openFile() {
    const file = fileInput.files[0];
    if (!file) return;
    fileInput.value = "";
    let opened;
    try {
      opened = fromFile(await file.text(), ctx.known);
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e;
      ctx.problem("file", fill(L["kit_file_" + e.code], { name: file.name, detail: e.detail }));
      return;
    }
    ctx.problem("file", "");
    await ctx.replace(opened.record, S.encode(opened.state, data));
    const messages = [fill(L.kit_file_opened, { name: file.name })];
    if (opened.dropped) messages.push(fill(L.kit_record_dropped, { n: opened.dropped }));
    if (opened.capped) messages.push(L.kit_capped);
    ctx.say(messages.join(" "));
  }

  function calendar() {
    const state = ctx.state();
    const text = toIcs(state, ctx.record, {
      next_meeting: L.kit_next_meeting, deadline: L.kit_when, responsible: L.kit_who, untitled: L.kit_untitled,
    }, new Date());
    ctx.problem("calendar", text ? "" : L.kit_calendar_none);
    if (!text) return;
    const name = fileName(state, L.kit_untitled).replace(/\.json$/, ".ics");
    download(name, text, "text/calendar");
    ctx.say(fill(L.kit_calendar_done, { name }));
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("[data-cycle]");
    if (!button) return;
    const what = button.getAttribute("data-cycle");
    if (what === "plan-next") planNext();
    else if (what === "save-file") saveFile();
    else if (what === "calendar") calendar();
    else if (what === "copy-next") ctx.copy(nextUrl.value, L.kit_copied_link);
    else if (what === "copy-minutes") {
      ctx.update(() => {}, { minutes: false }).then(() => {
        const state = ctx.state();
        const recs = window.DQHandout.cycle.printed(state);
        ctx.copy(P.asText(state, data, window.location.href, recs), L.kit_copied_minutes);
      });
    }
  });
  fileInput.addEventListener("change", openFile);

  return { render, written };
}
