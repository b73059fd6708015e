"""Printing: theme pages and the meeting handout as A4 PDFs, read back with poppler."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import pdf_pages, pdf_text, words

pytestmark = pytest.mark.browser


def print_pdf(page, url: str, out: Path) -> Path:
    page.goto(url)
    page.emulate_media(media="print")
    page.evaluate("document.fonts.ready.then(() => true)")  # the print-only styles' fonts
    page.pdf(path=str(out), prefer_css_page_size=True, print_background=False)
    return out


@pytest.mark.parametrize("theme_id", ["sundhed", "beskaeftigelse"])
def test_theme_page_prints_as_a_clean_a4_handout(
    page, server: str, content, theme_id: str, tmp_path: Path
) -> None:
    theme = content.theme(theme_id)
    pdf = print_pdf(page, f"{server}/{theme_id}/", tmp_path / f"{theme_id}.pdf")
    text = words(pdf_text(pdf))
    position = 0
    for q in theme.questions:
        found = text.find(words(f"{q.number} {q.text.da}"), position)
        assert found >= 0, f"{q.number} {q.text.da} missing or out of order"
        position = found
    first_page = words(pdf_text_page(pdf, 1))
    assert theme.title.da in first_page
    assert "Sidst opdateret:" in first_page
    assert f"/{theme_id}/" in first_page  # the page's web address
    for chrome in ("Søg", "Spring til indhold", "Sideansvarlig", "Lav et mødeark", "¶"):
        assert chrome not in text, chrome
    example = theme.examples[0]
    # A long address may wrap inside itself at the line's end, where pdftotext splits it.
    unwrapped = "".join(text.split())
    assert f"/eksempler/{example.slug}/" in unwrapped, "example links carry their address"
    pages = pdf_pages(pdf)
    assert len(theme.questions) >= 16 and pages <= 8
    assert words(pdf_text_page(pdf, pages)), "the last page must not be empty"
    assert page_size_mm(pdf) == (210, 297)


def pdf_text_page(pdf: Path, number: int) -> str:
    return pdf_text(pdf, number, number)


def page_size_mm(pdf: Path) -> tuple[int, int]:
    import subprocess

    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
    return round(width / 72 * 25.4), round(height / 72 * 25.4)


def test_short_page_prints_without_a_blank_second_page(page, server: str, tmp_path: Path) -> None:
    pdf = print_pdf(page, f"{server}/tilgaengelighed/", tmp_path / "short.pdf")
    assert pdf_pages(pdf) == 1


def test_handout_prints_only_the_chosen_questions(
    page, server: str, content, tmp_path: Path
) -> None:
    health, employment = content.theme("sundhed"), content.theme("beskaeftigelse")
    chosen = [health.questions[3], employment.questions[0], employment.questions[7]]
    page.goto(f"{server}/moedeark/")
    for q in chosen:
        page.check(f'input[value="{q.id}"]')
    page.fill("#dq-titel", "Styringsdialogmøde i foråret")
    page.fill("#dq-sted", "Beboerhuset")
    pdf = tmp_path / "handout.pdf"
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    text = words(pdf_text(pdf))
    assert "Styringsdialogmøde i foråret" in text and "Beboerhuset" in text
    for n, q in enumerate(chosen, start=1):
        assert words(f"{n}. {q.text.da}") in text
    others = [q for t in content.themes for q in t.questions if q not in chosen]
    assert not [q.id for q in others if words(q.text.da) in text]
    assert "Spørgsmålene kommer fra Dialogværktøjet" in text

    page.emulate_media(media="screen")
    url = page.url
    # The link may be packed (#z=…): read it as the page does.
    params = page.evaluate(
        "async () => (await (await import('/javascripts/meeting/link.mjs')).unpack(location.hash))"
        ".params"
    )
    assert all(q.id in params for q in chosen)
    page.goto(url)
    checked = page.eval_on_selector_all(
        'input[name="q"]:checked', "boxes => boxes.map(b => b.value)"
    )
    assert sorted(checked) == sorted(q.id for q in chosen)
    assert page.input_value("#dq-titel") == "Styringsdialogmøde i foråret"
