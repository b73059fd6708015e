"""`make bench`: build time, memory, rebuild time and page weight against the budgets.

See bench/README.md. Exits 1 when a budget is broken (and says which), 2 on a failed build.

    .venv/bin/python bench/run.py                  # full run: small, medium, large x 3
    .venv/bin/python bench/run.py --quick          # small once, one rebuild; prints only
    .venv/bin/python bench/run.py --sizes small,medium --repeats 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import measure
import search
import synth

BENCH = Path(__file__).resolve().parent
KB = 1000

BUDGETS = {
    "ratio_max": 1.15,  # hook build / baseline build, at every size
    "growth_max": 12.0,  # time(next size) / time(size): sizes grow 10x, so <= 12 is ~linear
    "large_max_s": 60.0,  # 10,000 questions + 1,000 examples
    "rebuild_max_s": 2.0,  # mkdocs serve, today's content
    "theme_first_load_max_gzip": 100 * KB,  # HTML + CSS + JS of /sundhed/, gzip -9
    # Everything Chromium fetches for a first visit to /sundhed/ (fonts, images too), gzip -9.
    "theme_first_visit_max_gzip": 100 * KB,
    # Search (issue 12), measured in Chromium by bench/search.py.
    "search_hit_rate_min": 0.90,  # tests/search_queries.yaml, hit = expected result in top 5
    "search_blind_hit_rate_min": 0.85,  # tests/search_queries_blind.yaml, in each language
    "search_on_page_load_max": 0,  # bytes of the search index/engine fetched on page load
    "search_first_query_today_max_gzip": 150 * KB,
    "search_first_query_large_max_gzip": 300 * KB,  # 10,000 questions
}


def machine() -> dict:
    cpu = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "?"

    return {
        "nproc": (len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                  else os.cpu_count()),
        "cpu": cpu,
        "ram_gb": ram_gb,
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "material": version("mkdocs-material"),
        "platform": platform.platform(),
    }


def bench_size(tmp: Path, size: synth.Size, repeats: int, max_per_theme: int, words) -> dict:
    print(f"\n== {size.name}: {size.questions} questions, {size.examples} examples", flush=True)
    hook = measure.copy_project(tmp / size.name / "hook")
    shape = synth.generate(hook, size, max_per_theme, words)
    base = measure.copy_project(tmp / size.name / "baseline", hook)
    layer = measure.prepare_baseline(hook, base)
    print(f"   {shape['themes']} themes, {layer['pages']} generated pages, "
          f"content layer {layer['load_s']:.2f} s load + {layer['render_s']:.2f} s render",
          flush=True)
    strict = {"hook": True, "baseline": True}
    runs: dict[str, list[measure.BuildRun]] = {"hook": [], "baseline": []}
    for i in range(repeats):
        # Alternate the order so drift (thermal, page cache) does not favour one side.
        order = ("hook", "baseline") if i % 2 == 0 else ("baseline", "hook")
        for kind in order:
            project = hook if kind == "hook" else base
            run = measure.build_checked(project, project / "site", strict[kind])
            strict[kind] = run.strict
            runs[kind].append(run)
            print(f"   run {i + 1} {kind:8} {run.wall_s:7.2f} s wall {run.cpu_s:7.2f} s CPU "
                  f"{run.max_rss_mb:6.0f} MB RSS", flush=True)
    result = {"size": size.name, **shape, **layer,
              "hook": measure.summary(runs["hook"]), "baseline": measure.summary(runs["baseline"])}
    for kind, project in (("hook", hook), ("baseline", base)):
        site = project / "site"
        result[kind]["site_bytes"] = measure.dir_size(site)
        result[kind]["html_pages"] = measure.count_pages(site)
        result[kind]["search_index_bytes"] = measure.search_index_bytes(site)
    result["ratio"] = result["hook"]["median_s"] / result["baseline"]["median_s"]
    result["overhead_s"] = result["hook"]["median_s"] - result["baseline"]["median_s"]
    result["search"] = _search(hook / "site", quality=False)
    shutil.rmtree(tmp / size.name, ignore_errors=True)  # the large site is hundreds of MB
    return result


def bench_today(tmp: Path, repeats: int) -> dict:
    print("\n== today's content", flush=True)
    project = measure.copy_project(tmp / "today" / "hook")
    base = measure.copy_project(tmp / "today" / "baseline", project)
    layer = measure.prepare_baseline(project, base)
    runs = {"hook": [], "baseline": []}
    for _ in range(repeats):
        for kind, p in (("hook", project), ("baseline", base)):
            runs[kind].append(measure.build_checked(p, p / "site", True))
    site = project / "site"
    weight = {page: measure.page_weight(site, page) for page in ("/", "/sundhed/")}
    result = {
        "size": "today", **layer,
        "hook": measure.summary(runs["hook"]), "baseline": measure.summary(runs["baseline"]),
        "weight": weight,
    }
    for kind, p in (("hook", project), ("baseline", base)):
        result[kind]["site_bytes"] = measure.dir_size(p / "site")
        result[kind]["html_pages"] = measure.count_pages(p / "site")
        result[kind]["search_index_bytes"] = measure.search_index_bytes(p / "site")
    result["ratio"] = result["hook"]["median_s"] / result["baseline"]["median_s"]
    result["overhead_s"] = result["hook"]["median_s"] - result["baseline"]["median_s"]
    result["search"] = _search(site, quality=True)
    print(f"   hook {result['hook']['median_s']:.2f} s, baseline "
          f"{result['baseline']['median_s']:.2f} s", flush=True)
    return result


def _search(site: Path, quality: bool) -> dict | None:
    """Search quality and bytes in Chromium (bench/search.py); None without Chromium."""
    if not Path(search.CHROMIUM).exists():
        print("   search: Chromium not found, search not measured", flush=True)
        return None
    result = search.measure_site(site, with_quality=quality)
    if quality:
        print("   " + search.report(result).splitlines()[0], flush=True)
    b = result["bytes"]
    print(f"   search: page load {b['load']['gzip'] / KB:.1f} KB gzip (search files on load: "
          f"{len(b['search_files_on_load'])}); first query {b['first_query']['gzip'] / KB:.1f} "
          f"KB gzip; second query {b['second_query']['gzip'] / KB:.1f} KB gzip", flush=True)
    return result


def bench_rebuild(tmp: Path, repeats: int) -> dict:
    print("\n== mkdocs serve rebuild (today's content)", flush=True)
    project = measure.copy_project(tmp / "serve")
    r = measure.serve_rebuild(project, repeats)
    print(f"   first build + start {r.startup_s:.2f} s; rebuilds "
          + ", ".join(f"{t:.2f}" for t in r.times_s) + f" s; timeouts {r.timeouts}", flush=True)
    return {"median_s": r.median_s, "times_s": r.times_s, "startup_s": r.startup_s,
            "timeouts": r.timeouts}


# Budgets


def check_budgets(results: dict) -> list[dict]:
    verdicts = []

    def verdict(name: str, value, limit, ok, unit="", *, op="≤") -> None:
        verdicts.append({"budget": name, "value": value, "limit": limit, "ok": ok, "unit": unit,
                         "op": op})

    sizes = {r["size"]: r for r in results["sizes"]}
    for name, r in sizes.items():
        verdict(f"hook/baseline ratio ({name})", r["ratio"], BUDGETS["ratio_max"],
                r["ratio"] <= BUDGETS["ratio_max"], "x")
    order = [s for s in ("small", "medium", "large") if s in sizes]
    for a, b in itertools.pairwise(order):
        g = sizes[b]["hook"]["median_s"] / sizes[a]["hook"]["median_s"]
        verdict(f"growth time({b})/time({a})", g, BUDGETS["growth_max"],
                g <= BUDGETS["growth_max"], "x")
    if "large" in sizes:
        t = sizes["large"]["hook"]["median_s"]
        limit = BUDGETS["large_max_s"]
        verdict("large build time", t, limit, t < limit, "s", op="<")
    rb = results.get("rebuild")
    if rb:
        ok = rb["median_s"] is not None and rb["median_s"] < BUDGETS["rebuild_max_s"] \
            and rb["timeouts"] == 0
        verdict("serve rebuild (today)", rb["median_s"], BUDGETS["rebuild_max_s"], ok, "s", op="<")
    today = results.get("today")
    if today:
        w = today["weight"]["/sundhed/"]["eager_gzip"]
        verdict("theme page first load (gzip)", w, BUDGETS["theme_first_load_max_gzip"],
                w <= BUDGETS["theme_first_load_max_gzip"], "B")
    if today and today.get("search"):
        w = today["search"]["bytes"]["load"]["gzip"]
        limit = BUDGETS["theme_first_visit_max_gzip"]
        verdict("theme page first visit in Chromium, all files (gzip)", w, limit, w <= limit, "B")
        q = today["search"]["quality"]
        verdict("search hit rate in top 5 (today)", q["hit_rate"], BUDGETS["search_hit_rate_min"],
                q["hit_rate"] >= BUDGETS["search_hit_rate_min"], "%", op="≥")
        limit = BUDGETS["search_blind_hit_rate_min"]
        for path, label in ((search.BLIND, "blind query set"),
                            (search.HOLDOUT, "second blind query set")):
            blind = (today["search"].get("query_sets") or {}).get(path.name)
            for lang, key in (("Danish", "hit_rate"), ("English", "english_hit_rate")):
                if blind:
                    verdict(f"{label} hit rate in top 5, {lang}", blind[key], limit,
                            blind[key] >= limit, "%", op="≥")
        on_load = sum(r["gzip"] for r in today["search"]["bytes"]["search_files_on_load"])
        verdict("search bytes on page load", on_load, BUDGETS["search_on_page_load_max"],
                on_load <= BUDGETS["search_on_page_load_max"], "B")
        first = today["search"]["bytes"]["first_query"]["gzip"]
        limit = BUDGETS["search_first_query_today_max_gzip"]
        verdict("search first query (today, gzip)", first, limit, first <= limit, "B")
    if "large" in sizes and sizes["large"].get("search"):
        first = sizes["large"]["search"]["bytes"]["first_query"]["gzip"]
        limit = BUDGETS["search_first_query_large_max_gzip"]
        verdict("search first query (10,000 questions, gzip)", first, limit, first <= limit, "B")
    return verdicts


# Output


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f}"


def _kb(n: float) -> str:
    return f"{n / KB:.1f}"


def _fmt_value(v, unit) -> str:
    if v is None:
        return "n/a"
    if unit == "B":
        return f"{_kb(v)} KB"
    if unit == "x":
        return f"{v:.2f}x"
    if unit == "%":
        return f"{100 * v:.0f} %"
    return f"{v:.2f} s"


def tables(results: dict) -> str:
    lines = []
    head = ("| size | questions / examples / themes | HTML pages (all languages) "
            "| hook build (median) | baseline build (median) | ratio | hook overhead "
            "| ratio by CPU time "
            "| our content layer: load+validate / render "
            "| peak RSS hook / baseline | site | search index |")
    lines += [head, "|" + "---|" * 12]
    rows = ([results["today"]] if results.get("today") else []) + results["sizes"]
    for r in rows:
        qs = (f"{r['questions']} / {r['examples']} / {r['themes']}" if "questions" in r
              else "today's content")
        lines.append(
            f"| {r['size']} | {qs} | {r['hook']['html_pages']} "
            f"| {r['hook']['median_s']:.2f} s | {r['baseline']['median_s']:.2f} s "
            f"| {r['ratio']:.3f} | {r['overhead_s']:+.2f} s "
            f"| {r['hook']['cpu_median_s'] / r['baseline']['cpu_median_s']:.3f} "
            f"| {r['load_s']:.2f} s / {r['render_s']:.2f} s "
            f"| {r['hook']['peak_rss_mb']:.0f} / {r['baseline']['peak_rss_mb']:.0f} MB "
            f"| {_mb(r['hook']['site_bytes'])} MB | {_mb(r['hook']['search_index_bytes'])} MB |"
        )
    rb = results.get("rebuild")
    if rb:
        times = ", ".join(f"{t:.2f}" for t in rb["times_s"])
        med = "n/a" if rb["median_s"] is None else f"{rb['median_s']:.2f} s"
        lines += ["", f"`mkdocs serve` rebuild, today's content: median **{med}** "
                  f"(runs: {times} s; timeouts: {rb['timeouts']}; first build and start "
                  f"{rb['startup_s']:.2f} s)."]
    if results.get("today"):
        for page, w in results["today"]["weight"].items():
            lines += ["", f"Page weight of `{page}` (today's content):", "",
                      "| asset | kind | raw | gzip -9 |", "|---|---|---:|---:|"]
            for a in w["eager"]:
                lines.append(f"| `{a['url']}` | {a['kind']} | {_kb(a['raw'])} KB "
                             f"| {_kb(a['gzip'])} KB |")
            lines.append(f"| **first load (HTML+CSS+JS)** | | **{_kb(w['eager_raw'])} KB** "
                         f"| **{_kb(w['eager_gzip'])} KB** |")
            for a in w["other"]:
                lines.append(f"| `{a['url']}` | {a['kind']} (not counted) | {_kb(a['raw'])} KB "
                             f"| {_kb(a['gzip'])} KB |")
            for a in w["lazy"]:
                lines.append(f"| `{a['url']}` | lazy: {a['note']} | {_kb(a['raw'])} KB "
                             f"| {_kb(a['gzip'])} KB |")
            lines.append(f"| lazy, listed above (fetched on first use of the search box) | "
                         f"| {_kb(w['lazy_raw'])} KB | {_kb(w['lazy_gzip'])} KB |")
            if w["external"]:
                lines.append(f"| external (not measured): {', '.join(w['external'])} | | | |")
    return "\n".join(lines)


def search_lines(results: dict) -> str:
    """Search quality (today) and bytes fetched in Chromium, today and per size."""
    today = results.get("today") or {}
    if not today.get("search"):
        return "Search not measured (no Chromium)."
    out = []
    for name, q in (today["search"].get("query_sets")
                    or {search.QUERIES.name: today["search"]["quality"]}).items():
        out += [f"Query set `tests/{name}` through the real search box in Chromium: "
                f"**{q['hits']}/{q['queries']} Danish queries hit in the top {search.TOP} "
                f"({100 * q['hit_rate']:.0f} %), MRR {q['mrr']:.2f}; English queries hit on "
                f"/en/: {q['english_hits']}/{q['english_queries']}**; precision in the top "
                f"{search.TOP}: {100 * q.get('precision', 0):.0f} %; Danish queries with an "
                f"English result in the top {search.TOP}: "
                f"{q['danish_queries_with_english_results']}.", "",
                "Misses: " + (", ".join(f"`{r['query']}` ({r['lang']}, rank {r['rank']})"
                                        for r in q["rows"]
                                        if not (r["rank"] and r["rank"] <= search.TOP))
                              or "none") + ".", ""]
    out += [_mechanisms(), ""]
    bytes_title = "Bytes fetched by Chromium on `/sundhed/` (every response body, gzip -9):"
    out += [bytes_title, "", "| content | page load (all) | search files on page load | "
            "first query | second query |", "|---|---:|---:|---:|---:|"]
    rows = [("today", today["search"])] + [(r["size"], r["search"]) for r in results["sizes"]
                                          if r.get("search")]
    before = _lunr_before()
    if before:
        at = out.index(bytes_title)
        out[at:at] = [before, ""]
    for name, s in rows:
        b = s["bytes"]
        on_load = sum(r["gzip"] for r in b["search_files_on_load"])
        out.append(f"| {name} | {_kb(b['load']['gzip'])} KB ({b['load']['requests']} requests) "
                   f"| {_kb(on_load)} KB | {_kb(b['first_query']['gzip'])} KB "
                   f"({b['first_query']['requests']} requests) | {_kb(b['second_query']['gzip'])}"
                   f" KB |")
    return "\n".join(out)


def _mechanisms() -> str:
    """Hit rate before and after each search mechanism (bench/search_mechanisms.py)."""
    path = BENCH / "search-mechanisms.json"
    if not path.exists():
        return ""
    import search_mechanisms

    steps = json.loads(path.read_text(encoding="utf-8"))
    return ("Each search mechanism's share, measured by `bench/search_mechanisms.py` (each "
            "step adds one; the blind set was measured on the search before any change):\n\n"
            + search_mechanisms.table(steps))


def _lunr_before() -> str:
    """Material's lunr search before issue 12, from bench/search-before-lunr*.json."""
    today, large = BENCH / "search-before-lunr.json", BENCH / "search-before-lunr-large.json"
    if not today.exists():
        return ""
    t = json.loads(today.read_text(encoding="utf-8"))
    q, on_load = t["quality"], sum(r["gzip"] for r in t["bytes"]["search_files_on_load"])
    text = (f"Before (Material's lunr search, measured the same way before the change): "
            f"{q['hits']}/{q['queries']} hits ({100 * q['hit_rate']:.0f} %), MRR "
            f"{q['mrr']:.2f}, {q['danish_queries_with_english_results']} Danish queries with "
            f"English results; every page load fetched {_kb(on_load)} KB gzip of search files "
            f"(worker, index, lunr) before anyone searched")
    if large.exists():
        b = json.loads(large.read_text(encoding="utf-8"))["bytes"]
        index = sum(r["gzip"] for r in b["first_query"]["files"] if "search_index" in r["url"])
        raw = sum(r["raw"] for r in b["first_query"]["files"] if "search_index" in r["url"])
        text += (f"; at 10,000 questions the index every page view requested was "
                 f"{raw / 1e6:.1f} MB ({index / 1e6:.2f} MB gzip)")
    return text + "."


def verdict_lines(verdicts: list[dict]) -> str:
    out = ["| budget | measured | limit | verdict |", "|---|---|---|---|"]
    for v in verdicts:
        out.append(f"| {v['budget']} | {_fmt_value(v['value'], v['unit'])} | {v['op']} "
                   f"{_fmt_value(v['limit'], v['unit'])} | {'ok' if v['ok'] else '**BROKEN**'} |")
    return "\n".join(out)


def attribution(results: dict) -> str:
    out = ["Where the time goes (median build time = MkDocs/Material cost + our cost):", ""]
    rows = ([results["today"]] if results.get("today") else []) + results["sizes"]
    for r in rows:
        ours = r["overhead_s"]
        out.append(
            f"- **{r['size']}**: MkDocs + Material (baseline, same pages as plain files) "
            f"{r['baseline']['median_s']:.2f} s; ours (hook overhead) {ours:+.2f} s "
            f"({100 * ours / r['hook']['median_s']:.0f} % of the hook build), of which our "
            f"content layer measured alone is {r['load_s']:.2f} s load+validate and "
            f"{r['render_s']:.2f} s render."
        )
    return "\n".join(out)


def markdown_report(results: dict, verdicts: list[dict]) -> str:
    m = results["machine"]
    return "\n".join([
        "# Benchmark results",
        "",
        f"Date: {results['date']}  ",
        f"Machine: {m['nproc']} cores, {m['cpu']}, {m['ram_gb']} GB RAM; Python {m['python']}, "
        f"MkDocs {m['mkdocs']}, Material {m['material']}  ",
        f"Command: `{results['command']}` (took {results['total_s'] / 60:.1f} min)  ",
        f"Repeats per size: {results['repeats']}; at most {results['max_per_theme']} questions "
        "per theme page. Generated by bench/run.py; see bench/README.md.  ",
        f"Load average (1 min) at start / end: {results['loadavg_start'][0]:.2f} / "
        f"{results['loadavg_end'][0]:.2f} (other work on the machine makes wall times noisy; "
        "CPU time well below wall time means a build waited for a core).",
        "",
        "## Builds",
        "",
        tables(results),
        "",
        attribution(results),
        "",
        "## Search",
        "",
        search_lines(results),
        "",
        "## Budgets",
        "",
        verdict_lines(verdicts),
        "",
    ])


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--quick", action="store_true",
                   help="only the small size, once; one rebuild; writes no result files")
    p.add_argument("--sizes", default=None,
                   help="comma-separated: small,medium,large (default all)")
    p.add_argument("--repeats", type=int, default=None, help="builds per size (default 3)")
    p.add_argument("--rebuild-repeats", type=int, default=None, help="serve edits (default 5)")
    p.add_argument("--max-per-theme", type=int, default=250,
                   help="most questions on one theme page (default 250)")
    p.add_argument("--no-serve", action="store_true", help="skip the mkdocs serve rebuild")
    p.add_argument("--write", action="store_true", help="write result files even with --quick")
    p.add_argument("--json", type=Path, default=BENCH / "results.json")
    p.add_argument("--md", type=Path, default=BENCH / "RESULTS.md")
    p.add_argument("--keep", action="store_true", help="keep the temporary directory")
    p.add_argument("--report-only", action="store_true",
                   help="write RESULTS.md again from the results JSON (--json), measure nothing")
    p.add_argument("--project", type=Path, default=measure.ROOT,
                   help="project to measure (default: this checkout), e.g. a patched copy")
    args = p.parse_args(argv)
    default_sizes = ["small"] if args.quick else list(synth.SIZES)
    args.sizes = args.sizes.split(",") if args.sizes else default_sizes
    unknown = [s for s in args.sizes if s not in synth.SIZES]
    if unknown:
        p.error(f"unknown size(s) {unknown}; choose from {list(synth.SIZES)}")
    args.repeats = args.repeats or (1 if args.quick else 3)
    args.rebuild_repeats = args.rebuild_repeats or (1 if args.quick else 5)
    args.write = args.write or not args.quick
    return args


def measure_all(args: argparse.Namespace, argv: list[str] | None) -> dict:
    """Every measurement, in a temporary directory that is removed afterwards."""
    repeats = args.repeats
    started = time.perf_counter()
    results: dict = {
        "date": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "command": " ".join(["bench/run.py", *(argv if argv is not None else sys.argv[1:])]),
        "machine": machine(),
        "repeats": repeats,
        "max_per_theme": args.max_per_theme,
        "project": str(measure.ROOT),
        "budgets": BUDGETS,
        "sizes": [],
    }
    m = results["machine"]
    print(f"bench: {m['nproc']} cores, {m['cpu']}, Python {m['python']}, MkDocs {m['mkdocs']}, "
          f"Material {m['material']}", flush=True)
    results["loadavg_start"] = os.getloadavg()
    if results["loadavg_start"][0] > 0.5:
        print(f"bench: warning: the machine is not idle (load average "
              f"{results['loadavg_start'][0]:.2f}); wall times will be noisy", flush=True)
    tmp = Path(tempfile.mkdtemp(prefix="dialog-bench-"))
    try:
        results["today"] = bench_today(tmp, repeats)
        words = synth.danish_words(measure.ROOT)
        for name in args.sizes:
            results["sizes"].append(
                bench_size(tmp, synth.SIZES[name], repeats, args.max_per_theme, words))
        if not args.no_serve:
            results["rebuild"] = bench_rebuild(tmp, args.rebuild_repeats)
    finally:
        if args.keep:
            print(f"bench: kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    results["total_s"] = time.perf_counter() - started
    results["loadavg_end"] = os.getloadavg()
    return results


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.report_only:
        results = json.loads(args.json.read_text(encoding="utf-8"))
        args.md.write_text(markdown_report(results, results["verdicts"]), encoding="utf-8")
        print(f"bench: wrote {args.md}")
        return 0
    measure.ROOT = args.project.resolve()
    results = measure_all(args, argv)
    verdicts = check_budgets(results)
    results["verdicts"] = verdicts
    print("\n" + tables(results) + "\n\n" + attribution(results) + "\n\n"
          + search_lines(results) + "\n\n" + verdict_lines(verdicts))
    if args.write:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n",
                             encoding="utf-8")
        args.md.write_text(markdown_report(results, verdicts), encoding="utf-8")
        print(f"\nbench: wrote {args.json} and {args.md}")
    broken = [v["budget"] for v in verdicts if not v["ok"]]
    print(f"\nbench: total {results['total_s'] / 60:.1f} min")
    if broken:
        print("bench: BUDGETS BROKEN: " + "; ".join(broken), file=sys.stderr)
        return 1
    print("bench: all budgets met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
