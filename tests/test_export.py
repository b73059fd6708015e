"""`make export`: a plain MkDocs project without hooks that builds into the same site."""

from __future__ import annotations

import functools
import http.server
import os
import re
import subprocess
import threading
from pathlib import Path

import pytest
import yaml

from conftest import MKDOCS, ROOT, _QuietHandler, build_site, pdf_text, soup
from dialogtool.export import EXPORT_HEADER, read_config
from dialogtool.history import file_dates
from scripts.export_site import main as export_main

EDIT = "https://github.com/dialogvaerktoejet/dialogvaerktoejet/edit/main/"


@pytest.fixture(scope="session")
def export_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dest = tmp_path_factory.mktemp("export") / "eksport"
    result = subprocess.run(
        ["make", "-s", "--no-print-directory", "-C", str(ROOT), "export", f"DIR={dest}"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Eksporterede" in result.stdout
    return dest


def plain_build(export: Path, dest: Path) -> subprocess.CompletedProcess[str]:
    """A plain strict build of an export, run from inside it: nothing of the repository."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    return subprocess.run(
        [MKDOCS, "build", "--strict", "-f", "mkdocs.yml", "-d", str(dest)],
        cwd=export,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


@pytest.fixture(scope="session")
def export_build(export_dir: Path) -> subprocess.CompletedProcess[str]:
    return plain_build(export_dir, export_dir.parent / "site")


@pytest.fixture(scope="session")
def export_site(export_build: subprocess.CompletedProcess[str]) -> Path:
    assert export_build.returncode == 0, export_build.stderr
    return Path(export_build.args[export_build.args.index("-d") + 1])


def front_matter(path: Path) -> dict:
    match = re.match(r"---\n(.*?)\n---\n", path.read_text(encoding="utf-8"), re.S)
    assert match, path
    return yaml.safe_load(match.group(1))


def test_the_export_is_self_contained_without_hooks(export_dir: Path) -> None:
    config = read_config(export_dir / "mkdocs.yml")
    text = config.text
    assert text.startswith(EXPORT_HEADER)
    assert not re.search(r"^(hooks|watch):", text, re.M)
    assert "hooks/" not in text
    assert not re.search(r"^  - search:", text, re.M)  # the header's box is Pagefind's
    assert re.search(r"^  - i18n:", text, re.M)
    assert sorted(p.name for p in export_dir.iterdir()) == [
        "docs", "mkdocs.yml", "overrides", "pagefind.json"]
    for asset in ("stylesheets/dialog.css", "javascripts/dialog.js"):
        assert (export_dir / "docs" / asset).read_bytes() == (ROOT / "docs" / asset).read_bytes()


def test_plain_mkdocs_builds_the_export_strictly(export_build) -> None:
    assert export_build.returncode == 0, export_build.stderr
    assert "WARNING" not in export_build.stdout + export_build.stderr


def test_generated_pages_are_written_in_both_languages(export_dir: Path, content) -> None:
    docs = export_dir / "docs"
    for theme in content.themes:
        assert (docs / theme.id / "index.md").is_file()
        assert (docs / theme.id / "index.en.md").is_file()
    for example in content.examples:
        assert (docs / "eksempler" / f"{example.slug}.md").is_file()
        assert (docs / "eksempler" / f"{example.slug}.en.md").is_file()
    for page in ("anbefalinger", "eksempler", "moedeark"):
        assert (docs / page / "index.md").is_file() and (docs / page / "index.en.md").is_file()


def test_front_matter_holds_dates_owner_and_edit_link(export_dir: Path, content) -> None:
    dates = file_dates(ROOT)
    docs = export_dir / "docs"
    theme = content.themes[0]
    example = content.examples[0]
    expected = {
        f"{theme.id}/index.md": ("content/questions.yaml", theme.owner.da),
        f"{theme.id}/index.en.md": ("content/questions.yaml", theme.owner.pick("en")[0]),
        f"eksempler/{example.slug}.en.md": (example.source.path, "KL and BL"),
        "moedeark/index.md": ("content/pages.yaml", "KL og BL"),
        "om-vaerktoejet.md": ("docs/om-vaerktoejet.md", "KL og BL"),
        "om-vaerktoejet.en.md": ("docs/om-vaerktoejet.en.md", "KL and BL"),
    }
    for page, (source, owner) in expected.items():
        meta = front_matter(docs / page)
        assert meta["created"] == dates[source].created.isoformat(), page
        assert meta["updated"] == dates[source].updated.isoformat(), page
        assert meta["dates_from_git"] is True
        assert meta["owner"] == owner, page
        assert meta["edit_url"] == EDIT + source, page
    assert front_matter(docs / "moedeark" / "index.md")["search"] == {"exclude": True}


def _html_pages(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def test_the_export_builds_into_the_same_pages(export_site: Path, site: Path) -> None:
    """Byte for byte but for blank lines: the same pages, nav, dates, owner, edit links,
    language switcher and 404 page as the build with the hooks."""
    pages = _html_pages(site)
    assert _html_pages(export_site) == pages
    different = [page for page in pages if _squeezed(export_site / page) != _squeezed(site / page)]
    assert different == []


# The one known difference: without the hook, MkDocs has a single permalink tooltip for every
# language (mkdocs-static-i18n refuses per-language markdown_extensions); README says so.
_TOOLTIPS = re.compile(r'title="(?:Link til dette afsnit|Link to this section)"')


def _squeezed(path: Path) -> list[str]:
    text = _TOOLTIPS.sub('title="¶"', path.read_text(encoding="utf-8"))
    return [line.strip() for line in text.splitlines() if line.strip()]


def test_every_question_id_is_in_the_exported_site(export_site: Path, content) -> None:
    for theme in content.themes:
        for prefix in ("", "en/"):
            page = soup(export_site / prefix / theme.id / "index.html")
            handout = soup(export_site / prefix / "moedeark" / "index.html")
            for question in theme.questions:
                assert page.find(id=question.id) is not None, (prefix, question.id)
                assert handout.find(attrs={"value": question.id}) is not None


def test_the_export_s_sitemap_and_search_match_the_site(export_site: Path, site: Path) -> None:
    def locations(root: Path) -> list[str]:
        return sorted(re.findall(r"<loc>(.*?)</loc>", (root / "sitemap.xml").read_text()))

    assert locations(export_site) == locations(site)
    assert len(locations(site)) == len(list(site.rglob("index.html")))



def test_pagefind_indexes_the_built_export_per_language(
    export_dir: Path, export_site: Path, tmp_path: Path
) -> None:
    """The export's search: plain Pagefind over the built pages, as its mkdocs.yml says."""
    import json
    import sys

    config = json.loads((export_dir / "pagefind.json").read_text(encoding="utf-8"))
    config["site"] = str(export_site)  # the test's build lives elsewhere than export/site
    (tmp_path / "pagefind.json").write_text(json.dumps(config), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pagefind"], cwd=tmp_path, capture_output=True, text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    entry = json.loads((export_site / "pagefind" / "pagefind-entry.json").read_text())
    assert set(entry["languages"]) == {"da", "en"}
    assert all(lang["page_count"] >= 15 for lang in entry["languages"].values())


@pytest.fixture(scope="session")
def export_server(export_site: Path):
    handler = functools.partial(_QuietHandler, directory=str(export_site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.browser
def test_the_exported_handout_works(page, export_server: str, content, tmp_path: Path) -> None:
    """Generic on purpose (the handout's script may change): the page runs without script
    errors, lists every question, and prints only the questions ticked."""
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{export_server}/moedeark/")
    questions = [q for theme in content.themes for q in theme.questions]
    shown = " ".join(page.inner_text("article").split())
    assert [q.id for q in questions if " ".join(q.text.da.split()) not in shown] == []
    chosen = [questions[1], questions[-1]]
    for question in chosen:
        # Named as on the theme pages: its number, then its text.
        name = f"{question.number} {question.text.da}"
        page.get_by_role("checkbox", name=name, exact=True).check()
    page.emulate_media(media="print")
    pdf = tmp_path / "moedeark.pdf"
    page.pdf(path=str(pdf), prefer_css_page_size=True)
    printed = " ".join(pdf_text(pdf).split())
    assert all(" ".join(q.text.da.split()) in printed for q in chosen)
    others = [q.id for q in questions if q not in chosen and " ".join(q.text.da.split()) in printed]
    assert others == []
    assert errors == []


def test_many_examples_leave_the_nav_but_build_strictly(project: Path, tmp_path: Path) -> None:
    """Beyond 30 examples the hook keeps them out of the nav; the export says the same in
    `not_in_nav`, or the strict build would fail on pages missing from the nav."""
    examples = project / "content" / "examples"
    original = (examples / "bydelsmoedre.md").read_text(encoding="utf-8")
    for n in range(31):
        (examples / f"ekstra-{n}.md").write_text(original, encoding="utf-8")
    dest = tmp_path / "eksport"
    assert export_main([str(dest), "--root", str(project)]) == 0
    config = (dest / "mkdocs.yml").read_text(encoding="utf-8")
    nav = config.split("nav:")[1].split("not_in_nav:")[0]
    assert "ekstra-" not in nav
    assert "  /eksempler/ekstra-30.md\n" in config and "  /eksempler/ekstra-30.en.md\n" in config
    result = plain_build(dest, tmp_path / "s")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "s" / "en" / "eksempler" / "ekstra-30" / "index.html").is_file()
    assert "(byggedato)" in (tmp_path / "s" / "index.html").read_text(encoding="utf-8")


def test_export_refuses_to_empty_a_folder_that_is_not_an_export(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "mine-filer"
    folder.mkdir()
    (folder / "vigtigt.txt").write_text("behold mig", encoding="utf-8")
    assert export_main([str(folder), "--root", str(ROOT)]) == 2
    assert "ikke en tidligere eksport" in capsys.readouterr().err
    assert (folder / "vigtigt.txt").read_text(encoding="utf-8") == "behold mig"
    assert export_main([str(ROOT.parent), "--root", str(ROOT)]) == 2


def test_the_export_publishes_the_pdfs_as_the_site_does(project: Path, tmp_path: Path) -> None:
    """With PDFs from `make pdf` the export links and publishes them exactly as the hook does:
    on the Danish theme pages only."""
    pdfs = project / "build" / "pdf"
    pdfs.mkdir(parents=True)
    (pdfs / "sundhed.pdf").write_bytes(b"%PDF-1.4\n% stand-in\n")
    hooked = build_site(project, tmp_path / "hooked")
    assert hooked.returncode == 0, hooked.stderr
    dest = tmp_path / "eksport"
    assert export_main([str(dest), "--root", str(project)]) == 0
    plain = plain_build(dest, tmp_path / "plain")
    assert plain.returncode == 0, plain.stderr
    for site in (tmp_path / "hooked", tmp_path / "plain"):
        assert (site / "pdf" / "sundhed.pdf").read_bytes().startswith(b"%PDF")
        assert soup(site / "sundhed" / "index.html").select('a[href="../pdf/sundhed.pdf"]')
        assert not soup(site / "en" / "sundhed" / "index.html").select("a[data-pdf]")
    for page in ("sundhed/index.html", "en/sundhed/index.html"):
        assert _squeezed(tmp_path / "plain" / page) == _squeezed(tmp_path / "hooked" / page)


def test_export_of_broken_content_stops_with_the_danish_message(
    project: Path, tmp_path: Path, capsys
) -> None:
    questions = project / "content" / "questions.yaml"
    questions.write_text(
        questions.read_text(encoding="utf-8").replace(
            "    title: Sundhed\n", "    titel: Sundhed\n", 1
        ),
        encoding="utf-8",
    )
    dest = tmp_path / "eksport"
    assert export_main([str(dest), "--root", str(project)]) == 1
    err = capsys.readouterr().err
    assert "Indholdet har fejl" in err and "content/questions.yaml:" in err
    assert not dest.exists()
