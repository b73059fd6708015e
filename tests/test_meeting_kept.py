"""A planned meeting is never lost without the facilitator's choice: a template over it can be
undone, the language switcher carries it, whatever a link holds that the page cannot use is
named, and an impossible date or time is refused instead of going into the link."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_meeting_kit import OWN, agenda_ids, fragment_of
from test_quality import axe_violations

pytestmark = pytest.mark.browser

ALERT = ".dq-notice[role=alert]"
STATUS = ".dq-status[role=status]"


def plan_a_meeting(page, server: str, content, prefix: str = "") -> None:
    """A meeting with every kind of change: title, place, chosen questions, an own question,
    minutes and a new order."""
    first, second = (q.id for q in content.theme("sundhed").questions[:2])
    page.goto(f"{server}/{prefix}moedeark/")
    page.fill("#dq-titel", "Vores eget møde")
    page.fill("#dq-sted", "Beboerhuset")
    page.check(f'input[value="{first}"]')
    page.check(f'input[value="{second}"]')
    page.fill("#dq-eget", OWN)
    page.press("#dq-eget", "Enter")
    page.click(".dq-agenda-list li:nth-child(3) .dq-agenda-up")
    page.fill(".dq-agenda-list li:nth-child(1) .dq-minutes", "25")
    page.dispatch_event(".dq-agenda-list li:nth-child(1) .dq-minutes", "change")


def test_a_template_over_a_planned_meeting_is_undone_in_one_click(page, server, content) -> None:
    plan_a_meeting(page, server, content)
    before = (fragment_of(page), agenda_ids(page), page.input_value("#dq-titel"))
    template = content.meetings[1]
    page.click(f'a.dq-template[data-template="{template.id}"]')
    status = page.locator(STATUS)
    expect(status).to_contain_text(f"Skabelonen {template.title.da} er indsat.")
    assert agenda_ids(page) != before[1]
    assert axe_violations(page) == []
    status.get_by_role("button", name="Fortryd").click()
    assert (fragment_of(page), agenda_ids(page), page.input_value("#dq-titel")) == before
    expect(status.get_by_role("button")).to_have_count(0)
    expect(status).to_have_text("Mødet er sat tilbage, som det var.")


def test_a_meeting_link_opened_over_a_planned_meeting_is_undone_in_one_click(
    page, server, content
) -> None:
    plan_a_meeting(page, server, content)
    before = fragment_of(page)
    other = content.theme("beskaeftigelse").questions[0]
    page.evaluate(f"() => {{ location.hash = '#titel=Et+andet+m%C3%B8de&q={other.id}'; }}")
    status = page.locator(STATUS)
    expect(status).to_contain_text("Mødet fra linket er indsat.")
    assert agenda_ids(page) == [other.text.da]
    status.get_by_role("button", name="Fortryd").click()
    assert fragment_of(page) == before
    assert page.input_value("#dq-titel") == "Vores eget møde"


def test_an_empty_meeting_takes_a_template_with_nothing_to_undo(page, server, content) -> None:
    page.goto(f"{server}/moedeark/")
    page.click(f'a.dq-template[data-template="{content.meetings[0].id}"]')
    expect(page.locator(STATUS)).to_contain_text("er indsat")
    expect(page.locator(STATUS).get_by_role("button")).to_have_count(0)


def test_the_language_switcher_carries_the_meeting_both_ways(page, server, content) -> None:
    plan_a_meeting(page, server, content)
    fragment = fragment_of(page)
    english = page.locator('a.md-select__link[hreflang="en"]')
    assert english.get_attribute("href").endswith(fragment)
    page.hover(".md-header .md-select")
    english.click()
    page.wait_for_url("**/en/moedeark/**")
    assert fragment_of(page) == fragment
    texts = [content.question_index[q.id][1].text.pick("en")[0]
             for q in content.theme("sundhed").questions[:2]]
    assert agenda_ids(page) == [texts[0], OWN, texts[1]]
    assert page.input_value("#dq-sted") == "Beboerhuset"
    page.fill("#dq-sted", "Medborgerhuset")  # a change on the English page goes back too
    danish = page.locator('a.md-select__link[hreflang="da"]')
    assert danish.get_attribute("href").endswith(fragment_of(page))
    page.hover(".md-header .md-select")
    danish.click()
    page.wait_for_url("**/moedeark/#*")
    assert "/en/" not in page.url
    assert page.input_value("#dq-sted") == "Medborgerhuset"
    assert len(agenda_ids(page)) == 3


def test_what_a_link_holds_that_the_page_cannot_use_is_named(page, server, content) -> None:
    real = next(iter(content.question_index))
    page.goto(
        f"{server}/moedeark/#q={real},fjernet-spoergsmaal,et-andet,_1,_3&dato=2026-02-31"
        "&vis=alle&skabelon=gammel-skabelon&eget=Brugt&eget=Aldrig+brugt&farve=rød"
    )
    alert = page.locator(ALERT)
    expect(alert).to_contain_text(
        "2 spørgsmål fra linket findes ikke længere: fjernet-spoergsmaal, et-andet."
    )
    for part in ("q=_3", "dato=2026-02-31", "vis=alle", "skabelon=gammel-skabelon",
                 "eget=Aldrig brugt", "farve=rød"):
        expect(alert).to_contain_text(part)
    assert agenda_ids(page) == [content.question_index[real][1].text.da, "Brugt"]
    assert page.input_value("#dq-dato") == ""


def test_a_text_cut_to_its_limit_is_told(page, server: str, content) -> None:
    real = next(iter(content.question_index))
    page.goto(f"{server}/moedeark/#titel={'A' * 300}&q={real}")
    assert len(page.input_value("#dq-titel")) == 200
    expect(page.locator(ALERT)).to_contain_text("for langt")


@pytest.mark.parametrize(
    "case",
    [
        ("", "dato", "31.02.2026", "Datoen 31.02.2026 findes ikke. Skriv den som dd.mm.åååå.",
         "28.02.2026", "dato=2026-02-28"),
        ("en/", "dato", "31/02/2026", "The date 31/02/2026 does not exist. Write it as dd/mm/yyyy.",
         "28/02/2026", "dato=2026-02-28"),
        ("", "tid", "25:70", "Klokkeslættet 25:70 findes ikke. Skriv det som tt:mm.",
         "13:30", "tid=13:30"),
    ],
    ids=["dato", "date", "tid"],
)
def test_an_impossible_date_or_time_is_refused_and_stays_out_of_the_link(
    page, server: str, case: tuple[str, ...]
) -> None:
    prefix, field, typed, message, good, written = case
    page.goto(f"{server}/{prefix}moedeark/#q=sundhed-faelles-maal")
    page.fill(f"#dq-{field}", typed)
    page.press(f"#dq-{field}", "Tab")
    alert = page.locator(ALERT)
    expect(alert).to_have_text(message)
    assert page.get_attribute(f"#dq-{field}", "aria-invalid") == "true"
    assert f"{field}=" not in fragment_of(page)
    assert page.input_value(f"#dq-{field}") == typed  # left for the user to correct
    page.fill(f"#dq-{field}", good)  # the message goes as soon as the value is right
    expect(alert).to_be_hidden()
    assert written in fragment_of(page)
    assert page.get_attribute(f"#dq-{field}", "aria-invalid") is None
