"""The meeting kit's calendar file, made by docs/javascripts/meeting/ics.mjs under Node and
read back with the icalendar library, in three time zones."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from icalendar import Calendar

ROOT = Path(__file__).resolve().parents[1]
MODULE = (ROOT / "docs/javascripts/meeting/ics.mjs").as_uri()

SCRIPT = """
import { toIcs } from %s;
const [state, record] = JSON.parse(process.argv[1]);
const labels = {
  next_meeting: "Næste møde", deadline: "Frist", responsible: "Ansvarlig", untitled: "Møde",
};
process.stdout.write(toIcs(state, record, labels, new Date(Date.UTC(2026, 11, 10, 23, 30))));
"""

STATE = {
    "titel": "Styregruppe, Ålholm",
    "dato": "2026-12-10",
    "sted": "Beboerhuset",
    "deltagere": "A\nB",
    "laengde": 90,
    "items": [],
}
RECORD = {
    "nextDate": "2027-03-28",
    "nextTime": "",
    "agreements": [
        {
            "hvad": "Send tal; alle " + "lange ord " * 12,
            "ansvarlig": "Kommunen",
            "frist": "2026-12-31",
        },
        {"hvad": "Uden frist", "ansvarlig": "", "frist": ""},
        {"hvad": "Skudår", "ansvarlig": "BL", "frist": "2028-02-28"},
    ],
}


def calendar(tz: str, record: dict) -> Calendar:
    node = shutil.which("node")
    if node is None:
        pytest.skip("Node findes ikke")
    env = {**os.environ, "TZ": tz}
    out = subprocess.run(
        [
            node,
            "--input-type=module",
            "-e",
            SCRIPT % json.dumps(MODULE),
            json.dumps([STATE, record]),
        ],
        capture_output=True,
        env=env,
        check=True,
    ).stdout
    assert b"\r\n" in out
    return Calendar.from_ical(out)


@pytest.mark.parametrize("tz", ["Europe/Copenhagen", "Pacific/Auckland", "America/Los_Angeles"])
def test_the_calendar_file_parses_with_all_day_deadlines(tz: str) -> None:
    cal = calendar(tz, RECORD)
    events = cal.walk("VEVENT")
    assert [(e.decoded("DTSTART"), e.decoded("DTEND")) for e in events] == [
        (dt.date(2027, 3, 28), dt.date(2027, 3, 29)),
        (dt.date(2026, 12, 31), dt.date(2027, 1, 1)),
        (dt.date(2028, 2, 28), dt.date(2028, 2, 29)),
    ]
    stamp = dt.datetime(2026, 12, 10, 23, 30, tzinfo=dt.UTC)
    assert all(e.decoded("DTSTAMP") == stamp for e in events)
    assert len({str(e["UID"]) for e in events}) == 3
    assert str(events[0]["SUMMARY"]) == "Næste møde: Styregruppe, Ålholm"
    assert str(events[0]["LOCATION"]) == "Beboerhuset"
    assert str(events[1]["SUMMARY"]).startswith("Frist: Send tal; alle lange ord")
    assert str(events[1]["DESCRIPTION"]) == "Ansvarlig: Kommunen\nStyregruppe, Ålholm"
    assert cal["VERSION"] == "2.0" and cal["PRODID"]


def test_a_next_meeting_with_a_start_time_is_floating_with_its_length() -> None:
    cal = calendar("Pacific/Auckland", {**RECORD, "nextTime": "09:30", "agreements": []})
    (event,) = cal.walk("VEVENT")
    assert event.decoded("DTSTART") == dt.datetime(2027, 3, 28, 9, 30)
    assert event.decoded("DURATION") == dt.timedelta(minutes=90)
