/* Dialogværktøjet, meeting kit: the minutes on screen.
 *
 * Notes per agenda item, the agreements (Hvad, Ansvarlig, Frist; rows added and removed),
 * the agreed status and "Næste skridt" per recommendation with "Sidst:" and the history,
 * the next meeting's date, and "Opfølgning på aftaler" for agreements carried from the
 * last meeting. Every edit goes straight into the record and the link.
 */

import { LIGHTS, FOLLOWUP, itemKey, lastStatus } from "./record.mjs";
import { el, fill, light, radios, field, recTitle } from "./dom.mjs";

export function mount(form, ctx) {
  const { L, data } = ctx;
  const S = window.DQHandout.state;
  const section = form.querySelector(".dq-referat");
  const notes = section.querySelector(".dq-notes-list");
  const agreements = section.querySelector(".dq-agreements-list");
  const statuses = section.querySelector(".dq-status-list");
  const nextDate = section.querySelector("#dq-next-date");
  const nextTime = section.querySelector("#dq-next-time");
  const followup = form.querySelector(".dq-followup");
  const followupList = followup.querySelector(".dq-followup-list");

  function itemText(item) {
    return item.own !== undefined ? item.own : data.questions[item.id].text;
  }

  function renderNotes(state) {
    notes.textContent = "";
    state.items.forEach((item, i) => {
      const note = field("textarea", "dq-note-" + i, (i + 1) + ". " + itemText(item), ctx.record.notes[itemKey(item)]);
      note.input.rows = 3;
      note.input.maxLength = 2000;
      note.input.className = "dq-note";
      note.input.setAttribute("data-key", itemKey(item));
      notes.appendChild(note.wrap);
    });
  }

  function renderAgreements() {
    agreements.textContent = "";
    const rows = ctx.record.agreements;
    if (!rows.length) { agreements.appendChild(el("p", "dq-hint", L.kit_no_agreements)); return; }
    const list = agreements.appendChild(el("ol", "dq-agreement-rows"));
    rows.forEach((row, i) => {
      const li = list.appendChild(el("li", "dq-agreement"));
      li.setAttribute("data-index", String(i));
      const hidden = ", " + fill(L.kit_agreement_n, { n: i + 1 });
      [["hvad", L.kit_what, 300], ["ansvarlig", L.kit_who, 120]].forEach(([name, label, max]) => {
        const f = field("input", "dq-agreement-" + name + "-" + i, label, row[name], hidden);
        f.input.name = name;
        f.input.maxLength = max;
        f.wrap.classList.add("dq-agreement-" + name);
        li.appendChild(f.wrap);
      });
      const deadline = field("input", "dq-agreement-frist-" + i, L.kit_when + " (" + L.kit_date_hint + ")", S.fieldDate(row.frist, data.lang), hidden);
      deadline.input.name = "frist";
      deadline.input.inputMode = "numeric";
      deadline.input.maxLength = 10;
      deadline.input.classList.add("dq-date-field");
      deadline.wrap.classList.add("dq-agreement-frist");
      li.appendChild(deadline.wrap);
      const remove = li.appendChild(el("button", "md-button dq-agreement-remove", L.kit_remove_agreement));
      remove.type = "button";
      remove.appendChild(el("span", "md-visually-hidden", hidden));
    });
  }

  function renderStatus() {
    statuses.textContent = "";
    ctx.served().forEach((id) => {
      const rec = data.recommendations[id];
      const block = statuses.appendChild(el("div", "dq-rec-status"));
      block.setAttribute("data-rec", id);
      const legend = el("legend", null, L.kit_serves + " " + recTitle(rec));
      block.appendChild(radios("dq-status-" + id, LIGHTS, ctx.record.status[id] || "", (v) => light(v, L), legend));
      const last = lastStatus(ctx.record, id);
      if (last) {
        const past = block.appendChild(el("p", "dq-last"));
        const [before, after] = L.kit_last.split("{light}");
        past.append(before, light(last, L), after);
        const history = ctx.record.history[id];
        if (history.length >= 2) {
          past.append(" · " + fill(L.kit_history, { sequence: history.map((v) => L["kit_light_" + v]).join(" → ") }));
        }
      }
      const step = field("input", "dq-step-" + id, L.kit_next_step, ctx.record.steps[id], ", " + L.kit_serves + " " + rec.number);
      step.input.maxLength = 300;
      step.input.className = "dq-step";
      block.appendChild(step.wrap);
    });
  }

  function renderFollowup() {
    followupList.textContent = "";
    const rows = ctx.record.followup;
    followup.hidden = !rows.length || !!ctx.record.prep;
    rows.forEach((row, i) => {
      const block = followupList.appendChild(el("div", "dq-carried"));
      block.setAttribute("data-index", String(i));
      const deadline = row.frist ? window.DQHandout.state.longDate(row.frist, L.kit_date_locale) : L.kit_no_deadline;
      const text = [row.hvad, row.ansvarlig, deadline].filter(Boolean).join(" – ");
      const legend = el("legend", null, (i + 1) + ". " + text);
      block.appendChild(radios("dq-followup-" + i, FOLLOWUP, row.status, (v) => L["kit_fu_" + v], legend));
    });
  }

  function render(state) {
    section.hidden = !!ctx.record.prep || !state.items.length;
    renderFollowup();
    renderNotes(state);
    renderAgreements();
    renderStatus();
    nextDate.value = S.fieldDate(ctx.record.nextDate, data.lang);
    nextTime.value = ctx.record.nextTime;
  }

  function agreementIndex(target) {
    const li = target.closest(".dq-agreement");
    return li ? parseInt(li.getAttribute("data-index"), 10) : -1;
  }

  form.addEventListener("click", (event) => {
    const add = event.target.closest("[data-cycle=add-agreement]");
    if (add) {
      ctx.update((record) => { record.agreements.push({ hvad: "", ansvarlig: "", frist: "" }); }, { render: true })
        .then(() => { const inputs = agreements.querySelectorAll("input[name=hvad]"); inputs[inputs.length - 1].focus(); });
      return;
    }
    const remove = event.target.closest(".dq-agreement-remove");
    if (remove) {
      const i = agreementIndex(remove);
      ctx.update((record) => { record.agreements.splice(i, 1); }, { render: true }).then(() => {
        const buttons = agreements.querySelectorAll(".dq-agreement-remove");
        (buttons[Math.min(i, buttons.length - 1)] || section.querySelector("[data-cycle=add-agreement]")).focus();
      });
    }
  });

  /* A date typed the Danish way (or ISO) as ISO, "" while it cannot be read. */
  function typedDate(input) {
    return S.parseDate(input.value) || "";
  }

  function typedTime(input) {
    const minutes = S.parseTime(input.value);
    return minutes === null ? "" : S.formatTime(minutes);
  }

  /* On leaving a date or time field: shown the way the page writes it, or flagged. */
  function settle(event) {
    const target = event.target;
    const isDate = target.classList.contains("dq-date-field");
    if (!isDate && target !== nextTime) return;
    const value = target.value.trim();
    const read = isDate ? typedDate(target) : typedTime(target);
    const bad = !!value && !read;
    if (bad) target.setAttribute("aria-invalid", "true");
    else target.removeAttribute("aria-invalid");
    ctx.problem("minutes-" + target.id, bad ? fill(isDate ? L.kit_bad_dato : L.kit_bad_tid, { value }) : "");
    if (read) target.value = isDate ? S.fieldDate(read, data.lang) : read;
  }

  function edit(event) {
    const target = event.target;
    if (target.classList.contains("dq-note")) {
      const key = target.getAttribute("data-key");
      ctx.update((record) => {
        if (target.value) record.notes[key] = target.value.slice(0, 2000);
        else delete record.notes[key];
      });
    } else if (target.closest(".dq-agreement")) {
      const i = agreementIndex(target);
      const value = target.name === "frist" ? typedDate(target) : target.value;
      ctx.update((record) => { record.agreements[i][target.name] = value; });
    } else if (target.classList.contains("dq-step")) {
      const id = target.closest(".dq-rec-status").getAttribute("data-rec");
      ctx.update((record) => {
        if (target.value) record.steps[id] = target.value.slice(0, 300);
        else delete record.steps[id];
      });
    } else if (target.type === "radio" && target.closest(".dq-rec-status")) {
      const id = target.closest(".dq-rec-status").getAttribute("data-rec");
      ctx.update((record) => { record.status[id] = target.value; });
    } else if (target.type === "radio" && target.closest(".dq-carried")) {
      const i = parseInt(target.closest(".dq-carried").getAttribute("data-index"), 10);
      ctx.update((record) => { record.followup[i].status = target.value; });
    } else if (target === nextDate || target === nextTime) {
      ctx.update((record) => {
        record.nextDate = typedDate(nextDate);
        record.nextTime = typedTime(nextTime);
      });
    }
  }
  section.addEventListener("input", edit);
  section.addEventListener("change", edit);
  section.addEventListener("change", settle);
  followup.addEventListener("change", edit);

  return { render };
}
