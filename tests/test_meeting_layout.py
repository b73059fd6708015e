"""/moedeark/ laid out: template cards in line with their heading, the sticky action bar one
row on a phone, and the question picker numbered as the theme pages number the questions."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import soup

PHONE = {"width": 390, "height": 844}


@pytest.mark.browser
@pytest.mark.parametrize("width", [1366, 390])
def test_template_cards_line_up_with_their_heading(browser, server: str, width: int) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{server}/moedeark/")
    heading = page.locator("#dq-h-templates").bounding_box()
    cards = page.locator(".dq-templates li")
    lefts = {round(cards.nth(i).bounding_box()["x"]) for i in range(cards.count())}
    assert min(lefts) == round(heading["x"]), (heading["x"], lefts)
    right = max(cards.nth(i).bounding_box()["x"] + cards.nth(i).bounding_box()["width"]
                for i in range(cards.count()))
    article = page.locator("article").bounding_box()
    assert right <= article["x"] + article["width"] + 0.5
    context.close()


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "en/"])
def test_the_sticky_action_bar_is_one_row_on_a_phone(browser, server: str, prefix: str) -> None:
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{server}/{prefix}moedeark/#q=sundhed-faelles-maal,beskaeftigelse-faelles-maal")
    page.locator(".dq-choose").scroll_into_view_if_needed()
    page.mouse.wheel(0, 400)
    page.wait_for_function(
        "document.querySelector('.dq-handout-actions').getBoundingClientRect().top < 100"
    )
    bar = page.locator(".dq-handout-actions").bounding_box()
    boxes = page.eval_on_selector_all(
        ".dq-handout-actions > :not([hidden])",
        "els => els.map(e => { const r = e.getBoundingClientRect(); return [r.top, r.bottom]; })",
    )
    assert len(boxes) == 4
    # One row: every item overlaps every other vertically.
    assert max(t for t, _ in boxes) < min(b for _, b in boxes), f"the bar wraps: {boxes}"
    assert bar["height"] / PHONE["height"] <= 0.07, bar
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_question_picker_numbers_questions_as_the_theme_pages_do(
    site: Path, content, lang: str
) -> None:
    prefix = "" if lang == "da" else "en/"
    picker = soup(site / prefix / "moedeark/index.html")
    for theme in content.themes:
        shown = {
            h3["id"]: h3.select_one(".dq-num").get_text()
            for h3 in soup(site / prefix / theme.id / "index.html").select(".dq-question h3")
        }
        for q in theme.questions:
            label = picker.select_one(f'label[for="pick-{q.id}"]')
            assert label.select_one(".dq-num").get_text() == shown[q.id] == q.number, q.id
            assert " ".join(label.get_text().split()).startswith(f"{q.number} "), q.id
