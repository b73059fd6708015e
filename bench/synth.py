"""Synthetic but valid content for the benchmark, written in Danish-looking text.

The words come from the real content (Danish fields of content/questions.yaml and the
example bodies), drawn with their real frequencies, so word and sentence lengths, Markdown
escaping and search-index tokens look like the real thing. The generator is deterministic
(fixed seed) so every run builds the same site.

Shape (documented in bench/README.md):
- the 7 real recommendations are kept;
- themes: `sundhed` and `beskaeftigelse` always, then `tema-3`, `tema-4`, ... so that no
  theme page holds more than `max_per_theme` questions (default 250);
- topics of 3-6 questions (the real content has 4), questions of 15-25 words with 2-3
  follow-ups of 6-14 words, `who` drawn from the schema's enum (sometimes left out);
- examples of ~200 words in the real examples' layout (intro, two `##` sections, two
  lists), spread evenly over the themes (every fourth also in a second theme), each
  pointing at 2-3 questions of its themes, target groups and partners from the schema.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

SEED = 20240601
STARTERS = ["Hvordan", "Hvilke", "Hvad", "Hvem", "Hvor", "Hvornår", "Hvorfor"]
_WORD = re.compile(r"[A-Za-zÆØÅæøåéÉüÜ]+")
_ID_KEYS = {"id", "who", "questions", "themes", "recommendations"}
_TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "é": "e", "ü": "u"})


@dataclass(frozen=True)
class Size:
    name: str
    questions: int
    examples: int


SIZES = {
    "small": Size("small", 100, 10),
    "medium": Size("medium", 1_000, 100),
    "large": Size("large", 10_000, 1_000),
}


# Word list


def danish_words(project: Path) -> list[str]:
    """All Danish words of the real content, with repetitions (so sampling keeps frequencies)."""
    texts: list[str] = []

    def collect(node: object, key: str = "") -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                collect(v, str(k))
        elif isinstance(node, list):
            for v in node:
                collect(v, key)
        elif isinstance(node, str) and not key.endswith("_en") and key not in _ID_KEYS:
            texts.append(node)

    content = project / "content"
    collect(yaml.safe_load((content / "questions.yaml").read_text(encoding="utf-8")))
    for path in sorted((content / "examples").glob("*.md")):
        if path.name.endswith(".en.md"):
            continue
        text = path.read_text(encoding="utf-8")
        parts = text.split("---", 2)
        if len(parts) == 3:
            collect(yaml.safe_load(parts[1]))
            texts.append(parts[2])
    words = [w.lower() for t in texts for w in _WORD.findall(t)]
    if len(set(words)) < 50:
        raise SystemExit("bench: too few Danish words in content/ to generate text from")
    return words


class Writer:
    """Sentences from the word list, deterministic for a given seed."""

    def __init__(self, words: list[str], seed: int = SEED) -> None:
        counts = Counter(words)
        self.vocab = list(counts)
        self.weights = [counts[w] for w in self.vocab]
        # Long words for ids and titles, so slugs stay readable.
        self.long = [w for w in self.vocab if len(w) >= 5 and w.isascii()] or self.vocab
        self.rng = random.Random(seed)

    def words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, self.weights, k=n)

    def phrase(self, lo: int, hi: int) -> str:
        return " ".join(self.words(self.rng.randint(lo, hi)))

    def sentence(self, lo: int, hi: int, end: str = ".") -> str:
        words = self.words(self.rng.randint(lo, hi))
        if len(words) > 8 and self.rng.random() < 0.4:
            cut = self.rng.randint(3, len(words) - 3)
            words[cut] += ","
        text = " ".join(words)
        return text[:1].upper() + text[1:] + end

    def question(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi)
        rest = self.words(n - 1)
        if n > 8 and self.rng.random() < 0.3:
            rest[self.rng.randint(3, n - 4)] += ","
        return " ".join([self.rng.choice(STARTERS), *rest]) + "?"

    def title(self, lo: int = 2, hi: int = 4) -> str:
        text = self.phrase(lo, hi)
        return text[:1].upper() + text[1:]

    def slug_word(self) -> str:
        return self.rng.choice(self.long).translate(_TRANSLIT)

    def paragraph(self, words: int) -> str:
        out, total = [], 0
        while total < words:
            s = self.sentence(8, 18)
            out.append(s)
            total += len(s.split())
        return " ".join(out)


# Content


def theme_count(questions: int, max_per_theme: int) -> int:
    return max(2, math.ceil(questions / max_per_theme))


def _split(total: int, parts: int) -> list[int]:
    base, extra = divmod(total, parts)
    return [base + (1 if i < extra else 0) for i in range(parts)]


def _topic_sizes(n: int, rng: random.Random) -> list[int]:
    sizes = []
    while n > 0:
        k = min(n, rng.randint(3, 6))
        sizes.append(k)
        n -= k
    return sizes


def generate(
    project: Path, size: Size, max_per_theme: int = 250, words: list[str] | None = None
) -> dict:
    """Replace project/content with synthetic content of `size`; return a summary."""
    content = project / "content"
    real = yaml.safe_load((content / "questions.yaml").read_text(encoding="utf-8"))
    schema = json.loads((project / "schemas" / "example.schema.json").read_text(encoding="utf-8"))
    groups = schema["properties"]["target_groups"]["items"]["enum"]
    partners = schema["properties"]["partners"]["items"]["enum"]
    w = Writer(words or danish_words(project))
    rng = w.rng
    rec_ids = [r["id"] for r in real["recommendations"]]
    real_themes = {t["id"]: t for t in real["themes"]}

    n_themes = theme_count(size.questions, max_per_theme)
    theme_ids = ["sundhed", "beskaeftigelse", *(f"tema-{i}" for i in range(3, n_themes + 1))]
    themes, by_theme, next_id = [], {}, 0
    for theme_id, count in zip(theme_ids, _split(size.questions, n_themes), strict=True):
        base = real_themes.get(theme_id, {})
        theme = {
            "id": theme_id,
            "title": base.get("title") or f"Tema {theme_id.split('-')[1]}: {w.title(1, 3)}",
            "owner": base.get("owner") or "KL og BL",
            "guiding_question": base.get("guiding_question") or w.question(10, 16),
            "intro": w.paragraph(60) + "\n\n" + w.paragraph(40) + "\n",
            "recommendations": rng.sample(rec_ids, rng.randint(3, len(rec_ids))),
            "topics": [],
        }
        ids = by_theme[theme_id] = []
        for k in _topic_sizes(count, rng):
            questions = []
            for _ in range(k):
                next_id += 1
                qid = f"{theme_id}-{w.slug_word()}-{next_id}"
                q = {"id": qid, "text": w.question(15, 25),
                     "recommendations": rng.sample(theme["recommendations"], rng.randint(1, 2))}
                if rng.random() < 0.9:
                    q["who"] = rng.choice(["begge", "begge", "kommune", "boligorganisation"])
                q["followups"] = [w.question(6, 14) for _ in range(rng.randint(2, 3))]
                questions.append(q)
                ids.append(qid)
            theme["topics"].append({"title": w.title(2, 5), "questions": questions})
        themes.append(theme)

    data = {"recommendations": real["recommendations"], "themes": themes}
    header = "# Synthetic content generated by bench/synth.py; not real content.\n"
    (content / "questions.yaml").write_text(
        header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )

    # Meeting templates name real question ids: give them synthetic ones, as many as today.
    meetings = yaml.safe_load((content / "meetings.yaml").read_text(encoding="utf-8"))
    every = [q for t in theme_ids for q in by_theme[t]]
    for template in meetings["templates"]:
        for item in template["questions"]:
            item["id"] = rng.choice(every)
        unique = list({i["id"]: i for i in template["questions"]}.values())
        template["questions"] = unique
    (content / "meetings.yaml").write_text(
        header + yaml.safe_dump(meetings, allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8",
    )

    examples_dir = content / "examples"
    for old in examples_dir.glob("*"):
        old.unlink()
    for i in range(size.examples):
        primary = theme_ids[i % n_themes]
        ex_themes = [primary]
        if rng.random() < 0.25:
            other = rng.choice([t for t in theme_ids if t != primary])
            ex_themes.append(other)
        pool = [q for t in ex_themes for q in by_theme[t]]
        front = {
            "title": w.title(4, 8),
            "summary": w.sentence(15, 25),
            "themes": ex_themes,
            "target_groups": rng.sample(groups, rng.randint(1, 2)),
            "partners": rng.sample(partners, rng.randint(2, 4)),
            "questions": rng.sample(pool, min(len(pool), rng.randint(2, 3))),
        }
        body = "\n".join(
            [
                w.paragraph(40),
                "",
                "## Hvad gør man?",
                "",
                w.paragraph(55),
                "",
                "## Hvem samarbejder?",
                "",
                *(f"- {w.sentence(7, 12)}" for _ in range(3)),
                "",
                "## Det skal man være opmærksom på",
                "",
                *(f"- {w.sentence(8, 14)}" for _ in range(3)),
                "",
            ]
        )
        slug = f"{w.slug_word()}-{w.slug_word()}-{i + 1}"
        (examples_dir / f"{slug}.md").write_text(
            "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False, width=1000)
            + "---\n" + body,
            encoding="utf-8",
        )
    kept = _prune_synonyms(content)
    return {
        "synonyms": kept,
        "questions": size.questions,
        "examples": size.examples,
        "themes": n_themes,
        "topics": sum(len(t["topics"]) for t in themes),
        "max_questions_per_theme": max(len(v) for v in by_theme.values()),
    }


def _prune_synonyms(content: Path) -> int:
    """Keep the synonyms whose `means` words are in the synthetic texts, as the content check
    demands (dialogtool.synonyms); the others would stop the build. How many are kept."""
    path = content / "synonyms.yaml"
    if not path.exists():
        return 0
    files = [content / "questions.yaml", *sorted((content / "examples").glob("*.md"))]
    tokens = {t for f in files for t in re.findall(r"\w+", f.read_text(encoding="utf-8").lower())}
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["synonyms"] = [e for e in data.get("synonyms") or []
                        if all(any(w in t for t in tokens) for m in e["means"] for w in m.split())]
    path.write_text("# Pruned by bench/synth.py to the words of the synthetic texts.\n"
                    + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
                    encoding="utf-8")
    return len(data["synonyms"])
