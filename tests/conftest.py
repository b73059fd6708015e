"""Shared fixtures: the real site built once per session, and scratch copies of the project."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from dialogtool.load import load_content
from dialogtool.model import Content

ROOT = Path(__file__).resolve().parents[1]
# The site's address comes from the environment (mkdocs.yml: `site_url: !ENV SITE_URL`, set by
# the deploy). Every build in the tests gets this one, unless a test leaves it out on purpose.
SITE_URL = "https://dialogvaerktoejet.example.org/"
PROJECT_PARTS = ("content", "docs", "hooks", "schemas", "overrides", "mkdocs.yml")
MKDOCS = str(Path(sys.executable).with_name("mkdocs"))


def build_site(
    project: Path, dest: Path, site_url: str | None = SITE_URL
) -> subprocess.CompletedProcess[str]:
    """Run a strict MkDocs build of `project` into `dest`, as `make build` does; with
    `site_url=None` as a build where nothing sets the site's address."""
    env = {k: v for k, v in os.environ.items() if k != "SITE_URL"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    if site_url is not None:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [MKDOCS, "build", "--strict", "-f", str(project / "mkdocs.yml"), "-d", str(dest)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def copy_project(dest: Path, root: Path = ROOT) -> Path:
    """The parts of the project at `root` that a check and a build need, copied to `dest`."""
    for part in PROJECT_PARTS:
        src = root / part
        if src.is_dir():
            shutil.copytree(src, dest / part, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / part)
    return dest


@pytest.fixture(scope="session", autouse=True)
def site_address():
    """The test address for every build the tests start, also those not through build_site
    (the scripts that import this module, such as `make pdf`, keep the real environment)."""
    before = os.environ.get("SITE_URL")
    os.environ["SITE_URL"] = SITE_URL
    yield SITE_URL
    if before is None:
        del os.environ["SITE_URL"]
    else:
        os.environ["SITE_URL"] = before


@pytest.fixture(scope="session")
def build(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    return build_site(ROOT, tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site(build: subprocess.CompletedProcess[str]) -> Path:
    assert build.returncode == 0, build.stderr
    return Path(build.args[build.args.index("-d") + 1])


@pytest.fixture(scope="session")
def content() -> Content:
    return load_content(ROOT / "content", ROOT)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A scratch copy of the project whose content a test may break."""
    return copy_project(tmp_path / "project")


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def dead_internal_links(site: Path) -> list[str]:
    """Every link in the built site's HTML that leads to no file, or to no element with its
    fragment as id ("page: href"). The meeting kit's state (`#q=...`) is not an anchor."""
    dead: list[str] = []
    ids: dict[Path, set[str]] = {}
    for page in sorted(site.rglob("*.html")):
        url = "/" + page.relative_to(site).as_posix()
        for a in soup(page).find_all("a", href=True):
            href = a["href"]
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue
            target = urlsplit(urljoin(url, href))
            path = site / unquote(target.path).lstrip("/")
            if path.is_dir():
                path = path / "index.html"
            fragment = unquote(target.fragment)
            if not path.exists():
                dead.append(f"{url}: {href}")
            elif fragment and "=" not in fragment and path.suffix == ".html":
                if path not in ids:
                    ids[path] = {e["id"] for e in soup(path).find_all(id=True)}
                if fragment not in ids[path]:
                    dead.append(f"{url}: {href}")
    return dead


# Browser tests: the built site served on 127.0.0.1 and driven in Chromium.

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Nothing may leave the machine: every host but the test server fails to resolve.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
]


def chromium_path() -> str | None:
    return next((p for p in CHROMIUM_CANDIDATES if Path(p).exists()), None)


def require_chromium() -> str:
    """The browser, or a skip locally / a failure in CI, as the README promises."""
    path = chromium_path()
    if path is None:
        message = "Chromium mangler: installer det med 'apt-get install chromium poppler-utils'."
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="session")
def server(site: Path):
    """Serve the built site on a free port of 127.0.0.1 for the whole session."""
    import functools
    import http.server
    import threading

    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


class _QuietHandler(__import__("http.server").server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="session")
def browser():
    executable = require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="da-DK")
    tab = context.new_page()
    yield tab
    context.close()


def pdf_text(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text (pages `first`..`last`, default all), read so that where a line broke
    does not matter: see `joined_lines`."""
    return joined_lines(pdf_layout(pdf, first, last))


def pdf_boxes(pdf: Path, mode: str = "-bbox") -> list[tuple[float, str]]:
    """(page height, the page's XML) for each page, with the boxes of its words (`-bbox`) or
    of its lines too (`-bbox-layout`), in points."""
    xml = subprocess.run(
        ["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [(float(re.search(r'height="([\d.]+)"', part).group(1)), part)
            for part in xml.split("<page ")[1:]]


def pdf_layout(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """The PDF's text as laid out, line breaks kept: for tests about the lines themselves."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return subprocess.run(
        ["pdftotext", "-layout", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def joined_lines(text: str) -> str:
    """Text with its line breaks undone, for comparing printed text with the content.

    A line that ends in a hyphen or a slash continues on the next one (the browser breaks
    long addresses there and never adds a hyphen of its own), so the break goes; every other
    line break is a space. Runs of spaces from the layout stay; compare with `words`.
    """
    text = re.sub(r"([-/])[ \t]*\n[ \t\f]*", r"\1", text)
    return re.sub(r"[ \t]*\n[ \t\f]*", " ", text)


def words(text: str) -> str:
    """Whitespace collapsed, and none after a hyphen or slash: the same text compares equal
    however the printout broke its lines ("sundheds-" at a line end reads "sundheds-og")."""
    return re.sub(r"([-/]) ", r"\1", " ".join(text.split()))


def pdf_pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
