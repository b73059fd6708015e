"""The site's own typeface: shipped with the site, used on screen and on paper, so a printout
looks the same (and has the same pages) on every machine, whatever fonts it has installed."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from test_print import print_pdf

from conftest import ROOT, joined_lines, pdf_layout

FONTS = ROOT / "docs" / "fonts"
FONTS_CSS = ROOT / "docs" / "stylesheets" / "fonts.css"
OUR_FONTS = ("SourceSans3", "SourceCodePro")
# Danish letters and the typography the content uses: dashes, quotes, ellipsis, middle dot.
NEEDED = "æøåÆØÅéÉüö–—“”‘’„…·«»€"


def font_faces() -> list[str]:
    return re.findall(r"@font-face\s*{([^}]*)}", FONTS_CSS.read_text(encoding="utf-8"))


def test_fonts_are_files_of_the_site_with_their_licence() -> None:
    faces = font_faces()
    assert faces, "docs/stylesheets/fonts.css declares no @font-face"
    for face in faces:
        assert re.search(r"font-display:\s*swap", face), face
        urls = re.findall(r'url\("?([^")]+)"?\)', face)
        assert urls and all(not re.match(r"\w+://|//", url) for url in urls), urls
        for url in urls:
            assert (FONTS_CSS.parent / url).resolve().is_file(), url
    licences = sorted(FONTS.glob("OFL-*.txt"))
    assert len(licences) == 2
    for licence in licences:
        assert "SIL Open Font License" in licence.read_text(encoding="utf-8")


def test_the_latin_subset_covers_danish_and_its_punctuation() -> None:
    for face in font_faces():
        spans = re.search(r"unicode-range:\s*([^;]+);", face).group(1)
        ranges = []
        for part in spans.split(","):
            low, _, high = part.strip().removeprefix("U+").partition("-")
            ranges.append((int(low, 16), int(high or low, 16)))
        missing = [c for c in NEEDED if not any(lo <= ord(c) <= hi for lo, hi in ranges)]
        assert not missing, missing


def test_material_gets_the_fonts_from_our_stylesheet(site: Path) -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^  font: false$", config, re.M), "Material must not fetch Google Fonts"
    css = FONTS_CSS.read_text(encoding="utf-8")
    assert re.search(r'--md-text-font:\s*"Source Sans 3"', css)
    assert re.search(r'--md-code-font:\s*"Source Code Pro"', css)
    for page in ("index.html", "en/sundhed/index.html"):
        assert 'href="' in (site / page).read_text(encoding="utf-8")
        assert "stylesheets/fonts.css" in (site / page).read_text(encoding="utf-8"), page


FAMILIES = """() => [getComputedStyle(document.body).fontFamily,
                     getComputedStyle(document.querySelector("h1")).fontFamily]"""


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/sundhed/", "/eksempler/", "/en/moedeark/"])
def test_the_screen_fetches_no_font_and_paper_uses_the_site_s_own(
    page, server: str, path: str
) -> None:
    """The fonts are there so printouts are the same everywhere; on screen the reader's own
    system font costs nothing (a browser fetches a font only when text uses it)."""
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(server + path, wait_until="networkidle")
    assert [url for url in requests if url.endswith(".woff2")] == []
    assert not any('"Source Sans 3"' in family for family in page.evaluate(FAMILIES))

    page.emulate_media(media="print")
    page.evaluate("document.fonts.ready.then(() => true)")
    body, heading = page.evaluate(FAMILIES)
    assert body.startswith('"Source Sans 3"') and heading.startswith('"Source Sans 3"')
    fonts = [url for url in requests if url.endswith(".woff2")]
    assert fonts and all(url.startswith(f"{server}/fonts/") for url in fonts), fonts


@pytest.mark.browser
def test_printing_straight_from_the_screen_still_embeds_only_the_site_fonts(
    page, server: str, tmp_path: Path
) -> None:
    """No print media emulated and no font loaded first, as when a reader presses Ctrl+P:
    Chromium fetches the print-only fonts and waits for them before it lays out the pages,
    so the sheets are the same as those printed with every font loaded."""
    page.goto(f"{server}/sundhed/", wait_until="networkidle")
    direct = tmp_path / "direct.pdf"
    page.pdf(path=str(direct), prefer_css_page_size=True)
    prepared = print_pdf(page, f"{server}/sundhed/", tmp_path / "prepared.pdf")
    names = pdf_font_names(direct)
    assert names and all(any(ours in name for ours in OUR_FONTS) for name in names), names
    assert names == pdf_font_names(prepared)
    assert pdf_layout(direct) == pdf_layout(prepared)


def pdf_font_names(pdf: Path) -> list[str]:
    """The fonts embedded in `pdf`, without the subset tag (ABCDEF+) that varies per print."""
    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return sorted(line.split()[0].partition("+")[2] or line.split()[0] for line in listing)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/sundhed/", "/en/eksempler/bydelsmoedre/"])
def test_printouts_embed_only_the_site_fonts(page, server: str, path: str, tmp_path: Path) -> None:
    pdf = print_pdf(page, server + path, tmp_path / "page.pdf")
    listing = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    names = [line.split()[0] for line in listing]
    assert names, "the PDF has no fonts"
    # A glyph the site's font lacks would come from the machine's own fonts, and so would
    # every line break and page count.
    strangers = [name for name in names if not any(ours in name for ours in OUR_FONTS)]
    assert not strangers, strangers


def test_pdf_text_does_not_depend_on_where_lines_broke() -> None:
    layout = (
        "  Fritidsjob for unge (https://dialogvaerktoejet.example.org/eksempler/faelles-data-og-\n"
        "  maal/): Jobcentret og helhedsplanen\n"
        "  aftaler fælles mål for sundheds-\n  og beskæftigelsesindsatsen\f"
    )
    text = " ".join(joined_lines(layout).split())
    assert "/eksempler/faelles-data-og-maal/)" in text
    assert "helhedsplanen aftaler" in text
