"""`make synonyms`: candidates from the Danish thesaurus (mythes-da) that editors can copy."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from dialogtool.load import load_content
from dialogtool.search_index import Lexicon
from dialogtool.synonyms import Synonym, load_synonyms
from dialogtool.thesaurus import THESAURUS, candidates, read_thesaurus

MYTHES = """utf-8
beboer|2
|indbygger|indvåner
|indflytter (underbegreb)
ledig|2
|arbejdsløs|fri (daglig tale)
|(adj)|ubesat
job|1
|stilling
"""


def test_thesaurus_entries_are_read_without_narrower_terms_or_labels(tmp_path: Path) -> None:
    path = tmp_path / "th.dat"
    path.write_text(MYTHES, encoding="utf-8")
    assert read_thesaurus(path) == {"beboer": ("indbygger", "indvåner"),
                                    "ledig": ("arbejdsløs", "fri", "ubesat"),
                                    "job": ("stilling",)}


def test_candidates_leave_out_what_synonyms_yaml_or_the_text_already_has(tmp_path: Path) -> None:
    path = tmp_path / "th.dat"
    path.write_text(MYTHES, encoding="utf-8")
    lexicon = Lexicon({"beboerne": ("beboer",), "beboer": ("beboer",), "ledige": ("ledig",),
                       "og": ("og",), "fri": ("fri",), "stilling": ("stilling",)})
    texts = ["Beboerne og de ledige", "En beboer, fri", "stilling"]
    found = candidates(texts, (Synonym(("arbejdsløs",), ("ledig",)),), read_thesaurus(path),
                       lexicon)
    assert [(c.means, c.words, c.count) for c in found] == [
        ("beboer", ("indbygger", "indvåner"), 2), ("ledig", ("ubesat",), 1)]


@pytest.mark.skipif(not THESAURUS.exists(), reason="mythes-da er ikke installeret")
def test_make_synonyms_writes_entries_an_editor_can_paste_into_synonyms_yaml(
        project: Path, tmp_path: Path) -> None:
    out = tmp_path / "forslag.yaml"
    result = subprocess.run([sys.executable, "-m", "dialogtool.thesaurus", "--root",
                             str(project), "--output", str(out)], capture_output=True, text=True,
                            check=False, env={**os.environ, "PYTHONPATH": str(ROOT / "hooks")})
    assert result.returncode == 0, result.stderr
    entries = yaml.safe_load("synonyms:\n" + out.read_text(encoding="utf-8"))["synonyms"]
    assert len(entries) > 20
    existing = {w for s in load_synonyms(ROOT / "content", ROOT) for w in (*s.words, *s.means)}
    assert not existing & {w for e in entries for w in e["words"]}
    # Accepting every entry gives a synonyms.yaml the content checks accept, including that
    # each `means` is a word of the texts.
    content = load_content(project / "content", project)
    before = len(load_synonyms(project / "content", project, content))
    path = project / "content" / "synonyms.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "\nsynonyms:\n", "\nsynonyms:\n" + out.read_text(encoding="utf-8"), 1), encoding="utf-8")
    assert len(load_synonyms(project / "content", project, content)) == before + len(entries)


def test_thesaurus_is_there_in_ci() -> None:
    if os.environ.get("CI") != "true":
        pytest.skip("kun i CI")
    assert THESAURUS.exists(), "mythes-da skal være installeret i CI (.ci/run)"
    assert shutil.which("hunspell")
