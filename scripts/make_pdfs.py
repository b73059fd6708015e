"""`make pdf`: print the theme pages and the full meeting handout to A4 PDFs.

Builds the site, serves it on 127.0.0.1, prints each page with headless Chromium into
build/pdf/, then builds again: the hook publishes the PDFs at site/pdf/ and only then do
the theme pages link to them.
"""

from __future__ import annotations

import sys

from dialogtool.load import load_content
from sitetools import ROOT, build, chromium, served


def main() -> int:
    content = load_content(ROOT / "content", ROOT)
    out = ROOT / "build" / "pdf"
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.pdf"):
        old.unlink()
    build()
    targets = {theme.id: f"/{theme.id}/" for theme in content.themes}
    everything = "&".join(f"tema={theme.id}" for theme in content.themes)
    targets["moedeark-alle-spoergsmaal"] = f"/moedeark/#{everything}"  # state in the fragment
    with served(ROOT / "site") as base, chromium() as browser:
        page = browser.new_page()
        page.emulate_media(media="print")
        for name, path in targets.items():
            page.goto(base + path)
            page.evaluate("document.fonts.ready.then(() => true)")  # the site's own fonts
            page.pdf(path=str(out / f"{name}.pdf"), prefer_css_page_size=True)
            print(f"build/pdf/{name}.pdf")
    build()
    print("PDF'erne ligger i site/pdf/.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
