/* Dialogværktøjet, meeting kit: the meeting as a file.
 *
 * "Gem mødet som fil" writes the whole meeting (agenda and record) as one JSON document
 * with a format name and version; "Åbn fil" reads it back exactly. Version 1 held the
 * agenda only (the meeting as links carried it before minutes); it still opens, with an
 * empty record. The reader checks shape and types here; which question ids still exist is
 * for handout-state.js's decode, as for a link. Pure functions, no DOM.
 */

import { emptyRecord, readRecord } from "./record.mjs";

export const FORMAT = "dialogvaerktoejet-moede";
export const VERSION = 2;
/* No meeting file comes near this; a bigger file is not read at all. */
export const MAX_BYTES = 1000000;

const FIELDS = ["titel", "dato", "tid", "sted", "deltagere", "vis", "skabelon"];

export class FileProblem extends Error {
  /* code: not-json | not-meeting | newer | malformed | too-big */
  constructor(code, detail) {
    super(code + (detail ? ": " + detail : ""));
    this.code = code;
    this.detail = detail || "";
  }
}

/* The agenda part of the file: only the fields the builder has, as it has them. */
function meetingPart(state) {
  const out = {};
  FIELDS.forEach((name) => { out[name] = String(state[name] || ""); });
  out.laengde = state.laengde || 0;
  out.items = state.items.map((item) =>
    item.own !== undefined ? { own: item.own, minutes: item.minutes } : { id: item.id, minutes: item.minutes });
  return out;
}

/* "styringsdialogmoede-2026-12-10.json": the meeting's title in plain letters and its
 * date, so the file sorts and reads well in a case system. */
export function fileName(state, fallback) {
  const plain = String(state.titel || fallback || "moede").toLowerCase()
    .replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa")
    .normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60) || "moede";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(state.dato || "") ? "-" + state.dato : "";
  return plain + date + ".json";
}

/* The file's text for the meeting `state` with its `record`; `saved` is when (a Date). */
export function toFile(state, record, saved, lang) {
  const doc = {
    format: FORMAT,
    version: VERSION,
    saved: saved.toISOString(),
    lang: lang || "da",
    meeting: meetingPart(state),
    record: structuredClone(record),
  };
  return JSON.stringify(doc, null, 2) + "\n";
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function readMeeting(meeting) {
  if (!isObject(meeting)) throw new FileProblem("malformed", "meeting");
  const state = { laengde: 0, items: [] };
  FIELDS.forEach((name) => {
    const value = meeting[name];
    if (value !== undefined && typeof value !== "string") throw new FileProblem("malformed", name);
    state[name] = value || "";
  });
  if (meeting.laengde !== undefined && !Number.isInteger(meeting.laengde)) throw new FileProblem("malformed", "laengde");
  state.laengde = meeting.laengde || 0;
  if (!Array.isArray(meeting.items)) throw new FileProblem("malformed", "items");
  state.items = meeting.items.map((item, i) => {
    if (!isObject(item) || !Number.isInteger(item.minutes)) throw new FileProblem("malformed", "items." + i);
    if (typeof item.own === "string") return { own: item.own, minutes: item.minutes };
    if (typeof item.id === "string") return { id: item.id, minutes: item.minutes };
    throw new FileProblem("malformed", "items." + i);
  });
  return state;
}

/* {state, record, dropped, capped, version} from a file's text; throws FileProblem. The
 * state still goes through handout-state.js's decode, which drops unknown questions. */
export function fromFile(text, known) {
  if (String(text).length > MAX_BYTES) throw new FileProblem("too-big");
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new FileProblem("not-json", e.message);
  }
  if (!isObject(doc) || doc.format !== FORMAT) throw new FileProblem("not-meeting");
  if (!Number.isInteger(doc.version) || doc.version < 1) throw new FileProblem("malformed", "version");
  if (doc.version > VERSION) throw new FileProblem("newer", String(doc.version));
  const state = readMeeting(doc.meeting);
  if (doc.version === 1) return { state, record: emptyRecord(), dropped: 0, capped: false, version: 1 };
  const read = readRecord(doc.record, known);
  return { state, record: read.record, dropped: read.dropped, capped: read.capped, version: doc.version };
}
