"""The search index: what Pagefind indexes, and the Danish words it adds so people find it.

Pagefind (https://pagefind.app) stems Danish and splits its index into small fragments that
the browser fetches only when someone searches. This module decides what goes in:

- one record per question (its anchor, the question text as title), recommendation,
  example and theme page, made from the content itself, so a result lands on the question;
- the written pages (front page, guide, ...) as built, without page chrome;
- for each record, hidden words that make Danish search find what people type: the
  dictionary form of each word and the parts of compound words (from hunspell-da:
  "jobcentret" adds "jobcenter", "afdelingsbestyrelsen" adds "afdeling" and "bestyrelsen"),
  and the synonyms from `content/synonyms.yaml` ("ledige" adds "arbejdsløse").

The published HTML is not changed. The hidden words come after the record's own text, and
the meta field `x` says which word of the text each one came from, so the search box can
mark the word that was really found (see docs/javascripts/search.js).
"""

from __future__ import annotations

import html
import json
import logging
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import nh3
import stop_words as snowball
import stopwords

from .markup import prose_html
from .model import Content
from .related import related_words, shards
from .synonyms import Synonym

log = logging.getLogger("mkdocs.hooks.dialogtool.search")

DICTIONARY = "da_DK"
OUTPUT_DIR = "pagefind"
WORD = re.compile(r"[0-9a-zA-ZæøåÆØÅéüöäÉÜÖÄ]+")
MIN_HEAD, MIN_TAIL, MIN_COMPOUND = 3, 4, 8
LINKING = "se"  # Danish linking letters: beskæftigelse-s-indsats, pige-e-... (rare)
# Page chrome that is not content: print header, dates and owner, "¶", "Start et mødeark"
# links, tags, forms, edit button; and blocks covered by their own records.
CHROME = [
    ".dq-print-only", ".dq-print-header", ".dq-page-info", ".headerlink", ".dq-meta",
    ".dq-tags", "form", ".md-content__button", ".md-source-file", ".dq-filter",
]
EXCLUDE = [*CHROME, ".dq-examples", ".dq-picks", ".dq-handout", ".dq-question",
           ".dq-recommendation"]
ROOT_SELECTOR = "article"
RECORDS = "/dq-records/"  # where the records' documents sit while Pagefind reads them


# Danish words: dictionary forms and compound parts from hunspell-da


class Lexicon:
    """Which words hunspell-da knows, and their dictionary forms ("centret" -> "center")."""

    def __init__(self, lemmas: dict[str, tuple[str, ...]]) -> None:
        self._lemmas = lemmas
        self.forms: dict[str, list[str]] = {}  # word_forms, worked out once per word

    def known(self, word: str) -> bool:
        return bool(self._lemmas.get(word))

    def lemmas(self, word: str) -> tuple[str, ...]:
        return self._lemmas.get(word, ())

    def learn(self, words: Iterable[str]) -> None:
        """Look up the words not seen yet, in one hunspell run."""
        new = sorted({w for w in words if w not in self._lemmas})
        if new:
            self._lemmas.update(_hunspell_stems(new))
            self.forms.clear()

    @classmethod
    def from_hunspell(cls) -> Lexicon | None:
        """None, with a note in the build log, when hunspell-da is not installed."""
        if shutil.which("hunspell") is None:
            log.info("Søgning: hunspell findes ikke; sammensatte ord og grundformer springes "
                     "over (installér hunspell og hunspell-da).")
            return None
        probe = subprocess.run(["hunspell", "-D"], input="", capture_output=True, text=True,
                               check=False)
        if DICTIONARY not in probe.stdout + probe.stderr:
            log.info("Søgning: den danske ordbog hunspell-da findes ikke; sammensatte ord og "
                     "grundformer springes over (installér hunspell-da).")
            return None
        return cls({})


def _hunspell_stems(words: list[str]) -> dict[str, tuple[str, ...]]:
    """word -> its stems (empty when unknown), from `hunspell -s` in one run."""
    result = subprocess.run(
        ["hunspell", "-d", DICTIONARY, "-s", "-i", "utf-8"],
        input="\n".join(words) + "\n", capture_output=True, text=True, check=False,
    )
    stems: dict[str, list[str]] = {w: [] for w in words}
    for line in result.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in stems and parts[1] not in stems[parts[0]]:
            stems[parts[0]].append(parts[1].lower())
    return {w: tuple(s) for w, s in stems.items()}


def compound_split(word: str, lexicon: Lexicon) -> tuple[str, str] | None:
    """(head, tail) of a compound word, both known to the dictionary; None if none.

    "afdelingsbestyrelsen" -> ("afdeling", "bestyrelsen"), "jobcentret" -> ("job", "centret").
    Of several splits the most even one wins: "ejendomsfunktionærerne" is "ejendom" +
    "funktionærerne", not "ejen" + "domsfunktionærerne" (which hunspell also accepts).
    """
    if len(word) < MIN_COMPOUND:
        return None
    best: tuple[str, str] | None = None
    for i in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        tail = word[i:]
        if not lexicon.known(tail):
            continue
        head = word[:i]
        for h in (head[:-1], head) if head[-1] in LINKING else (head,):
            if len(h) >= MIN_HEAD and lexicon.known(h):
                if best is None or min(len(h), len(tail)) > min(map(len, best)):
                    best = (h, tail)
                break
    return best


def _split_candidates(word: str) -> Iterator[str]:
    for i in range(MIN_HEAD, len(word) - MIN_TAIL + 1):
        yield word[i:]
        yield word[:i]
        if word[i - 1] in LINKING:
            yield word[: i - 1]


def word_forms(word: str, lexicon: Lexicon | None) -> list[str]:
    """Dictionary forms and compound parts of `word` (lowercase), without `word` itself."""
    if lexicon is None:
        return []
    cached = lexicon.forms.get(word)
    if cached is not None:
        return cached
    forms = list(lexicon.lemmas(word))
    split = compound_split(word, lexicon)
    if split:
        head, tail = split
        forms += [head, *lexicon.lemmas(head), tail, *lexicon.lemmas(tail)]
    seen, out = {word}, []
    for form in forms:
        if form not in seen and len(form) >= MIN_HEAD:
            seen.add(form)
            out.append(form)
    lexicon.forms[word] = out
    return out


# Synonyms


class _SynonymMatcher:
    """Finds the synonyms whose `means` occur in a text (as word, inflection or compound).

    Which terms a word matches is worked out once per distinct word: a site with 10,000
    questions has some 20,000 records but only a few thousand distinct words.
    """

    def __init__(self, entries: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> None:
        self.by_first: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for phrase, words in entries:
            self.by_first.setdefault(phrase[0], []).append((phrase, words))
        self.terms = {t for phrase, _ in entries for t in phrase}
        self._hits: dict[str, frozenset[str]] = {}

    @classmethod
    def build(cls, synonyms: Iterable[Synonym], lang: str) -> _SynonymMatcher:
        return cls([(tuple(m.split()), s.words) for s in synonyms if s.lang == lang
                    for m in s.means])

    def _terms_of(self, token: str, keys: list[str]) -> frozenset[str]:
        hits = self._hits.get(token)
        if hits is None:
            hits = frozenset(t for t in self.terms if _matches(t, token, keys))
            self._hits[token] = hits
        return hits

    def words_for(self, tokens: list[str], keys: list[list[str]]) -> Iterator[tuple[int, str]]:
        """(index of the token that matched, synonym word) for every match in the text."""
        hits = [self._terms_of(t, k) for t, k in zip(tokens, keys, strict=True)]
        for i, found in enumerate(hits):
            for term in found:
                for phrase, words in self.by_first.get(term, ()):
                    end = i + len(phrase)
                    if end <= len(tokens) and all(
                        phrase[k] in hits[i + k] for k in range(1, len(phrase))
                    ):
                        for w in words:
                            yield end - 1, w


def _matches(term: str, token: str, keys: list[str]) -> bool:
    """`ledig` matches "ledige"; `bestyrelse` matches "afdelingsbestyrelsen" via its parts."""
    if term == token or term in keys:
        return True
    # An inflection of a word the dictionary may not know: a short ending after the term.
    return token.startswith(term) and len(token) - len(term) <= 4 and len(term) >= 4


# Records


@dataclass
class Record:
    """One search result: where it leads, its title and text, and the words added to it."""

    url: str
    lang: str
    kind: str  # question, recommendation, example, theme
    title: str
    body: list[str] = field(default_factory=list)
    context: str = ""
    summary: str = ""


def _plain(markdown_text: str) -> str:
    """Markdown prose as plain text: what a reader sees, without markup."""
    text = nh3.clean(prose_html(markdown_text), tags=set())
    return " ".join(html.unescape(text).split())


def content_records(content: Content, lang: str) -> list[Record]:
    """Records for everything in `content/`, in one language (untranslated text stays Danish)."""
    prefix = "/" if lang == "da" else f"/{lang}/"
    pick = lambda t: t.pick(lang)[0]  # noqa: E731
    records: list[Record] = []
    rec_title = "Anbefaling" if lang == "da" else "Recommendation"
    for rec in content.recommendations:
        records.append(Record(f"{prefix}anbefalinger/#{rec.id}", lang, "recommendation",
                              pick(rec.title), [_plain(pick(rec.text))],
                              f"{rec_title} {rec.number}"))
    for theme in content.themes:
        intro = [pick(theme.guiding_question)] if theme.guiding_question else []
        intro += [_plain(pick(theme.intro)), *(pick(t.title) for t in theme.topics)]
        records.append(Record(f"{prefix}{theme.id}/", lang, "theme", pick(theme.title), intro))
        for topic in theme.topics:
            for q in topic.questions:
                records.append(Record(
                    f"{prefix}{theme.id}/#{q.id}", lang, "question", pick(q.text),
                    [pick(f) for f in q.followups],
                    f"{pick(theme.title)} · {q.number} · {pick(topic.title)}",
                ))
    ex_title = "Eksempel" if lang == "da" else "Example"
    for ex in content.examples:
        records.append(Record(f"{prefix}eksempler/{ex.slug}/", lang, "example", pick(ex.title),
                              [_plain(pick(ex.body))], ex_title, pick(ex.summary)))
    return records


def _tokens(text: str) -> list[str]:
    return [m.group(0).lower() for m in WORD.finditer(text)]


_WORD_TOKENS: dict[str, tuple[str, ...]] = {}


def _word_tokens(word: str) -> tuple[str, ...]:
    """`_tokens` of one white-space word, remembered: the same words recur in every record."""
    found = _WORD_TOKENS.get(word)
    if found is None:
        found = _WORD_TOKENS[word] = tuple(_tokens(word))
    return found


def record_words(record: Record) -> list[str]:
    """The record's text as Pagefind counts words: split on white space."""
    return " ".join([record.title, record.summary, *record.body]).split()


def expansions(record: Record, lexicon: Lexicon | None,
               matcher: _SynonymMatcher) -> list[tuple[int, str]]:
    """(index of a word of the record, word to add) for dictionary forms, parts and synonyms."""
    words = record_words(record)
    tokens: list[str] = []
    origin: list[int] = []
    for index, word in enumerate(words):
        for token in _word_tokens(word):
            tokens.append(token)
            origin.append(index)
    keys: list[list[str]] = []
    added: list[tuple[int, str]] = []
    seen = set(tokens)
    use_forms = lexicon is not None and record.lang == "da"
    for i, token in enumerate(tokens):
        forms = word_forms(token, lexicon) if use_forms else []
        keys.append(forms)
        for form in forms:
            if form not in seen:
                seen.add(form)
                added.append((origin[i], form))
    for i, word in matcher.words_for(tokens, keys):
        for part in word.split():
            if part not in seen:
                seen.add(part)
                added.append((origin[i], part))
    return added


def record_html(record: Record, added: list[tuple[int, str]]) -> str:
    """A small HTML document for Pagefind: the record's text, then the added words."""
    e = html.escape
    n = len(record_words(record))
    meta = {"url": record.url, "kind": record.kind, "context": record.context, "n": str(n),
            "x": " ".join(str(i) for i, _ in added)}
    # Inside the article: Pagefind reads meta only within the root selector.
    metas = "".join(f'<span data-pagefind-meta="{k}[data-value]" data-value="{e(v)}"></span>'
                    for k, v in meta.items() if v)
    summary = (f'<p data-pagefind-weight="3">{e(record.summary)}</p>' if record.summary else "")
    body = "".join(f"<p>{e(text)}</p>" for text in record.body)
    extra = " ".join(w for _, w in added)
    hidden = f'<p data-pagefind-weight="2">{e(extra)}</p>' if extra else ""
    weight = "10" if record.kind == "question" else "7"
    return (f'<!DOCTYPE html><html lang="{record.lang}"><head><title>{e(record.title)}</title>'
            f'</head><body><article><h1 data-pagefind-weight="{weight}">'
            f"{e(record.title)}</h1>{summary}{body}{hidden}{metas}</article></body></html>")


_LANG = re.compile(r'<html[^>]*\slang="([a-z]+)', re.I)
_ARTICLE = re.compile(r"<article\b.*?</article>", re.S | re.I)


def _lang_of(document: str) -> str:
    lang = _LANG.search(document)
    return lang.group(1) if lang else "da"


def page_text(document: str) -> tuple[str, str]:
    """(language, visible text of the article) of a built page, for the word list."""
    article = _ARTICLE.search(document)
    text = nh3.clean(article.group(0) if article else "", tags=set())
    return _lang_of(document), html.unescape(text)


def _vocabulary_words(records: list[Record], added: list[list[tuple[int, str]]]) -> list[str]:
    words: set[str] = set()
    for record, extra in zip(records, added, strict=True):
        words.update(_tokens(" ".join(record_words(record))))
        words.update(w for _, w in extra)
    return sorted(w for w in words if len(w) >= 2)


# Writing the index


@dataclass
class SearchBuild:
    """What one build indexes: content records and the built pages not covered by them."""

    records: list[Record]
    pages: list[tuple[str, str]]  # (url, built HTML)
    lexicon: Lexicon | None
    synonyms: tuple[Synonym, ...] = ()
    suggest: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # "no results"
    thesauri: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # mythes.py

    def documents(self) -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
        """(url, HTML) for every record and page; and each language's vocabulary."""
        if self.lexicon is not None:
            words = {t for r in self.records if r.lang == "da"
                     for t in _tokens(" ".join(record_words(r)))}
            self.lexicon.learn(words)
            self.lexicon.learn(c for w in words if len(w) >= MIN_COMPOUND
                               for c in _split_candidates(w))
        matchers = {lang: _SynonymMatcher.build(self.synonyms, lang)
                    for lang in {r.lang for r in self.records}}
        added = [expansions(r, self.lexicon, matchers[r.lang]) for r in self.records]
        docs = [(f"{RECORDS}{i}.html", record_html(r, a))
                for i, (r, a) in enumerate(zip(self.records, added, strict=True))]
        vocab: dict[str, list[str]] = {}
        for lang in matchers:
            pairs = [(r, a) for r, a in zip(self.records, added, strict=True) if r.lang == lang]
            vocab[lang] = _vocabulary_words([r for r, _ in pairs], [a for _, a in pairs])
        for _url, document in self.pages:  # the written pages' words are searchable too
            lang, text = page_text(document)
            words = set(vocab.get(lang, [])) | {w for w in _tokens(text) if len(w) >= 2}
            vocab[lang] = sorted(words)
        return docs + self.pages, vocab


def write_index(build: SearchBuild, site_dir: Path) -> dict[str, int]:
    """Index everything with Pagefind into `site_dir/pagefind/`; how many documents of each.

    The documents are written to a temporary directory and indexed by Pagefind's program in
    one run. Its Python API pauses 0.1 s before each reply to an in-memory document (12 s
    today, 36 min at 10,000 questions), and even with a directory it took twice as long as
    the program itself. A record's file name is arbitrary; its address is the meta `url`.
    """
    docs, vocab = build.documents()
    out = (site_dir / OUTPUT_DIR).resolve()
    with tempfile.TemporaryDirectory(prefix="dq-search-") as tmp:
        source = Path(tmp) / "site"
        for url, document in docs:
            path = source / url.lstrip("/")
            if not url.startswith(RECORDS):
                path = path / "index.html"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(document, encoding="utf-8")
        config = {"site": str(source), "output_path": str(out), "root_selector": ROOT_SELECTOR,
                  "exclude_selectors": EXCLUDE}
        (Path(tmp) / "pagefind.json").write_text(json.dumps(config), encoding="utf-8")
        result = subprocess.run([sys.executable, "-m", "pagefind", "--silent"], cwd=tmp,
                                capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"Pagefind fejlede:\n{result.stdout}{result.stderr}")
    counts = Counter(_lang_of(document) for _, document in docs)  # Pagefind's documents
    for lang, words in vocab.items():
        parts = shards(related_words(build.thesauri.get(lang, {}), words, lang))
        for key, part in parts.items():
            (out / f"dq-related.{lang}.{key}.json").write_text(
                json.dumps(part, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        # What the box needs to read a query as the build read the text (search.js).
        data = {"words": words, "stop": stop_words(lang), "linking": LINKING if lang == "da"
                else "", "documents": counts.get(lang, 0), "suggest": build.suggest.get(lang, []),
                "thesaurus": list(parts)}
        (out / f"dq-words.{lang}.json").write_text(
            json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return {"records": len(build.records), "pages": len(build.pages)}


def stop_words(lang: str) -> list[str]:
    """Words that never decide a match: Snowball's Danish list with the question words
    ("hvordan", "hvem"), or the English one; from the packages stop-words and stopwords."""
    found = set(stopwords.get_stopwords("danish" if lang == "da" else "english"))
    if lang == "da":
        found |= set(snowball.get_stop_words("da"))
    return sorted(w for w in found if WORD.fullmatch(w))


def suggestions(content: Content, lang: str) -> list[tuple[str, str]]:
    """What the box offers when nothing matches: the themes and the examples."""
    prefix = "/" if lang == "da" else f"/{lang}/"
    found = [(t.title.pick(lang)[0], f"{prefix}{t.id}/") for t in content.themes]
    return [*found, ("Eksempler" if lang == "da" else "Examples", f"{prefix}eksempler/")]


def covered_urls(content: Content, languages: Iterable[str]) -> set[str]:
    """Built pages whose text the content records already hold (or that only repeat it)."""
    urls = set()
    for lang in languages:
        prefix = "/" if lang == "da" else f"/{lang}/"
        urls |= {f"{prefix}{t.id}/" for t in content.themes}
        urls |= {f"{prefix}eksempler/{e.slug}/" for e in content.examples}
        urls |= {f"{prefix}anbefalinger/", f"{prefix}404.html"}
    return urls


def built_pages(site_dir: Path, skip: set[str]) -> list[tuple[str, str]]:
    """(url, HTML) of the built pages to index as they are: the written pages and overviews."""
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        if rel.startswith((OUTPUT_DIR + "/", "assets/")):
            continue
        url = "/" + rel.removesuffix("index.html")
        if url in skip or url.endswith("404.html"):
            continue
        pages.append((url, path.read_text(encoding="utf-8")))
    return pages


__all__ = ["Lexicon", "Record", "SearchBuild", "built_pages", "compound_split",
           "content_records", "covered_urls", "expansions", "record_html", "suggestions",
           "write_index"]
