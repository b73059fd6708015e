"""Layout on screen, measured in Chromium from boxes and computed styles: nothing floats over
the examples' filter, an empty table of contents goes, facts read as label and value, and a
heading's ¶ stays on the line of its last word."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

WIDTHS = [1280, 390]


@pytest.fixture(params=WIDTHS, ids=lambda w: f"{w}px")
def sized(browser, request):
    context = browser.new_context(viewport={"width": request.param, "height": 800}, locale="da-DK")
    yield context.new_page()
    context.close()


OVERLAPS = """() => {
  const top = document.querySelector(".md-top");
  const box = top.getBoundingClientRect();
  const style = getComputedStyle(top);
  const shown = style.display !== "none" && style.visibility !== "hidden"
    && parseFloat(style.opacity) > 0 && box.width > 0 && !top.classList.contains("md-top--hidden");
  if (!shown) return [];
  const controls = document.querySelectorAll(
    "#dq-filter select, #dq-filter label, #dq-filter legend, #dq-filter button");
  return [...controls].filter(el => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.left < box.right && r.right > box.left
      && r.top < box.bottom && r.bottom > box.top;
  }).map(el => el.textContent.trim() || el.id);
}"""


def test_back_to_top_never_covers_the_examples_filter(sized, server: str) -> None:
    page = sized
    page.goto(f"{server}/eksempler/")
    page.wait_for_selector("#dq-filter:not([hidden])")
    page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.wait_for_function("window.scrollY > 600")
    # Scroll back up in steps, as a reader does: Material shows its button while going up.
    covered = []
    height = page.evaluate("document.body.scrollHeight")
    for y in [*range(height, 0, -60), 0]:
        page.evaluate(f"window.scrollTo(0, {y})")
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        covered += [(y, name) for name in page.evaluate(OVERLAPS)]
    assert page.evaluate("window.scrollY") == 0
    assert not covered, f"'Tilbage til start' covers: {covered[:5]}"


def test_a_filter_that_matches_nothing_leaves_no_empty_contents_heading(
    sized, server: str, content
) -> None:
    page = sized
    examples = content.examples
    theme, group = next(
        (t.id, g)
        for t in content.themes
        for g in {g for e in examples for g in e.target_groups}
        if not any(t.id in e.themes and g in e.target_groups for e in examples)
    )
    page.goto(f"{server}/eksempler/?tema={theme}&maalgruppe={group}")
    page.wait_for_selector("#dq-filter:not([hidden])")
    titles = page.eval_on_selector_all(
        ".md-nav--secondary .md-nav__title",
        "els => els.filter(el => el.checkVisibility()).map(el => el.textContent.trim())",
    )
    assert titles == []
    note = page.locator(".dq-filter-empty")
    assert note.is_visible() and note.text_content().strip()
    page.get_by_role("button", name="Nulstil filtre").click()
    assert not note.is_visible()
    assert page.locator(".md-nav--secondary .md-nav__link").first.count()


def test_each_fact_label_sits_by_its_own_value(sized, server: str, content) -> None:
    page = sized
    page.goto(f"{server}/eksempler/{content.examples[0].slug}/")
    boxes = page.eval_on_selector_all(
        ".dq-facts > *",
        "els => els.map(el => { const r = el.getBoundingClientRect();"
        " return [el.tagName, r.top, r.bottom]; })",
    )
    assert [tag for tag, *_ in boxes] == ["DT", "DD"] * 3
    for n in range(0, len(boxes), 2):
        _, top, bottom = boxes[n]
        _, value_top, _ = boxes[n + 1]
        to_value = max(0.0, value_top - bottom)  # 0 when the value stands beside the label
        assert to_value <= 4, f"label {n // 2 + 1} is {to_value:.0f} px above its value"
        if n:
            above = top - boxes[n - 1][2]  # the gap to the previous value
            assert above > to_value, f"label {n // 2 + 1} is closer to the value above it"


PILCROW_ON_ITS_OWN = """() => [...document.querySelectorAll("article .headerlink")].filter(a => {
  const heading = a.parentElement;
  const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
  let last = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!a.contains(n) && n.textContent.trim()) last = n;
  }
  if (!last) return false;
  const text = last.textContent.trimEnd();
  const range = document.createRange();
  range.setStart(last, text.length - 1);
  range.setEnd(last, text.length);
  const word = range.getBoundingClientRect(), mark = a.getBoundingClientRect();
  return mark.top >= word.bottom - 2;
}).map(a => a.parentElement.textContent.trim())"""


@pytest.mark.parametrize(
    "path", ["/sundhed/", "/beskaeftigelse/", "/anbefalinger/", "/en/sundhed/", "/eksempler/"]
)
def test_a_heading_s_pilcrow_stays_with_its_last_word(browser, server: str, path: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800}, locale="da-DK")
    page = context.new_page()
    page.goto(f"{server}{path}")
    alone = page.evaluate(PILCROW_ON_ITS_OWN)
    context.close()
    assert not alone, f"¶ on a line of its own under: {alone[:3]}"
