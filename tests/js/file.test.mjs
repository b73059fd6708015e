// The meeting file: exact round trip, older versions, malformed files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyRecord } from "../../docs/javascripts/meeting/record.mjs";
import { toFile, fromFile, fileName, FORMAT, VERSION, FileProblem, MAX_BYTES } from "../../docs/javascripts/meeting/file.mjs";

function meeting() {
  return {
    titel: "Styringsdialogmøde – Ålholm", dato: "2026-12-10", tid: "13:00", sted: "Rådhuset",
    deltagere: "Kommunen\nBoligorganisationen", laengde: 90, vis: "", skabelon: "styringsdialog",
    items: [{ id: "q1", minutes: 15 }, { own: "Hvad så nu?", minutes: 10 }],
  };
}

function record() {
  const r = emptyRecord();
  r.notes = { q1: "Noter\nmed linjeskift" };
  r.agreements = [{ hvad: "Tal", ansvarlig: "K", frist: "2027-01-15" }];
  r.status = { r1: "gul" };
  r.history = { r1: ["roed"] };
  r.nextDate = "2027-03-01";
  return r;
}

const SAVED = new Date(Date.UTC(2026, 11, 10, 15, 30));

test("a saved meeting opens exactly as it was", () => {
  const text = toFile(meeting(), record(), SAVED, "da");
  const doc = JSON.parse(text);
  assert.equal(doc.format, FORMAT);
  assert.equal(doc.version, VERSION);
  assert.equal(doc.saved, "2026-12-10T15:30:00.000Z");
  const back = fromFile(text, new Set(["r1"]));
  assert.deepEqual(back.state, meeting());
  assert.deepEqual(back.record, record());
  assert.equal(back.dropped, 0);
  assert.equal(toFile(back.state, back.record, SAVED, "da"), text);
});

test("a version 1 file (agenda only) still opens, with empty minutes", () => {
  const v1 = JSON.stringify({ format: FORMAT, version: 1, meeting: { titel: "Gammelt", items: [{ id: "q1", minutes: 10 }] } });
  const back = fromFile(v1, null);
  assert.equal(back.version, 1);
  assert.equal(back.state.titel, "Gammelt");
  assert.equal(back.state.dato, "");
  assert.deepEqual(back.state.items, [{ id: "q1", minutes: 10 }]);
  assert.deepEqual(back.record, emptyRecord());
});

test("a file that is not a meeting file says why", () => {
  const code = (text) => { try { fromFile(text, null); } catch (e) { assert.ok(e instanceof FileProblem); return e.code; } return "opened"; };
  assert.equal(code("not json"), "not-json");
  assert.equal(code("[]"), "not-meeting");
  assert.equal(code('{"format": "andet"}'), "not-meeting");
  assert.equal(code(JSON.stringify({ format: FORMAT, version: 99, meeting: {} })), "newer");
  assert.equal(code(JSON.stringify({ format: FORMAT, version: "2", meeting: {} })), "malformed");
  assert.equal(code(JSON.stringify({ format: FORMAT, version: 2 })), "malformed");
  assert.equal(code(JSON.stringify({ format: FORMAT, version: 2, meeting: { items: {} } })), "malformed");
  assert.equal(code(JSON.stringify({ format: FORMAT, version: 2, meeting: { titel: 5, items: [] } })), "malformed");
  assert.equal(code(JSON.stringify({ format: FORMAT, version: 2, meeting: { items: [{ id: "q1" }] } })), "malformed");
  assert.equal(code(" ".repeat(MAX_BYTES + 1)), "too-big");
});

test("a damaged record in a file keeps the agenda and counts what it dropped", () => {
  const doc = JSON.parse(toFile(meeting(), record(), SAVED, "da"));
  doc.record.status = { r1: "blå", ukendt: "gul" };
  const back = fromFile(JSON.stringify(doc), new Set(["r1"]));
  assert.deepEqual(back.state, meeting());
  assert.deepEqual(back.record.status, {});
  assert.equal(back.dropped, 2);
});

test("the file is named after the meeting and its date", () => {
  assert.equal(fileName(meeting()), "styringsdialogmoede-aalholm-2026-12-10.json");
  assert.equal(fileName({ titel: "", dato: "10.12.2026" }, "Møde"), "moede.json");
  assert.equal(fileName({ titel: "Café ∞ Øst", dato: "" }), "cafe-oest.json");
});
