"""`make pdf`: print the theme pages and the full meeting handout to A4 PDFs.

Builds the site, serves it on 127.0.0.1, prints each page with headless Chromium into
build/pdf/, then builds again: the hook publishes the PDFs at site/pdf/ and only then do
the theme pages link to them.
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "tests"))

from conftest import CHROMIUM_ARGS, chromium_path  # noqa: E402
from dialogtool.load import load_content  # noqa: E402


def build() -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).with_name("mkdocs")
    subprocess.run([str(mkdocs), "build", "--strict", "-q"], cwd=ROOT, env=env, check=True)


def main() -> int:
    executable = chromium_path()
    if executable is None:
        print("Chromium mangler: installer det med 'apt-get install chromium'.", file=sys.stderr)
        return 1
    content = load_content(ROOT / "content", ROOT)
    out = ROOT / "build" / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.pdf"):
        old.unlink()
    build()
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(ROOT / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    targets = {theme.id: f"/{theme.id}/" for theme in content.themes}
    everything = "&".join(f"tema={theme.id}" for theme in content.themes)
    targets["moedeark-alle-spoergsmaal"] = f"/moedeark/?{everything}"
    from playwright.sync_api import sync_playwright

    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.emulate_media(media="print")
            for name, path in targets.items():
                page.goto(base + path)
                page.pdf(path=str(out / f"{name}.pdf"), prefer_css_page_size=True)
                print(f"build/pdf/{name}.pdf")
            browser.close()
    finally:
        httpd.shutdown()
    build()
    print("PDF'erne ligger i site/pdf/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
