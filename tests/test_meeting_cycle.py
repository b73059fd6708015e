"""From meeting to meeting in Chromium: two parties prepare apart, the facilitator compares
their answers, writes the minutes, prints them, plans the next meeting, saves and reopens
the file and downloads the calendar, in Danish and English; the status history over three
meetings; short links, the link-length warning, leaving with unsaved minutes, the keyboard
alone and a 390 px phone."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from test_meeting_kit import print_to_pdf, words
from test_quality import axe_violations

from conftest import pdf_text
from dialogtool.labels import LABELS

pytestmark = pytest.mark.browser

# The meeting as the page's own modules read it from the address: agenda parameters and
# the record (parameter m).
READ_LINK = """async () => {
  const { unpack } = await import('/javascripts/meeting/link.mjs');
  const { params, broken } = await unpack(location.hash);
  const search = new URLSearchParams(params);
  const record = JSON.parse(search.get('m') || '{}');
  search.delete('m');
  return { params: search.toString(), record, broken, packed: location.hash.startsWith('#z=') };
}"""


def link_state(page) -> dict:
    return page.evaluate(READ_LINK)


def wait_for_record(page, condition: str) -> dict:
    """Wait until the record in the address satisfies `condition` (JS, over `r`)."""
    page.wait_for_function(
        "async () => { const r = (await (" + READ_LINK + ")()).record; return " + condition + "; }"
    )
    return link_state(page)


def served(page) -> list[str]:
    return page.eval_on_selector_all(".dq-rec-status", "bs => bs.map(b => b.dataset.rec)")


def open_meeting(page, server: str, prefix: str, template: str) -> None:
    page.goto(f"{server}/{prefix}moedeark/")
    page.click(f'a.dq-template[data-template="{template}"]')
    page.fill("#dq-dato", "10.12.2026" if not prefix else "10/12/2026")
    page.fill("#dq-sted", "Beboerhuset")
    page.fill("#dq-deltagere", "Kommunen\nBoligorganisationen")
    page.wait_for_selector(".dq-referat:not([hidden])")
    # The address is packed asynchronously: wait until it holds the last field typed.
    page.wait_for_function(
        "async () => { const s = await (" + READ_LINK + ")(); "
        "return s.packed && s.params.includes('Boligorganisationen'); }"
    )


def copied_link(page, button: str) -> str:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.evaluate("navigator.clipboard.writeText('')")
    page.click(button)
    page.wait_for_function("async () => (await navigator.clipboard.readText()).length > 0")
    return page.evaluate("navigator.clipboard.readText()")


def prepare(browser, link: str, party: str, answers: dict[str, tuple[str, str]], L: dict) -> str:
    """A party opens the meeting's link in its own browser, rates the recommendations and
    copies its answer link."""
    context = browser.new_context(locale="da-DK")
    page = context.new_page()
    page.goto(link)
    page.click(f'[data-cycle="prep-{party}"]')
    page.wait_for_selector(".dq-prep-form:not([hidden]) .dq-rate")
    assert page.is_hidden(".dq-agenda") and page.is_hidden(".dq-choose")
    assert page.text_content("#dq-h-prep-form") == L["kit_prep_heading"].format(
        party=L[f"kit_party_{party}"]
    )
    for rec, (light, comment) in answers.items():
        page.check(f"#dq-prep-{rec}-{light}")
        if comment:
            page.fill(f"#dq-prep-comment-{rec}", comment)
    assert axe_violations(page) == [], f"{party} preparing"
    answer = copied_link(page, '[data-cycle="prep-copy"]')
    assert page.text_content("p.dq-status") == L["kit_prep_copied"]
    context.close()
    return answer


def answers_are_compared(browser, page, content, recs: list[str], L: dict) -> None:
    """Both parties prepare in their own browsers; the facilitator adds and compares."""
    link = page.url
    # Each party prepares apart, in its own browser.
    kommune = prepare(
        browser,
        link,
        "kommune",
        {recs[0]: ("groen", "Vi har fælles mål"), recs[1]: ("gul", ""), recs[2]: ("groen", "")},
        L,
    )
    bolig = prepare(
        browser,
        link,
        "boligorganisation",
        {recs[0]: ("roed", "Ikke set endnu"), recs[1]: ("vedikke", ""), recs[2]: ("gul", "")},
        L,
    )

    # The facilitator adds both answers; the differences come first, colour with its word.
    for answer in (kommune, bolig):
        page.fill("#dq-answer-link", answer)
        page.click('[data-cycle="add-answers"]')
        page.wait_for_function("document.querySelector('p.dq-status').textContent.length > 0")
    page.wait_for_selector(".dq-compare .dq-differ")
    headings = page.eval_on_selector_all(".dq-compare h4", "hs => hs.map(h => h.textContent)")
    assert headings == [L["kit_differ"], L["kit_same"]]
    first = page.eval_on_selector_all(
        ".dq-compare table:first-of-type tbody tr",
        "rows => rows.map(r => [...r.cells].map(c => c.textContent))",
    )
    numbers = {r.id: r.number for r in content.recommendations}
    assert [row[0].split(".")[0] for row in first] == [str(numbers[recs[0]]), str(numbers[recs[1]])]
    assert first[0][1:] == [
        L["kit_light_groen"] + "Vi har fælles mål",
        L["kit_light_roed"] + "Ikke set endnu",
    ]
    assert first[1][1:] == [L["kit_light_gul"], L["kit_light_vedikke"]]
    assert axe_violations(page) == [], "answers compared"


def minutes_are_written(page, recs: list[str]) -> None:
    """Notes, two agreements (a third added and removed), status, next step and date."""
    # The minutes: notes, two agreements (a third added and removed), status, next step, date.
    page.fill("#dq-note-0", "Vi aftalte at dele tal hver måned.")
    for i, (what, who, when) in enumerate(
        [
            ("Send ledighedstal", "Jobcentret", "2027-01-15"),
            ("Slet mig", "Ingen", ""),
            ("Book lokale", "Driftschefen", "2027-02-01"),
        ]
    ):
        page.click('[data-cycle="add-agreement"]')
        page.fill(f"#dq-agreement-hvad-{i}", what)
        page.fill(f"#dq-agreement-ansvarlig-{i}", who)
        if when:
            page.fill(f"#dq-agreement-frist-{i}", when)
    page.click(".dq-agreement:nth-child(2) .dq-agreement-remove")
    assert page.input_value("#dq-agreement-hvad-1") == "Book lokale"
    page.check(f"#dq-status-{recs[0]}-gul")
    page.fill(f"#dq-step-{recs[0]}", "Fælles møde med jobcentret")
    page.fill("#dq-next-date", "2027-03-01")
    state = wait_for_record(page, "r.nextDate === '2027-03-01'")
    assert state["packed"]
    assert [a["hvad"] for a in state["record"]["agreements"]] == [
        "Send ledighedstal",
        "Book lokale",
    ]
    assert axe_violations(page) == [], "minutes written"


def minutes_print_and_copy(page, L: dict, lang: str, tmp_path: Path) -> None:
    """The printed handout and the copied text hold the minutes."""
    # Print gives the handout filled in.
    text = words(pdf_text(print_to_pdf(page, tmp_path / "minutes.pdf")))
    for expected in (
        "Vi aftalte at dele tal hver måned.",
        "Send ledighedstal",
        "Jobcentret",
        "Book lokale",
        "Driftschefen",
        "Fælles møde med jobcentret",
        L["kit_differ"],
        "15 January 2027" if lang == "en" else "15. januar 2027",
        "1 March 2027" if lang == "en" else "1. marts 2027",
    ):
        assert words(expected) in text, expected
    assert "Slet mig" not in text

    # Copy as text gives the minutes too.
    minutes = copied_link(page, '[data-cycle="copy-minutes"]')
    for expected in (
        "Vi aftalte at dele tal hver måned.",
        "Send ledighedstal",
        "Jobcentret",
        "Fælles møde med jobcentret",
        L["kit_light_gul"],
    ):
        assert expected in minutes, expected


def calendar_and_file(browser, page, server: str, prefix: str, tmp_path: Path) -> None:
    """The .ics parses; the saved file reopens as the identical meeting."""
    # The calendar file parses: next meeting and both deadlines, all day.
    with page.expect_download() as download:
        page.click('[data-cycle="calendar"]')
    ics = Path(download.value.path()).read_bytes()
    events = Calendar.from_ical(ics).walk("VEVENT")
    assert sorted(str(e.decoded("DTSTART")) for e in events) == [
        "2027-01-15",
        "2027-02-01",
        "2027-03-01",
    ]

    # The file, saved and reopened in a fresh browser, gives the identical meeting.
    with page.expect_download() as download:
        page.click('[data-cycle="save-file"]')
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert re.fullmatch(r"[a-z0-9-]+-2026-12-10\.json", saved.name), saved.name
    before = link_state(page)
    fresh = browser.new_context(locale="da-DK").new_page()
    fresh.goto(f"{server}/{prefix}moedeark/")
    fresh.set_input_files("#dq-open-file", str(saved))
    fresh.wait_for_function("location.hash.startsWith('#z=')")
    assert link_state(fresh) == before
    assert fresh.input_value("#dq-agreement-ansvarlig-1") == "Driftschefen"
    fresh.context.close()


def plan_next(page) -> str:
    """Plan the next meeting and wait for its link: it is packed asynchronously."""
    page.eval_on_selector("#dq-next-url", "el => { el.value = ''; }")
    page.click('[data-cycle="plan-next"]')
    page.wait_for_function("document.querySelector('#dq-next-url').value.includes('#z=')")
    return page.input_value("#dq-next-url")


def next_meeting_follows_up(
    browser, page, server: str, recs: list[str], *, lang: str, tmp_path: Path
) -> None:
    """The next meeting's link carries the agreements to follow up and the last status."""
    L = LABELS[lang]
    prefix = "en/" if lang == "en" else ""
    # The next meeting: carried agreements with their boxes, and "Sidst:".
    next_link = plan_next(page)
    assert next_link.startswith(f"{server}/{prefix}moedeark/#z=")
    following = browser.new_context(locale="da-DK").new_page()
    following.goto(next_link)
    following.wait_for_selector(".dq-followup:not([hidden])")
    carried = following.eval_on_selector_all(
        ".dq-carried legend", "ls => ls.map(l => l.textContent)"
    )
    assert len(carried) == 2 and "Send ledighedstal" in carried[0] and "Jobcentret" in carried[0]
    labels = following.eval_on_selector_all(
        ".dq-carried:first-child label", "ls => ls.map(l => l.textContent)"
    )
    assert labels == [L["kit_fu_udfoert"], L["kit_fu_igang"], L["kit_fu_ikkestartet"]]
    last = following.text_content(f'.dq-rec-status[data-rec="{recs[0]}"] .dq-last')
    assert last == L["kit_last"].format(light=L["kit_light_gul"])
    assert following.input_value("#dq-dato") == ("01/03/2027" if lang == "en" else "01.03.2027")
    assert following.input_value("#dq-titel") == page.input_value("#dq-titel")
    assert following.input_value("#dq-note-0") == ""
    assert axe_violations(following) == [], "next meeting"
    next_text = words(pdf_text(print_to_pdf(following, tmp_path / "next.pdf")))
    header_end = next_text.index(L["kit_followup"])
    assert header_end < next_text.index(L["kit_agenda"])
    assert words(L["kit_last"].format(light=L["kit_light_gul"])) in next_text
    assert "Send ledighedstal" in next_text
    assert following.evaluate("localStorage.length + sessionStorage.length") == 0
    following.context.close()


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_whole_cycle_from_preparation_to_the_next_meeting(
    browser, page, server: str, *, content, prefix: str, tmp_path: Path
) -> None:
    lang = "en" if prefix else "da"
    L = LABELS[lang]
    open_meeting(page, server, prefix, content.meetings[0].id)
    recs = served(page)
    assert len(recs) >= 3
    answers_are_compared(browser, page, content, recs, L)
    minutes_are_written(page, recs)
    minutes_print_and_copy(page, L, lang, tmp_path)
    calendar_and_file(browser, page, server, prefix, tmp_path)
    next_meeting_follows_up(browser, page, server, recs, lang=lang, tmp_path=tmp_path)


def test_three_meetings_give_the_status_history(browser, page, server: str, content) -> None:
    open_meeting(page, server, "", content.meetings[0].id)
    rec = served(page)[0]
    current = page
    for light in ("roed", "gul", "groen"):
        current.check(f"#dq-status-{rec}-{light}")
        wait_for_record(current, f"r.status && r.status['{rec}'] === '{light}'")
        url = plan_next(current)
        current = browser.new_context(locale="da-DK").new_page()
        current.goto(url)
        current.wait_for_selector(f'.dq-rec-status[data-rec="{rec}"]')
    past = current.text_content(f'.dq-rec-status[data-rec="{rec}"] .dq-last')
    assert past == "Sidst: Grøn · Udvikling: Rød → Gul → Grøn"
    current.context.close()


def test_an_answer_file_and_a_meeting_link_are_told_apart(
    browser, page, server: str, content, tmp_path: Path
) -> None:
    open_meeting(page, server, "", content.meetings[0].id)
    rec = served(page)[0]
    link = page.url
    party = browser.new_context(locale="da-DK").new_page()
    party.goto(link)
    party.click('[data-cycle="prep-boligorganisation"]')
    party.check(f"#dq-prep-{rec}-roed")
    with party.expect_download() as download:
        party.click('[data-cycle="prep-save"]')
    answer = tmp_path / download.value.suggested_filename
    download.value.save_as(answer)
    assert answer.name.endswith("-boligorganisation.json")
    party.context.close()
    # The meeting's own link is no preparation.
    page.fill("#dq-answer-link", link)
    page.click('[data-cycle="add-answers"]')
    page.wait_for_function("document.querySelector('.dq-notice').textContent.length > 0")
    assert page.text_content(".dq-notice") == LABELS["da"]["kit_answers_not_prep"]
    page.set_input_files("#dq-answer-file", str(answer))
    page.wait_for_selector(".dq-compare table")
    assert "Rød" in page.text_content(".dq-compare")
    assert page.text_content("p.dq-status") == "Svarene fra boligorganisationen er tilføjet."


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("ikke json", "Filen møde.json kan ikke læses: den er ikke en JSON-fil."),
        ('{"format": "andet"}', "Filen møde.json er ikke et møde fra Dialogværktøjet."),
        (
            '{"format": "dialogvaerktoejet-moede", "version": 9, "meeting": {}}',
            "Filen møde.json er fra en nyere udgave af værktøjet. Genindlæs siden, og prøv igen.",
        ),
        (
            '{"format": "dialogvaerktoejet-moede", "version": 2, "meeting": {"items": 5}}',
            "Filen møde.json er beskadiget (items) og er ikke åbnet.",
        ),
    ],
)
def test_a_bad_file_is_refused_with_its_reason(
    page, server: str, content, *, tmp_path: Path, body: str, message: str
) -> None:
    open_meeting(page, server, "", content.meetings[0].id)
    before = page.url
    bad = tmp_path / "møde.json"
    bad.write_text(body, encoding="utf-8")
    page.set_input_files("#dq-open-file", str(bad))
    page.wait_for_function("document.querySelector('.dq-notice').textContent.length > 0")
    assert page.text_content(".dq-notice") == message
    assert page.url == before


def test_a_version_1_file_opens(page, server: str, content, tmp_path: Path) -> None:
    q = content.meetings[0].items[0].question_id
    old = tmp_path / "gammelt.json"
    old.write_text(
        json.dumps(
            {
                "format": "dialogvaerktoejet-moede",
                "version": 1,
                "meeting": {"titel": "Gammelt møde", "items": [{"id": q, "minutes": 7}]},
            }
        )
    )
    page.goto(f"{server}/moedeark/")
    page.set_input_files("#dq-open-file", str(old))
    page.wait_for_function("document.querySelector('#dq-titel').value === 'Gammelt møde'")
    assert page.input_value(".dq-agenda-list .dq-minutes") == "7"
    assert page.text_content("p.dq-status") == "Mødet fra gammelt.json er åbnet."


def test_a_link_from_before_compression_still_opens(browser, server: str, content) -> None:
    q = [i.question_id for i in content.meetings[0].items[:3]]
    old = (
        f"{server}/moedeark/#titel=Styregruppe&dato=2026-12-10&tid=13%3A00&sted=Beboerhuset"
        f"&q={q[0]}:15,{q[1]},_1:10,{q[2]}&eget=Hvordan+g%C3%A5r+det%3F"
    )
    page = browser.new_context(locale="da-DK").new_page()
    page.goto(old)
    page.wait_for_selector(".dq-referat:not([hidden])")
    assert page.input_value("#dq-titel") == "Styregruppe"
    assert page.input_value("#dq-dato") == "10.12.2026"
    texts = page.eval_on_selector_all(
        ".dq-agenda-text", "ts => ts.map(t => t.firstChild.textContent)"
    )
    assert texts[2] == "Hvordan går det?" and len(texts) == 4
    assert page.input_value(".dq-agenda-list li:nth-child(1) .dq-minutes") == "15"
    # With minutes added the link is written compressed, and reads as the same meeting.
    page.fill("#dq-note-0", "Noter til første punkt, skrevet under mødet.")
    page.wait_for_function("location.hash.startsWith('#z=')")
    again = browser.new_context(locale="da-DK").new_page()
    again.goto(page.url)
    again.wait_for_selector(".dq-referat:not([hidden])")
    assert (
        again.eval_on_selector_all(".dq-agenda-text", "ts => ts.map(t => t.firstChild.textContent)")
        == texts
    )
    assert again.input_value("#dq-note-0") == "Noter til første punkt, skrevet under mødet."
    page.context.close()
    again.context.close()


def fill_long_meeting(page, agreements: int, note: str) -> None:
    """A 90-minute meeting with a note on every item, the status of every recommendation,
    and `agreements` agreements."""
    items = page.eval_on_selector_all(".dq-note", "ns => ns.length")
    for i in range(items):
        page.fill(f"#dq-note-{i}", note.format(n=i + 1))
    for rec in served(page):
        page.check(f"#dq-status-{rec}-gul")
        page.fill(f"#dq-step-{rec}", "Fælles møde med jobcentret og beboerrådgiverne i foråret")
    for i in range(agreements):
        page.click('[data-cycle="add-agreement"]')
        page.fill(
            f"#dq-agreement-hvad-{i}",
            f"Aftale nummer {i + 1}: send status på indsatsen til styregruppen",
        )
        page.fill(f"#dq-agreement-ansvarlig-{i}", "Boligsocial koordinator")
        page.fill(f"#dq-agreement-frist-{i}", f"2027-0{1 + i % 9}-15")
    page.fill("#dq-next-date", "2027-03-01")
    wait_for_record(page, f"r.agreements && r.agreements.length === {agreements} && r.nextDate")


def test_link_length_of_a_90_minute_meeting_with_minutes_and_ten_agreements(
    page, server: str, content, tmp_path: Path
) -> None:
    template = next(t for t in content.meetings if t.minutes == 90)
    open_meeting(page, server, "", template.id)
    fill_long_meeting(
        page, 10, "Punkt {n}: vi drøftede status, og parterne var enige om næste skridt."
    )
    state = link_state(page)
    packed = len(page.evaluate("location.hash")) - 1
    plain = (
        len(state["params"])
        + len("&m=")
        + page.evaluate("r => encodeURIComponent(JSON.stringify(r)).length", state["record"])
    )
    with page.expect_download() as download:
        page.click('[data-cycle="save-file"]')
    saved = tmp_path / "moede.json"
    download.value.save_as(saved)
    print(
        f"\nMøde på 90 minutter med referat og 10 aftaler: fragment {packed} tegn pakket, "
        f"{plain} upakket; hele linket {len(page.url)} tegn her ({server}); "
        f"filen {saved.stat().st_size} byte"
    )
    assert page.text_content(".dq-link-length") == ""
    assert packed < plain / 2
    assert packed + 60 < 2000, "with a site address of up to 60 characters before the #"


def test_a_link_over_2000_characters_is_flagged_with_the_file_offered(
    page, server: str, content
) -> None:
    open_meeting(page, server, "", content.meetings[0].id)
    # Text that does not compress: every note different.
    import random

    rng = random.Random(21)
    for i in range(page.eval_on_selector_all(".dq-note", "ns => ns.length")):
        page.fill(
            f"#dq-note-{i}",
            "".join(rng.choice("abcdefghijklmnopqrstuvwxyzæøå ") for _ in range(400)),
        )
    page.wait_for_function("location.href.length > 2000")
    page.wait_for_function("document.querySelector('.dq-link-length').textContent.length > 0")
    message = page.text_content(".dq-link-length")
    assert f"Linket er {len(page.url)} tegn langt" in message.replace(".", "")
    assert "Gem mødet som fil" in message


def test_leaving_with_unsaved_minutes_asks_first(browser, server: str, content) -> None:
    page = browser.new_context(locale="da-DK").new_page()
    open_meeting(page, server, "", content.meetings[0].id)
    asked = []

    def on_dialog(dialog) -> None:
        asked.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    # No minutes yet: leaving does not ask.
    page.goto(f"{server}/")
    assert asked == []
    page.go_back()
    page.wait_for_selector(".dq-referat:not([hidden])")
    page.click("#dq-note-0")  # a user's own click: browsers ask only then
    page.keyboard.type("Et referat, der ikke er gemt")
    wait_for_record(page, "r.notes")
    with page.expect_event("dialog") as dialog:
        page.close(run_before_unload=True)
    assert dialog.value.type == "beforeunload"
    assert asked == ["beforeunload"]
    page.context.close()
    # Saved as a file: leaving does not ask.
    page = browser.new_context(locale="da-DK").new_page()
    open_meeting(page, server, "", content.meetings[0].id)
    page.on("dialog", on_dialog)
    page.click("#dq-note-0")
    page.keyboard.type("Et referat, der er gemt")
    wait_for_record(page, "r.notes")
    with page.expect_download():
        page.click('[data-cycle="save-file"]')
    page.goto(f"{server}/")
    assert asked == ["beforeunload"]
    page.context.close()


def test_the_minutes_with_the_keyboard_alone_and_on_a_phone(browser, server: str, content) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="da-DK")
    page = context.new_page()
    open_meeting(page, server, "", content.meetings[0].id)
    page.focus('[data-cycle="add-agreement"]')
    page.keyboard.press("Enter")
    page.wait_for_selector("#dq-agreement-hvad-0:focus")
    page.keyboard.type("Send tal")
    page.keyboard.press("Tab")
    page.keyboard.type("Jobcentret")
    page.keyboard.press("Tab")
    page.keyboard.type("15.01.2027")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className").startswith(
        "md-button dq-agreement-remove"
    )
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.cycle") == "add-agreement"
    page.keyboard.press("Tab")  # the first recommendation's radio group
    page.keyboard.press("ArrowRight")
    state = wait_for_record(page, "r.agreements && r.agreements[0].frist && r.status")
    assert state["record"]["agreements"] == [
        {"hvad": "Send tal", "ansvarlig": "Jobcentret", "frist": "2027-01-15"}
    ]
    assert list(state["record"]["status"].values()) == ["gul"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert axe_violations(page) == [], "phone"
    page.click('[data-cycle="plan-next"]')
    page.wait_for_selector(".dq-next-link:not([hidden])")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_a_deadline_that_is_no_date_is_flagged_not_kept(page, server: str, content) -> None:
    open_meeting(page, server, "", content.meetings[0].id)
    page.click('[data-cycle="add-agreement"]')
    page.fill("#dq-agreement-hvad-0", "Send tal")
    page.fill("#dq-agreement-frist-0", "31.02.2027")
    page.press("#dq-agreement-frist-0", "Tab")
    assert page.text_content(".dq-notice") == (
        "Datoen 31.02.2027 findes ikke. Skriv den som dd.mm.åååå."
    )
    assert page.get_attribute("#dq-agreement-frist-0", "aria-invalid") == "true"
    page.fill("#dq-agreement-frist-0", "2027-02-28")
    page.press("#dq-agreement-frist-0", "Tab")
    assert page.input_value("#dq-agreement-frist-0") == "28.02.2027"
    assert page.get_attribute("#dq-agreement-frist-0", "aria-invalid") is None
    state = wait_for_record(page, "r.agreements && r.agreements[0].frist")
    assert state["record"]["agreements"][0]["frist"] == "2027-02-28"
