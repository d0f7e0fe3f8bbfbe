"""The studio page: chat, live preview, stop, per-session settings, kiosk mode.

``build_ui`` builds Blocks and nothing else. Per-user values (session token,
language) live in the browser tab; the server keeps only the model, the store
and, in a kiosk, anonymous counters. Two tabs never see each other's work.
"""

from __future__ import annotations

import base64
import io
import logging
import queue
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import gradio as gr
from PIL import Image

from core import messages
from core.engine import Engine
from core.errors import BadInput, InkturnError
from core.preview import LatentPreview, is_preview_step
from core.reference import MAX_BYTES as MAX_REFERENCE_BYTES
from core.reference import Reference, load_reference
from core.session_book import HEAD as HEAD_TURN
from core.session_book import ReadOnly, SessionNotFound, SessionsError
from core.settings import Settings
from core.user_text import clean
from ui import page_js
from ui.chat_view import inert, notice, turn_messages
from ui.i18n import HEAD, I18N, RESTORE_LANGUAGE_JS, SWITCH_LANGUAGE_JS, language_from_header
from ui.kiosk import Blocklist, DrawLine, RateLimiter
from ui.session_panel import CONFIRM_DELETE_JS, LINKS_JS, MAX_IMPORT_BYTES, REMEMBER_JS, SessionPanel

log = logging.getLogger(__name__)


EXAMPLES = [
    "a large red circle at the top left on a blue background",
    "蓝色背景上，右下方有一个小的黄色星形",
    "a small green square at the center on a white background",
    "黄色背景上，左上方有一个大的紫色三角形，右下方有一个小的黑色星形",
]

# Pictures are shown large: the bundled model draws 128 px, upscaled here with nearest-neighbour
# (crisp pixels, no blur) to fill the frame, in the chat and the live preview (issue 16 item 11).
CSS = """
#inkturn-chat { min-height: 520px; }
#inkturn-chat .message-content img {
  width: 512px; max-width: 100%; height: auto; max-height: none; image-rendering: pixelated;
}
#live-preview img { display: block; width: 100%; height: auto; image-rendering: pixelated; }
#inkturn-chat .message-content, #inkturn-chat .message-text, #inkturn-chat .prose p { unicode-bidi: isolate; }
.inkturn-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(110px, 1fr)); gap: 8px; }
.inkturn-grid img { width: 100%; image-rendering: pixelated; }
.inkturn-grid figure { margin: 0; } .inkturn-grid figcaption, .inkturn-card span { font-size: 0.8em; }
.inkturn-card { display: block; text-decoration: none; }
.inkturn-blank { width: 100%; aspect-ratio: 1; background: #eee; }
.inkturn-model-label { font-size: 0.9em; opacity: 0.85; }
/* a read-only link changes nothing: no trash icon on its chat */
.gradio-container:has(#read-only-banner:not(.hidden)) #inkturn-chat button[aria-label="Clear"] { display: none; }
"""

# A kiosk is read from a few steps away on a 1080p screen: everything fits it without scrolling,
# the examples (a tap draws) beside the picture, the picture as large as the screen allows.
KIOSK_CSS = """
.gradio-container { padding-top: 8px !important; padding-bottom: 0 !important; }
footer { display: none !important; }
#inkturn-chat { font-size: 1.3em; min-height: 0; }
#inkturn-chat .message-content img { width: 54vh; }
#live-preview { width: min(100%, 42vh) !important; margin: 0 auto; }  /* a square frame the picture fills */
#message-box textarea { font-size: 1.5em !important; }
button { font-size: 1.3em !important; min-height: 56px; }
#examples .gallery { display: grid; grid-template-columns: 1fr; gap: 10px; }
#examples button { font-size: 1.25em !important; padding: 12px 18px !important; text-align: left; width: 100%; }
#examples .label { font-size: 1.1em; }
h1 { font-size: 2.2em !important; margin: 0 !important; }
"""


@dataclass
class Studio:
    """What the page's handlers share: the engine and anonymous, per-token run state."""

    engine: Engine
    settings: Settings
    line: DrawLine
    limiter: RateLimiter
    blocklist: Blocklist
    preview: LatentPreview
    running: dict[str, threading.Event] = field(default_factory=dict)  # by browser tab (Gradio session)
    lock: threading.Lock = field(default_factory=threading.Lock)

    # -- reading -------------------------------------------------------------------------------

    def history(self, token: str | None, lang: str = "en") -> list[dict]:
        """The chat for any link (owner or read-only): the session's current path, in ``lang``."""
        if not token:
            return []
        addresses = self.engine.files.addresses(token)
        chat: list[dict] = []
        for turn in self.engine.sessions.path(token):
            images = addresses.image(turn.image_id), addresses.image(turn.reference_image_id)
            chat.extend(turn_messages(turn, *images, lang))
        return chat

    def safe_history(self, token: str | None, lang: str = "en") -> list[dict]:
        try:
            return self.history(token, lang)
        except SessionNotFound:
            return []

    def shown_seed(self, token: str) -> int | None:
        """The seed of the picture on screen (a Variation's own), else the session's."""
        if not token:
            return None
        try:
            path = self.engine.sessions.path(token)
            drawn = next((t.seed for t in reversed(path) if t.image_id and t.seed is not None), None)
            return drawn if drawn is not None else self.session_settings(token).get("seed")
        except SessionNotFound:
            return None

    def session_settings(self, token: str) -> dict:
        try:
            return dict(self.engine.sessions.access(token).session.settings) if token else {}
        except SessionNotFound:
            return {}

    # -- one turn, streamed ------------------------------------------------------------------

    def run(
        self,
        message: str,
        token: str,
        lang: str,
        client: str,
        overrides: dict | None,
        *,
        reference: str | None = None,
        branch_from: str | None = None,
        regenerate: str | None = None,
        variation: bool = False,
    ):
        """Yields (box, token, chat, preview, status) while one turn runs.

        ``reference``: the path of an uploaded picture; ``branch_from``: re-run from that turn's
        parent with this message; ``regenerate``: draw that turn again beside it.
        """
        chat = self.safe_history(token, lang)
        refuse = self._refusal(message, lang, client)
        if refuse:
            yield message, token, chat + [notice(refuse)], None, ""
            return
        try:
            text = self.engine.check_message(message)
            upload = _read_upload(reference, lang)  # checked here, so a refusal keeps the message and file
        except BadInput as exc:  # said in the message's language, as the turn's replies are ("画一个…" too long: 中文)
            said = messages.language_of(message) if isinstance(message, str) and exc.code == "too_long" else lang
            yield message, token, chat + [notice(exc.text(said))], None, ""
            return
        # The line was checked before this draw joined Gradio's queue (``admit``); it runs now.
        try:
            session = self._session_for(token, text, overrides)
        except (ReadOnly, SessionNotFound, BadInput) as exc:
            if isinstance(exc, ReadOnly):
                yield message, token, chat + [notice(messages.text("read_only", lang))], None, ""
            elif isinstance(exc, BadInput):
                yield message, token, chat + [notice(exc.text(lang))], None, ""
            else:
                yield message, "", [notice(messages.text("unknown_link", lang))], None, ""
            return
        token = session.owner_token
        cancel = threading.Event()
        with self.lock:
            self.running[client] = cancel  # by browser tab: two tabs on one session stop only their own

        def job(on_step, cancel):
            if regenerate:
                return self.engine.regenerate(session, regenerate, variation=variation, on_step=on_step, cancel=cancel)
            parent = HEAD_TURN
            if branch_from:
                parent = self.engine.sessions.turn(token, branch_from).parent_id
            return self.engine.run_turn(
                session, text, reference=upload, parent_id=parent, on_step=on_step, cancel=cancel
            )

        try:
            pending = chat + [{"role": "user", "content": inert(text)}]
            yield "", token, pending, None, messages.text("queued", lang)
            yield from self._stream(job, token, lang, cancel, pending)
        finally:
            with self.lock:
                self.running.pop(client, None)

    def admit(self, lang: str) -> int:
        """Before a draw joins the painter's queue: the number of draws ahead of it, or, when the
        line is full, an error no one sees (its output is a hidden state) that ends the chain, so
        the draw never joins and nothing is written, not even an empty session. It runs outside
        the drawing queue, so it answers at once; ``busy`` then says so in the chat."""
        ahead = self.line.ahead()
        if self.line.full():
            raise gr.Error(messages.text("busy", lang, k=ahead + 1), visible=False, print_exception=False)
        return ahead

    def waiting(self, ahead: int, lang: str) -> str:
        """The status while a draw waits in the queue: how many are ahead of it."""
        return messages.text("queued_ahead", lang, n=ahead) if ahead else messages.text("queued", lang)

    def busy(self, token: str, lang: str) -> list[dict]:
        """The chat with "you are number k in line" after ``admit`` refused a draw."""
        return self.safe_history(token, lang) + [notice(messages.text("busy", lang, k=self.line.ahead() + 1))]

    def _stream(self, job, token, lang, cancel, pending):
        events: queue.Queue = queue.Queue()
        started = time.monotonic()

        def on_step(step: int, total: int, latents) -> None:
            if is_preview_step(step, total) and latents is not None:
                events.put(("step", step, total, _inline_png(self.preview(latents))))
            else:
                events.put(("step", step, total, None))

        def work() -> None:
            try:
                events.put(("done", job(on_step, cancel)))
            except (BadInput, SessionsError) as exc:  # refused before drawing: nothing or a failed turn stored
                events.put(("error", exc))
            except Exception as exc:  # noqa: BLE001 - shown in the chat; the store already has the turn
                log.exception("turn crashed")
                events.put(("error", exc))

        threading.Thread(target=work, name="inkturn-turn", daemon=True).start()
        preview = None
        while True:
            kind, *payload = events.get()
            if kind == "step":
                step, total, image = payload
                preview = image or preview
                elapsed = time.monotonic() - started
                left = elapsed / step * (total - step)
                yield "", token, pending, preview, messages.text("drawing", lang, step=step, total=total, left=left)
            elif kind == "error":
                yield "", token, self.safe_history(token, lang) + [notice(_error_text(payload[0], lang))], preview, ""
                return
            else:
                result = payload[0]
                status = messages.text("stopped", lang) if result.turn.status == "cancelled" else ""
                yield "", token, self.history(token, lang), preview, status
                return

    def _refusal(self, message: str, lang: str, client: str) -> str | None:
        if not self.settings.kiosk:
            return None
        if self.blocklist.blocks(message or ""):
            return messages.text("blocked", lang)
        wait = self.limiter.check(client)
        if wait:
            return messages.text("rate_limited", lang, s=max(1, wait), n=self.limiter.per_minute)
        return None

    def _session_for(self, token: str, text: str, overrides: dict | None):
        """The session this tab writes to (a new one if none); ReadOnly for a read-only link."""
        if token:
            access = self.engine.sessions.access(token)
            if not access.can_write:
                raise ReadOnly(messages.text("read_only"))
            session = access.session
            if overrides and {k: session.settings.get(k) for k in overrides} != overrides:
                session = self.engine.update_settings(token, overrides)
            return session
        return self.engine.new_session(title=text[:80], overrides=overrides)

    def stop(self, lang: str, request: gr.Request | None = None) -> str:
        """Stops the draw this browser tab started (whatever session it is in)."""
        with self.lock:
            cancel = self.running.get(_client_key(request))
        if cancel is None:
            return messages.text("stop_none", lang)
        cancel.set()
        return messages.text("stopped", lang)


def model_line(info, lang: str) -> str:
    """The page's line about the model (``engine.painter.info``) in ``lang``; untrained weights are a warning."""
    if info.kind == "random":
        return messages.text("model_warning", lang, label=info.label_in(lang))
    return messages.text("model_line", lang, label=info.label_in(lang))


def _error_text(exc: Exception, lang: str) -> str:
    """A refusal for people; anything unexpected is logged and said in one plain sentence."""
    if isinstance(exc, InkturnError | SessionsError):
        return messages.error_text(exc, lang)
    return messages.text("turn_failed", lang)


def _inline_png(image: Image.Image | None) -> str:
    """The live preview as an inline picture: nothing written to a cache that outlives the session."""
    if image is None:
        return ""
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return f'<img alt="" src="data:image/png;base64,{base64.b64encode(buf.getvalue()).decode()}">'


def _read_upload(path: str | None, lang: str) -> Reference | None:
    """An attached file, checked; refused unread when it is over the limit."""
    if not path:
        return None
    size = Path(path).stat().st_size
    if size > MAX_REFERENCE_BYTES:
        raise BadInput("file_too_big", mb=size / 1e6, limit=MAX_REFERENCE_BYTES // (1024 * 1024))
    return load_reference(Path(path).read_bytes())


def _client_key(request: gr.Request | None) -> str:
    if request is None:
        return "anonymous"
    host = request.client.host if request.client else "?"
    return f"{host}:{request.session_hash}"


def build_ui(engine: Engine, settings: Settings) -> gr.Blocks:
    studio = Studio(
        engine=engine,
        settings=settings,
        line=DrawLine(settings.max_queue),
        limiter=RateLimiter(settings.kiosk_rate_per_minute),
        blocklist=Blocklist.from_file(settings.kiosk_blocklist),
        preview=engine.painter.latent_preview(),
    )
    panel_actions = SessionPanel(engine)
    info = engine.painter.info
    sizes = [f"{w}x{h}" for w, h in info.sizes]
    styles = engine.styles  # only what the loaded model can draw
    kiosk = settings.kiosk

    def load_session(token: str, lang: str = "en"):
        """(token, chat) for a session link; an unknown link gets a message, not an error page."""
        token = (token or "").strip()
        if not token:
            return "", []
        try:
            return token, studio.history(token, lang)
        except SessionNotFound:
            return "", [notice(messages.text("unknown_link", lang))]

    def panel_values(token: str):
        s = studio.session_settings(token)
        d = engine.defaults
        native = f"{info.native_size[0]}x{info.native_size[1]}"
        size = f"{s['width']}x{s['height']}" if s else (f"{d.width}x{d.height}" if d.width else native)
        return (
            size if size in sizes else sizes[0],
            s.get("steps", d.steps),
            s.get("guidance", d.guidance),
            studio.shown_seed(token) if s else d.seed,  # empty for a new session: a seed is drawn for it
            bool(s.get("seed_locked", False)),
            clean(s.get("negative_prompt", d.negative_prompt)),
            s.get("style", "none"),
        )

    def session_view(token: str, lang: str):
        """Everything that depends on the open session and on what its link may do."""
        try:
            state = panel_actions.state(token, lang)
        except SessionNotFound:
            state = panel_actions.state("", lang)
        writable = state.can_write
        return (
            gr.update(visible=not writable),  # read-only banner
            gr.update(visible=writable),  # message row
            gr.update(visible=writable and not kiosk),  # settings: nothing a reader could think is theirs
            gr.update(visible=writable),
            gr.update(visible=writable and not kiosk and bool(state.token)),  # owner tools
            gr.update(visible=bool(state.token) and not kiosk),  # history
            state.title,
            state.owner_token,
            state.read_token,
            gr.update(choices=state.turn_choices, value=state.head_turn_id),
            state.gallery,
            state.download if state.token else "",
            gr.update(visible=writable),  # history: undo, redo, redraw... (Fork stays for readers)
            gr.update(value=messages.text("link_note" if writable else "reader_note", lang), visible=not kiosk),
        )

    def open_from_url(token: str, request: gr.Request):
        """The page's first request: the token comes from the address's fragment (READ_TOKEN_JS)."""
        lang = language_from_header(request.headers.get("accept-language") if request else None)
        token = "" if kiosk else clean(token).strip()
        token, chat = load_session(token, lang)
        return (token, chat, lang, *panel_values(token), *session_view(token, lang))

    def refresh(token: str, lang: str):
        token, chat = load_session(token, lang)
        return (token, chat, *panel_values(token), *session_view(token, lang))

    def refresh_panel(token: str, lang: str):
        """After a turn: the chat is already current (with any notice the turn left), the rest is not."""
        return (*panel_values(token), *session_view(token, lang))

    def overrides_from(size, steps, guidance, seed, locked, negative, style) -> dict:
        width, height = (int(v) for v in str(size).split("x"))
        values = {
            "width": width,
            "height": height,
            "steps": int(steps),
            "guidance": float(guidance),
            "seed_locked": bool(locked),
            "negative_prompt": clean(negative)[:1000],
            "style": style if style in styles else "none",
        }
        if seed is not None and int(seed) >= 0:
            values["seed"] = int(seed) % 2**31
        return values

    def chat_ui(
        message, reference, token, lang, size, steps, guidance, seed, locked, negative, style, request: gr.Request
    ):
        overrides = None if kiosk else overrides_from(size, steps, guidance, seed, locked, negative, style)
        client = _client_key(request)
        for box, tok, chat, preview, status in studio.run(
            message, token, lang, client, overrides, reference=None if kiosk else reference
        ):
            # the attachment goes with the turn once it starts (the box is cleared); a refusal keeps both
            attached = None if box == "" else gr.update()
            yield box, tok, chat, preview, status, studio.shown_seed(tok) or seed, attached

    def history_run(message, turn_id, token, lang, mode, request: gr.Request):
        """Re-run from the history panel: an edited message, the same seed, or a variation."""
        if not turn_id:
            yield gr.update(), token, studio.safe_history(token, lang), None, messages.text("pick_turn", lang)
            return
        try:
            original = engine.sessions.turn(token, turn_id)
        except SessionsError as exc:
            yield gr.update(), token, studio.safe_history(token, lang), None, messages.error_text(exc, lang)
            return
        kwargs = {"branch_from": turn_id} if mode == "edit" else {"regenerate": turn_id, "variation": mode == "vary"}
        text = message if mode == "edit" else original.message
        for _box, tok, chat, preview, status in studio.run(text, token, lang, _client_key(request), None, **kwargs):
            yield gr.update(), tok, chat, preview, status

    def history_runner(mode: str):
        def run(message, turn_id, token, lang, request: gr.Request):
            yield from history_run(message, turn_id, token, lang, mode, request)

        return run

    def chat_api(message: str, token: str, request: gr.Request):
        """Runs one turn; returns (cleared box, token, chat)."""
        last = (message, token, [])
        for box, tok, chat, _preview, _status in studio.run(message, token, "en", _client_key(request), None):
            last = (box, tok, chat)
        return last

    def chat_api_admit(message: str, token: str):
        """The API's ``admit``: Gradio runs it before the call joins the drawing queue, so a full
        line refuses the call at once ("queue_full"-like, with the busy words) and writes nothing."""
        full = studio.line.full()
        busy = messages.text("busy", "en", k=studio.line.ahead() + 1) if full else ""
        return [gr.validate(not full, busy), gr.validate(True, "")]

    def save_settings(token, lang, size, steps, guidance, seed, locked, negative, style):
        if not token:
            return gr.update(), messages.text("settings_saved", lang)
        try:
            saved = engine.update_settings(token, overrides_from(size, steps, guidance, seed, locked, negative, style))
        except ReadOnly:
            return gr.update(), messages.text("read_only", lang)
        except SessionNotFound:
            return gr.update(), messages.text("unknown_link", lang)
        except BadInput as exc:
            return gr.update(), exc.text(lang)
        return saved.settings["seed"], messages.text("settings_saved", lang)

    def new_session():
        return "", [], None, ""

    def idle_reset(lang):
        minutes = f"{settings.kiosk_idle_minutes:g}"
        # News, not an error: no warning sign.
        return "", [{"role": "assistant", "content": inert(messages.text("idle_reset", lang, m=minutes))}], None, "", ""

    # Gradio keeps copies of served images in its cache; a kiosk runs for days.
    # Gradio keeps uploads (references, imports) in its cache; pictures never go there (ui/web.py).
    with gr.Blocks(
        title="Inkturn", fill_width=kiosk, delete_cache=(600, 3600), analytics_enabled=settings.analytics
    ) as demo:
        token_box = gr.Textbox(visible=False, elem_id="session-token")
        lang_box = gr.Textbox(value="en", visible=False, elem_id="ui-lang")
        known_box = gr.Textbox(value="[]", visible=False, elem_id="known-sessions")
        owner_token = gr.Textbox(visible=False)
        read_token = gr.Textbox(visible=False)
        confirmed_box = gr.Textbox(visible=False)  # the token the user confirmed a Delete for
        ahead_box = gr.State(0)  # draws ahead of this tab's next one (studio.admit)
        with gr.Row():
            with gr.Column(scale=4):
                gr.Markdown(I18N("kiosk_heading") if kiosk else "# Inkturn")
                gr.Markdown(I18N("kiosk_hint" if kiosk else "tagline"))
            with gr.Column(scale=1, min_width=160):
                switch = gr.Radio(
                    ["en", "zh"], value=None, label=I18N("language"), elem_id="language-switch", info="English / 中文"
                )
        model_label = gr.Markdown(model_line(info, "en"), elem_classes=["inkturn-model-label"], elem_id="model-label")
        read_only_banner = gr.Markdown(I18N("read_only_banner"), visible=False, elem_id="read-only-banner")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    elem_id="inkturn-chat",
                    height="70vh" if kiosk else 560,
                    buttons=["copy"],
                    feedback_options=None,
                    sanitize_html=True,
                    allow_tags=False,
                    label=I18N("conversation"),
                )
                with gr.Column(elem_id="composer") as composer:
                    with gr.Row():
                        box = gr.Textbox(
                            placeholder=I18N("placeholder"),
                            show_label=False,
                            scale=6,
                            max_lines=6,
                            elem_id="message-box",
                            autofocus=True,
                        )
                        send = gr.Button(I18N("send"), variant="primary", scale=1, elem_id="send-button")
                        stop = gr.Button(I18N("stop"), variant="stop", scale=1, elem_id="stop-button")
                    reference = gr.File(
                        label=I18N("reference"),
                        file_count="single",
                        type="filepath",
                        height=80,
                        visible=not kiosk,
                        elem_id="reference-upload",
                    )
                    if not kiosk:  # in the composer: a read-only link shows no "Try"
                        examples = gr.Examples(EXAMPLES, inputs=box, label=I18N("try"), elem_id="examples")
                with gr.Row(visible=not kiosk):
                    new = gr.Button(I18N("new_session"), size="sm", elem_id="new-session")
                    importer = gr.UploadButton(
                        I18N("import"),
                        file_types=[".zip"],
                        type="filepath",
                        size="sm",
                        visible=not kiosk,
                        elem_id="import-session",
                    )
            with gr.Column(scale=2, min_width=280):
                preview = gr.HTML("", label=I18N("preview"), elem_id="live-preview")
                status = gr.Markdown("", elem_id="draw-status")
                if kiosk:  # beside the picture, all in sight on a 1080p screen; a tap draws
                    examples = gr.Examples(EXAMPLES, inputs=box, label=I18N("kiosk_try"), elem_id="examples")
                    kiosk_new = gr.Button(I18N("new_session"), size="sm", elem_id="kiosk-new-session")
                with gr.Accordion(I18N("settings"), open=False, visible=not kiosk, elem_id="settings-panel") as sets:
                    size = gr.Dropdown(sizes, value=sizes[0], label=I18N("size"), elem_id="setting-size")
                    steps = gr.Slider(
                        1, 100, value=engine.defaults.steps, step=1, label=I18N("steps"), elem_id="setting-steps"
                    )
                    guidance = gr.Slider(
                        0,
                        20,
                        value=engine.defaults.guidance,
                        step=0.5,
                        label=I18N("guidance"),
                        elem_id="setting-guidance",
                    )
                    seed = gr.Number(
                        value=None, precision=0, label=I18N("seed"), elem_id="setting-seed", buttons=["copy"]
                    )
                    locked = gr.Checkbox(False, label=I18N("lock_seed"), elem_id="setting-lock")
                    negative = gr.Textbox("", label=I18N("negative_prompt"), max_lines=3, elem_id="setting-negative")
                    style = gr.Dropdown(
                        [(f"{p.label_en} · {p.label_zh}", key) for key, p in styles.items()],
                        value="none",
                        label=I18N("style"),
                        elem_id="setting-style",
                    )
                    save = gr.Button(I18N("apply_settings"), size="sm", elem_id="save-settings")
                with gr.Accordion(I18N("history"), open=False, visible=False, elem_id="history-panel") as history:
                    turn_pick = gr.Dropdown([], label=I18N("turn"), elem_id="turn-pick", interactive=True)
                    with gr.Column(elem_id="history-writes") as history_writes:  # the owner's only
                        with gr.Row():
                            undo = gr.Button(I18N("undo"), size="sm", elem_id="undo")
                            redo = gr.Button(I18N("redo"), size="sm", elem_id="redo")
                            checkout = gr.Button(I18N("checkout"), size="sm", elem_id="checkout")
                        with gr.Row():
                            regenerate = gr.Button(I18N("regenerate"), size="sm", elem_id="regenerate")
                            vary = gr.Button(I18N("variation"), size="sm", elem_id="variation")
                        edited = gr.Textbox(label=I18N("edited_message"), max_lines=3, elem_id="edited-message")
                        rerun = gr.Button(I18N("edit_rerun"), size="sm", elem_id="edit-rerun")
                    fork = gr.Button(I18N("fork"), size="sm", elem_id="fork")
                with gr.Accordion(I18N("session"), open=False, visible=False, elem_id="session-panel") as owner_tools:
                    with gr.Row():
                        title = gr.Textbox(label=I18N("title"), max_lines=1, scale=3, elem_id="session-title")
                        rename = gr.Button(I18N("rename"), size="sm", scale=1, elem_id="rename")
                    read_link = gr.Textbox(label=I18N("read_link"), buttons=["copy"], elem_id="read-link")
                    owner_link = gr.Textbox(label=I18N("owner_link"), buttons=["copy"], elem_id="owner-link")
                    with gr.Row():
                        rotate_read = gr.Button(I18N("new_read_link"), size="sm", elem_id="rotate-read")
                        rotate_owner = gr.Button(I18N("new_owner_link"), size="sm", elem_id="rotate-owner")
                    delete = gr.Button(I18N("delete"), variant="stop", size="sm", elem_id="delete-session")
                with gr.Accordion(I18N("gallery"), open=False, visible=not kiosk, elem_id="gallery-panel"):
                    gallery = gr.HTML("", elem_id="session-gallery")
                    download = gr.HTML("", elem_id="export-file")
                with gr.Accordion(I18N("my_sessions"), open=False, visible=not kiosk, elem_id="my-sessions") as mine:
                    sessions_list = gr.HTML("", elem_id="sessions-list")
                    list_refresh = gr.Button(I18N("refresh"), size="sm", elem_id="refresh-sessions")
        footer = gr.Markdown(I18N("link_note"), visible=not kiosk, elem_id="link-note")
        # Hidden controls: the public API and the kiosk's idle reset.
        api_chat = gr.Button(visible=False)
        load_button = gr.Button(visible=False)
        idle_button = gr.Button(visible="hidden", elem_id="idle-reset")

        panel = [size, steps, guidance, seed, locked, negative, style]
        view = [read_only_banner, composer, sets, save, owner_tools, history, title, owner_token, read_token, turn_pick]
        view += [gallery, download, history_writes, footer]
        set_url = None if kiosk else page_js.SET_URL_JS
        remember = None if kiosk else REMEMBER_JS
        no_api = dict(api_name=False)

        def after(event, *, url: bool = True):
            """What follows every change of session: address, links, "my sessions"."""
            chain = event
            if url:
                chain = chain.then(None, inputs=token_box, outputs=None, js=set_url, **no_api)
            if not kiosk:
                chain = chain.then(None, [owner_token, read_token], [owner_link, read_link], js=LINKS_JS, **no_api)
                chain = chain.then(None, inputs=owner_token, outputs=known_box, js=remember, **no_api)
            return chain

        after(
            demo.load(
                open_from_url,
                inputs=token_box,
                outputs=[token_box, chatbot, lang_box, *panel, *view],
                js=None if kiosk else page_js.READ_TOKEN_JS,
                **no_api,
            ).then(
                lambda lang: (lang, lang), inputs=lang_box, outputs=[lang_box, switch], js=RESTORE_LANGUAGE_JS, **no_api
            ),  # the switch shows the language in use from the start
            url=False,
        )
        switch.input(lambda lang: lang, inputs=switch, outputs=lang_box, js=SWITCH_LANGUAGE_JS, **no_api)
        # the model line in the tab's language: on load (the browser's or the remembered one) and on a switch
        lang_box.change(lambda lang: model_line(info, lang), lang_box, model_label, show_progress="hidden", **no_api)
        # One painter draws one picture at a time: one queue for every drawing event says so honestly,
        # and it is the only line (studio.line reads it). ``admit`` looks at it before a draw joins.
        draw_events = dict(concurrency_id=studio.line.concurrency_id, concurrency_limit=1)
        quick = dict(concurrency_limit=None, show_progress="hidden", **no_api)  # outside the drawing queue

        def admitted(trigger):
            """``trigger`` → admit (a full line: the busy notice, and the draw never joins) → the
            status says how many are ahead; the draw chains on with ``.success``."""
            gate = trigger(studio.admit, inputs=lang_box, outputs=ahead_box, **quick)
            gate.failure(studio.busy, inputs=[token_box, lang_box], outputs=chatbot, **quick)
            return gate.success(studio.waiting, inputs=[ahead_box, lang_box], outputs=status, **quick)

        refresh_outputs = [token_box, chatbot, *panel, *view]
        # In a kiosk a tap on an example draws it; elsewhere it fills the box to edit first.
        draw_triggers = [box.submit, send.click] + ([examples.load_input_event.then] if kiosk else [])
        for trigger in draw_triggers:
            after(
                admitted(trigger)
                .success(
                    chat_ui,
                    inputs=[box, reference, token_box, lang_box, *panel],
                    outputs=[box, token_box, chatbot, preview, status, seed, reference],
                    **no_api,
                    **draw_events,
                )
                .then(refresh_panel, [token_box, lang_box], [*panel, *view], **no_api)
            )
        stop.click(studio.stop, inputs=lang_box, outputs=status, api_name=False, concurrency_limit=None)
        save.click(save_settings, inputs=[token_box, lang_box, *panel], outputs=[seed, status], **no_api)
        after(
            new.click(new_session, outputs=[box, chatbot, preview, token_box], api_name="new_session").then(
                refresh, [token_box, lang_box], refresh_outputs, **no_api
            )
        )
        if kiosk:
            after(
                kiosk_new.click(new_session, outputs=[box, chatbot, preview, token_box], **no_api).then(
                    refresh, [token_box, lang_box], refresh_outputs, **no_api
                )
            )
        idle_button.click(idle_reset, inputs=lang_box, outputs=[box, chatbot, preview, token_box, status], **no_api)

        # The chat's own trash icon means Undo here (it would only blank the view until a reload);
        # through a read-only link it changes nothing and the chat comes back as stored.
        after(
            chatbot.clear(panel_actions.undo, [token_box, lang_box], status, **no_api).then(
                refresh, [token_box, lang_box], refresh_outputs, **no_api
            )
        )

        # history: undo / redo / checkout change the head; re-runs draw (in the drawing queue)
        for button, action in ((undo, panel_actions.undo), (redo, panel_actions.redo)):
            after(
                button.click(action, [token_box, lang_box], status, **no_api).then(
                    refresh, [token_box, lang_box], refresh_outputs, **no_api
                )
            )
        after(
            checkout.click(
                lambda tok, turn, lang: panel_actions.checkout(tok, turn, lang),
                [token_box, turn_pick, lang_box],
                status,
                **no_api,
            ).then(refresh, [token_box, lang_box], refresh_outputs, **no_api)
        )
        for button, mode in ((regenerate, "same"), (vary, "vary"), (rerun, "edit")):
            after(
                admitted(button.click)
                .success(
                    history_runner(mode),
                    [edited, turn_pick, token_box, lang_box],
                    [edited, token_box, chatbot, preview, status],
                    **no_api,
                    **draw_events,
                )
                .then(refresh_panel, [token_box, lang_box], [*panel, *view], **no_api)
            )
        after(
            fork.click(
                lambda tok, turn, lang: panel_actions.fork(tok, turn, lang),
                [token_box, turn_pick, lang_box],
                [token_box, status],
                **no_api,
            ).then(refresh, [token_box, lang_box], refresh_outputs, **no_api)
        )

        # session: rename, share links, export, delete, import
        after(
            rename.click(
                lambda tok, name, lang: panel_actions.rename(tok, name, lang),
                [token_box, title, lang_box],
                status,
                **no_api,
            ).then(refresh, [token_box, lang_box], refresh_outputs, **no_api),
            url=False,
        )
        for button, kind in ((rotate_read, "read"), (rotate_owner, "owner")):
            after(
                button.click(
                    lambda tok, lang, kind=kind: panel_actions.rotate(tok, kind, lang),
                    [token_box, lang_box],
                    [token_box, status],
                    **no_api,
                ).then(refresh, [token_box, lang_box], refresh_outputs, **no_api)
            )
        after(
            delete.click(None, [token_box, lang_box], [confirmed_box, lang_box], js=CONFIRM_DELETE_JS, **no_api)
            .then(panel_actions.delete, [confirmed_box, token_box, lang_box], [token_box, status], **no_api)
            .then(refresh, [token_box, lang_box], refresh_outputs, **no_api)
        )
        after(
            importer.upload(
                panel_actions.import_zip, [importer, token_box, lang_box], [token_box, status], **no_api
            ).then(refresh, [token_box, lang_box], refresh_outputs, **no_api)
        )

        # my sessions: the owner tokens this browser remembers (a card's link opens it)
        mine.expand(panel_actions.my_sessions, [known_box, lang_box], sessions_list, **no_api)
        list_refresh.click(panel_actions.my_sessions, [known_box, lang_box], sessions_list, **no_api)

        api_chat.click(
            chat_api,
            inputs=[box, token_box],
            outputs=[box, token_box, chatbot],
            api_name="chat",
            validator=chat_api_admit,
            **draw_events,
        )
        load_button.click(load_session, inputs=token_box, outputs=[token_box, chatbot], api_name="load_session")
    studio.line.watch(demo)
    return demo


def launch(demo: gr.Blocks, engine: Engine, settings: Settings) -> None:
    """Serves the page and its media routes with uvicorn, on the configured address only."""
    import uvicorn

    from ui.web import build_app

    head = HEAD + page_js.IME_GUARD_HEAD + page_js.HASH_RELOAD_HEAD
    if settings.kiosk:
        head += page_js.kiosk_idle_head(settings.kiosk_idle_minutes)
    demo.queue(default_concurrency_limit=8, max_size=settings.max_queue + 8)
    app = build_app(
        demo,
        engine,
        settings,
        css=CSS + (KIOSK_CSS if settings.kiosk else ""),
        head=head,
        i18n=I18N,
        footer_links=[] if settings.kiosk else ["api", "settings"],
        show_error=False,
        # Gradio refuses bigger uploads before they are stored; our own checks then apply their limits.
        max_file_size=max(MAX_REFERENCE_BYTES, MAX_IMPORT_BYTES),
        server_name=settings.host,
        server_port=settings.port,
    )
    log.info("serving on http://%s:%d", settings.host, settings.port)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level="warning", access_log=False)
