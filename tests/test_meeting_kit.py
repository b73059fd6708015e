"""The meeting kit in Chromium: the builder on /moedeark/, its link, its print-out and the
audience view, on a desktop and a 390 px phone, with the keyboard alone and without JavaScript."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from urllib.parse import quote

import pytest
from test_quality import axe_violations

from conftest import pdf_layout, pdf_pages, pdf_text

pytestmark = pytest.mark.browser

OWN = "Hvordan fejrer vi, at den første beboer har fået job?"
FIELDS = ("titel", "dato", "tid", "sted", "deltagere")


def words(text: str) -> str:
    """PDF text with line breaks and hyphenation at line ends taken out."""
    return " ".join(re.sub(r"-\n(?=\w)", "", text).split())


def print_to_pdf(page, out: Path) -> Path:
    page.emulate_media(media="print")
    page.pdf(path=str(out), prefer_css_page_size=True)
    page.emulate_media(media="screen")
    return out


def agenda_ids(page) -> list[str]:
    return page.eval_on_selector_all(
        ".dq-agenda-list .dq-agenda-text", "items => items.map(i => i.firstChild.textContent)"
    )


def fragment_of(page) -> str:
    return page.evaluate("location.hash")


def search_is_open(page) -> bool:
    return page.evaluate(
        "() => { const t = document.querySelector('[data-md-toggle=search]');"
        " return !!t && t.checked; }"
    )


@pytest.fixture
def meeting(page, server: str, content):
    """/moedeark/ with the first template, one question dropped, one own question added and
    minutes changed, as a facilitator would prepare it."""
    template = content.meetings[0]
    page.goto(f"{server}/moedeark/")
    page.click(f'a.dq-template[data-template="{template.id}"]')
    page.fill("#dq-dato", "10.12.2026")
    page.fill("#dq-tid", "13:00")
    page.fill("#dq-sted", "Beboerhuset")
    page.fill("#dq-deltagere", "Kommunens sundhedskonsulent\nBoligorganisationens driftschef")
    page.click(".dq-agenda-list li:nth-child(2) .dq-agenda-remove")
    page.fill("#dq-eget", OWN)
    page.press("#dq-eget", "Enter")
    page.fill(".dq-agenda-list li:nth-child(1) .dq-minutes", "15")
    page.dispatch_event(".dq-agenda-list li:nth-child(1) .dq-minutes", "change")
    return template


def test_a_template_fills_the_builder_with_its_agenda(page, server: str, content) -> None:
    template = content.meetings[1]
    page.goto(f"{server}/moedeark/")
    page.click(f'a.dq-template[data-template="{template.id}"]')
    texts = [content.question_index[i.question_id][1].text.da for i in template.items]
    assert agenda_ids(page) == texts
    minutes = page.eval_on_selector_all(".dq-minutes", "inputs => inputs.map(i => +i.value)")
    assert minutes == [i.minutes for i in template.items]
    assert page.input_value("#dq-titel") == template.title.da
    assert page.input_value("#dq-laengde") == str(template.minutes)
    total = sum(minutes)
    assert page.text_content(".dq-total") == f"I alt {total} af {template.minutes} min"
    checked = page.eval_on_selector_all('input[name="q"]:checked', "bs => bs.map(b => b.value)")
    assert sorted(checked) == sorted(i.question_id for i in template.items)
    assert page.evaluate("location.search") == ""


def test_a_shared_link_restores_the_whole_meeting_in_a_fresh_browser(
    browser, page, server: str, meeting
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.click('button[data-action="copy-link"]')
    page.wait_for_function("document.querySelector('.dq-status').textContent.length > 0")
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == page.url and "#" in link
    assert "Beboerhuset" not in link.split("#")[0]
    before = {
        "agenda": agenda_ids(page),
        "minutes": page.eval_on_selector_all(".dq-minutes", "m => m.map(i => i.value)"),
        "fields": [page.input_value(f"#dq-{n}") for n in FIELDS],
    }
    assert OWN in before["agenda"] and before["minutes"][0] == "15"
    other = browser.new_context(locale="da-DK")
    fresh = other.new_page()
    fresh.goto(link)
    after = {
        "agenda": agenda_ids(fresh),
        "minutes": fresh.eval_on_selector_all(".dq-minutes", "m => m.map(i => i.value)"),
        "fields": [fresh.input_value(f"#dq-{n}") for n in FIELDS],
    }
    assert after == before
    assert after["fields"][4] == "Kommunens sundhedskonsulent\nBoligorganisationens driftschef"
    assert fresh.evaluate("location.search") == ""
    assert not search_is_open(fresh)
    other.close()


def test_the_printed_meeting_is_agenda_notes_and_follow_up(
    page, server: str, content, meeting, tmp_path: Path
) -> None:
    pdf = print_to_pdf(page, tmp_path / "meeting.pdf")
    layout = pdf_layout(pdf)
    text = words(pdf_text(pdf))
    assert meeting.title.da in text
    assert "10. december 2026, kl. 13:00" in text
    assert re.search(r"Kommunens sundhedskonsulent\s*\n\s*Boligorganisationens driftschef", layout)
    items = [i for i in meeting.items if i != meeting.items[1]]
    first = content.question_index[items[0].question_id][1]
    assert words(f"13:00–13:15 1. {first.text.da}") in text
    assert OWN in text
    for heading in ("Dagsorden", "Aftaler", "Hvad", "Ansvarlig", "Frist", "Hvor står vi?",
                    "Grøn", "Gul", "Rød", "Næste skridt", "Næste møde"):
        assert heading in text, heading
    served = {r for i in items for r in content.question_index[i.question_id][1].recommendations}
    rows = []
    for r in content.recommendations:
        row = text.find(words(f"{r.number}. {r.title.da} Næste skridt"))
        assert (row >= 0) == (r.id in served), r.id
        rows += [row] if row >= 0 else []
    assert len(rows) >= 2 and rows == sorted(rows), "one row per recommendation, in order"
    serves = content.recommendation_index[first.recommendations[0]]
    assert words(f"Anbefaling {serves.number}: {serves.title.da}") in text
    # Numbered 1..n in the agenda's order, with no theme or topic headings in between.
    notes = text[text.index("Spørgsmål og noter"):]
    texts = [content.question_index[i.question_id][1].text.da for i in items] + [OWN]
    position = 0
    for n, question in enumerate(texts, start=1):
        found = notes.find(words(f"{n}. {question}"), position)
        assert found >= position, f"{n}. {question}"
        position = found
    for theme in content.themes:
        for topic in theme.topics:
            assert words(topic.title.da) not in text
    assert pdf_pages(pdf) <= 3


def test_six_questions_fit_three_pages_and_no_page_is_nearly_empty(
    page, server: str, content, tmp_path: Path
) -> None:
    chosen = [q.id for t in content.themes for q in t.questions][:6]
    page.goto(f"{server}/moedeark/#titel=Møde&q={','.join(chosen)}")
    lines = page.eval_on_selector_all(
        ".dq-print-lines", "boxes => boxes.map(b => b.querySelectorAll('span').length)"
    )
    assert lines == [5] * 6  # the same ruled note space under every question
    pdf = print_to_pdf(page, tmp_path / "six.pdf")
    pages = pdf_pages(pdf)
    assert pages <= 3
    for number in range(1, pages):
        assert text_reaches(pdf, number) > 1 / 3, f"page {number} is less than a third full"


def text_reaches(pdf: Path, number: int) -> float:
    """How far down the page its lowest word sits, as a share of the page's height."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(number), "-l", str(number), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', html).group(1))
    bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', html)]
    return max(bottoms) / height


def test_udskriv_with_nothing_chosen_warns_instead(page, server: str) -> None:
    """The browser's own Print then gives every question: see test_meeting_paper."""
    page.goto(f"{server}/moedeark/")
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.click('button[data-action="print"]')
    assert page.evaluate("window.__printed") is None
    assert page.is_visible(".dq-notice")
    assert page.text_content(".dq-notice") == "Vælg mindst ét spørgsmål, før du udskriver."


def test_old_query_links_move_into_the_fragment_and_the_search_stays_shut(
    page, server: str, content
) -> None:
    health = content.theme("sundhed")
    ids = [health.questions[0].id, content.theme("beskaeftigelse").questions[2].id]
    page.goto(f"{server}/moedeark/?titel=Gammelt+link&q={','.join(ids)}&sted=Beboerhuset")
    page.wait_for_timeout(800)  # time for Material's search to start and read ?q=
    assert not search_is_open(page)
    assert page.evaluate("location.search") == ""
    assert f"q={','.join(ids)}" in fragment_of(page)
    assert page.input_value("#dq-titel") == "Gammelt link"
    checked = page.eval_on_selector_all('input[name="q"]:checked', "bs => bs.map(b => b.value)")
    assert checked == ids
    page.goto(f"{server}/moedeark/?tema=sundhed")
    assert len(agenda_ids(page)) == len(health.questions)
    assert page.evaluate("location.search") == ""


def test_the_question_and_theme_links_open_the_handout_without_the_search(
    page, server: str, content
) -> None:
    theme = content.theme("sundhed")
    q = theme.questions[2]
    page.goto(f"{server}/sundhed/")
    page.click(f".dq-question:has(#{q.id}) a.dq-add")
    page.wait_for_load_state("load")
    page.wait_for_timeout(800)
    assert page.url.endswith(f"/moedeark/#q={q.id}")
    assert agenda_ids(page) == [q.text.da]
    assert not search_is_open(page)
    page.goto(f"{server}/en/sundhed/")
    page.click(".dq-actions a[href*='moedeark']")
    page.wait_for_load_state("load")
    assert len(agenda_ids(page)) == len(theme.questions)
    assert page.evaluate("location.search") == ""


def test_a_link_with_questions_that_no_longer_exist_says_so(page, server: str, content) -> None:
    real = next(iter(content.question_index))
    page.goto(f"{server}/moedeark/#q={real},fjernet-spoergsmaal,et-andet")
    assert page.text_content(".dq-notice") == (
        "2 spørgsmål fra linket findes ikke længere: fjernet-spoergsmaal, et-andet."
    )
    assert agenda_ids(page) == [content.question_index[real][1].text.da]
    page.goto(f"{server}/en/moedeark/#q=gone")
    assert page.text_content(".dq-notice") == "1 question from the link no longer exists: gone."


def test_what_is_read_from_a_link_is_capped(page, server: str, content) -> None:
    ids = list(content.question_index)
    many = ",".join((ids * 5)[:200]) + "," + ",".join(f"_{n}" for n in range(1, 40))
    own = "&".join(f"eget={quote('x' * 500)}" for _ in range(40))
    page.goto(f"{server}/moedeark/#titel={'A' * 5000}&q={many}&{own}")
    assert len(page.input_value("#dq-titel")) <= 200
    assert len(agenda_ids(page)) <= 60
    assert "for langt" in page.text_content(".dq-notice")
    assert len(fragment_of(page)) < 20000


def test_the_date_field_shows_the_danish_format_in_any_browser_locale(
    browser, server: str
) -> None:
    for locale in ("da-DK", "en-US"):
        context = browser.new_context(locale=locale)
        page = context.new_page()
        page.goto(f"{server}/moedeark/#dato=2026-12-10&q=sundhed-faelles-maal")
        field = page.locator("#dq-dato")
        assert field.get_attribute("type") == "text"
        assert field.input_value() == "10.12.2026", locale
        assert "dd.mm.åååå" in page.text_content('label[for="dq-dato"]')
        field.fill("24.12.2026")
        field.dispatch_event("change")
        assert "dato=2026-12-24" in fragment_of(page)
        assert page.text_content(".dq-print-facts dd") == "24. december 2026"
        page.goto(f"{server}/en/moedeark/#dato=2026-12-10&q=sundhed-faelles-maal")
        assert page.input_value("#dq-dato") == "10/12/2026"
        assert page.text_content(".dq-print-facts dd") == "10 December 2026"
        context.close()


def test_back_to_top_button_never_covers_the_date_field(page, server: str) -> None:
    page.goto(f"{server}/moedeark/#q=sundhed-faelles-maal")
    page.mouse.wheel(0, 4000)
    page.wait_for_timeout(300)
    page.mouse.wheel(0, -3000)  # scrolling up is what shows Material's "Tilbage til start"
    page.wait_for_timeout(300)
    page.focus("#dq-dato")
    page.wait_for_timeout(300)
    hit = page.evaluate(
        """() => { const r = document.querySelector('#dq-dato').getBoundingClientRect();
                   const el = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                   return el && el.id; }"""
    )
    assert hit == "dq-dato"
    top = page.locator(".md-top")
    assert top.count() == 0 or not top.is_visible()


def test_count_says_valgt_for_one_and_valgte_for_more(page, server: str) -> None:
    page.goto(f"{server}/moedeark/")
    boxes = page.locator('input[name="q"]')
    boxes.nth(0).check()
    assert page.text_content(".dq-count") == "1 valgt spørgsmål"
    boxes.nth(1).check()
    assert page.text_content(".dq-count") == "2 valgte spørgsmål"
    page.goto(f"{server}/en/moedeark/#q=sundhed-faelles-maal")
    assert page.text_content(".dq-count") == "1 question chosen"


def test_screen_reader_text_is_hidden_and_bulk_buttons_keep_to_one_line(
    browser, server: str
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="da-DK")
    page = context.new_page()
    page.goto(f"{server}/moedeark/")
    sizes = page.eval_on_selector_all(
        ".dq-bulk .md-visually-hidden",
        "spans => spans.map(s => s.getBoundingClientRect()).map(r => [r.width, r.height])",
    )
    assert sizes and all(w <= 1 and h <= 1 for w, h in sizes)
    # One line of text plus padding is about 2.2 em high; a second line makes it 3.4 em.
    heights = page.eval_on_selector_all(
        ".dq-bulk .md-button",
        """buttons => buttons.map(b => b.getBoundingClientRect().height
                                         / parseFloat(getComputedStyle(b).fontSize))""",
    )
    assert heights and max(heights) < 2.8, "a bulk button wraps to two lines"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    context.close()


def test_reordering_works_from_the_keyboard(page, server: str, content) -> None:
    ids = [q.id for q in content.theme("sundhed").questions[:3]]
    texts = [content.question_index[i][1].text.da for i in ids]
    page.goto(f"{server}/moedeark/#q={','.join(ids)}")
    page.focus(".dq-agenda-list li:nth-child(1) .dq-agenda-down")
    page.keyboard.press("Enter")
    assert agenda_ids(page) == [texts[1], texts[0], texts[2]]
    assert page.evaluate("document.activeElement.dataset.index") == "1"  # focus moved along
    page.keyboard.press("Enter")
    assert agenda_ids(page) == [texts[1], texts[2], texts[0]]
    # Last now, so "Flyt ned" is off: focus went to the same item's "Flyt op".
    focused = page.evaluate("(el => [el.dataset.move, el.dataset.index])(document.activeElement)")
    assert focused == ["up", "2"]
    page.keyboard.press("Enter")
    assert agenda_ids(page) == [texts[1], texts[0], texts[2]]
    assert f"q={ids[1]},{ids[0]},{ids[2]}" in fragment_of(page)


def test_a_whole_meeting_can_be_prepared_with_the_keyboard_alone(page, server: str, content):
    page.goto(f"{server}/moedeark/")
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")

    def tab_to(test: str, limit: int = 150) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            if page.evaluate(f"(() => {{ const el = document.activeElement; return {test}; }})()"):
                return
        pytest.fail(f"not reached with Tab: {test}")

    tab_to("el.matches('a.dq-template')")
    page.keyboard.press("Enter")
    assert len(agenda_ids(page)) == len(content.meetings[0].items)
    tab_to("el.id === 'dq-eget'")
    page.keyboard.type(OWN)
    page.keyboard.press("Enter")
    assert agenda_ids(page)[-1] == OWN
    tab_to("el.dataset.action === 'print'")
    page.keyboard.press("Enter")
    assert page.evaluate("window.__printed") is True


def test_copy_as_text_gives_a_plain_agenda(page, server: str, content, meeting) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.click('button[data-action="copy-text"]')
    page.wait_for_function("document.querySelector('.dq-status').textContent.includes('tekst')")
    text = page.evaluate("navigator.clipboard.readText()")
    lines = text.splitlines()
    assert lines[0] == meeting.title.da
    assert "Dato: 10. december 2026, kl. 13:00" in lines
    assert any(line.startswith("13:00–13:15  1. ") for line in lines)
    assert any(OWN in line for line in lines)
    assert lines[-1] == "Link: " + page.url
    assert "<" not in text


def test_audience_view_in_the_builder_is_kept_in_the_fragment(page, server: str, content) -> None:
    page.goto(f"{server}/moedeark/")
    page.check('#dq-handout-audience input[value="kommune"]')
    assert "vis=kommune" in fragment_of(page)
    visible = page.eval_on_selector_all(
        ".dq-pick", "picks => picks.filter(p => p.offsetParent !== null).map(p => p.dataset.who)"
    )
    assert visible and set(visible) <= {"kommune", "begge"}
    others = [q for _, q in content.question_index.values() if q.who == "boligorganisation"]
    assert len(visible) == len(content.question_index) - len(others)
    page.reload()
    assert page.is_checked('#dq-handout-audience input[value="kommune"]')


def test_audience_view_on_a_theme_page_is_kept_in_the_address(page, server: str, content) -> None:
    theme = content.theme("beskaeftigelse")
    page.goto(f"{server}/beskaeftigelse/?vis=boligorganisation")
    shown = page.eval_on_selector_all(
        ".dq-question", "qs => qs.filter(q => q.offsetParent !== null).map(q => q.dataset.who)"
    )
    assert set(shown) <= {"boligorganisation", "begge"}
    assert len(shown) == len([q for q in theme.questions if q.who != "kommune"])
    hidden = page.eval_on_selector_all(
        ".md-sidebar--secondary .md-nav--secondary a",
        "links => links.filter(a => a.closest('li[hidden]') && !a.getClientRects().length)"
        ".map(a => a.hash.slice(1))",
    )
    assert hidden == [q.id for q in theme.questions if q.who == "kommune"]  # the contents follow
    page.check('#dq-theme-audience input[value=""]')
    assert page.evaluate("location.search") == ""
    assert page.locator(".dq-question:visible").count() == len(theme.questions)
    page.check('#dq-theme-audience input[value="kommune"]')
    assert page.evaluate("location.search") == "?vis=kommune"
    assert not search_is_open(page)


def test_without_javascript_every_question_is_listed_and_prints(
    browser, server: str, content, tmp_path: Path
) -> None:
    context = browser.new_context(java_script_enabled=False, locale="da-DK")
    page = context.new_page()
    page.goto(f"{server}/moedeark/")
    assert page.locator('input[name="q"]').count() == len(content.question_index)
    everything = words(pdf_text(print_to_pdf(page, tmp_path / "all.pdf")))
    for _, q in content.question_index.values():
        assert words(q.text.da) in everything, q.id
    chosen = list(content.question_index.values())[4][1]
    page.check(f'input[value="{chosen.id}"]')
    one = words(pdf_text(print_to_pdf(page, tmp_path / "one.pdf")))
    assert words(f"1. {chosen.text.da}") in one
    assert sum(words(q.text.da) in one for _, q in content.question_index.values()) == 1
    context.close()


@pytest.mark.parametrize("prefix", ["", "en/"])
def test_axe_on_the_builder_in_its_states(browser, server: str, content, prefix: str) -> None:
    for width in (1366, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(f"{server}/{prefix}moedeark/")
        assert axe_violations(page) == [], "empty"
        page.click(f'a.dq-template[data-template="{content.meetings[0].id}"]')
        page.fill("#dq-eget", OWN)
        page.press("#dq-eget", "Enter")
        assert axe_violations(page) == [], "with a template and an own question"
        page.check('#dq-handout-audience input[value="boligorganisation"]')
        page.goto(f"{server}/{prefix}moedeark/#q=findes-ikke,{content.meetings[0].items[0].question_id}")
        assert page.is_visible(".dq-notice")
        assert axe_violations(page) == [], "with a notice"
        page.goto(f"{server}/{prefix}sundhed/?vis=kommune")
        assert axe_violations(page) == [], "theme page with the audience view"
        context.close()


def test_the_english_handout_prints_in_english(page, server: str, content, tmp_path: Path) -> None:
    template = content.meetings[0]
    page.goto(f"{server}/en/moedeark/")
    page.click(f'a.dq-template[data-template="{template.id}"]')
    page.fill("#dq-dato", "10/12/2026")
    page.dispatch_event("#dq-dato", "change")
    assert page.input_value("#dq-titel") == (template.title.en or template.title.da)
    text = words(pdf_text(print_to_pdf(page, tmp_path / "en.pdf")))
    for heading in ("Agenda", "Agreements", "Responsible", "Deadline", "Where do we stand?",
                    "Green", "Yellow", "Red", "Next step", "Next meeting", "10 December 2026"):
        assert heading in text, heading
    first = content.question_index[template.items[0].question_id][1]
    assert words(first.text.pick("en")[0]) in text


def test_odd_text_survives_the_link_and_never_becomes_markup(browser, page, server: str) -> None:
    title = "Møde & opfølgning: 50% = ½, #2 + «A/B»?"
    own = '<img src=x onerror="window.__owned=1"> Hvad, når: a&b=c #1?'
    page.goto(f"{server}/moedeark/")
    page.fill("#dq-titel", title)
    page.fill("#dq-deltagere", "Æ, Ø & Å\nZoë")
    page.fill("#dq-eget", own)
    page.press("#dq-eget", "Enter")
    assert page.evaluate("location.search") == ""
    fresh = browser.new_context().new_page()
    fresh.goto(page.url)
    assert fresh.input_value("#dq-titel") == title
    assert fresh.input_value("#dq-deltagere") == "Æ, Ø & Å\nZoë"
    assert agenda_ids(fresh) == [own]
    assert fresh.text_content(".dq-print-question h4") == f"1. {own}"
    assert fresh.evaluate("document.querySelectorAll('article img').length") == 0
    assert fresh.evaluate("window.__owned") is None
    fresh.context.close()


def test_an_anchor_link_on_the_page_keeps_the_meeting(page, server: str, content) -> None:
    ids = [q.id for q in content.theme("sundhed").questions[:2]]
    page.goto(f"{server}/moedeark/#titel=Møde&q={','.join(ids)}")
    page.keyboard.press("Tab")  # Material's "Spring til indhold" comes first
    assert page.evaluate("document.activeElement.classList.contains('md-skip')")
    page.keyboard.press("Enter")
    page.evaluate("() => { location.hash = '#dq-h-agenda'; }")
    page.wait_for_timeout(200)
    assert len(agenda_ids(page)) == 2
    assert page.input_value("#dq-titel") == "Møde"


def test_the_calendar_beside_the_date_field_fills_it_the_danish_way(page, server: str) -> None:
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{server}/moedeark/#q=sundhed-faelles-maal&dato=2026-12-10")
    page.focus("#dq-dato")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.dataset.action") == "pick-date"
    page.keyboard.press("Enter")  # opens the browser's own calendar
    assert page.eval_on_selector(".dq-date-picker", "p => p.value") == "2026-12-10"
    page.keyboard.press("Escape")
    page.eval_on_selector(
        ".dq-date-picker",
        "p => { p.value = '2027-01-05'; p.dispatchEvent(new Event('change', {bubbles: true})); }",
    )
    assert page.input_value("#dq-dato") == "05.01.2027"
    assert "dato=2027-01-05" in fragment_of(page)
    assert errors == []
