"""`make changes`: the Danish change summary, run on temporary git repositories with commits."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT
from dialogtool import changes

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test",
    "GIT_AUTHOR_EMAIL": "test@example.invalid",
    "GIT_COMMITTER_NAME": "Test",
    "GIT_COMMITTER_EMAIL": "test@example.invalid",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *args],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **GIT_ENV},
    ).stdout


def commit_all(repo: Path, message: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding today's content on `main`, and a branch `rettelser` off it."""
    repo = tmp_path / "repo"
    repo.mkdir()
    shutil.copytree(ROOT / "content", repo / "content")
    git(repo, "init", "-q", "-b", "main")
    commit_all(repo, "Indhold")
    git(repo, "checkout", "-q", "-b", "rettelser")
    return repo


@pytest.fixture(autouse=True)
def _no_job_summary(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run in CI too: they must not write into the real job summary."""
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def summary(repo: Path, *args: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert changes.main(["--root", str(repo), *args]) == 0
    return capsys.readouterr().out


def test_unchanged_content_says_so(repo: Path, capsys) -> None:
    out = summary(repo, capsys=capsys)
    assert "Ingen ændringer i indholdet." in out
    assert "merge-basen med main" in out
    assert "WARNING" not in out


def test_changed_question_is_named_with_its_theme_old_and_new_text(repo: Path, capsys) -> None:
    questions = repo / "content" / "questions.yaml"
    old = "Hvilke fælles mål har vi for beboernes sundhed i boligområdet?"
    edit(questions, old, "Hvilke mål deler vi for beboernes sundhed?")  # same id
    commit_all(repo, "Omformuler et spørgsmål")
    git(repo, "checkout", "-q", "main")  # main moves on: the summary uses the merge base
    (repo / "content" / "wordlist.txt").write_text("nyt\n", encoding="utf-8")
    commit_all(repo, "Andet arbejde på main")
    git(repo, "checkout", "-q", "rettelser")

    out = summary(repo, capsys=capsys)
    theme = out.split("## Tema: Sundhed (`sundhed`)")[1].split("\n## ")[0]
    assert "### Spørgsmål ændret" in theme
    new = "Hvilke mål deler vi for beboernes sundhed?"
    assert f"1.1 `sundhed-faelles-maal`: »{old}« → »{new}«" in theme
    assert "Beskæftigelse" not in out  # an untouched theme gets no section
    assert "wordlist" not in out  # main's own later work is not part of this change
    assert "WARNING" not in out  # the id is unchanged: shared links still work
    stale = out.split("## Oversættelser, der måske skal rettes")[1].split("\n## ")[0]
    assert (
        "- spørgsmål `sundhed-faelles-maal` (»Hvilke mål deler vi for beboernes sundhed?«): "
        "tekst (`text`) er ændret, men engelsk tekst (`text_en`) er den samme"
    ) in stale


def question_block(text: str, question_id: str) -> str:
    """The lines of one question in questions.yaml, from its `- id:` line to the next item."""
    lines = text.splitlines(keepends=True)
    start = lines.index(f"          - id: {question_id}\n")
    end = start + 1
    while end < len(lines) and lines[end].startswith("            "):
        end += 1
    return "".join(lines[start:end])


def test_changed_and_removed_ids_are_warned_about(repo: Path, capsys) -> None:
    questions = repo / "content" / "questions.yaml"
    edit(questions, "id: sundhed-faelles-maal", "id: sundhed-maal")
    text = questions.read_text(encoding="utf-8")
    questions.write_text(text.replace(question_block(text, "sundhed-forventninger"), ""))
    commit_all(repo, "Nyt id, et spørgsmål mindre")

    out = summary(repo, capsys=capsys)
    warning = out.split("> [!WARNING]")[1].split("\n\n")[0]
    assert "virker ikke længere" in warning
    assert "> - `sundhed-faelles-maal` er ændret til `sundhed-maal` (tema »Sundhed«)" in warning
    assert "> - `sundhed-forventninger` er fjernet (tema »Sundhed«)" in warning
    theme = out.split("## Tema: Sundhed")[1].split("\n## ")[0]
    renamed = theme.split("### Spørgsmål med nyt id")[1].split("###")[0]
    assert "`sundhed-faelles-maal` → `sundhed-maal`: »Hvilke fælles mål har vi" in renamed
    assert "`sundhed-forventninger`" in theme.split("### Spørgsmål fjernet")[1].split("###")[0]
    assert "### Spørgsmål tilføjet" not in theme  # a new id is a rename, not a new question


def test_added_moved_question_recommendation_example_and_missing_translation(
    repo: Path, capsys
) -> None:
    questions = repo / "content" / "questions.yaml"
    text = questions.read_text(encoding="utf-8")
    moved = question_block(text, "sundhed-faelles-maal")
    text = text.replace(moved, "", 1)
    last_topic = question_block(text, "sundhed-opfoelgning")  # last topic of the theme
    new_question = (
        "          - id: sundhed-ny\n"
        "            text: Hvem spørger vi først, når vi vil nå flere beboere?\n"
    )
    text = text.replace(last_topic, last_topic + moved + new_question, 1)
    text = text.replace(
        "recommendations:\n",
        "recommendations:\n  - id: ny-anbefaling\n    title: Mød beboerne\n"
        "    text: Mød beboerne, hvor de er.\n",
        1,
    )
    questions.write_text(text, encoding="utf-8")
    example = repo / "content" / "examples" / "bydelsmoedre.md"
    edit(example, "title: ", "title: Nye ")
    (repo / "content" / "examples" / "bydelsmoedre.en.md").unlink()
    new_example = repo / "content" / "examples" / "nyt-eksempel.md"
    new_example.write_text(
        "---\ntitle: Nyt eksempel <b>fedt</b>\nsummary: Kort.\nthemes: [sundhed]\n"
        "target_groups: [unge]\npartners: [jobcenter]\nquestions: []\n---\nTekst.\n",
        encoding="utf-8",
    )
    commit_all(repo, "Flyt, tilføj og ret")

    out = summary(repo, "--base", "main", capsys=capsys)
    theme = out.split("## Tema: Sundhed")[1].split("\n## ")[0]
    added = theme.split("### Spørgsmål tilføjet")[1].split("###")[0]
    assert "`sundhed-ny`: »Hvem spørger vi først, når vi vil nå flere beboere?«" in added
    assert "emne »Viden, opfølgning og kontinuitet«" in added
    moves = theme.split("### Spørgsmål flyttet")[1].split("###")[0]
    assert (
        "`sundhed-faelles-maal`: fra tema `sundhed`, emne »Fælles mål og forventninger« "
        "til tema `sundhed`, emne »Viden, opfølgning og kontinuitet«"
    ) in moves
    assert "WARNING" not in out  # moving keeps the id: links still work
    recommendations = out.split("\n## Anbefalinger\n")[1].split("\n## ")[0]
    assert "`ny-anbefaling`: »Mød beboerne«" in recommendations.split("tilføjet")[1]
    examples = out.split("\n## Eksempler\n")[1].split("\n## ")[0]
    assert "`nyt-eksempel`: »Nyt eksempel &lt;b&gt;fedt&lt;/b&gt;« (temaer: sundhed)" in examples
    assert "<b>" not in out  # content text never becomes markup
    changed = examples.split("### Eksempler ændret")[1]
    assert "`bydelsmoedre`: engelsk beskrivelse (`body_en`), titel (`title`); titel »" in changed
    missing = out.split("## Oversættelser, der mangler nu")[1].split("\n## ")[0]
    assert "- eksempel `bydelsmoedre` (»Nye " in missing
    assert "beskrivelse (`body`) uden engelsk" in missing
    assert "- anbefaling `ny-anbefaling` (»Mød beboerne«): titel (`title`) uden engelsk" in missing
    assert "- spørgsmål `sundhed-ny`" in missing
    assert "sundhed-faelles-maal" not in missing  # moved with its translation


def test_base_in_an_older_or_newer_format_still_gets_a_summary(repo: Path, capsys) -> None:
    """The format changes in parallel: unknown fields, new files and a BASE the strict reader
    refuses (a duplicate key) must not stop the summary."""
    questions = repo / "content" / "questions.yaml"
    edit(questions, "    title: Sundhed\n", "    title: Sundhed\n    title: Sundhed\n")
    commit_all(repo, "Dobbelt nøgle på main")
    git(repo, "branch", "-f", "main")
    edit(questions, "    title: Sundhed\n    title: Sundhed\n", "    title: Sundhed\n")
    edit(
        questions,
        "          - id: sundhed-faelles-maal\n",
        "          - id: sundhed-faelles-maal\n            nyt_felt: 10\n",
    )
    (repo / "content" / "kommende.yaml").write_text("punkter: []\n", encoding="utf-8")
    commit_all(repo, "Nyt format")

    out = summary(repo, "--base", "main", capsys=capsys)
    assert "`sundhed-faelles-maal`" in out and "`nyt_felt`" in out
    assert "`content/kommende.yaml` er tilføjet" in out


def test_unreadable_yaml_is_noted_not_fatal(repo: Path, capsys) -> None:
    (repo / "content" / "questions.yaml").write_text("themes: [\n", encoding="utf-8")
    out = summary(repo, "--base", "main", capsys=capsys)
    assert "## Kunne ikke sammenlignes" in out
    assert "Nu: `content/questions.yaml` kunne ikke læses som YAML" in out


def test_summary_goes_to_the_job_summary_and_a_file(
    repo: Path, tmp_path: Path, monkeypatch, capsys
) -> None:
    step_summary = tmp_path / "step-summary.md"
    step_summary.write_text("Tidligere trin\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(step_summary))
    out = summary(repo, "--output", str(tmp_path / "build" / "changes.md"), capsys=capsys)
    assert (tmp_path / "build" / "changes.md").read_text(encoding="utf-8") == out
    assert step_summary.read_text(encoding="utf-8") == "Tidligere trin\n" + out


def test_unknown_base_is_a_danish_error(repo: Path, capsys) -> None:
    assert changes.main(["--root", str(repo), "--base", "findes-ikke"]) == 2
    assert "git kunne ikke læse 'findes-ikke'" in capsys.readouterr().err


def test_make_changes_runs_on_this_repository() -> None:
    result = subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "changes", "BASE=HEAD"],
        capture_output=True,
        text=True,
        check=False,
        env={k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"},
    )
    assert result.returncode == 0, result.stderr
    assert "# Ændringer i indholdet" in result.stdout
    assert "Sammenlignet med `HEAD`." in result.stdout


def test_content_values_never_become_markup() -> None:
    """Pure functions on in-memory files: ids, titles, themes and paths from a pull request
    are shown as text, whatever characters they hold."""
    questions = (
        "themes:\n  - id: sundhed\n    title: Sundhed <i>x</i>\n    topics:\n"
        "      - title: '*Emne*'\n        questions:\n"
        "          - id: 'a`b'\n            text: Hvad <script>alert(1)</script>?\n"
    )
    example = "---\ntitle: <b>Titel</b>\nthemes: ['<b>z</b>']\n---\nTekst.\n"
    old = changes.snapshot({"content/questions.yaml": "themes: []\n"})
    new = changes.snapshot(
        {
            "content/questions.yaml": questions,
            "content/examples/ny.md": example,
            "content/<img src=x>.yaml": "a: 1\n",
        }
    )
    out = changes.render(changes.compare(old, new), changes.code("main"))
    assert "<" not in out.replace("&lt;", "")
    assert "`` a`b ``: »Hvad &lt;script&gt;alert\\(1\\)&lt;/script&gt;?«" in out
    assert "(emne »\\*Emne\\*«)" in out
    assert "(temaer: &lt;b&gt;z&lt;/b&gt;)" in out
    assert "## Tema: Sundhed &lt;i&gt;x&lt;/i&gt; (`sundhed`)" in out
    assert "Nyt tema; adressen bliver `/sundhed/`." in out
