"""Hostile or careless content never hangs, never leaves content/, is never cut silently."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import ROOT, build_site
from dialogtool.problems import Problem
from dialogtool.spelling import hunspell_available
from test_content_errors import EXAMPLE, QUESTION_TEXT, edit, only, problems

QUESTIONS = "content/questions.yaml"
# Anchors nested 7 deep and 9 wide: expanded, this is 9**7 (4.8 million) copies of one text.
BOMB = "bomb:\n  l0: &l0 [Hvad, Hvad, Hvad, Hvad, Hvad, Hvad, Hvad, Hvad, Hvad]\n" + "".join(
    f"  l{n}: &l{n} [{', '.join([f'*l{n - 1}'] * 9)}]\n" for n in range(1, 8)
)


def run_check(project: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`make check` on a project copy, in a process of its own with at most 1 GB of memory."""
    return subprocess.run(
        [sys.executable, "-m", "dialogtool.check", "--root", str(project), *args],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "hooks"), "GITHUB_ACTIONS": ""},
        timeout=timeout,
        preexec_fn=_limit_memory,
        check=False,
    )


def _limit_memory() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def require_hunspell() -> None:
    if not hunspell_available():
        message = "hunspell og hunspell-da mangler: apt-get install hunspell hunspell-da"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)


def append(project: Path, relative: str, text: str) -> int:
    """Append `text` to a project file and return the 1-based line where it starts."""
    path = project / relative
    old = path.read_text(encoding="utf-8")
    path.write_text(old + text, encoding="utf-8")
    return old.count("\n") + 1


# 1. Anchors, aliases and merge keys; the size limit


def test_alias_bomb_is_refused_at_once_with_its_place(project: Path) -> None:
    line = append(project, QUESTIONS, BOMB)
    started = time.perf_counter()
    result = run_check(project, "--no-spelling", timeout=20)
    elapsed = time.perf_counter() - started
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(f"{QUESTIONS}:{line + 1}:7: ")
    assert "Ankre (&) og aliaser (*) er ikke tilladt" in first
    print(f"alias bomb refused in {elapsed:.2f} s: {first}")


def test_a_single_anchor_and_alias_are_refused(project: Path) -> None:
    line = edit(
        project,
        QUESTIONS,
        QUESTION_TEXT,
        QUESTION_TEXT.replace("text: ", "text: &spm ") + "            text_en: *spm\n",
    )
    found = {(p.line, p.column, p.message.split(";")[0]) for p in problems(project)}
    assert found == {
        (line, 19, "Ankre (&) og aliaser (*) er ikke tilladt i indholdet"),
        (line + 1, 22, "Ankre (&) og aliaser (*) er ikke tilladt i indholdet"),
    }


def test_merge_key_is_refused(project: Path) -> None:
    line = edit(project, QUESTIONS, QUESTION_TEXT, QUESTION_TEXT + "            <<: {who: begge}\n")
    problem = only(project)
    assert (problem.line, problem.column) == (line + 1, 13)
    assert problem.message.startswith("Flettenøglen '<<' er ikke tilladt i indholdet")


def test_a_file_over_the_size_limit_is_refused_unread(project: Path) -> None:
    append(project, QUESTIONS, ("# " + "x" * 98 + "\n") * 104_000)
    size = f"{(project / QUESTIONS).stat().st_size / 1_000_000:.1f}".replace(".", ",")
    problem = only(project)
    assert str(problem) == (
        f"{QUESTIONS}:1:1: Filen fylder {size} MB; en indholdsfil må højst fylde 10,0 MB. "
        "Del indholdet op, eller fjern det, der ikke hører til."
    )


# 2. Symbolic links and files outside content/


def _secret(tmp_path: Path) -> Path:
    outside = tmp_path / "outside" / "hemmelig.md"
    outside.parent.mkdir()
    outside.write_text((ROOT / EXAMPLE).read_text(encoding="utf-8"), encoding="utf-8")
    return outside


def test_a_symlinked_example_is_refused_and_never_published(project: Path, tmp_path: Path) -> None:
    outside = _secret(tmp_path)
    (project / "content/examples/x.md").symlink_to(outside)
    problem = only(project)
    assert str(problem) == (
        "content/examples/x.md:1:1: Filen er et symbolsk link. Indholdet skal ligge som "
        "almindelige filer i content/; kopiér filen ind i stedet."
    )
    result = build_site(project, tmp_path / "site")
    assert result.returncode != 0
    assert "content/examples/x.md:1:1: Filen er et symbolsk link" in result.stderr + result.stdout
    assert str(tmp_path) not in result.stderr + result.stdout
    assert not (tmp_path / "site/eksempler/x/index.html").exists()


def test_a_symlink_to_a_system_file_shows_no_machine_path(project: Path) -> None:
    (project / "content/examples/passwd.md").symlink_to("/etc/passwd")
    result = run_check(project, "--no-spelling")
    assert result.returncode == 1
    assert result.stdout.startswith("content/examples/passwd.md:1:1: Filen er et symbolsk link")
    assert "/etc" not in result.stdout + result.stderr


def test_a_folder_linked_from_outside_is_refused(project: Path, tmp_path: Path) -> None:
    outside = _secret(tmp_path).parent
    (project / "content/examples/mere").mkdir()
    (project / "content/examples/mere").rmdir()
    examples = project / "content/examples"
    for path in examples.iterdir():
        path.rename(outside / path.name)
    examples.rmdir()
    examples.symlink_to(outside)
    found = problems(project)
    assert {p.path for p in found} >= {EXAMPLE, "content/examples/hemmelig.md"}
    assert all("ligger uden for content/" in p.message for p in found), found
    assert all(str(tmp_path) not in str(p) for p in found)


def test_a_folder_named_like_an_example_is_a_message_not_a_traceback(project: Path) -> None:
    (project / "content/examples/mappe.md").mkdir()
    assert str(only(project)) == "content/examples/mappe.md:1:1: Det er en mappe, ikke en fil."


# 3. Exact spelling


def test_a_word_after_blank_lines_is_reported_at_its_own_line_and_column(project: Path) -> None:
    require_hunspell()
    edit(project, EXAMPLE, "kender og stoler på.", "kender og stolerr på.")
    edit(
        project,
        "content/examples/uddannelsesvejledning-i-klubben.md",
        "snakke uformelt",
        "snakke uformmelt",
    )
    result = run_check(project)
    assert result.stdout.splitlines() == [
        "content/examples/bydelsmoedre.md:11:168: ordet 'stolerr' er ikke genkendt"
        + _suggestions(result.stdout, "stolerr"),
        "content/examples/uddannelsesvejledning-i-klubben.md:15:164: ordet 'uformmelt' er ikke "
        "genkendt" + _suggestions(result.stdout, "uformmelt"),
    ]


def _suggestions(stdout: str, word: str) -> str:
    found = re.search(rf"'{word}' er ikke genkendt(.*)$", stdout, re.M)
    assert found, stdout
    return found.group(1)


def test_two_hundred_unknown_words_are_all_reported_quickly(project: Path) -> None:
    require_hunspell()
    words = [f"xq{_letters(n)}zk" for n in range(200)]
    line = append(
        project,
        EXAMPLE,
        "\n" + "\n\n".join(" ".join(words[i : i + 4]) for i in range(0, 200, 4)) + "\n",
    )
    started = time.perf_counter()
    result = run_check(project, timeout=20)
    elapsed = time.perf_counter() - started
    reported = [
        re.match(r"content/examples/bydelsmoedre\.md:(\d+):(\d+): ordet '(\w+)'", out)
        for out in result.stdout.splitlines()
    ]
    assert all(reported), result.stdout
    places = {m.group(3): (int(m.group(1)), int(m.group(2))) for m in reported if m}
    assert len(reported) == 200
    for i, word in enumerate(words):
        column = 1 + sum(len(w) + 1 for w in words[i - i % 4 : i])
        assert places[word] == (line + 1 + 2 * (i // 4), column), word
    with_hints = [out for out in result.stdout.splitlines() if "forslag:" in out]
    assert len(with_hints) <= 10
    print(f"200 unknown words reported in {elapsed:.2f} s")


def _letters(n: int) -> str:
    return "".join("bcdfghjklmnpqrstvwx"[int(d)] for d in f"{n:03d}")


def test_the_same_word_twice_is_reported_at_both_places(project: Path) -> None:
    require_hunspell()
    first = edit(project, QUESTIONS, QUESTION_TEXT, QUESTION_TEXT.replace("fælles", "fællis"))
    second = edit(project, EXAMPLE, "kender og stoler på.", "kender og fællis på.")
    result = run_check(project)
    lines = result.stdout.splitlines()
    assert f"{EXAMPLE}:{second}:168: ordet 'fællis' er ikke genkendt" in "\n".join(lines)
    assert f"{QUESTIONS}:{first}:26: ordet 'fællis' er ikke genkendt" in "\n".join(lines)
    assert len(lines) == 2


def test_a_misspelling_in_a_block_text_is_found_at_its_line(project: Path) -> None:
    require_hunspell()
    line = edit(
        project,
        QUESTIONS,
        "      beskæftigelse, og skriv målene ind i de aftaler, I allerede har, fx i\n",
        "      beskæftigelse, og skriv målene ind i de aftalerr, I allerede har, fx i\n",
    )
    result = run_check(project)
    assert result.stdout.startswith(f"{QUESTIONS}:{line}:47: ordet 'aftalerr' er ikke genkendt")


# 4. Nothing is lost without a word


def test_a_comment_after_a_plain_text_is_refused(project: Path) -> None:
    line = edit(
        project,
        QUESTIONS,
        QUESTION_TEXT,
        "            text: Hvilke fælles mål har vi for boligområdet #1 og de andre områder?\n",
    )
    problem = only(project)
    assert (problem.line, problem.column) == (line, 61)
    assert problem.message == (
        "Teksten stopper her, fordi YAML læser ' #' og resten af linjen som en kommentar. "
        'Hører det med til teksten, så sæt hele teksten i anførselstegn: "..."; '
        "er det en kommentar, så flyt den op på sin egen linje."
    )


def test_comments_on_their_own_line_and_after_ids_are_fine(project: Path) -> None:
    edit(project, QUESTIONS, QUESTION_TEXT, "            # en kommentar\n" + QUESTION_TEXT)
    edit(
        project,
        QUESTIONS,
        "          - id: sundhed-faelles-maal\n",
        "          - id: sundhed-faelles-maal  # fast id\n",
    )
    from dialogtool.load import load_content

    assert load_content(project / "content", project).question_index["sundhed-faelles-maal"]


@pytest.mark.parametrize(
    ("markdown", "column", "message"),
    [
        (
            "Se ![kortet](https://kl.dk/kort.png) her.",
            4,
            "Billeder understøttes ikke i teksterne: de kan ikke tjekkes for alternativ tekst "
            "og ophav, og de ville forsvinde uden et ord. Fjern billedet, eller link til det "
            "med [tekst](https://...).",
        ),
        (
            "Klik [her](javascript:alert(1)) nu.",
            12,
            "Linket til 'javascript:alert(1)' bruger en adresse, der ikke er tilladt; "
            "brug https://, http:// eller mailto:.",
        ),
        (
            "Klik [her](data:text/html,hej) nu.",
            12,
            "Linket til 'data:text/html,hej' bruger en adresse, der ikke er tilladt; "
            "brug https://, http:// eller mailto:.",
        ),
    ],
)
def test_images_and_unsafe_links_in_an_example_are_refused(
    project: Path, markdown: str, column: int, message: str
) -> None:
    line = append(project, EXAMPLE, f"\n{markdown}\n")
    assert str(only(project)) == f"{EXAMPLE}:{line + 1}:{column}: {message}"


def test_a_heading_in_a_recommendation_is_refused(project: Path) -> None:
    line = edit(
        project,
        QUESTIONS,
        "      om I nærmer jer dem.\n",
        "      om I nærmer jer dem.\n\n      # Stor overskrift\n",
    )
    problem = only(project)
    assert (problem.line, problem.column) == (line + 2, 7)
    assert problem.message == (
        "Overskrifter er ikke tilladt i feltet 'text' (kun korte afsnit, lister og links); "
        "skriv overskriften som en almindelig sætning."
    )


def test_a_table_in_an_intro_is_refused(project: Path) -> None:
    line = edit(
        project,
        QUESTIONS,
        "    intro: |\n      Beboerne i de udsatte",
        "    intro: |\n      | Tal | Mål |\n      | --- | --- |\n      | 1 | 2 |\n\n"
        "      Beboerne i de udsatte",
    )
    problems_found = [p for p in problems(project) if p.line == line + 2]
    assert len(problems_found) == 1
    assert problems_found[0].column == 7
    assert problems_found[0].message.startswith("Tabeller vises ikke på sitet")


def test_a_subheading_in_an_example_is_still_allowed(content) -> None:
    assert "## Hvad gør man?" in content.examples[0].body.da


def test_a_translation_without_a_danish_original_is_refused(project: Path) -> None:
    (project / "content/examples/bydelsmoedre.en.md").rename(
        project / "content/examples/bydelsmodre.en.md"
    )
    assert str(only(project)) == (
        "content/examples/bydelsmodre.en.md:1:1: Der er ingen dansk fil "
        "'content/examples/bydelsmodre.md' til denne oversættelse; mente du "
        "'bydelsmoedre.en.md'? En oversættelse skal hedde som den danske fil, med .en.md til "
        "sidst."
    )


# 5. Length limits


def test_a_question_of_41_words_is_refused(project: Path) -> None:
    long_text = " ".join(["ord"] * 40) + " Hvorfor?"
    line = edit(project, QUESTIONS, QUESTION_TEXT, f"            text: {long_text}\n")
    problem = only(project)
    assert problem.line == line
    assert problem.message == (
        "Feltet 'text' i spørgsmålet 'sundhed-faelles-maal' er for langt: højst 40 ord og "
        "300 tegn (står: 'ord ord ord ord ord ord ord ord ord ord ord ord ord ord ord…', "
        "41 ord, 168 tegn)."
    )


def test_a_question_of_40_words_is_fine(project: Path) -> None:
    edit(project, QUESTIONS, QUESTION_TEXT, "            text: " + " ".join(["ord"] * 40) + "\n")
    from dialogtool.load import load_content

    assert load_content(project / "content", project)


def test_a_title_of_13_words_is_refused(project: Path) -> None:
    line = edit(
        project,
        EXAMPLE,
        "title: Bydelsmødre deler viden om sundhed",
        "title: " + " ".join(["Bydelsmødre"] * 13),
    )
    problem = only(project)
    assert problem.line == line
    assert problem.message.startswith("Feltet 'title' i eksemplet er for langt: højst 12 ord")


def test_a_question_of_5000_words_is_refused_at_once(project: Path) -> None:
    edit(project, QUESTIONS, QUESTION_TEXT, "            text: " + "Hvad " * 5000 + "\n")
    problem = only(project)
    assert "er for langt: højst 40 ord" in problem.message
    assert len(problem.message) < 300


def test_every_message_names_a_file_in_the_repository(project: Path) -> None:
    append(project, QUESTIONS, BOMB)
    (project / "content/examples/passwd.md").symlink_to("/etc/passwd")
    for problem in problems(project):
        assert isinstance(problem, Problem)
        assert not problem.path.startswith("/") and ".." not in problem.path


def test_a_control_character_gets_a_danish_message_at_its_place(project: Path) -> None:
    line = edit(project, EXAMPLE, "title: Bydelsmødre", "title: Bydels\bmødre")
    assert str(only(project)) == (
        f"{EXAMPLE}:{line}:14: Det usynlige tegn U+0008 (et styretegn) er ikke tilladt i "
        "teksten: det kan ikke ses i editoren, men ændrer, hvordan teksten vises, søges og "
        "staves. Slet det (det kommer ofte med, når tekst kopieres fra et andet program)."
    )


def test_a_line_break_in_a_shown_value_stays_inside_its_one_line(project: Path) -> None:
    edit(project, EXAMPLE, "title: Bydelsmødre deler", 'title: "Bydelsmødre\\n<b>deler"\n#')
    (problem,) = problems(project)
    assert "\n" not in str(problem)
    assert "'Bydelsmødre\\n<b>deler" in str(problem)


def test_a_symlinked_wordlist_is_refused(project: Path) -> None:
    wordlist = project / "content/wordlist.txt"
    wordlist.unlink()
    wordlist.symlink_to("/etc/passwd")
    result = run_check(project)
    assert result.returncode == 1
    assert result.stdout.startswith("content/wordlist.txt:1:1: Filen er et symbolsk link")


class _Problems(list):
    def add(self, line: int, column: int, message: str) -> None:
        self.append((line, column, message.split(";", maxsplit=1)[0].split(".", maxsplit=1)[0]))


def test_new_content_files_get_the_same_checks_through_files_py(tmp_path: Path) -> None:
    from dialogtool.files import read_content_yaml

    content = tmp_path / "content"
    content.mkdir()
    meetings = content / "meetings.yaml"
    meetings.write_text("skabeloner:\n  - &a navn\n  - *a\n", encoding="utf-8")
    found = _Problems()
    assert read_content_yaml(meetings, content, found) is None
    assert found == [
        (2, 5, "Ankre (&) og aliaser (*) er ikke tilladt i indholdet"),
        (3, 5, "Ankre (&) og aliaser (*) er ikke tilladt i indholdet"),
    ]
    meetings.unlink()
    meetings.symlink_to(ROOT / "content/questions.yaml")
    found = _Problems()
    assert read_content_yaml(meetings, content, found) is None
    assert found == [(0, 0, "Filen er et symbolsk link")]
    meetings.unlink()
    meetings.write_text("skabeloner:\n  - navn: Styringsdialog\n", encoding="utf-8")
    doc = read_content_yaml(meetings, content, _Problems())
    assert doc is not None and doc.data == {"skabeloner": [{"navn": "Styringsdialog"}]}
    assert doc.position(("skabeloner", 0, "navn")) == (2, 5)


def test_ids_in_a_new_field_are_not_spell_checked(project: Path) -> None:
    from dialogtool.spelling import yaml_fragments

    edit(
        project, EXAMPLE, "questions: [", "related_questions: [sundhed-faelles-maal]\nquestions: ["
    )
    text = (project / EXAMPLE).read_text(encoding="utf-8")
    front = text.split("---\n")[1]
    fragments = yaml_fragments(EXAMPLE, front, text.split("\n"), line_offset=1)
    assert [(f.line, f.column, f.text) for f in fragments] == [
        (2, 8, "Bydelsmødre deler viden om sundhed"),
        (
            4,
            10,
            "Frivillige bydelsmødre bruger deres netværk i boligområdet til at give viden om "
            "sundhed og kommunens tilbud videre til andre kvinder og familier.",
        ),
    ]
