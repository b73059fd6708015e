"""Content is data: nothing a contributor writes becomes markup on the built site."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build_site, soup
from dialogtool.markup import md_text, prose_html
from test_content_errors import EXAMPLE, QUESTION_TEXT, edit, only

SHOWN_PAYLOADS = '<script>alert("x")</script> <img src=x onerror="alert(1)"> {: onclick=alert(1) }'
# A javascript: link is refused when the content is loaded (tests/test_hardening.py); the
# sanitiser still removes it as a second line of defence.
PAYLOADS = SHOWN_PAYLOADS + " [klik](javascript:alert(1))"


def test_prose_keeps_the_subset_and_drops_the_rest() -> None:
    html = prose_html(f"*kursiv* **fed** [link](https://kl.dk)\n\n{PAYLOADS}\n\n## Under")
    assert "<em>kursiv</em>" in html and "<strong>fed</strong>" in html
    assert '<a href="https://kl.dk" rel="noopener">link</a>' in html
    assert "<script" not in html and "<img" not in html and "javascript:" not in html
    assert "&lt;script&gt;" in html  # shown as text, not dropped
    assert "<h4>Under</h4>" in html


def test_plain_text_is_escaped_for_markdown() -> None:
    assert md_text("Hvad *nu* <b> & [x](y)?") == r"Hvad \*nu\* &lt;b&gt; &amp; \[x\]\(y\)?"


def test_payloads_in_yaml_and_markdown_do_not_reach_the_page(project: Path, tmp_path: Path) -> None:
    path = project / "content/questions.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("    intro: |\n", f"    intro: |\n      {SHOWN_PAYLOADS}\n", 1),
        encoding="utf-8",
    )
    example = project / EXAMPLE
    example.write_text(
        example.read_text(encoding="utf-8") + f"\n{SHOWN_PAYLOADS}\n", encoding="utf-8"
    )
    result = build_site(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    for page in ("sundhed/index.html", "eksempler/bydelsmoedre/index.html"):
        article = soup(tmp_path / "site" / page).select_one("article")
        assert 'alert("x")' in article.get_text(), "the text is shown, not dropped"
        assert not article.select("script, img")
        assert not [
            el for el in article.find_all(True) if any(a.startswith("on") for a in el.attrs)
        ]
        assert not article.select('a[href^="javascript"]')


@pytest.mark.parametrize(
    ("relative", "old", "new"),
    [
        ("content/questions.yaml", QUESTION_TEXT, "            text: Hvad med <script>?\n"),
        (EXAMPLE, "title: Bydelsmødre", "title: <b>Bydelsmødre</b>"),
    ],
)
def test_angle_brackets_in_titles_and_questions_are_refused(
    project: Path, relative: str, old: str, new: str
) -> None:
    line = edit(project, relative, old, new)
    problem = only(project)
    assert (problem.path, problem.line) == (relative, line)
    assert "må ikke indeholde tegnene < eller >" in problem.message
