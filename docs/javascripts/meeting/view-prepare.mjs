/* Dialogværktøjet, meeting kit: preparing apart and comparing together.
 *
 * "Forbered som kommunen / boligorganisationen" turns the page into that party's short
 * form: Grøn, Gul, Rød or Ved ikke and a comment per recommendation the meeting's questions
 * serve. The party sends its link or file back; the facilitator adds it, and the answers
 * show side by side, "Her ser I forskelligt på det" first.
 */

import { ANSWERS, PARTIES } from "./record.mjs";
import { addAnswers, compare, hasAnswers, preparation } from "./answers.mjs";
import { unpack } from "./link.mjs";
import { parseRecord } from "./record.mjs";
import { fromFile, toFile, fileName, FileProblem } from "./file.mjs";
import { el, fill, light, radios, field, download, recTitle } from "./dom.mjs";

export function mount(form, ctx) {
  const { L, data } = ctx;
  const section = form.querySelector(".dq-prepare");
  const prepForm = form.querySelector(".dq-prep-form");
  const heading = prepForm.querySelector("h2");
  const list = prepForm.querySelector(".dq-prep-list");
  const table = section.querySelector(".dq-compare");
  const linkInput = section.querySelector("#dq-answer-link");
  const fileInput = section.querySelector("#dq-answer-file");

  function renderForm() {
    const party = ctx.record.prep;
    heading.textContent = fill(L.kit_prep_heading, { party: L["kit_party_" + party] });
    list.textContent = "";
    const recs = ctx.served();
    if (!recs.length) { list.appendChild(el("p", "dq-prep-none", L.kit_prep_none)); return; }
    const answers = ctx.record.answers[party];
    recs.forEach((id) => {
      const rec = data.recommendations[id];
      const given = answers[id] || { light: "", comment: "" };
      const block = list.appendChild(el("div", "dq-rate"));
      block.setAttribute("data-rec", id);
      const legend = el("legend", null, L.kit_serves + " " + recTitle(rec));
      block.appendChild(radios("dq-prep-" + id, ANSWERS, given.light, (v) => light(v, L), legend));
      const comment = field("input", "dq-prep-comment-" + id, L.kit_comment, given.comment, ", " + L.kit_serves + " " + rec.number);
      comment.input.maxLength = 200;
      comment.input.className = "dq-prep-comment";
      block.appendChild(comment.wrap);
    });
  }

  function renderCompare() {
    table.textContent = "";
    if (!hasAnswers(ctx.record)) return;
    const rows = compare(ctx.record, ctx.served());
    const groups = [[L.kit_differ, rows.filter((r) => r.differs)], [L.kit_same, rows.filter((r) => !r.differs)]];
    groups.forEach(([title, group], g) => {
      if (!group.length) return;
      table.appendChild(el("h4", g === 0 ? "dq-differ" : null, title));
      const t = table.appendChild(el("table", "dq-compare-table"));
      const head = t.appendChild(el("thead")).appendChild(el("tr"));
      [L.kit_compare_col].concat(PARTIES.map((p) => L["kit_party_" + p])).forEach((h) => {
        head.appendChild(el("th", null, h)).scope = "col";
      });
      const body = t.appendChild(el("tbody"));
      group.forEach((row) => {
        const tr = body.appendChild(el("tr"));
        const th = tr.appendChild(el("th", null, recTitle(data.recommendations[row.id])));
        th.scope = "row";
        PARTIES.forEach((party) => {
          const td = tr.appendChild(el("td"));
          const answer = row[party];
          td.appendChild(light(answer ? answer.light : "", L));
          if (answer && answer.comment) td.appendChild(el("span", "dq-comment", answer.comment));
        });
      });
    });
  }

  function render(state) {
    const prep = !!ctx.record.prep;
    section.hidden = prep || !state.items.length;
    prepForm.hidden = !prep;
    if (prep) renderForm();
    else renderCompare();
  }

  function added(result) {
    ctx.problem("answers", result.error ? (result.error === "empty" ? L.kit_answers_empty : L.kit_answers_not_prep) : "");
    if (result.error) return;
    ctx.update((record) => { record.answers = result.record.answers; }, { render: true, minutes: false })
      .then(() => ctx.say(fill(L.kit_answers_added, { party: L["kit_party_" + result.party].toLowerCase() })));
  }

  async function addLink() {
    const value = linkInput.value.trim();
    if (!value) { ctx.problem("answers", L.kit_answers_none); linkInput.focus(); return; }
    const { params, broken } = await unpack(value.indexOf("#") === -1 ? value : value.slice(value.indexOf("#") + 1));
    if (broken) { ctx.problem("answers", L.kit_link_broken); return; }
    const theirs = parseRecord(new URLSearchParams(params).get("m"), ctx.known).record;
    const result = addAnswers(ctx.record, theirs);
    if (!result.error) linkInput.value = "";
    added(result);
  }

  async function addFile() {
    const file = fileInput.files[0];
    if (!file) return;
    try {
      const opened = fromFile(await file.text(), ctx.known);
      added(addAnswers(ctx.record, opened.record));
    } catch (e) {
      if (!(e instanceof FileProblem)) throw e;
      ctx.problem("answers", fill(L["kit_file_" + e.code], { name: file.name, detail: e.detail }));
    }
    fileInput.value = "";
  }

  form.addEventListener("click", (event) => {
    const button = event.target.closest("[data-cycle]");
    if (!button) return;
    const what = button.getAttribute("data-cycle");
    if (what.startsWith("prep-") && PARTIES.includes(what.slice(5))) {
      ctx.update((record) => { record.prep = what.slice(5); }, { render: true, minutes: false }).then(() => {
        heading.focus();
      });
    } else if (what === "prep-back") {
      ctx.update((record) => { record.prep = ""; }, { render: true, minutes: false }).then(() => {
        section.querySelector("[data-cycle=prep-kommune]").focus();
      });
    } else if (what === "prep-copy") {
      ctx.update(() => {}, { minutes: false }).then(() => ctx.copy(window.location.href, L.kit_prep_copied));
    } else if (what === "prep-save") {
      const party = ctx.record.prep;
      const state = ctx.state();
      const name = fileName(state, L.kit_untitled).replace(/\.json$/, "-" + party + ".json");
      download(name, toFile(state, preparation(party, ctx.record.answers[party]), new Date(), data.lang), "application/json");
      ctx.say(fill(L.kit_saved_file, { name }));
    } else if (what === "add-answers") {
      addLink();
    }
  });

  prepForm.addEventListener("change", (event) => {
    const block = event.target.closest(".dq-rate");
    if (!block || event.target.type !== "radio") return;
    const id = block.getAttribute("data-rec");
    ctx.update((record) => {
      const answers = record.answers[record.prep];
      answers[id] = { light: event.target.value, comment: block.querySelector(".dq-prep-comment").value.slice(0, 200) };
    }, { minutes: false });
  });
  prepForm.addEventListener("input", (event) => {
    const block = event.target.closest(".dq-rate");
    if (!block || !event.target.classList.contains("dq-prep-comment")) return;
    const id = block.getAttribute("data-rec");
    ctx.update((record) => {
      const answers = record.answers[record.prep];
      const comment = event.target.value.slice(0, 200);
      if (answers[id]) answers[id].comment = comment;  // kept with the light once one is chosen
    }, { minutes: false });
  });
  linkInput.addEventListener("keydown", (event) => {
    if (event.key === "Enter") { event.preventDefault(); addLink(); }
  });
  fileInput.addEventListener("change", addFile);

  return { render };
}
