/* Dialogværktøjet, meeting kit: the two parties' answers, prepared apart and compared.
 *
 * Each party fills in Grøn, Gul, Rød or Ved ikke per recommendation in its own link or file
 * (a record whose `prep` names the party). The facilitator adds both to the meeting; the
 * comparison lists first the recommendations where the parties see things differently:
 * answers two steps apart (Grøn against Rød), or one party answering Ved ikke. Pure
 * functions, no DOM.
 */

import { PARTIES, emptyRecord } from "./record.mjs";

const STEP = { groen: 0, gul: 1, roed: 2 };

/* The meeting's record with the answers of the party whose preparation `prepared` is (a
 * record read from that party's link or file) in place of that party's earlier answers:
 * {record, party} or {error}: "not-prepared" when `prepared` is not a party's preparation,
 * "empty" when it holds no answers. Neither record is changed. */
export function addAnswers(record, prepared) {
  const party = prepared && prepared.prep;
  if (!PARTIES.includes(party)) return { error: "not-prepared" };
  const given = prepared.answers[party] || {};
  if (!Object.keys(given).length) return { error: "empty" };
  const answers = { ...record.answers, [party]: structuredClone(given) };
  return { record: { ...record, answers }, party };
}

/* The record a party sends back: the answers it gave for `party`, nothing else. */
export function preparation(party, answers) {
  const record = emptyRecord();
  record.prep = party;
  record.answers[party] = structuredClone(answers || {});
  return record;
}

/* Whether two answers differ enough to talk about first. */
export function differs(a, b) {
  if (!a || !b) return false;
  if (a.light === "vedikke" || b.light === "vedikke") return true;
  return Math.abs(STEP[a.light] - STEP[b.light]) >= 2;
}

/* One row per recommendation in `recIds` (in that order): {id, kommune, boligorganisation,
 * differs}, the ones that differ first and otherwise in the given order. */
export function compare(record, recIds) {
  const rows = recIds.map((id) => {
    const k = record.answers.kommune[id] || null;
    const b = record.answers.boligorganisation[id] || null;
    return { id, kommune: k, boligorganisation: b, differs: differs(k, b) };
  });
  return rows.filter((r) => r.differs).concat(rows.filter((r) => !r.differs));
}

/* Whether any answers have been added to the meeting. */
export function hasAnswers(record) {
  return PARTIES.some((party) => Object.keys(record.answers[party]).length > 0);
}
