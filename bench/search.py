"""Search quality and search bytes, measured in Chromium on a built site.

Runs `tests/search_queries.yaml` and the blind set `tests/search_queries_blind.yaml` through
the real search box and reports, per language, the hit rate (an expected question,
recommendation or example among the first 5 results), MRR and English results for Danish
queries; and the bytes the browser fetches on page load, for the first
query and for a second one (every response body counted raw and gzip -9).

    .venv/bin/python bench/search.py site/              # our search (Pagefind)
    .venv/bin/python bench/search.py /tmp/old --engine material   # Material's lunr search
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from sitetools import served  # noqa: E402

QUERIES = ROOT / "tests" / "search_queries.yaml"
BLIND = ROOT / "tests" / "search_queries_blind.yaml"  # written blind, never edited
# Written blind too, after the mechanisms were built: queries none of them was tuned for.
HOLDOUT = ROOT / "tests" / "search_queries_holdout.yaml"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"]
TOP = 5


def load_queries(path: Path = QUERIES) -> dict[str, list[dict]]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def targets(query: dict, lang: str = "da") -> set[str]:
    """What counts as a hit: `/<any page>#<id>` for ids, the example's page for examples."""
    prefix = "" if lang == "da" else f"/{lang}"
    found = {f"#{i}" for i in query.get("ids", [])}
    found |= {f"{prefix}/eksempler/{slug}/" for slug in query.get("examples", [])}
    return found


def is_hit(href: str, wanted: set[str]) -> bool:
    path, _, fragment = href.partition("#")
    return (f"#{fragment}" in wanted) if fragment else (path in wanted)


# The two search boxes: how to wait for results and where the result links are.
ENGINES = {
    "pagefind": {
        "wait": """q => { const r = document.querySelector('[data-dq-search-state]');
                   return r && r.dataset.dqSearchState === 'done'
                          && r.dataset.dqSearchQuery === q; }""",
        "links": ".dq-search__results .md-search-result__item a.dq-search__link",
    },
    "material": {
        "wait": """q => { const m = document.querySelector('.md-search-result__meta');
                   const i = document.querySelector('.md-search__input');
                   return m && i && i.value === q
                          && !/Initialiserer|Initializing/.test(m.textContent)
                          && /\\d|Ingen|No matching/.test(m.textContent); }""",
        "links": ".md-search-result__list a",
    },
}


def search(page, query: str, engine: str) -> list[str]:
    """Type `query` into the search box of the open page; the result hrefs, best first."""
    spec = ENGINES[engine]
    box = page.locator(".md-search__input, .dq-search__input").first
    if not box.is_visible():
        page.keyboard.press("/")
    box.fill("")
    box.type(query)
    page.wait_for_function(spec["wait"], arg=query, timeout=15000)
    page.wait_for_timeout(150 if engine == "pagefind" else 400)  # lunr renders in steps
    page.wait_for_function(spec["wait"], arg=query, timeout=15000)
    hrefs = page.eval_on_selector_all(
        spec["links"], "links => links.map(a => a.pathname + a.hash)")
    seen, ranked = set(), []
    for href in hrefs:
        if href not in seen:
            seen.add(href)
            ranked.append(href)
    return ranked


def quality(browser, base: str, engine: str, queries: dict) -> dict:
    """Hit rate, MRR and English results of the Danish queries; hits of the English ones."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="da-DK")
    page = context.new_page()
    rows = []
    for lang, start in (("da", "/"), ("en", "/en/")):
        page.goto(base + start)
        for q in queries["danish" if lang == "da" else "english"]:
            ranked = search(page, q["query"], engine)
            wanted = targets(q, lang)
            rank = next((i + 1 for i, h in enumerate(ranked) if is_hit(h, wanted)), None)
            wrong_lang = [h for h in ranked[:TOP]
                          if (lang == "da") == (h.startswith("/en/") or h == "/en")]
            rows.append({"lang": lang, "query": q["query"], "kind": q.get("kind", ""),
                         "rank": rank, "top": ranked[:TOP], "other_language": wrong_lang,
                         "relevant": sum(1 for h in ranked[:TOP] if is_hit(h, wanted))})
    context.close()
    danish = [r for r in rows if r["lang"] == "da"]
    hits = [r for r in danish if r["rank"] is not None and r["rank"] <= TOP]
    english_hits = sum(1 for r in rows if r["lang"] == "en" and r["rank"] and r["rank"] <= TOP)
    return {
        "engine": engine,
        "queries": len(danish),
        "hits": len(hits),
        "hit_rate": len(hits) / len(danish),
        "mrr": sum(1 / r["rank"] for r in danish if r["rank"]) / len(danish),
        "danish_queries_with_english_results": sum(1 for r in danish if r["other_language"]),
        "english_hits": english_hits,
        "english_queries": len(queries["english"]),
        "english_hit_rate": english_hits / max(1, len(queries["english"])),
        # Of the results shown in the top 5, the share that are expected ones.
        "precision": sum(r["relevant"] for r in rows) / max(1, sum(len(r["top"]) for r in rows)),
        "no_results": sum(1 for r in rows if not r["top"]),
        "rows": rows,
    }


def _recorder(page) -> list[dict]:
    seen: list[dict] = []

    def on_response(response) -> None:
        try:
            body = response.body()
        except Exception:  # redirects and aborted requests have no body
            body = b""
        seen.append({"url": urlsplit(response.url).path, "raw": len(body),
                     "gzip": len(gzip.compress(body, 9, mtime=0))})

    page.on("response", on_response)
    return seen


def _total(found: list[dict]) -> dict:
    return {"requests": len(found), "raw": sum(r["raw"] for r in found),
            "gzip": sum(r["gzip"] for r in found), "files": found}


def bytes_fetched(browser, base: str, engine: str, *, path: str = "/sundhed/",
                  first: str = "jobcentret", second: str = "sundhedstjek") -> dict:
    """Bytes on page load (until the network is idle), for the first query and a second one."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    seen = _recorder(page)
    page.goto(base + path, wait_until="networkidle")
    page.wait_for_timeout(500)
    load = list(seen)
    seen.clear()
    search(page, first, engine)
    page.wait_for_load_state("networkidle")
    first_query = list(seen)
    seen.clear()
    search(page, second, engine)
    page.wait_for_load_state("networkidle")
    second_query = list(seen)
    context.close()
    # The index and engine (our box's own search.js/.css are page code, counted in "load").
    search_on_load = [r for r in load if "/pagefind/" in r["url"] or "search_index" in r["url"]
                      or "lunr" in r["url"] or "/workers/search" in r["url"]]
    return {"page": path, "load": _total(load), "search_files_on_load": search_on_load,
            "first_query": _total(first_query), "second_query": _total(second_query)}


@contextmanager
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def measure_site(site: Path, engine: str = "pagefind", with_quality: bool = True,
                 query_files: tuple[Path, ...] = (QUERIES, BLIND, HOLDOUT)) -> dict:
    """Bytes, and the quality of each query file (`quality` is the first one's)."""
    with served(site) as base, chromium() as browser:
        result = {"bytes": bytes_fetched(browser, base, engine)}
        if with_quality:
            sets = {path.name: quality(browser, base, engine, load_queries(path))
                    for path in query_files if path.exists()}
            result["quality"] = next(iter(sets.values()), None)
            result["query_sets"] = sets
    return result


def summary(q: dict) -> str:
    """One line: hits per language, MRR, English results for Danish queries."""
    return (f"{q['engine']}: {q['hits']}/{q['queries']} Danish queries hit in the top {TOP} "
            f"({100 * q['hit_rate']:.0f} %), MRR {q['mrr']:.2f}; English queries hit: "
            f"{q['english_hits']}/{q['english_queries']} "
            f"({100 * q['english_hit_rate']:.0f} %); precision in the top {TOP} "
            f"{100 * q['precision']:.0f} %; queries without results: {q['no_results']}; "
            f"Danish queries with English results in the top {TOP}: "
            f"{q['danish_queries_with_english_results']}")


def report(result: dict) -> str:
    lines = []
    for name, q in (result.get("query_sets") or {}).items():
        lines.append(f"{name}: {summary(q)}")
        for r in q["rows"]:
            mark = "ok  " if r["rank"] and r["rank"] <= TOP else "MISS"
            lines.append(f"  {mark} [{r['lang']}] {r['query']!r} rank={r['rank']} "
                         f"{r['kind']} {r['top'][:3]}"
                         + (f" OTHER LANGUAGE: {r['other_language']}" if r["other_language"]
                            else ""))
    b = result["bytes"]
    for key in ("load", "first_query", "second_query"):
        lines.append(f"{key}: {b[key]['requests']} requests, {b[key]['raw'] / 1000:.1f} KB raw, "
                     f"{b[key]['gzip'] / 1000:.1f} KB gzip")
    lines.append("search files on page load: "
                 + (", ".join(r["url"] for r in b["search_files_on_load"]) or "none"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("site", type=Path)
    p.add_argument("--engine", choices=sorted(ENGINES), default="pagefind")
    p.add_argument("--json", type=Path)
    p.add_argument("--queries", type=Path, action="append",
                   help="query file (repeatable); default: the tuned and the blind set")
    args = p.parse_args(argv)
    result = measure_site(args.site, args.engine,
                          query_files=tuple(args.queries or (QUERIES, BLIND, HOLDOUT)))
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
