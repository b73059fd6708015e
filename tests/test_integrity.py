"""Content integrity by class: every kind is refused with its place, or published whole.

One test (or one parametrised family) per class: page names, depth, the text gate,
internal links, the one prose pipeline, templates, synonyms and all problems at once.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from test_hardening import QUESTIONS, append, require_hunspell, run_check

from conftest import ROOT, build_site, dead_internal_links, soup
from dialogtool.examples import load_examples
from dialogtool.load import load_content
from dialogtool.problems import FileProblems
from dialogtool.questions import load_questions
from dialogtool.sitemap import add_content_pages, languages, written_sitemap
from test_content_errors import EXAMPLE, QUESTION_TEXT, edit, line_of, only, problems

PAGES = "content/pages.yaml"
MEETINGS = "content/meetings.yaml"
SYNONYMS = "content/synonyms.yaml"
FIRST_LENGTH = "    title_en: Governance dialogue meeting\n    minutes: 60\n"


def messages(project: Path) -> list[str]:
    return [str(p) for p in problems(project)]


# 1. Page names


@pytest.mark.parametrize(
    ("relative", "page"),
    [("content/examples/index.md", "/eksempler/")],
)
def test_an_example_cannot_take_an_existing_page(project: Path, relative: str, page: str) -> None:
    (project / relative).write_text((project / EXAMPLE).read_text(encoding="utf-8"))
    problem = only(project)
    assert problem.path == relative
    assert page in problem.message and "findes allerede" in problem.message


@pytest.mark.parametrize("theme_id", ["om-vaerktoejet", "eksempler", "en", "assets"])
def test_a_theme_cannot_take_an_existing_page_or_folder(project: Path, theme_id: str) -> None:
    line = edit(project, QUESTIONS, "  - id: sundhed\n", f"  - id: {theme_id}\n")
    (project / EXAMPLE).unlink()  # it names the theme 'sundhed'
    found = [p for p in problems(project) if p.path == QUESTIONS and p.line == line]
    assert found and f"/{theme_id}/" in found[0].message, messages(project)


def test_a_written_page_colliding_with_a_generated_one_stops_the_build(
    project: Path, tmp_path: Path
) -> None:
    (project / "docs/anbefalinger.md").write_text("# Anbefalinger\n\nEn anden side.\n")
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    said = result.stdout + result.stderr
    assert "anbefalinger/index.html" in said and "docs/anbefalinger.md" in said


# 2. Depth


@pytest.mark.parametrize("depth", [50, 990, 1200])
def test_deep_nesting_is_a_message_not_a_traceback(project: Path, depth: int) -> None:
    line = edit(
        project,
        QUESTIONS,
        QUESTION_TEXT,
        "            text: " + "[" * depth + "x" + "]" * depth + "\n",
    )
    result = run_check(project, "--no-spelling", timeout=30)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{QUESTIONS}:{line}:"), first
    assert "dybt" in first or "niveauer" in first, first


@pytest.mark.parametrize(
    "markdown",
    ["> " * 300 + "dybt", "".join("  " * i + "- punkt\n" for i in range(40))],
)
def test_deep_quotes_and_lists_in_prose_are_refused_at_their_place(
    project: Path, markdown: str
) -> None:
    line = append(project, EXAMPLE, f"\n{markdown}\n")
    problem = only(project)
    assert (problem.path, problem.line) == (EXAMPLE, line + 1) or problem.line > line
    assert "niveauer" in problem.message


# 3. The text gate


@pytest.mark.parametrize(
    ("char", "name"),
    [
        ("\u200b", "ZERO WIDTH SPACE"),
        ("\ufeff", "ZERO WIDTH NO-BREAK SPACE"),
        ("\u202e", "RIGHT-TO-LEFT OVERRIDE"),
        ("\u00ad", "SOFT HYPHEN"),
    ],
)
def test_a_format_character_is_refused_with_its_name_code_and_column(
    project: Path, char: str, name: str
) -> None:
    line = edit(
        project, QUESTIONS, QUESTION_TEXT, QUESTION_TEXT.replace("fælles", f"fæl{char}les")
    )
    problem = only(project)
    code = f"U+{ord(char):04X}"
    assert (problem.path, problem.line, problem.column) == (QUESTIONS, line, 29)
    assert code in problem.message and name in problem.message


def test_a_format_character_in_an_example_body_is_refused_at_its_place(project: Path) -> None:
    line = append(project, EXAMPLE, "\nSkjult\u2066tekst.\n")
    assert str(only(project)).startswith(f"{EXAMPLE}:{line + 1}:7: ")


@pytest.mark.parametrize("value", ['"   "', '"\u3000"', "'\u200b'"])
def test_a_text_that_is_blank_is_refused(project: Path, value: str) -> None:
    line = edit(project, QUESTIONS, QUESTION_TEXT, f"            text: {value}\n")
    found = [p for p in problems(project) if p.line == line]
    # A blank text is named as empty; an invisible one by its character (then removed).
    assert found and any("tom" in p.message or "U+200B" in p.message for p in found)


def test_a_decomposed_letter_is_published_composed(project: Path) -> None:
    edit(project, QUESTIONS, QUESTION_TEXT, QUESTION_TEXT.replace("å", "a\u030a"))
    content = load_content(project / "content", project)
    text = content.question_index["sundhed-faelles-maal"][1].text.da
    assert text == unicodedata.normalize("NFC", text) and "boligområdet" in text


@pytest.mark.parametrize("relative", [EXAMPLE, QUESTIONS, PAGES])
def test_a_merge_conflict_marker_is_named_at_its_line(project: Path, relative: str) -> None:
    text = (project / relative).read_text(encoding="utf-8").splitlines(keepends=True)
    at = len(text) - 3
    text[at:at] = ["<<<<<<< HEAD\n", "=======\n", ">>>>>>> main\n"]
    (project / relative).write_text("".join(text), encoding="utf-8")
    found = problems(project)
    ours = [p for p in found if p.path == relative]
    assert [p.line for p in ours] == [at + 1, at + 2, at + 3], [str(p) for p in found]
    assert all("konfliktmarkering fra git" in p.message for p in ours)


# 4. Internal links


@pytest.mark.parametrize(
    "target",
    [
        "../findes-ikke/",
        "findes-ikke.md",
        "#findes-ikke",
        "../sundhed/#findes-ikke",
        "../eksempler/findes-ikke/",
        "/findes-ikke/",
    ],
)
def test_a_dead_internal_link_in_an_example_is_refused_at_its_place(
    project: Path, target: str
) -> None:
    line = append(project, EXAMPLE, f"\nLæs [mere her]({target}).\n")
    problem = only(project)
    assert (problem.path, problem.line, problem.column) == (EXAMPLE, line + 1, 16)
    assert target in problem.message


@pytest.mark.parametrize(
    ("relative", "old", "new"),
    [
        (PAGES, "Brug dem som inspiration", "Se [temaet](../sundhed/#ingen) og brug dem som"),
        (QUESTIONS, "      om I nærmer jer dem.\n", "      om I [nærmer](#ingen) jer dem.\n"),
    ],
)
def test_a_dead_link_in_any_prose_field_is_refused(
    project: Path, relative: str, old: str, new: str
) -> None:
    line = edit(project, relative, old, new)
    found = [p for p in problems(project) if p.path == relative]
    assert [p.line for p in found] == [line], [str(p) for p in found]


@pytest.mark.parametrize(
    "target",
    [
        "../../sundhed/#sundhed-faelles-maal",
        "../../anbefalinger/#faelles-maal",
        "../bydelsmoedre/",
        "../bydelsmoedre/#hvem-samarbejder",
        "../../moedeark/#tema=sundhed",
        "../../om-vaerktoejet/#samarbejdsaftalen-fra-2015",
        "../../",
        "/sundhed/",
    ],
)
def test_a_live_internal_link_in_an_example_is_accepted(
    project: Path, tmp_path: Path, target: str
) -> None:
    append(project, "content/examples/fritidsjob-for-unge.md", f"\nSe [her]({target}).\n")
    load_content(project / "content", project)


def test_an_english_link_is_checked_against_the_english_pages(project: Path) -> None:
    en = "content/examples/bydelsmoedre.en.md"
    line = append(project, en, "\nSee [what they do](#hvad-gor-man).\n")
    problem = only(project)
    assert (problem.path, problem.line) == (en, line + 1)


def test_every_internal_link_on_the_built_site_leads_to_a_page_and_an_id(site: Path) -> None:
    assert not dead_internal_links(site)


def test_the_ids_the_check_expects_are_on_the_built_pages(site: Path) -> None:
    """The link check's view of the site (sitemap) agrees with the site as built."""
    content_dir, docs = ROOT / "content", ROOT / "docs"
    problems: list = []
    out = FileProblems(problems, "content/questions.yaml")
    questions = load_questions(content_dir, out, {}, languages(docs))
    examples = load_examples(content_dir, ROOT, problems, questions.loose)
    expected = written_sitemap(docs)
    add_content_pages(expected, questions.recommendations, questions.themes, examples,
                       languages(docs))
    missing = []
    for url, ids in expected.pages.items():
        page = site / url.lstrip("/") / "index.html"
        assert page.exists(), url
        built = {e["id"] for e in soup(page).find_all(id=True)}
        missing += [f"{url}#{i}" for i in sorted((ids or set()) - built)]
    assert not missing


@pytest.mark.parametrize(
    "href", ["//eksempel.dk/x", "\\\\eksempel.dk/x", "java&#115;cript:alert(1)"]
)
def test_a_link_without_a_safe_scheme_is_refused_at_the_link(project: Path, href: str) -> None:
    line = append(project, EXAMPLE, f"\nFørste linje.\n\nSe [her]({href}).\n")
    problem = only(project)
    assert (problem.line, problem.column) == (line + 3, 10), str(problem)


# 5. One prose pipeline


@pytest.mark.parametrize(
    ("markdown", "start"),
    [
        ("[klik](javascript:alert(1))", "Linket til 'javascript:"),
        ("![logo](https://eksempel.dk/x.png)", "Billeder understøttes ikke"),
        ("| a | b |\n    | - | - |\n    | 1 | 2 |", "Tabeller vises ikke"),
        ("## Overskrift", "Overskrifter er ikke tilladt"),
    ],
)
def test_page_intros_are_checked_like_every_other_prose_field(
    project: Path, markdown: str, start: str
) -> None:
    line = edit(
        project,
        PAGES,
        "  intro: >-\n    Eksemplerne beskriver",
        f"  intro: |\n    {markdown}\n\n    Eksemplerne beskriver",
    )
    problem = only(project)
    assert problem.path == PAGES and problem.line in (line + 1, line + 2)
    assert problem.message.startswith(start), str(problem)


def test_a_template_purpose_goes_through_the_text_gate(project: Path) -> None:
    line = line_of(project, MEETINGS, "    purpose: Kommunen og boligorganisationen bliver")
    edit(project, MEETINGS, "bliver enige om fælles mål", "bliver enige om \u200bfælles mål")
    problem = only(project)
    assert (problem.path, problem.line) == (MEETINGS, line) and "U+200B" in problem.message


# 6. Templates and synonyms


def test_a_question_twice_in_a_template_is_refused(project: Path) -> None:
    text = (project / MEETINGS).read_text(encoding="utf-8")
    second = text.index("      - id: beskaeftigelse-faelles-maal\n        minutes: 10\n")
    line = text[:second].count("\n") + 1
    text = text[:second] + "      - id: sundhed-faelles-maal\n        minutes: 10\n" + text[second:]
    (project / MEETINGS).write_text(text, encoding="utf-8")
    problem = only(project)
    assert (problem.path, problem.line) == (MEETINGS, line)
    assert "sundhed-faelles-maal" in problem.message and "to gange" in problem.message


def test_minutes_beyond_the_template_length_are_refused(project: Path) -> None:
    line = edit(project, MEETINGS, FIRST_LENGTH, FIRST_LENGTH.replace("60", "15")) + 1
    problem = only(project)
    assert (problem.path, problem.line) == (MEETINGS, line)
    assert "50 minutter" in problem.message and "15" in problem.message


@pytest.mark.parametrize(("word", "hint"), [("og", "almindeligt"), ("xyzzyq", "står ikke")])
def test_a_synonym_that_means_a_stop_word_or_nothing_is_refused(
    project: Path, word: str, hint: str
) -> None:
    line = edit(project, SYNONYMS, "    means: [ledig, ledige]\n", f"    means: [ledig, {word}]\n")
    result = run_check(project, "--no-spelling")
    assert result.returncode == 1
    assert result.stdout.startswith(f"{SYNONYMS}:{line}:20: "), result.stdout
    assert word in result.stdout and hint in result.stdout


# 7. All at once


def test_schema_reference_prose_and_spelling_problems_come_in_one_run(project: Path) -> None:
    require_hunspell()
    edit(project, QUESTIONS, QUESTION_TEXT, QUESTION_TEXT + "            hvem: begge\n")
    append(project, EXAMPLE, "\nEt ord som blomkaalsfrikadelle.\n")
    edit(project, "content/examples/fritidsjob-for-unge.md", "themes: [", "themes: [findes-ikke, ")
    append(project, "content/examples/sundhedstjek-i-beboerhuset.md", "\n![x](https://x.dk/y.png)\n")
    result = run_check(project)
    out = result.stdout
    assert "ukendt felt 'hvem'" in out
    assert "blomkaalsfrikadelle" in out
    assert "temaet 'findes-ikke'" in out
    assert "Billeder understøttes ikke" in out


# Loopholes


def test_a_number_in_another_base_is_shown_as_written(project: Path) -> None:
    line = edit(project, MEETINGS, FIRST_LENGTH, FIRST_LENGTH.replace("60", "0x3C")) + 1
    problem = only(project)
    assert (problem.path, problem.line) == (MEETINGS, line)
    assert "0x3C" in problem.message and "60" not in problem.message.replace("0x3C", "")


def test_an_octal_looking_number_is_not_read_as_octal(project: Path) -> None:
    edit(project, MEETINGS, FIRST_LENGTH, FIRST_LENGTH.replace("60", "060")) + 1
    assert "060" in only(project).message


def test_an_id_written_like_a_hex_number_is_published_as_written(project: Path) -> None:
    edit(project, QUESTIONS, "          - id: sundhed-lokal-viden\n", "          - id: 0x10\n")
    content = load_content(project / "content", project)
    assert "0x10" in content.question_index


def test_an_empty_optional_text_is_named_as_empty(project: Path) -> None:
    title = "title_en: Neighbourhood mothers share knowledge about health\n"
    line = edit(project, EXAMPLE, title, "title_en: ''\n")
    found = [p for p in problems(project) if p.line == line]
    assert [p.message.split(":")[0] for p in found] == ["Feltet 'title_en' er tomt"]
