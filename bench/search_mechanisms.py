"""Hit rate before and after each search mechanism, on both query sets, in Chromium.

Each step switches on one more mechanism of docs/javascripts/search.js (by the word list's
`off` field in a copy of the built site; the site itself switches none off). The last step
measures what automatic expansion with the Danish thesaurus (mythes-da) would do: every
candidate of `make synonyms` added to synonyms.yaml, built and measured the same way, so
that known words too are expanded (the search itself reads only unknown words from it).

    .venv/bin/python bench/search_mechanisms.py site/ [--json bench/search-mechanisms.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import search  # puts scripts/ on the path, for sitetools
from sitetools import served  # noqa: I001

ROOT = Path(__file__).resolve().parents[1]
BEFORE = Path(__file__).resolve().parent / "search-before-issue20.json"
ALL = ["split", "stop", "partial", "weights", "mixed", "sections", "exact", "records", "related"]
FIRST = ["split", "stop", "partial", "weights", "mixed", "sections"]
STEPS = [  # (name, mechanisms switched on)
    ("as before: every word must match (this code, all new mechanisms off)", []),
    ("+ compound words in the query split into indexed words", ["split"]),
    ("+ stop words ignored", ["split", "stop"]),
    ("+ partial matches ranked by coverage of the words and parts", ["split", "stop", "partial"]),
    ("+ each word weighted by its rarity in the index", ["split", "stop", "partial", "weights"]),
    ("+ partial matches listed after those with every word",
     ["split", "stop", "partial", "weights", "mixed"]),
    ("+ a written page covers only what one of its sections covers", FIRST),
    ("+ at equal coverage, results with the words as typed first", [*FIRST, "exact"]),
    ("+ at equal coverage, questions, recommendations and examples before written pages",
     [*FIRST, "exact", "records"]),
    ("+ a word nothing else reads is read from the thesaurus (mythes), all on", ALL),
    ("all on, but without splitting compounds", [m for m in ALL if m != "split"]),
    ("all on, but without the thesaurus", [m for m in ALL if m != "related"]),
]


def with_off(site: Path, dest: Path, off: list[str]) -> Path:
    shutil.copytree(site, dest)
    for words in (dest / "pagefind").glob("dq-words.*.json"):
        data = json.loads(words.read_text(encoding="utf-8"))
        data["off"] = off
        words.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return dest


def thesaurus_site(tmp: Path) -> Path:
    """The project built with every thesaurus candidate accepted into synonyms.yaml."""
    project = tmp / "thesaurus"
    for part in ("content", "docs", "hooks", "schemas", "overrides"):
        shutil.copytree(ROOT / part, project / part)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    found = tmp / "candidates.yaml"
    subprocess.run([sys.executable, "-m", "dialogtool.thesaurus", "--root", str(project),
                    "--output", str(found)], check=True, env={"PYTHONPATH": str(ROOT / "hooks"),
                                                             "PATH": "/usr/bin:/bin"})
    synonyms = project / "content" / "synonyms.yaml"
    head = "\nsynonyms:\n"
    text = synonyms.read_text(encoding="utf-8")
    synonyms.write_text(text.replace(head, head + found.read_text(encoding="utf-8") + "\n", 1),
                        encoding="utf-8")
    subprocess.run([str(Path(sys.executable).with_name("mkdocs")), "build", "-q", "-f",
                    str(project / "mkdocs.yml"), "-d", str(project / "site")], check=True,
                   env={"PATH": "/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1"},
                   capture_output=True)
    return project / "site"


def measure(site: Path, browser) -> dict:
    with served(site) as base:
        return {path.name: search.quality(browser, base, "pagefind", search.load_queries(path))
                for path in (search.QUERIES, search.BLIND)}


def brief(sets: dict) -> dict:
    return {name: {k: q.get(k) for k in ("hits", "queries", "hit_rate", "english_hits",
                                     "english_queries", "english_hit_rate", "precision",
                                     "no_results")}
            for name, q in sets.items()}


def _pct(value: float | None) -> str:
    return "?" if value is None else f"{100 * value:.0f} %"


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def table(steps: list[dict]) -> str:
    lines = ["| step | blind set: Danish | blind set: English | tuned set: Danish | "
             "tuned set: English | precision in the top 5 (blind / tuned) | "
             "queries without results (blind / tuned) |", "|---|---:|---:|---:|---:|---:|---:|"]
    for step in steps:
        b, t = step["sets"].get("search_queries_blind.yaml"), step["sets"]["search_queries.yaml"]
        pct = lambda h, n: f"{h}/{n} ({100 * h / n:.0f} %)"  # noqa: E731
        lines.append(
            f"| {step['name']} | {pct(b['hits'], b['queries'])} | "
            f"{pct(b['english_hits'], b['english_queries'])} | {pct(t['hits'], t['queries'])} | "
            f"{pct(t['english_hits'], t['english_queries'])} | "
            f"{_pct(b['precision'])} / {_pct(t['precision'])} | "
            f"{_n(b['no_results'])} / {_n(t['no_results'])} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("site", type=Path)
    p.add_argument("--json", type=Path)
    p.add_argument("--no-thesaurus", action="store_true")
    args = p.parse_args(argv)
    steps = []
    if BEFORE.exists():
        before = json.loads(BEFORE.read_text(encoding="utf-8"))
        steps.append({"name": "the search before (commit 0875778)",
                      "sets": brief(before["query_sets"])})
    with tempfile.TemporaryDirectory(prefix="dq-mech-") as tmp, search.chromium() as browser:
        for k, (name, on) in enumerate(STEPS):
            site = with_off(args.site, Path(tmp) / f"step{k}", [m for m in ALL if m not in on])
            steps.append({"name": name, "sets": brief(measure(site, browser))})
            print(table(steps[-1:]).splitlines()[-1], flush=True)
        if not args.no_thesaurus:
            site = thesaurus_site(Path(tmp))
            steps.append({"name": "all on + every thesaurus candidate as a synonym (automatic "
                                  "expansion)", "sets": brief(measure(site, browser))})
            print(table(steps[-1:]).splitlines()[-1], flush=True)
    print(table(steps))
    if args.json:
        args.json.write_text(json.dumps(steps, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.exit(main())
