/* Dialogværktøjet, meeting kit: "Tilføj til kalender" as an iCalendar file (RFC 5545).
 *
 * One event for the next meeting and one all-day event per agreement deadline. All-day
 * events are DATE values with an exclusive DTEND (the day after); a next meeting with a
 * start time is a floating local time, as the participants meet wherever they are. UIDs
 * are derived from the meeting and the event, so a file downloaded again updates the same
 * events instead of adding copies. Dates are computed in UTC: the machine's time zone
 * never moves a day. Pure functions, no DOM.
 */

const CRLF = "\r\n";

/* Text as an iCalendar TEXT value (RFC 5545 3.3.11). */
export function escapeText(value) {
  return String(value).replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/* A content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function fold(line) {
  const encoder = new TextEncoder();
  const parts = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const n = encoder.encode(char).length;
    const limit = parts.length ? 74 : 75;  // a continuation line starts with a space
    if (size + n > limit) { parts.push(current); current = ""; size = 0; }
    current += char;
    size += n;
  }
  parts.push(current);
  return parts.join(CRLF + " ");
}

function pad(n, width) {
  return String(n).padStart(width || 2, "0");
}

function compactDate(iso) {
  return iso.replace(/-/g, "");
}

/* The day after an ISO date, as YYYYMMDD. */
export function dayAfter(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + 1));
  return date.getUTCFullYear() + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate());
}

/* A Date as a UTC DATE-TIME: 20261210T120000Z. */
export function utcStamp(date) {
  return date.getUTCFullYear() + pad(date.getUTCMonth() + 1) + pad(date.getUTCDate()) + "T" +
    pad(date.getUTCHours()) + pad(date.getUTCMinutes()) + pad(date.getUTCSeconds()) + "Z";
}

/* 16 hex digits from `text` (two FNV-1a hashes), for stable UIDs. */
function digest(text) {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x5bd1e995) >>> 0;
  }
  return (a.toString(16).padStart(8, "0") + b.toString(16).padStart(8, "0"));
}

/* The calendar for the meeting `state` and its `record`: the text of an .ics file, or ""
 * when there is nothing to put in a calendar. `labels`: {next_meeting, deadline,
 * responsible, untitled}; `now`: the DTSTAMP (a Date). */
export function toIcs(state, record, labels, now) {
  const title = String(state.titel || "").trim() || labels.untitled;
  const seed = title + "|" + (state.dato || "") + "|";
  const stamp = utcStamp(now);
  const events = [];

  function event(kind, summary, when, description) {
    const lines = ["BEGIN:VEVENT", "UID:" + digest(seed + kind) + "-" + kind + "@dialogvaerktoejet", "DTSTAMP:" + stamp];
    lines.push(...when);
    lines.push("SUMMARY:" + escapeText(summary));
    if (description) lines.push("DESCRIPTION:" + escapeText(description));
    if (state.sted && kind === "naeste-moede") lines.push("LOCATION:" + escapeText(state.sted));
    lines.push("END:VEVENT");
    events.push(...lines);
  }

  if (record.nextDate) {
    let when;
    if (record.nextTime) {
      const minutes = state.laengde || 60;
      when = ["DTSTART:" + compactDate(record.nextDate) + "T" + record.nextTime.replace(":", "") + "00",
        "DURATION:PT" + minutes + "M"];
    } else {
      when = ["DTSTART;VALUE=DATE:" + compactDate(record.nextDate), "DTEND;VALUE=DATE:" + dayAfter(record.nextDate)];
    }
    event("naeste-moede", labels.next_meeting + ": " + title, when, state.deltagere || "");
  }
  record.agreements.forEach((row, i) => {
    if (!row.frist) return;
    const what = row.hvad.trim() || title;
    const description = (row.ansvarlig ? labels.responsible + ": " + row.ansvarlig + "\n" : "") + title;
    event("aftale-" + (i + 1), labels.deadline + ": " + what,
      ["DTSTART;VALUE=DATE:" + compactDate(row.frist), "DTEND;VALUE=DATE:" + dayAfter(row.frist)], description);
  });
  if (!events.length) return "";
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//KL og BL//Dialogvaerktoejet//DA", "CALSCALE:GREGORIAN"]
    .concat(events, ["END:VCALENDAR"]);
  return lines.map(fold).join(CRLF) + CRLF;
}
