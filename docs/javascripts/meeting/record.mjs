/* Dialogværktøjet, meeting kit: the meeting's record, everything beyond the agenda.
 *
 * The agenda (title, date, questions, minutes per item) is handout-state.js's state. The
 * record holds the rest as plain data: each party's answers before the meeting, the
 * minutes written during it (notes per agenda item, agreements, agreed status and next
 * step per recommendation, next meeting's date) and what an earlier meeting carried
 * forward (agreements to follow up, status history). It travels in the link as the
 * parameter `m` (JSON) and in the file under "record". Pure functions, no DOM.
 *
 *   notes      {itemKey: text}            itemKey: question id, or "eget:" + own question
 *   agreements [{hvad, ansvarlig, frist}] frist: ISO date or ""
 *   status     {recId: light}             agreed at this meeting: groen | gul | roed
 *   steps      {recId: text}              "Næste skridt"
 *   nextDate, nextTime                    the next meeting: ISO date, "hh:mm"
 *   answers    {kommune|boligorganisation: {recId: {light, comment}}}, light may be vedikke
 *   followup   [{hvad, ansvarlig, frist, status}] status: udfoert | igang | ikkestartet | ""
 *   history    {recId: [light, …]}        statuses agreed at earlier meetings, oldest first
 *   prep       "" | kommune | boligorganisation: the link is that party's preparation
 */

export const LIGHTS = ["groen", "gul", "roed"];
export const ANSWERS = ["groen", "gul", "roed", "vedikke"];
export const PARTIES = ["kommune", "boligorganisation"];
export const FOLLOWUP = ["udfoert", "igang", "ikkestartet"];

/* What a record holds at most; more is cut and reported (`capped`). */
export const CAPS = {
  agreements: 30,
  followup: 30,
  recommendations: 60,
  notes: 60,
  history: 6,
  what: 300,
  who: 120,
  note: 2000,
  step: 300,
  comment: 200,
};

export function emptyRecord() {
  return {
    notes: {}, agreements: [], status: {}, steps: {}, nextDate: "", nextTime: "",
    answers: { kommune: {}, boligorganisation: {} }, followup: [], history: {}, prep: "",
  };
}

/* The key a note is kept under: the question's id, or the own question's text. */
export function itemKey(item) {
  return item.own !== undefined ? "eget:" + item.own : item.id;
}

/* "2026-12-10" when `value` is a real ISO date, else "". */
export function isoDate(value) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(value || ""));
  if (!match) return "";
  const [y, m, d] = [+match[1], +match[2], +match[3]];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? match[0] : "";
}

/* "13:00" when `value` is a clock time hh:mm, else "". */
export function clockTime(value) {
  const match = /^(\d{2}):(\d{2})$/.exec(String(value || ""));
  return match && +match[1] < 24 && +match[2] < 60 ? match[0] : "";
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/* A record from untrusted data (a link's parameter or a file), keeping only what has the
 * right shape: unknown recommendations (`known`, a set of ids; null accepts all) and
 * unknown values are left out and counted in `dropped`; anything past CAPS is cut and sets
 * `capped`. The input is never changed. */
export function readRecord(raw, known) {
  const record = emptyRecord();
  let dropped = 0;
  let capped = false;
  const str = (value, max) => {
    if (typeof value !== "string") return "";
    if (value.length > max) capped = true;
    return value.slice(0, max);
  };
  const list = (value, max) => {
    if (!Array.isArray(value)) { if (value !== undefined) dropped += 1; return []; }
    if (value.length > max) capped = true;
    return value.slice(0, max);
  };
  const recMap = (value, read) => {
    const out = {};
    if (!isObject(value)) { if (value !== undefined) dropped += 1; return out; }
    let n = 0;
    Object.keys(value).forEach((id) => {
      if (known && !known.has(id)) { dropped += 1; return; }
      if (n >= CAPS.recommendations) { capped = true; return; }
      const read_ = read(value[id]);
      if (read_ === null) { dropped += 1; return; }
      out[id] = read_;
      n += 1;
    });
    return out;
  };
  const agreement = (a) => {
    if (!isObject(a)) { dropped += 1; return null; }
    const row = { hvad: str(a.hvad, CAPS.what), ansvarlig: str(a.ansvarlig, CAPS.who), frist: isoDate(a.frist) };
    if (a.frist && !row.frist) dropped += 1;
    return row;
  };
  if (!isObject(raw)) return { record, dropped: raw === undefined || raw === null ? 0 : 1, capped };

  if (isObject(raw.notes)) {
    const keys = Object.keys(raw.notes);
    if (keys.length > CAPS.notes) capped = true;
    keys.slice(0, CAPS.notes).forEach((key) => {
      const text = str(raw.notes[key], CAPS.note);
      if (text) record.notes[str(key, 400)] = text;
    });
  }
  record.agreements = list(raw.agreements, CAPS.agreements).map(agreement).filter(Boolean);
  record.status = recMap(raw.status, (v) => (LIGHTS.includes(v) ? v : null));
  record.steps = recMap(raw.steps, (v) => (typeof v === "string" ? str(v, CAPS.step) : null));
  record.nextDate = isoDate(raw.nextDate);
  record.nextTime = clockTime(raw.nextTime);
  if (isObject(raw.answers)) {
    PARTIES.forEach((party) => {
      record.answers[party] = recMap(raw.answers[party], (v) =>
        isObject(v) && ANSWERS.includes(v.light) ? { light: v.light, comment: str(v.comment, CAPS.comment) } : null);
    });
  }
  record.followup = list(raw.followup, CAPS.followup).map((a) => {
    const row = agreement(a);
    if (!row) return null;
    row.status = FOLLOWUP.includes(a.status) ? a.status : "";
    return row;
  }).filter(Boolean);
  record.history = recMap(raw.history, (v) => {
    if (!Array.isArray(v) || !v.every((light) => LIGHTS.includes(light))) return null;
    if (v.length > CAPS.history) capped = true;
    return v.slice(-CAPS.history);
  });
  record.prep = PARTIES.includes(raw.prep) ? raw.prep : "";
  return { record, dropped, capped };
}

/* The record as data with empty parts left out, so a meeting without minutes adds nothing
 * to its link; {} when there is nothing to keep. */
export function compactRecord(record) {
  const out = {};
  const keep = (name, value, empty) => { if (!empty) out[name] = value; };
  const filled = (map) => Object.keys(map).length === 0;
  keep("prep", record.prep, !record.prep);
  keep("notes", record.notes, filled(record.notes));
  keep("agreements", record.agreements, !record.agreements.length);
  keep("status", record.status, filled(record.status));
  keep("steps", record.steps, filled(record.steps));
  keep("nextDate", record.nextDate, !record.nextDate);
  keep("nextTime", record.nextTime, !record.nextTime);
  const answers = {};
  PARTIES.forEach((party) => { if (!filled(record.answers[party])) answers[party] = record.answers[party]; });
  keep("answers", answers, filled(answers));
  keep("followup", record.followup, !record.followup.length);
  keep("history", record.history, filled(record.history));
  return out;
}

/* The link parameter's value for `record`, or "" when there is nothing to keep. */
export function writeRecord(record) {
  const data = compactRecord(record);
  return Object.keys(data).length ? JSON.stringify(data) : "";
}

/* The record in a link's parameter value (JSON); a broken value gives an empty record
 * with dropped = 1. */
export function parseRecord(value, known) {
  if (!value) return { record: emptyRecord(), dropped: 0, capped: false };
  try {
    return readRecord(JSON.parse(value), known);
  } catch (e) {
    return { record: emptyRecord(), dropped: 1, capped: false };
  }
}

/* Whether the record holds minutes (something written at or after the meeting): these are
 * what leaving the page unsaved would lose. */
export function hasMinutes(record) {
  return Object.keys(record.notes).length > 0 || record.agreements.length > 0 ||
    Object.keys(record.status).length > 0 || Object.keys(record.steps).length > 0 ||
    !!record.nextDate || record.followup.some((row) => row.status);
}

/* The last status agreed for a recommendation, or "". */
export function lastStatus(record, recId) {
  const past = record.history[recId] || [];
  return past.length ? past[past.length - 1] : "";
}
