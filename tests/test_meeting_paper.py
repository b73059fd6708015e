"""The meeting handout on paper: its header names the meeting, the browser's own header and
footer carry no participant's name, and the browser's Print with nothing chosen gives the
questions to choose from instead of a sheet with a warning."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from test_meeting_kit import fragment_of, print_to_pdf

from conftest import pdf_boxes, pdf_pages, pdf_text, words

pytestmark = pytest.mark.browser

NAMES = ["Søren Østergaard", "Åse Bæk"]
MM = 72 / 25.4
WORD = re.compile(
    r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>'
)


def margins_text(pdf: Path, top_mm: float = 16, bottom_mm: float = 18) -> str:
    """The words printed in the pages' top and bottom margins: the browser's own header and
    footer, outside the page's content box (dialog.css: @page margin 16mm 16mm 18mm)."""
    found = []
    for height, part in pdf_boxes(pdf):
        for y_min, y_max, word in WORD.findall(part):
            if float(y_max) <= top_mm * MM or float(y_min) >= height - bottom_mm * MM:
                found.append(word)
    return " ".join(found)


def plan(page, server: str, content) -> str:
    ids = [q.id for q in content.theme("sundhed").questions[:3]]
    page.goto(f"{server}/moedeark/#titel=Styregruppemøde&q={','.join(ids)}")
    page.fill("#dq-dato", "10.12.2026")
    page.press("#dq-dato", "Tab")
    page.fill("#dq-deltagere", "\n".join(NAMES))
    return fragment_of(page)


def test_the_handout_s_header_names_the_meeting_not_the_page_s_date(
    page, server: str, content, tmp_path: Path
) -> None:
    plan(page, server, content)
    pdf = print_to_pdf(page, tmp_path / "meeting.pdf")
    first = words(pdf_text(pdf, 1, 1))
    assert "Sidst opdateret" not in words(pdf_text(pdf))
    header = first[: first.index("Dagsorden")]
    assert "Styregruppemøde · 10. december 2026" in header


def assert_no_names(printed: str) -> None:
    for name in NAMES:
        for part in name.split():
            for form in (part, quote(part), quote_plus(part)):
                assert form not in printed, form
    assert "#" not in printed and "deltagere" not in printed


def test_the_browser_s_header_and_footer_carry_no_names(
    page, server: str, content, tmp_path: Path
) -> None:
    fragment = plan(page, server, content)
    assert quote("Østergaard") in fragment  # the names are in the address on screen
    # A browser fires beforeprint when printing starts; Chromium's print to PDF reads the
    # address just before it does, so the event is sent here first, as a print preview does.
    page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
    page.emulate_media(media="print")
    out = tmp_path / "footer.pdf"
    page.pdf(path=str(out), prefer_css_page_size=True, display_header_footer=True)
    margins = margins_text(out)
    assert "/moedeark/" in margins  # the browser printed the address
    assert_no_names(margins)
    assert fragment_of(page) == fragment  # afterprint: the address is whole again
    for name in NAMES:
        assert name in words(pdf_text(out))  # while the handout itself lists them


@pytest.mark.parametrize("how", ["button", "keys"])
def test_udskriv_and_ctrl_p_start_printing_with_no_names_in_the_address(
    page, server: str, content, how: str
) -> None:
    fragment = plan(page, server, content)
    page.evaluate("() => { window.print = () => { window.__printedAt = location.href; }; }")
    if how == "button":
        page.click('button[data-action="print"]')
    else:
        page.focus("#dq-titel")
        page.keyboard.press("Control+P")
    printed_at = page.evaluate("window.__printedAt")
    assert printed_at and printed_at.endswith("/moedeark/")
    assert_no_names(printed_at)
    assert fragment_of(page) == fragment


def test_the_browser_s_print_with_nothing_chosen_gives_the_questions(
    page, server: str, content, tmp_path: Path
) -> None:
    page.goto(f"{server}/moedeark/")
    pdf = print_to_pdf(page, tmp_path / "nothing.pdf")
    text = words(pdf_text(pdf))
    assert "Vælg mindst ét spørgsmål" not in text
    for _, q in content.question_index.values():
        assert words(f"{q.number} {q.text.da}") in text, q.id
    assert pdf_pages(pdf) > 1
    assert "Sidst opdateret" in text  # a list of the site's questions, dated as the site
