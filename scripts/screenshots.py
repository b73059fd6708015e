"""Screenshots for the README: front page and a theme page, desktop and mobile, and print."""

from __future__ import annotations

import subprocess
import sys

from sitetools import ROOT, build, chromium, served

OUT = ROOT / "screenshots"
SIZES = {"desktop": (1280, 800), "mobil": (390, 844)}
PAGES = {"forside": "/", "sundhed": "/sundhed/"}
# The site's own fonts load after the page (font-display: swap): wait for them.
FONTS_READY = "document.fonts.ready.then(() => true)"


def main() -> int:
    OUT.mkdir(exist_ok=True)
    build()
    with served(ROOT / "site") as base, chromium() as browser:
        for size, (width, height) in SIZES.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            for name, path in PAGES.items():
                page.goto(base + path)
                page.evaluate(FONTS_READY)
                page.screenshot(path=str(OUT / f"{name}-{size}.png"))
            page.close()
        page = browser.new_page()
        page.emulate_media(media="print")
        page.goto(base + "/sundhed/")
        page.evaluate(FONTS_READY)
        pdf = OUT / "sundhed-print.pdf"
        page.pdf(path=str(pdf), prefer_css_page_size=True)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(OUT / "sundhed-print"),
        ],
        check=True,
    )
    pdf.unlink()
    print(f"Skærmbilleder gemt i {OUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
