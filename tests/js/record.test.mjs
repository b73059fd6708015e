// The meeting's record read from untrusted data: shapes, caps, unknown ids.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  CAPS, emptyRecord, readRecord, writeRecord, parseRecord, hasMinutes, lastStatus, isoDate, itemKey,
} from "../../docs/javascripts/meeting/record.mjs";

const KNOWN = new Set(["a1", "a2", "b3"]);

function full() {
  const r = emptyRecord();
  r.notes = { "sund-1-1": "Vi talte om tal.\nNæste gang: tal", "eget:Hvad nu?": "Intet" };
  r.agreements = [{ hvad: "Send tal", ansvarlig: "Kommunen", frist: "2027-01-15" }];
  r.status = { a1: "gul" };
  r.steps = { a1: "Fælles møde med jobcentret" };
  r.nextDate = "2027-03-01";
  r.nextTime = "09:30";
  r.answers.kommune = { a1: { light: "groen", comment: "" } };
  r.answers.boligorganisation = { a1: { light: "roed", comment: "Ikke set noget" } };
  r.followup = [{ hvad: "Gammel aftale", ansvarlig: "BL", frist: "", status: "igang" }];
  r.history = { a1: ["roed", "gul"] };
  return r;
}

test("a record survives its link parameter unchanged", () => {
  const r = full();
  const back = parseRecord(writeRecord(r), KNOWN);
  assert.deepEqual(back, { record: r, dropped: 0, capped: false });
});

test("an empty record adds nothing to the link", () => {
  assert.equal(writeRecord(emptyRecord()), "");
  assert.deepEqual(parseRecord("", KNOWN).record, emptyRecord());
});

test("unknown recommendations and wrong values are dropped and counted", () => {
  const { record, dropped } = readRecord({
    status: { a1: "lilla", zz: "gul", a2: "groen" },
    answers: { kommune: { a1: { light: "groen" }, a2: "groen" }, andre: {} },
    agreements: [{ hvad: 5, ansvarlig: "X", frist: "2027-02-30" }, "tekst"],
    history: { a1: ["roed", "sort"] },
    nextDate: "01.03.2027",
    prep: "borgmester",
  }, KNOWN);
  assert.deepEqual(record.status, { a2: "groen" });
  assert.deepEqual(record.answers.kommune, { a1: { light: "groen", comment: "" } });
  assert.deepEqual(record.agreements, [{ hvad: "", ansvarlig: "X", frist: "" }]);
  assert.deepEqual(record.history, {});
  assert.equal(record.nextDate, "");
  assert.equal(record.prep, "");
  // lilla, zz, a2 answer, the impossible date, the string row, the history
  assert.equal(dropped, 6);
});

test("malformed input gives an empty record, never an exception", () => {
  for (const bad of ["{", "[]", "null", "42", '"x"', '{"agreements": {"a": 1}}']) {
    const { record } = parseRecord(bad, KNOWN);
    assert.deepEqual(record.agreements, []);
  }
  assert.equal(parseRecord("{", KNOWN).dropped, 1);
});

test("caps cut long lists and long texts and say so", () => {
  const many = Array.from({ length: CAPS.agreements + 5 }, (_, i) => ({ hvad: "x".repeat(CAPS.what + 9), ansvarlig: String(i), frist: "" }));
  const { record, capped } = readRecord({ agreements: many, history: { a1: Array(CAPS.history + 3).fill("gul").concat(["groen"]) } }, KNOWN);
  assert.equal(capped, true);
  assert.equal(record.agreements.length, CAPS.agreements);
  assert.equal(record.agreements[0].hvad.length, CAPS.what);
  assert.equal(record.history.a1.length, CAPS.history);
  assert.equal(lastStatus(record, "a1"), "groen");
});

test("the input object is never changed", () => {
  const raw = JSON.parse(writeRecord(full()));
  const copy = structuredClone(raw);
  readRecord(raw, new Set(["b3"]));
  assert.deepEqual(raw, copy);
});

test("minutes are what unsaved work means; answers alone are not minutes", () => {
  const r = emptyRecord();
  assert.equal(hasMinutes(r), false);
  r.answers.kommune = { a1: { light: "gul", comment: "" } };
  assert.equal(hasMinutes(r), false);
  r.agreements.push({ hvad: "x", ansvarlig: "", frist: "" });
  assert.equal(hasMinutes(r), true);
});

test("dates are checked as dates", () => {
  assert.equal(isoDate("2028-02-29"), "2028-02-29");
  assert.equal(isoDate("2027-02-29"), "");
  assert.equal(isoDate("2027-2-1"), "");
  assert.equal(itemKey({ id: "q1", minutes: 5 }), "q1");
  assert.equal(itemKey({ own: "Hvad?", minutes: 5 }), "eget:Hvad?");
});
