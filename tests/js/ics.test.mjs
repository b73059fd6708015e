// The calendar file: RFC 5545 shape, all-day deadlines with exclusive DTEND, any time zone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { emptyRecord } from "../../docs/javascripts/meeting/record.mjs";
import { toIcs, fold, escapeText, dayAfter, utcStamp } from "../../docs/javascripts/meeting/ics.mjs";

const LABELS = { next_meeting: "Næste møde", deadline: "Frist", responsible: "Ansvarlig", untitled: "Møde" };
const NOW = new Date(Date.UTC(2026, 11, 10, 23, 30, 5));

function meeting() {
  return { titel: "Styregruppe, Ålholm; vest", dato: "2026-12-10", tid: "13:00", sted: "Beboerhuset", deltagere: "A", laengde: 90, items: [] };
}

function unfolded(text) {
  return text.replace(/\r\n /g, "").split("\r\n");
}

test("the next meeting and every deadline become events with UID and DTSTAMP", () => {
  const record = emptyRecord();
  record.nextDate = "2027-03-01";
  record.agreements = [
    { hvad: "Send tal", ansvarlig: "Kommunen", frist: "2026-12-31" },
    { hvad: "Uden frist", ansvarlig: "", frist: "" },
  ];
  const text = toIcs(meeting(), record, LABELS, NOW);
  assert.ok(text.endsWith("\r\n"));
  assert.ok(!/[^\r]\n/.test(text), "every line ends in CRLF");
  const lines = unfolded(text);
  assert.equal(lines[0], "BEGIN:VCALENDAR");
  assert.equal(lines.filter((l) => l === "BEGIN:VEVENT").length, 2);
  assert.equal(lines.filter((l) => l === "DTSTAMP:20261210T233005Z").length, 2);
  const uids = lines.filter((l) => l.startsWith("UID:"));
  assert.equal(new Set(uids).size, 2);
  assert.ok(lines.includes("DTSTART;VALUE=DATE:20270301"));
  assert.ok(lines.includes("DTEND;VALUE=DATE:20270302"));
  assert.ok(lines.includes("DTSTART;VALUE=DATE:20261231"));
  assert.ok(lines.includes("DTEND;VALUE=DATE:20270101"), "the exclusive end crosses the year");
  assert.ok(lines.includes("SUMMARY:Næste møde: Styregruppe\\, Ålholm\\; vest"));
  assert.ok(lines.includes("DESCRIPTION:Ansvarlig: Kommunen\\nStyregruppe\\, Ålholm\\; vest"));
});

test("downloading again gives the same UIDs", () => {
  const record = emptyRecord();
  record.nextDate = "2027-03-01";
  const uid = (t) => unfolded(t).find((l) => l.startsWith("UID:"));
  assert.equal(uid(toIcs(meeting(), record, LABELS, NOW)), uid(toIcs(meeting(), record, LABELS, new Date())));
});

test("a next meeting with a start time is a floating time with the meeting's length", () => {
  const record = emptyRecord();
  record.nextDate = "2027-03-28";
  record.nextTime = "09:30";
  const lines = unfolded(toIcs(meeting(), record, LABELS, NOW));
  assert.ok(lines.includes("DTSTART:20270328T093000"));
  assert.ok(lines.includes("DURATION:PT90M"));
});

test("nothing to put in a calendar gives no file", () => {
  assert.equal(toIcs(meeting(), emptyRecord(), LABELS, NOW), "");
});

test("lines fold at 75 octets without splitting a character", () => {
  const line = "SUMMARY:" + "æ".repeat(100);
  const folded = fold(line);
  const parts = folded.split("\r\n");
  parts.forEach((p) => assert.ok(new TextEncoder().encode(p).length <= 75));
  assert.equal(parts.map((p, i) => (i ? p.slice(1) : p)).join(""), line);
  assert.equal(escapeText("a\\b;c,d\ne"), "a\\\\b\\;c\\,d\\ne");
});

test("days and stamps do not move with the machine's time zone", () => {
  // Daylight saving changes in Denmark, New Zealand and California, and a leap day.
  assert.equal(dayAfter("2027-03-28"), "20270329");
  assert.equal(dayAfter("2027-04-04"), "20270405");
  assert.equal(dayAfter("2027-03-14"), "20270315");
  assert.equal(dayAfter("2027-10-31"), "20271101");
  assert.equal(dayAfter("2028-02-28"), "20280229");
  assert.equal(utcStamp(new Date("2027-03-28T01:30:00+01:00")), "20270328T003000Z");
});
