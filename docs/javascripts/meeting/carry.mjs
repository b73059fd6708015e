/* Dialogværktøjet, meeting kit: from this meeting to the next.
 *
 * "Planlæg næste møde" carries forward the title, participants, place, length, template
 * and agenda, the agreements still open with owners and deadlines, and the status agreed
 * per recommendation into the status history ("Sidst: Gul", Rød → Gul → Grøn). Pure
 * functions, no DOM.
 */

import { CAPS, emptyRecord } from "./record.mjs";

/* The next meeting: {state, record}. `state` is handout-state.js's agenda state; the next
 * one keeps everything but the date and time (taken from the record's next meeting) and
 * the audience view. Agreements made at this meeting, and carried ones not marked Udført,
 * become the next meeting's follow-up, with no status yet. Neither input is changed. */
export function carryForward(state, record) {
  const next = structuredClone(state);
  next.dato = record.nextDate || "";
  next.tid = record.nextTime || state.tid || "";
  next.vis = "";

  const carried = emptyRecord();
  const open = record.followup
    .filter((row) => row.status !== "udfoert")
    .concat(record.agreements)
    .filter((row) => row.hvad.trim() || row.ansvarlig.trim())
    .map((row) => ({ hvad: row.hvad, ansvarlig: row.ansvarlig, frist: row.frist, status: "" }));
  carried.followup = open.slice(0, CAPS.followup);

  const history = structuredClone(record.history);
  Object.keys(record.status).forEach((id) => {
    history[id] = (history[id] || []).concat([record.status[id]]).slice(-CAPS.history);
  });
  carried.history = history;
  return { state: next, record: carried };
}
