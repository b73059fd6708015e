"""`make lighthouse`: Lighthouse scores for the front page and a theme page.

The site is served on 127.0.0.1 with gzip, as a static host serves it; Chromium is
Debian's, with every other host unresolvable. Scores go to bench/lighthouse.json and a
table on stdout.
"""

from __future__ import annotations

import gzip
import http.server
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from sitetools import ROOT, build, chromium_path, served

LIGHTHOUSE = ROOT / "tools" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
PAGES = {"forside": "/", "sundhed": "/sundhed/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100}
OUT = ROOT / "bench" / "lighthouse.json"
RESULTS = ROOT / "bench" / "RESULTS.md"
SECTION = "## Lighthouse"


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, gzipped when the browser accepts it, cached like a static host does."""

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        compressible = path.suffix in {".html", ".css", ".js", ".json", ".xml", ".svg"}
        accepts_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
        redirect = path.name == "index.html" and not self.path.split("?")[0].endswith("/")
        if not (path.is_file() and compressible and accepts_gzip) or redirect:
            return super().send_head()  # plain file, or the redirect to the trailing slash
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args: object) -> None:
        pass


def run_lighthouse(url: str, chrome: str) -> dict[str, int]:
    flags = (
        "--headless=new --no-sandbox --disable-gpu --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync "
        "--host-resolver-rules='MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'"
    )
    result = subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            "--output-path=stdout",
            f"--only-categories={','.join(CATEGORIES)}",
            f"--chrome-flags={flags}",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "CHROME_PATH": chrome},
    )
    report = json.loads(result.stdout)
    return {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}


def main() -> int:
    chrome = chromium_path()
    if chrome is None or not LIGHTHOUSE.exists():
        sys.exit("Mangler Chromium eller Lighthouse (make lighthouse installerer Lighthouse).")
    build()
    scores = {}
    with served(ROOT / "site", _GzipHandler) as base:
        for name, path in PAGES.items():
            scores[name] = run_lighthouse(base + path, chrome)
    OUT.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    print(f"{'side':10} " + " ".join(f"{c:>15}" for c in CATEGORIES))
    broken = []
    for name, row in scores.items():
        print(f"{name:10} " + " ".join(f"{row[c]:>15}" for c in CATEGORIES))
        broken += [f"{name}: {c} {row[c]} < {t}" for c, t in TARGETS.items() if row[c] < t]
    for line in broken:
        print(f"Mål ikke nået: {line}", file=sys.stderr)
    _record(scores, broken)
    return 1 if broken else 0


def _record(scores: dict[str, dict[str, int]], broken: list[str]) -> None:
    """Put the scores in bench/RESULTS.md, replacing the previous Lighthouse section."""
    import datetime as dt

    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    text = text.split(f"\n{SECTION}")[0].rstrip() + "\n"
    rows = [
        f"| `{PAGES[name]}` | " + " | ".join(str(row[c]) for c in CATEGORIES) + " |"
        for name, row in scores.items()
    ]
    verdict = "all targets met" if not broken else "targets missed: " + "; ".join(broken)
    text += (
        f"\n{SECTION}\n\n"
        f"`make lighthouse` ({dt.date.today().isoformat()}, Lighthouse 12.2.3, Debian Chromium, "
        "default mobile emulation, site served with gzip on 127.0.0.1). Targets: performance "
        f"≥ 95, accessibility 100. Verdict: {verdict}.\n\n"
        "| page | "
        + " | ".join(CATEGORIES)
        + " |\n|---|"
        + "---:|" * len(CATEGORIES)
        + "\n"
        + "\n".join(rows)
        + "\n"
    )
    RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
