"""The studio in a real browser: Playwright driving Debian's Chromium.

Screenshots of every step go to artifacts/screenshots/ (the README's come from
here too: INKTURN_README_SHOTS=1 copies them to docs/screenshots/).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.app_process import ROOT, AppProcess

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "artifacts" / "screenshots"
README_SHOTS = ROOT / "docs" / "screenshots"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (.ci/run installs it)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is a test dependency")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        yield browser
        browser.close()


def shot(page, name: str, readme: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    # pictures whose element is there but whose pixels are still loading would show as blanks
    page.wait_for_function("() => [...document.images].every(i => i.complete)", timeout=15_000)
    page.screenshot(path=str(path))
    if readme and os.environ.get("INKTURN_README_SHOTS"):
        from PIL import Image

        README_SHOTS.mkdir(parents=True, exist_ok=True)
        # 256 colours are plenty for a flat UI and keep the committed copies small
        Image.open(path).convert("RGB").quantize(256).save(README_SHOTS / path.name, optimize=True)


def send(page, text: str) -> None:
    page.fill("#message-box textarea", text)
    page.press("#message-box textarea", "Enter")


def wait_images(page, n: int, timeout: float = 90_000) -> None:
    page.wait_for_function(f"() => document.querySelectorAll('#inkturn-chat img').length >= {n}", timeout=timeout)


def wait_idle(page, timeout: float = 90_000) -> None:
    """Until no turn is running (the box is cleared and no progress shows)."""
    page.wait_for_function(
        "() => !document.querySelector('#inkturn-chat .pending') && "
        "!document.querySelector('.progress-text') && !document.querySelector('.eta-bar')",
        timeout=timeout,
    )


def assert_clean_log(app) -> None:
    """The server answered every request it announced (issue 16 item 9: no file sent short or long)."""
    log = Path(app.log.name).read_text(encoding="utf-8", errors="replace")
    assert "declared Content-Length" not in log and "Exception in ASGI application" not in log, log[-3000:]


def assert_large_pictures(page, chat_width: int) -> None:
    """The 128 px pictures are shown large, upscaled with nearest-neighbour: the chat's at
    ``chat_width`` or more, the live preview filling its frame (issue 16 item 11)."""
    # the picture is fetched after the chat renders it: measure once it has arrived
    page.wait_for_function(
        "() => { const i = document.querySelector('#inkturn-chat .message-content img');"
        " return i && i.complete && i.naturalWidth > 0; }",
        timeout=30_000,
    )
    sizes = page.evaluate(
        """() => {
          const box = (e) => e.getBoundingClientRect();
          const chat = document.querySelector('#inkturn-chat .message-content img');
          const preview = document.querySelector('#live-preview img');
          return {chat: box(chat).width, natural: chat.naturalWidth, chatRendering: getComputedStyle(chat).imageRendering,
                  preview: box(preview).width, frame: box(document.querySelector('#live-preview')).width,
                  previewRendering: getComputedStyle(preview).imageRendering};
        }"""
    )
    assert sizes["natural"] == 128 and sizes["chat"] >= chat_width, sizes
    assert sizes["chatRendering"] == sizes["previewRendering"] == "pixelated", sizes
    assert sizes["preview"] >= 0.9 * sizes["frame"], sizes


@pytest.fixture
def studio(tmp_path):
    app = AppProcess(tmp_path / "data", "--steps", "24", env={"INKTURN_SEED": "5"})
    app.wait()
    yield app
    app.stop()
    assert_clean_log(app)


def test_chat_preview_stop_reload_and_language(studio, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
    page.goto(studio.url)
    page.wait_for_selector("#message-box textarea")
    # a new session: the switch shows the language in use, the seed box is empty (not -1)
    page.wait_for_function("() => !!document.querySelector('#language-switch input:checked')", timeout=15_000)
    assert page.evaluate("() => document.querySelector('#language-switch input:checked').value") == "en"
    page.locator("#settings-panel").click()
    assert page.input_value("#setting-seed input") == "5"  # the app's --seed; empty without one, never -1
    page.locator("#settings-panel").click()
    shot(page, "01-empty")

    send(page, "a large red circle at the top left on a blue background")
    page.wait_for_selector("#live-preview img", timeout=60_000)  # a preview appears while drawing
    wait_images(page, 1)
    wait_idle(page)
    assert_large_pictures(page, chat_width=4 * 128)
    send(page, "add a small yellow star at the bottom right")
    wait_images(page, 2)
    send(page, "make the circle green")
    wait_images(page, 3)
    send(page, "把背景换成白色")
    wait_images(page, 4)
    wait_idle(page)
    assert "#s=" in page.url and "?s=" not in page.url  # the token never goes to the server in an address
    assert page.locator("#live-preview img").count() == 1
    shot(page, "02-four-turns", readme=True)

    # Stop a long draw: the turn is stored as cancelled and the chat says so.
    page.locator("#settings-panel").click()
    steps = page.locator("#setting-steps input[type=number]")
    steps.fill("100")
    steps.press("Enter")
    send(page, "move the star to the top")
    page.wait_for_function(
        "() => /step/i.test(document.querySelector('#draw-status')?.innerText || '')", timeout=60_000
    )
    page.click("#stop-button")
    page.wait_for_function(
        "() => (document.querySelector('#inkturn-chat')?.innerText || '').includes('Stopped')", timeout=60_000
    )
    shot(page, "03-stopped")

    # Reload: the same session comes back from the address.
    url = page.url
    page.reload()
    wait_images(page, 4)
    assert page.url == url
    assert "Stopped" in page.inner_text("#inkturn-chat")
    assert page.locator("#inkturn-chat img").count() == 4

    # Switch the UI to Chinese, and back.
    page.locator("#language-switch label", has_text="zh").click()
    page.wait_for_function("() => document.querySelector('#send-button')?.innerText.includes('发送')", timeout=30_000)
    wait_images(page, 4)
    shot(page, "04-chinese-ui", readme=True)
    page.locator("#language-switch label", has_text="en").click()
    page.wait_for_function("() => document.querySelector('#send-button')?.innerText.includes('Send')", timeout=30_000)


def test_html_is_inert_and_ime_enter_does_not_send(studio, browser):
    page = browser.new_page(locale="en-US")
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(studio.url)
    page.wait_for_selector("#message-box textarea")
    # Enter while an input method is composing must not send.
    page.fill("#message-box textarea", "蓝色背景上")
    page.dispatch_event(
        "#message-box textarea", "keydown", {"key": "Enter", "isComposing": True, "keyCode": 229, "bubbles": True}
    )
    page.wait_for_timeout(800)
    assert page.input_value("#message-box textarea") == "蓝色背景上"
    assert "s=" not in page.url
    send(page, '<img src=x onerror="alert(1)"><b>bold</b> a small green square at the center')
    wait_images(page, 1)
    chat_html = page.inner_html("#inkturn-chat")
    assert "<b>bold</b>" not in chat_html and "&lt;b&gt;bold&lt;/b&gt;" in chat_html
    assert dialogs == []
    # Markdown pictures in user text are shown as text: no browser fetches the tracker.
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    send(page, "![t](http://tracker.example/px.png) make it red")
    wait_images(page, 2)
    assert not any("tracker.example" in url for url in requested)
    assert page.locator("#inkturn-chat img[src*='tracker']").count() == 0
    assert "![t](http://tracker.example/px.png)" in page.inner_text("#inkturn-chat")
    # A right-to-left override is stripped, and every message is isolated for bidi text.
    send(page, "make it \u202eblue\u202c please")
    wait_images(page, 3)
    assert "\u202e" not in page.inner_text("#inkturn-chat")
    isolation = page.evaluate(
        "() => getComputedStyle(document.querySelector('#inkturn-chat .message-content')).unicodeBidi"
    )
    assert isolation == "isolate"


def test_unknown_link_gets_a_message(studio, browser):
    page = browser.new_page(locale="en-US")
    page.goto(studio.url + "?s=" + "A" * 43)
    page.wait_for_function(
        "() => (document.querySelector('#inkturn-chat')?.innerText || '').includes('unknown')", timeout=30_000
    )


@pytest.fixture
def kiosk(tmp_path):
    app = AppProcess(
        tmp_path / "data",
        "--kiosk",
        *("--steps", "20" if os.environ.get("INKTURN_README_SHOTS") else "4"),  # README shots: the default steps
        *("--kiosk-idle-minutes", "1", "--kiosk-rate-per-minute", "1"),
    )
    app.wait()
    yield app
    app.stop()
    assert_clean_log(app)


def test_kiosk_tap_to_draw_rate_limit_blocklist_and_idle_reset(kiosk, browser):
    page = browser.new_page(viewport={"width": 1920, "height": 1080}, locale="en-US")
    page.goto(kiosk.url)
    page.wait_for_selector("#message-box textarea")
    assert page.locator("#settings-panel").count() == 0 or not page.locator("#settings-panel").is_visible()
    # Everything fits a 1080p screen: no scrolling, every example in sight.
    examples = page.locator("#examples button")
    assert examples.count() == 4
    assert page.evaluate("() => document.documentElement.scrollHeight") <= 1080
    for i in range(examples.count()):
        box = examples.nth(i).bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 1080, (i, box)
    # A tap on an example draws it (no Enter, no Send).
    examples.first.click()
    wait_images(page, 1)
    assert "a large red circle at the top left on a blue background" in page.inner_text("#inkturn-chat")
    wait_idle(page)
    assert "s=" not in page.url  # a kiosk never puts a session in its address
    assert page.evaluate("() => document.documentElement.scrollHeight") <= 1080
    assert_large_pictures(page, chat_width=4 * 128)
    shot(page, "05-kiosk", readme=True)
    send(page, "draw a gun")
    page.wait_for_function(
        "() => (document.querySelector('#inkturn-chat')?.innerText || '').includes(\"can't draw that\")",
        timeout=30_000,
    )
    # One draw a minute: the next one, sent right after the first has drawn, is refused
    # (a blocklisted message does not count).
    send(page, "make the circle green")
    page.wait_for_function(
        "() => /per minute/.test(document.querySelector('#inkturn-chat')?.innerText || '')", timeout=30_000
    )
    shot(page, "06-kiosk-rate-limit")
    # Left alone for a minute, the screen resets to a fresh session.
    page.wait_for_function(
        "() => (document.querySelector('#inkturn-chat')?.innerText || '').includes('idle minute')",
        timeout=100_000,
    )
    assert page.locator("#inkturn-chat img").count() == 0
    assert re.search(r"fresh page", page.inner_text("#inkturn-chat"))
    shot(page, "07-kiosk-idle-reset")


def chat_images(page) -> int:
    return page.locator("#inkturn-chat img").count()


def wait_chat_images(page, n: int, timeout: float = 60_000) -> None:
    page.wait_for_function(f"() => document.querySelectorAll('#inkturn-chat img').length === {n}", timeout=timeout)


def open_panel(page, elem_id: str) -> None:
    """Opens an accordion (a click on its label) unless it is open already."""
    panel = page.locator(f"#{elem_id}")
    if panel.locator("button").first.get_attribute("aria-expanded") != "true":
        panel.locator("button").first.click()


def test_share_read_only_fork_branch_undo_export_import(studio, browser, tmp_path):
    owner = browser.new_context(viewport={"width": 1400, "height": 1100}, locale="en-US")
    page = owner.new_page()
    page.goto(studio.url)
    page.wait_for_selector("#message-box textarea")
    send(page, "a small green square at the center")
    wait_images(page, 1)
    send(page, "make it red")
    wait_images(page, 2)
    wait_idle(page)
    owner_url = page.url

    # Undo hides the last turn, Redo brings it back.
    open_panel(page, "history-panel")
    page.click("#undo")
    wait_chat_images(page, 1)
    page.click("#redo")
    wait_chat_images(page, 2)

    # Share: the read-only link differs from the owner link (the page's address).
    open_panel(page, "session-panel")
    page.wait_for_function("() => (document.querySelector('#read-link textarea')?.value || '').includes('#s=')")
    read_url = page.input_value("#read-link textarea")
    assert page.input_value("#owner-link textarea") == owner_url and read_url != owner_url
    shot(page, "08-share-links", readme=True)

    # Another browser profile opens the read-only link: no input, a banner, and a Fork button.
    visitor = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="en-US")
    other = visitor.new_page()
    other.goto(read_url)
    wait_images(other, 2)
    other.wait_for_selector("#read-only-banner", state="visible")
    assert not other.locator("#message-box").is_visible()
    # Nothing suggests a reader can change the session: no settings, no write buttons, a reader's footer.
    assert not other.locator("#settings-panel").is_visible() and not other.locator("#session-panel").is_visible()
    assert "read-only link" in other.inner_text("#link-note")
    open_panel(other, "history-panel")
    for button in ("#undo", "#redo", "#checkout", "#regenerate", "#variation", "#edit-rerun"):
        assert not other.locator(button).is_visible(), button
    assert other.locator("#fork").is_visible()
    # nor the examples to try, nor the chat's trash icon
    assert not other.locator("#examples").is_visible()
    assert (
        other.locator("#inkturn-chat button[aria-label='Clear']").count() == 0
        or not other.locator("#inkturn-chat button[aria-label='Clear']").is_visible()
    )
    assert page.locator("#inkturn-chat button[aria-label='Clear']").is_visible()  # the owner's means Undo
    shot(other, "09-read-only", readme=True)
    other.click("#fork")
    other.wait_for_selector("#message-box textarea", state="visible", timeout=30_000)
    other.wait_for_function(f"() => window.location.href !== {read_url!r} && window.location.href.includes('#s=')")
    wait_chat_images(other, 2)
    send(other, "make it blue")
    wait_images(other, 3)
    wait_idle(other)
    # "My sessions" in the visitor's browser: the copy is numbered, with its date and turn count
    open_panel(other, "my-sessions")
    other.wait_for_selector("#sessions-list .inkturn-card", timeout=30_000)
    listing = other.inner_text("#my-sessions")
    assert re.search(r"a small green square at the center \(2\) · \d{4}-\d\d-\d\d \d\d:\d\d · 3 turns", listing), (
        listing
    )
    assert "Gallery" not in listing

    # The original is untouched by the fork. Branch from the first turn there.
    page.reload()
    wait_chat_images(page, 2)
    open_panel(page, "history-panel")
    page.locator("#turn-pick input").click()
    page.locator("[role=option]", has_text="#1").first.click()
    page.click("#checkout")
    wait_chat_images(page, 1)
    send(page, "make it yellow")
    wait_images(page, 2)
    wait_idle(page)
    page.locator("#turn-pick input").click()
    assert page.locator("[role=option]", has_text="branch 2/2").count() == 1
    page.keyboard.press("Escape")
    shot(page, "10-branches", readme=True)

    # Export the session and import it in the visitor's browser: the same conversation.
    open_panel(page, "gallery-panel")
    link = page.locator("#export-file a").first
    link.wait_for(timeout=30_000)
    with page.expect_download() as download:
        link.click()
    archive = tmp_path / "export.zip"
    download.value.save_as(archive)
    chat_before = page.inner_text("#inkturn-chat")
    with other.expect_file_chooser() as chooser:
        other.click("#import-session")
    chooser.value.set_files(str(archive))
    other.wait_for_function(
        "() => (document.querySelector('#draw-status')?.innerText || '').includes('Imported')", timeout=30_000
    )
    wait_chat_images(other, 2)
    assert other.inner_text("#inkturn-chat") == chat_before
    owner.close()
    visitor.close()


def test_a_reference_picture_is_attached_shown_and_a_broken_one_refused(studio, browser, tmp_path):
    import numpy as np
    from PIL import Image

    from core.world.render import render
    from core.world.scene import WorldObject, WorldScene

    picture = tmp_path / "reference.png"
    scene = WorldScene("blue", (WorldObject("circle", "red", "large", "top-left"),))
    Image.fromarray(render(scene, size=128)).save(picture)
    broken = tmp_path / "broken.png"
    broken.write_bytes(picture.read_bytes()[:100])

    page = browser.new_page(viewport={"width": 1400, "height": 1000}, locale="en-US")
    page.goto(studio.url)
    page.wait_for_selector("#message-box textarea")
    page.set_input_files("#reference-upload input[type=file]", str(broken))
    send(page, "draw this")
    page.wait_for_function(
        "() => (document.querySelector('#inkturn-chat')?.innerText || '').includes('broken or truncated')",
        timeout=30_000,
    )
    page.locator("#reference-upload button[aria-label='Clear']").first.click()
    page.set_input_files("#reference-upload input[type=file]", str(picture))
    send(page, "make the circle green")
    wait_images(page, 2)  # the reference shown with the message, and the picture
    wait_idle(page)
    assert "a large green circle at the top left, on a blue background" in page.inner_text("#inkturn-chat")
    assert np.asarray(Image.open(picture)).shape == (128, 128, 3)
    shot(page, "11-reference", readme=True)
