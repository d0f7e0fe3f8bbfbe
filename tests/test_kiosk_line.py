"""One line to the painter (issue 15 item 5): Gradio's queue, shared by every drawing event, is the
only count of who waits. The launched kiosk in a real browser: a visitor behind a draw is told how
many are ahead of them, and one past ``--max-queue`` is told their number and nothing is stored."""

from __future__ import annotations

import pytest

from tests import test_browser
from tests.app_process import AppProcess
from tests.test_browser import CHROMIUM, send, wait_images

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (.ci/run installs it)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")

browser = test_browser.browser  # the browser suite's Chromium, as a fixture here too

CHAT = "document.querySelector('#inkturn-chat')?.innerText || ''"
STATUS = "document.querySelector('#draw-status')?.innerText || ''"


@pytest.fixture
def kiosk(tmp_path):
    app = AppProcess(
        tmp_path / "data", "--kiosk", "--steps", "100", "--max-queue", "2", "--kiosk-rate-per-minute", "0"
    )  # a slow draw: long enough for the others to arrive while it runs
    app.wait()
    yield app
    app.stop()


def visitor(chromium, url: str):
    page = chromium.new_context(viewport={"width": 1600, "height": 1000}, locale="en-US").new_page()
    page.goto(url)
    page.wait_for_selector("#message-box textarea")
    return page


def test_the_kiosk_line_is_gradios_queue(kiosk, browser):
    first, second, third = (visitor(browser, kiosk.url) for _ in range(3))
    send(first, "a large red circle at the top left on a blue background")
    first.wait_for_function(f"() => /Drawing: step/.test({STATUS})", timeout=60_000)

    # one draw is running: the next visitor joins the line and is told one is ahead
    send(second, "a small green square at the center")
    second.wait_for_function(f"() => ({STATUS}).includes('1 ahead of you')", timeout=30_000)

    # the line is full (--max-queue 2: one drawing, one waiting): the third is number 3 and nothing is stored
    send(third, "a blue star at the bottom right")
    third.wait_for_function(f"() => ({CHAT}).includes('you are number 3 in line')", timeout=30_000)
    assert "a blue star" not in third.inner_text("#inkturn-chat")
    assert "Error" not in third.inner_text("body")  # the refusal is the chat's notice, no error badge or toast
    assert third.input_value("#message-box textarea") == "a blue star at the bottom right"  # kept to send again

    # the waiting draw runs after the first; then the line is free again
    wait_images(first, 1, timeout=180_000)
    wait_images(second, 1, timeout=180_000)
    second.wait_for_function(f"() => !/ahead of you|Drawing: step/.test({STATUS})", timeout=30_000)
    send(third, "a blue star at the bottom right")
    wait_images(third, 1, timeout=180_000)
    assert "you are number" not in second.inner_text("#inkturn-chat")
