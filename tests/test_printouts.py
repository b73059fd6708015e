"""What every printout carries: the site's real address or none, a header in the page's
language, the recommendations with their texts, an example on one sheet. Read from PDFs
printed by Chromium and from the built HTML."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from test_print import print_pdf

from conftest import ROOT, SITE_URL, build_site, pdf_layout, pdf_pages, pdf_text, words

PLACEHOLDER = "example.org"


def header_lines(pdf: Path) -> list[str]:
    """The first page's header: the lines above the page's title."""
    return [line.strip() for line in pdf_layout(pdf, 1, 1).splitlines() if line.strip()][:3]


# The address on paper


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/sundhed/", "/en/eksempler/bydelsmoedre/"])
def test_the_printed_header_shows_the_site_s_address(
    page, server: str, path: str, tmp_path: Path
) -> None:
    pdf = print_pdf(page, server + path, tmp_path / "page.pdf")
    assert SITE_URL.rstrip("/") + path in header_lines(pdf)


def test_without_an_address_nothing_prints_one_and_no_placeholder_is_built(
    project: Path, tmp_path: Path
) -> None:
    built = build_site(project, tmp_path / "site", site_url=None)
    assert built.returncode == 0, built.stderr
    site = tmp_path / "site"
    pages = list(site.rglob("*.html"))
    assert len(pages) > 30
    for html in pages:
        text = html.read_text(encoding="utf-8")
        assert PLACEHOLDER not in text, html
        assert "dq-print-url" not in text, html
        assert ">None<" not in text, html


def test_scripts_that_share_the_test_helpers_keep_the_real_address() -> None:
    """`make pdf` and `make screenshots` import conftest: the tests' address is not theirs."""
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    probe = "import os, sitetools; print(os.environ.get('SITE_URL'))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT / "scripts",
        env={**env, "PYTHONPATH": str(ROOT / "scripts")},
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "None"


def test_the_project_sets_no_placeholder_address() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^site_url: !ENV \[SITE_URL, \"\"\]$", config, re.M)
    assert PLACEHOLDER not in config


def test_the_deploy_gives_the_build_the_pages_address() -> None:
    workflow = yaml.safe_load((ROOT / ".github/workflows/site.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["deploy"]["steps"]
    pages = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages"))
    build = next(s for s in steps if s.get("run") == "bash .ci/run pdf")
    assert steps.index(pages) < steps.index(build)
    expected = "${{ steps." + pages["id"] + ".outputs.base_url }}"
    assert build["env"]["SITE_URL"] == expected


# The header's language


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "expected"),
    [("/sundhed/", "Dialogværktøjet · KL og BL"), ("/en/sundhed/", "Dialogue tool · KL and BL")],
)
def test_the_printed_header_is_in_the_page_s_language(
    page, server: str, path: str, expected: str, tmp_path: Path
) -> None:
    pdf = print_pdf(page, server + path, tmp_path / "page.pdf")
    assert header_lines(pdf)[0] == expected


# /anbefalinger/ on paper


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_recommendations_print_with_their_texts(
    page, server: str, content, lang: str, tmp_path: Path
) -> None:
    prefix = "/en" if lang == "en" else ""
    pdf = print_pdf(page, f"{server}{prefix}/anbefalinger/", tmp_path / "anbefalinger.pdf")
    text = words(pdf_text(pdf))
    position = 0
    for r in content.recommendations:
        body = words(re.sub(r"[*_`]", "", r.text.pick(lang)[0]))  # as read, not as written
        found = text.find(body, position)
        assert found >= 0, f"recommendation {r.number}: its text is missing or out of order"
        position = found
    assert "127.0.0.1" not in text, "no long link addresses on the sheet"
    pages = pdf_pages(pdf)
    assert pages <= 3, f"{pages} pages for {len(content.recommendations)} recommendations"


# An example on paper


@pytest.mark.browser
@pytest.mark.parametrize("prefix", ["", "/en"])
def test_an_example_prints_on_one_sheet_with_its_questions(
    page, server: str, content, prefix: str, tmp_path: Path
) -> None:
    lang = "en" if prefix else "da"
    for example in content.examples:
        pdf = print_pdf(page, f"{server}{prefix}/eksempler/{example.slug}/", tmp_path / "ex.pdf")
        assert pdf_pages(pdf) == 1, example.slug
        text = words(pdf_text(pdf))
        for qid in example.question_ids:
            _, question = content.question_index[qid]
            assert words(question.text.pick(lang)[0]) in text, (example.slug, qid)
