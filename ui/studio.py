"""The studio page: chat, live preview, stop, per-session settings, kiosk mode.

``build_ui`` builds Blocks and nothing else. Per-user values (session token,
language) live in the browser tab; the server keeps only the model, the store
and, in a kiosk, anonymous counters. Two tabs never see each other's work.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
from dataclasses import dataclass, field

import gradio as gr

from core.engine import Engine
from core.errors import BadInput
from core.preview import LatentPreview
from core.settings import Settings
from core.styles import load_styles
from sessions.errors import SessionNotFound
from ui import headers, page_js
from ui.chat_view import inert, notice, turn_messages
from ui.i18n import HEAD, I18N, RESTORE_LANGUAGE_JS, SWITCH_LANGUAGE_JS, language_from_header, t
from ui.kiosk import Blocklist, DrawLine, RateLimiter

log = logging.getLogger(__name__)

PREVIEW_EVERY = 4  # steps between live previews

EXAMPLES = [
    "a large red circle at the top left on a blue background",
    "蓝色背景上，右下方有一个小的黄色星形",
    "a small green square at the center on a white background",
    "黄色背景上，左上方有一个大的紫色三角形，右下方有一个小的黑色星形",
]

CSS = """
#inkturn-chat { min-height: 520px; }
#inkturn-chat img { min-width: 256px; image-rendering: pixelated; }
#live-preview img { image-rendering: pixelated; }
.inkturn-model-label { font-size: 0.9em; opacity: 0.85; }
"""

# A kiosk is read from a few steps away on a 1080p screen.
KIOSK_CSS = """
#inkturn-chat { font-size: 1.35em; }
#message-box textarea { font-size: 1.5em !important; }
button { font-size: 1.3em !important; min-height: 56px; }
#examples button { font-size: 1.3em !important; padding: 14px 18px !important; }
h1 { font-size: 2.6em !important; }
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
    running: dict[str, threading.Event] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    # -- reading -------------------------------------------------------------------------------

    def history(self, token: str | None) -> list[dict]:
        if not token:
            return []
        store = self.engine.store
        session = store.session_by_token(token)
        messages: list[dict] = []
        for turn in store.turns(session.id):
            path = str(store.image_path(store.get_image(turn.image_id))) if turn.image_id else None
            messages.extend(turn_messages(turn, path))
        return messages

    def safe_history(self, token: str | None) -> list[dict]:
        try:
            return self.history(token)
        except SessionNotFound:
            return []

    def session_settings(self, token: str) -> dict:
        try:
            return dict(self.engine.store.session_by_token(token).settings) if token else {}
        except SessionNotFound:
            return {}

    # -- one turn, streamed ------------------------------------------------------------------

    def run(self, message: str, token: str, lang: str, client: str, overrides: dict | None):
        """Yields (box, token, chat, preview, status) while one turn runs."""
        chat = self.safe_history(token)
        refuse = self._refusal(message, lang, client)
        if refuse:
            yield message, token, chat + [notice(refuse)], None, ""
            return
        try:
            text = self.engine.check_message(message)
        except BadInput as exc:
            yield message, token, chat + [notice(_localise(exc, lang, self.engine))], None, ""
            return
        try:
            session = self._session_for(token, text, overrides)
        except SessionNotFound:
            yield message, "", [notice(t("unknown_link", lang))], None, ""
            return
        token = session.owner_token
        place = self.line.join()
        if not place:
            yield message, token, chat + [notice(t("busy", lang, k=self.line.place_if_joined()))], None, ""
            return
        cancel = threading.Event()
        with self.lock:
            self.running[token] = cancel
        try:
            pending = chat + [{"role": "user", "content": inert(text)}]
            yield "", token, pending, None, t("queued", lang)
            yield from self._stream(session, text, token, lang, cancel, pending)
        finally:
            self.line.leave()
            with self.lock:
                self.running.pop(token, None)

    def _stream(self, session, text, token, lang, cancel, pending):
        events: queue.Queue = queue.Queue()
        started = time.monotonic()

        def on_step(step: int, total: int, latents) -> None:
            if step % PREVIEW_EVERY == 0 or step == total:
                events.put(("step", step, total, self.preview(latents)))
            else:
                events.put(("step", step, total, None))

        def work() -> None:
            try:
                events.put(("done", self.engine.run_turn(session, text, on_step=on_step, cancel=cancel)))
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
                yield "", token, pending, preview, t("drawing", lang, step=step, total=total, left=left)
            elif kind == "error":
                yield "", token, self.safe_history(token) + [notice(str(payload[0]))], preview, ""
                return
            else:
                result = payload[0]
                status = t("stopped", lang) if result.turn.status == "cancelled" else ""
                yield "", token, self.history(token), preview, status
                return

    def _refusal(self, message: str, lang: str, client: str) -> str | None:
        if not self.settings.kiosk:
            return None
        if self.blocklist.blocks(message or ""):
            return t("blocked", lang)
        wait = self.limiter.check(client)
        if wait:
            return t("rate_limited", lang, s=max(1, wait), n=self.limiter.per_minute)
        return None

    def _session_for(self, token: str, text: str, overrides: dict | None):
        store = self.engine.store
        if token:
            session = store.session_by_token(token)
            if overrides and {k: session.settings.get(k) for k in overrides} != overrides:
                session = store.update_session(session.id, settings={**session.settings, **overrides})
            return session
        session = self.engine.new_session(title=text[:80])
        if overrides:
            session = store.update_session(session.id, settings={**session.settings, **overrides})
        return session

    def stop(self, token: str, lang: str) -> str:
        with self.lock:
            cancel = self.running.get(token or "")
        if cancel is None:
            return t("stop_none", lang)
        cancel.set()
        return t("stopped", lang)


def _localise(exc: BadInput, lang: str, engine: Engine) -> str:
    text = str(exc)
    if "empty" in text:
        return t("empty", lang)
    if "limit is" in text:
        n = "".join(ch for ch in text.split("characters")[0] if ch.isdigit())
        return t("too_long", lang, n=n, limit=engine.limits.max_message_chars)
    return text


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
        preview=LatentPreview.for_pipeline(engine.painter.pipe),
    )
    info = engine.painter.info
    sizes = [f"{w}x{h}" for w, h in info.sizes]
    styles = load_styles()
    kiosk = settings.kiosk

    def open_from_url(request: gr.Request):
        lang = language_from_header(request.headers.get("accept-language") if request else None)
        token = "" if kiosk else (request.query_params.get("s", "") if request else "")
        token, chat = load_session(token, lang)
        return (token, chat, lang, *panel_values(token))

    def load_session(token: str, lang: str = "en"):
        """(token, chat) for a session link; an unknown link gets a message, not an error page."""
        token = (token or "").strip()
        if not token:
            return "", []
        try:
            return token, studio.history(token)
        except SessionNotFound:
            return "", [notice(t("unknown_link", lang))]

    def panel_values(token: str):
        s = studio.session_settings(token)
        d = engine.defaults
        native = f"{info.native_size[0]}x{info.native_size[1]}"
        size = f"{s['width']}x{s['height']}" if s else (f"{d.width}x{d.height}" if d.width else native)
        return (
            size if size in sizes else sizes[0],
            s.get("steps", d.steps),
            s.get("guidance", d.guidance),
            s.get("seed", d.seed if d.seed is not None else -1),
            bool(s.get("seed_locked", False)),
            s.get("negative_prompt", d.negative_prompt),
            s.get("style", "none"),
        )

    def overrides_from(size, steps, guidance, seed, locked, negative, style) -> dict:
        width, height = (int(v) for v in str(size).split("x"))
        values = {
            "width": width,
            "height": height,
            "steps": int(steps),
            "guidance": float(guidance),
            "seed_locked": bool(locked),
            "negative_prompt": str(negative or "")[:1000],
            "style": style if style in styles else "none",
        }
        if seed is not None and int(seed) >= 0:
            values["seed"] = int(seed) % 2**31
        return values

    def chat_ui(message, token, lang, size, steps, guidance, seed, locked, negative, style, request: gr.Request):
        overrides = None if kiosk else overrides_from(size, steps, guidance, seed, locked, negative, style)
        for box, tok, chat, preview, status in studio.run(message, token, lang, _client_key(request), overrides):
            yield box, tok, chat, preview, status, studio.session_settings(tok).get("seed", seed)

    def chat_api(message: str, token: str, request: gr.Request):
        """Runs one turn; returns (cleared box, token, chat)."""
        last = (message, token, [])
        for box, tok, chat, _preview, _status in studio.run(message, token, "en", _client_key(request), None):
            last = (box, tok, chat)
        return last

    def save_settings(token, lang, size, steps, guidance, seed, locked, negative, style):
        if not token:
            return gr.update(), t("settings_saved", lang)
        try:
            session = engine.store.session_by_token(token)
        except SessionNotFound:
            return gr.update(), t("unknown_link", lang)
        merged = {**session.settings, **overrides_from(size, steps, guidance, seed, locked, negative, style)}
        engine.store.update_session(session.id, settings=merged)
        return merged["seed"], t("settings_saved", lang)

    def new_session():
        return "", [], None, ""

    def idle_reset(lang):
        minutes = f"{settings.kiosk_idle_minutes:g}"
        return "", [notice(t("idle_reset", lang, m=minutes))], None, "", ""

    # Gradio keeps copies of served images in its cache; a kiosk runs for days.
    with gr.Blocks(title="Inkturn", fill_width=kiosk, delete_cache=(3600, 86400)) as demo:
        token_box = gr.Textbox(visible=False, elem_id="session-token")
        lang_box = gr.Textbox(value="en", visible=False, elem_id="ui-lang")
        with gr.Row():
            with gr.Column(scale=4):
                gr.Markdown(f"# {'Inkturn · ' + t('kiosk_title') if kiosk else 'Inkturn'}")
                gr.Markdown(I18N("kiosk_hint" if kiosk else "tagline"))
            with gr.Column(scale=1, min_width=160):
                switch = gr.Radio(
                    ["en", "zh"], value=None, label=I18N("language"), elem_id="language-switch", info="English / 中文"
                )
        if info.kind == "random":
            gr.Markdown(f"⚠️ **{info.label}**", elem_classes=["inkturn-model-label"], elem_id="model-label")
        else:
            gr.Markdown(f"**Model:** {info.label}", elem_classes=["inkturn-model-label"], elem_id="model-label")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(
                    elem_id="inkturn-chat",
                    height=640 if kiosk else 560,
                    buttons=["copy"],
                    feedback_options=None,
                    sanitize_html=True,
                    allow_tags=False,
                    label=I18N("conversation"),
                )
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
                new = gr.Button(I18N("new_session"), size="sm", elem_id="new-session")
                gr.Examples(EXAMPLES, inputs=box, label=I18N("try"), elem_id="examples")
            with gr.Column(scale=2, min_width=280):
                preview = gr.Image(
                    label=I18N("preview"), elem_id="live-preview", interactive=False, height=300, buttons=[]
                )
                status = gr.Markdown("", elem_id="draw-status")
                with gr.Accordion(I18N("settings"), open=False, visible=not kiosk, elem_id="settings-panel"):
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
                        value=-1, precision=0, label=I18N("seed"), elem_id="setting-seed", buttons=["copy"]
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
        if not kiosk:
            gr.Markdown(I18N("link_note"))
        # Hidden controls: the public API and the kiosk's idle reset.
        api_chat = gr.Button(visible=False)
        load_button = gr.Button(visible=False)
        idle_button = gr.Button(visible="hidden", elem_id="idle-reset")

        panel = [size, steps, guidance, seed, locked, negative, style]
        set_url = None if kiosk else page_js.SET_URL_JS

        demo.load(open_from_url, inputs=None, outputs=[token_box, chatbot, lang_box, *panel], api_name=False).then(
            lambda lang: lang, inputs=lang_box, outputs=lang_box, js=RESTORE_LANGUAGE_JS, api_name=False
        )
        switch.input(lambda lang: lang, inputs=switch, outputs=lang_box, js=SWITCH_LANGUAGE_JS, api_name=False)
        draw_events = dict(concurrency_id="draw", concurrency_limit=settings.draw_concurrency)
        for trigger in (box.submit, send.click):
            trigger(
                chat_ui,
                inputs=[box, token_box, lang_box, *panel],
                outputs=[box, token_box, chatbot, preview, status, seed],
                api_name=False,
                **draw_events,
            ).then(None, inputs=token_box, outputs=None, js=set_url)
        stop.click(studio.stop, inputs=[token_box, lang_box], outputs=status, api_name=False, concurrency_limit=None)
        save.click(save_settings, inputs=[token_box, lang_box, *panel], outputs=[seed, status], api_name=False)
        new.click(new_session, outputs=[box, chatbot, preview, token_box], api_name="new_session").then(
            None, inputs=token_box, outputs=None, js=set_url
        )
        idle_button.click(
            idle_reset, inputs=lang_box, outputs=[box, chatbot, preview, token_box, status], api_name=False
        )
        api_chat.click(
            chat_api, inputs=[box, token_box], outputs=[box, token_box, chatbot], api_name="chat", **draw_events
        )
        load_button.click(load_session, inputs=token_box, outputs=[token_box, chatbot], api_name="load_session")
    return demo


def launch(demo: gr.Blocks, engine: Engine, settings: Settings, **kwargs) -> None:
    images_dir = (settings.data_dir / "images").resolve()
    images_dir.mkdir(parents=True, exist_ok=True)
    head = HEAD + page_js.IME_GUARD_HEAD
    if settings.kiosk:
        head += page_js.kiosk_idle_head(settings.kiosk_idle_minutes)
    demo.queue(default_concurrency_limit=8, max_size=settings.max_queue + 8).launch(
        server_name=settings.host,
        server_port=settings.port,
        allowed_paths=[str(images_dir)],
        css=CSS + (KIOSK_CSS if settings.kiosk else ""),
        head=head,
        i18n=I18N,
        footer_links=[] if settings.kiosk else ["api", "settings"],
        show_error=False,
        app_kwargs={"middleware": headers.middleware()},
        **kwargs,
    )
