"""Theme pages on paper: the same ruled note space under every question, pages that are used,
and link addresses that break between their parts. Read from the PDF and computed styles."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from test_print import print_pdf

from conftest import pdf_boxes, pdf_pages, pdf_text, words

pytestmark = pytest.mark.browser

THEMES = ["sundhed", "beskaeftigelse"]
LINE_BOTTOM = re.compile(r'<line xMin="[^"]+" yMin="[^"]+" xMax="[^"]+" yMax="([\d.]+)"')


def page_fill(pdf: Path) -> list[float]:
    """How far down each page its lowest line of text reaches, as a share of the page."""
    fills = []
    for height, page in pdf_boxes(pdf, "-bbox-layout"):
        bottoms = [
            float(y)
            for y in re.findall(
                r'<line xMin="[^"]+" yMin="[^"]+" xMax="[^"]+" yMax="([\d.]+)"', page
            )
        ]
        fills.append(max(bottoms, default=0.0) / height)
    return fills


@pytest.mark.parametrize("theme_id", THEMES)
def test_every_question_gets_five_ruled_lines_for_notes(page, server: str, theme_id: str) -> None:
    page.goto(f"{server}/{theme_id}/")
    page.emulate_media(media="print")
    notes = page.eval_on_selector_all(
        ".dq-question .dq-notes",
        """els => els.map(el => {
             const style = getComputedStyle(el);
             const tile = style.backgroundSize.split(" ")[1];
             return [style.display, el.getBoundingClientRect().height,
                     tile && tile.endsWith("px") ? parseFloat(tile) : null];
           })""",
    )
    assert notes
    heights = {round(height, 1) for _, height, _ in notes}
    assert len(heights) == 1, f"note space varies: {heights}"
    for display, height, tile in notes:
        assert display == "block"
        assert tile, "one background tile per ruled line"
        assert round(height / tile, 2) == 5


@pytest.mark.parametrize("theme_id", THEMES)
def test_printed_pages_are_used_and_nothing_is_split_into_a_stub(
    page, server: str, content, theme_id: str, tmp_path: Path
) -> None:
    theme = content.theme(theme_id)
    pdf = print_pdf(page, f"{server}/{theme_id}/", tmp_path / f"{theme_id}.pdf")
    count = pdf_pages(pdf)
    fills = page_fill(pdf)
    assert len(fills) == count <= 8
    thin = [(n, round(f, 2)) for n, f in enumerate(fills[:-1], start=1) if f < 1 / 3]
    assert not thin, f"pages less than a third full: {thin}"
    texts = [words(pdf_text(pdf, n, n)) for n in range(1, count + 1)]
    for example in theme.examples:
        title, summary = words(example.title.da), words(example.summary.da)
        where = [n for n, text in enumerate(texts, start=1) if title in text]
        assert where, f"{title} is missing"
        assert summary in texts[where[0] - 1], f"{title}: its entry is split over two pages"


def test_link_addresses_break_between_their_parts_not_inside_words(page, server: str) -> None:
    page.goto(f"{server}/beskaeftigelse/")
    page.emulate_media(media="print")
    word_break, wrap, hyphens = page.evaluate(
        """() => {
             const a = document.querySelector("article a[data-print-href]");
             const after = getComputedStyle(a, "::after");
             return [after.wordBreak, after.overflowWrap, after.hyphens];
           }"""
    )
    assert word_break != "break-all", "break-all splits an address anywhere, mid-word too"
    assert wrap in ("anywhere", "break-word"), "a very long address must still fit the line"
    assert hyphens != "auto"


def test_printed_addresses_break_only_after_a_slash_or_hyphen(
    page, server: str, content, tmp_path: Path
) -> None:
    pdf = print_pdf(page, f"{server}/beskaeftigelse/", tmp_path / "b.pdf")
    raw = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for example in content.theme("beskaeftigelse").examples:
        address = f"/eksempler/{example.slug}/"
        pattern = r"\s*".join(re.escape(c) for c in address)
        match = re.search(pattern, raw)
        assert match, address
        for gap in re.finditer(r"\S(\s+)\S", match.group(0)):
            assert gap.group(0)[0] in "/-", f"{address} breaks inside a word: {gap.group(0)!r}"
