"""Notices on /moedeark/ have kinds: a confirmation is a polite status message that does not
look like an error, an error is an alert, and each goes as soon as its cause has gone."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from test_meeting_kit import fragment_of

pytestmark = pytest.mark.browser

ALERT = ".dq-notice"
STATUS = ".dq-status"
LOOKS = """el => { const s = getComputedStyle(el);
                   return [s.borderLeftColor, s.backgroundColor, s.color]; }"""


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ("copy-link", "Linket er kopieret."),
        ("copy-text", "Dagsordenen er kopieret som tekst."),
        ("template", "Skabelonen {title} er indsat."),
    ],
)
def test_a_confirmation_is_a_polite_status_not_an_alert(
    page, server: str, content, action: str, message: str
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    template = content.meetings[0]
    page.goto(f"{server}/moedeark/#q=sundhed-faelles-maal")
    if action == "template":
        page.click(f'a.dq-template[data-template="{template.id}"]')
    else:
        page.click(f'button[data-action="{action}"]')
    status = page.locator(STATUS)
    expect(status).to_contain_text(message.format(title=template.title.da))
    assert status.get_attribute("role") == "status"
    expect(page.locator(ALERT)).to_be_hidden()
    # Not dressed as the error: another border, background and text colour.
    page.click('button[data-action="copy-link"]')  # keeps a status on screen
    page.evaluate("() => { const a = document.querySelector('.dq-notice');"
                  " a.hidden = false; a.textContent = 'x'; }")
    status_looks = page.eval_on_selector(STATUS, LOOKS)
    alert_looks = page.eval_on_selector(ALERT, LOOKS)
    assert status_looks[0] != alert_looks[0] and status_looks[1] != alert_looks[1]
    assert "176, 0, 32" not in " ".join(status_looks)  # the alert's red


def test_a_confirmation_goes_when_the_meeting_changes(page, server: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(f"{server}/moedeark/#q=sundhed-faelles-maal")
    page.click('button[data-action="copy-link"]')
    expect(page.locator(STATUS)).to_have_text("Linket er kopieret.")
    page.fill("#dq-titel", "Et andet møde")  # the copied link is no longer this meeting's
    expect(page.locator(STATUS)).to_have_text("")


def test_the_nothing_chosen_alert_goes_as_soon_as_a_question_is_chosen(page, server) -> None:
    page.goto(f"{server}/moedeark/")
    page.evaluate("() => { window.print = () => { window.__printed = true; }; }")
    page.click('button[data-action="print"]')
    alert = page.locator(ALERT)
    expect(alert).to_have_text("Vælg mindst ét spørgsmål, før du udskriver.")
    assert alert.get_attribute("role") == "alert"
    expect(page.locator(STATUS)).to_have_text("")
    page.locator('input[name="q"]').first.check()
    expect(alert).to_be_hidden()
    assert alert.text_content() == ""
    assert "q=" in fragment_of(page)
