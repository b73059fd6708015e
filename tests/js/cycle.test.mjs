// Prepare apart, compare together, and carry the meeting forward.
import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyRecord, lastStatus } from "../../docs/javascripts/meeting/record.mjs";
import { addAnswers, preparation, compare, differs, hasAnswers } from "../../docs/javascripts/meeting/answers.mjs";
import { carryForward } from "../../docs/javascripts/meeting/carry.mjs";

const a = (light, comment = "") => ({ light, comment });

test("a party's preparation is added to the meeting without touching the other party", () => {
  let record = emptyRecord();
  const k = addAnswers(record, preparation("kommune", { r1: a("groen"), r2: a("gul", "Lidt") }));
  assert.equal(k.party, "kommune");
  record = k.record;
  const b = addAnswers(record, preparation("boligorganisation", { r1: a("roed") }));
  record = b.record;
  assert.deepEqual(record.answers.kommune, { r1: a("groen"), r2: a("gul", "Lidt") });
  assert.deepEqual(record.answers.boligorganisation, { r1: a("roed") });
  assert.equal(hasAnswers(record), true);
  // adding the same party again replaces its answers
  record = addAnswers(record, preparation("kommune", { r2: a("vedikke") })).record;
  assert.deepEqual(record.answers.kommune, { r2: a("vedikke") });
});

test("a link that is no preparation, or an empty one, is refused", () => {
  assert.deepEqual(addAnswers(emptyRecord(), emptyRecord()), { error: "not-prepared" });
  assert.deepEqual(addAnswers(emptyRecord(), preparation("kommune", {})), { error: "empty" });
  assert.deepEqual(addAnswers(emptyRecord(), null), { error: "not-prepared" });
});

test("answers two steps apart, or a Ved ikke, differ; one step or a missing answer does not", () => {
  assert.equal(differs(a("groen"), a("roed")), true);
  assert.equal(differs(a("roed"), a("groen")), true);
  assert.equal(differs(a("gul"), a("vedikke")), true);
  assert.equal(differs(a("vedikke"), a("vedikke")), true);
  assert.equal(differs(a("groen"), a("gul")), false);
  assert.equal(differs(a("roed"), a("roed")), false);
  assert.equal(differs(a("roed"), null), false);
});

test("the comparison lists the differences first, otherwise in the recommendations' order", () => {
  const record = emptyRecord();
  record.answers.kommune = { r1: a("groen"), r2: a("gul"), r3: a("groen"), r4: a("gul") };
  record.answers.boligorganisation = { r1: a("gul"), r2: a("vedikke"), r3: a("roed") };
  const rows = compare(record, ["r1", "r2", "r3", "r4"]);
  assert.deepEqual(rows.map((r) => [r.id, r.differs]), [["r2", true], ["r3", true], ["r1", false], ["r4", false]]);
  assert.equal(rows[3].boligorganisation, null);
});

function meeting() {
  return {
    titel: "Styregruppe", dato: "2026-12-10", tid: "13:00", sted: "Beboerhuset",
    deltagere: "A\nB", laengde: 90, vis: "kommune", skabelon: "styregruppe",
    items: [{ id: "q1", minutes: 10 }, { own: "Eget", minutes: 5 }],
  };
}

test("the next meeting keeps title, participants, template and agenda, with the agreed date", () => {
  const record = emptyRecord();
  record.nextDate = "2027-03-01";
  const state = meeting();
  const next = carryForward(state, record);
  assert.deepEqual(next.state, { ...meeting(), dato: "2027-03-01", vis: "" });
  assert.deepEqual(state, meeting(), "the input is not changed");
  record.nextTime = "09:00";
  assert.equal(carryForward(state, record).state.tid, "09:00");
});

test("open agreements are carried, done ones are not, and none keeps an old status", () => {
  const record = emptyRecord();
  record.followup = [
    { hvad: "Gammel, færdig", ansvarlig: "K", frist: "", status: "udfoert" },
    { hvad: "Gammel, i gang", ansvarlig: "B", frist: "2027-01-01", status: "igang" },
  ];
  record.agreements = [
    { hvad: "Ny", ansvarlig: "K", frist: "2027-02-01" },
    { hvad: " ", ansvarlig: "", frist: "" },
  ];
  const { record: next } = carryForward(meeting(), record);
  assert.deepEqual(next.followup, [
    { hvad: "Gammel, i gang", ansvarlig: "B", frist: "2027-01-01", status: "" },
    { hvad: "Ny", ansvarlig: "K", frist: "2027-02-01", status: "" },
  ]);
  assert.deepEqual(next.agreements, []);
  assert.deepEqual(next.notes, {});
});

test("three meetings give the history Rød → Gul → Grøn and Sidst: Grøn", () => {
  let state = meeting();
  let record = emptyRecord();
  for (const light of ["roed", "gul", "groen"]) {
    record.status = { r1: light };
    record.answers.kommune = { r1: a("gul") };
    ({ state, record } = carryForward(state, record));
    assert.deepEqual(record.answers.kommune, {}, "answers belong to one meeting");
  }
  assert.deepEqual(record.history, { r1: ["roed", "gul", "groen"] });
  assert.equal(lastStatus(record, "r1"), "groen");
  assert.deepEqual(record.status, {});
});

test("the history keeps its cap", () => {
  let state = meeting();
  let record = emptyRecord();
  for (let i = 0; i < 10; i += 1) {
    record.status = { r1: i % 2 ? "gul" : "roed" };
    ({ state, record } = carryForward(state, record));
  }
  assert.equal(record.history.r1.length, 6);
  assert.equal(lastStatus(record, "r1"), "gul");
});
