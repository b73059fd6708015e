"""Unknown query words read as the text's own words: the thesaurus map (related.py) from the
MyThes files (mythes.py), and the parts the build writes for the search box."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dialogtool.mythes import THESAURI, one_word_thesaurus, read_thesaurus
from dialogtool.related import related_words, shard_key, shards

ENGLISH = """UTF-8
sick|3
(adj)|ill|afflicted (similar term)|well (antonym)|unhealthy (related term)
(adj)|nauseated|queasy
(verb)|vomit|person (generic term)
teenager|1
(noun)|adolescent|teen|juvenile person (generic term)
sick leave|1
(noun)|leave (generic term)
"""


def test_an_english_thesaurus_keeps_only_words_that_can_stand_in(tmp_path: Path) -> None:
    path = tmp_path / "th_en.dat"
    path.write_text(ENGLISH, encoding="utf-8")
    assert read_thesaurus(path) == {"sick": ("ill", "nauseated", "queasy", "vomit"),
                                    "teenager": ("adolescent", "teen")}


def test_a_word_maps_to_synonyms_the_index_can_find_and_never_a_known_word() -> None:
    thesaurus = {"sick": ("ill", "queasy", "under the weather"), "slut": ("ende",),
                 "teenager": ("adolescent",), "health": ("wellness",)}
    vocabulary = ["illness", "health", "problems"]
    # "ill" finds "illness" (same stem, a prefix); a phrase or a word not there does not;
    # "health" is the text's own word and is searched as it is.
    assert related_words(thesaurus, vocabulary, "en") == {"sick": ["ill"]}


def test_danish_synonyms_are_found_in_their_inflected_forms() -> None:
    thesaurus = {"udløbe": ("forgå", "slutte", "holde op"), "ophøre": ("slutte",)}
    assert related_words(thesaurus, ["slutter", "helhedsplanen"], "da") == {
        "udløbe": ["slutte"], "ophøre": ["slutte"]}


def test_the_map_is_split_by_two_letters_into_ascii_names() -> None:
    parts = shards({"sick": ["ill"], "side": ["x"], "øl": ["y"], "å": ["z"]})
    assert parts == {"73-69": {"sick": ["ill"], "side": ["x"]}, "f8-6c": {"øl": ["y"]},
                     "e5": {"å": ["z"]}}
    assert shard_key("sick") == "73-69"  # tests/js/search.test.mjs: shardKey("sick")


@pytest.mark.parametrize("lang", ["da", "en"])
def test_the_built_site_has_the_parts_its_word_list_names(site: Path, lang: str) -> None:
    if not THESAURI[lang].exists():
        pytest.skip(f"{THESAURI[lang]} er ikke installeret")
    words = json.loads((site / "pagefind" / f"dq-words.{lang}.json").read_text("utf-8"))
    vocabulary = set(words["words"])
    assert len(words["thesaurus"]) > 50
    for key in words["thesaurus"]:
        part = json.loads((site / "pagefind" / f"dq-related.{lang}.{key}.json").read_text("utf-8"))
        assert part and all(shard_key(w) == key and w not in vocabulary for w in part), key
    files = {p.name for p in (site / "pagefind").glob(f"dq-related.{lang}.*.json")}
    assert files == {f"dq-related.{lang}.{k}.json" for k in words["thesaurus"]}


def test_the_one_word_thesaurus_is_parsed_once_and_again_when_the_file_changes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "th_en.dat"
    path.write_text(ENGLISH, encoding="utf-8")
    first = one_word_thesaurus(path, tmp_path / "cache")
    assert first == {"sick": ("ill", "nauseated", "queasy", "vomit"),
                     "teenager": ("adolescent", "teen")}  # no phrase, as headword or synonym
    (cached,) = (tmp_path / "cache" / "dialogvaerktoejet").iterdir()
    assert one_word_thesaurus(path, tmp_path / "cache") == first
    path.write_text(ENGLISH + "health|1\n(noun)|wellness\n", encoding="utf-8")
    assert one_word_thesaurus(path, tmp_path / "cache")["health"] == ("wellness",)
    assert len(list(cached.parent.iterdir())) == 2
