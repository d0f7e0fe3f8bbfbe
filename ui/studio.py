"""The studio page: chat, progress, session link.

``build_ui`` has no side effects beyond building Blocks; every per-user value
(the session token) lives in the browser tab, never in a global.
"""

from __future__ import annotations

import logging
import threading

import gradio as gr

from core.engine import Engine
from core.errors import BadInput
from core.settings import Settings
from sessions.errors import SessionNotFound
from ui.chat_view import notice, turn_messages

log = logging.getLogger(__name__)

SET_URL_JS = """
(token) => {
  const url = new URL(window.location.href);
  if (token) { url.searchParams.set('s', token); } else { url.searchParams.delete('s'); }
  window.history.replaceState(null, '', url);
  return [];
}
"""

CSS = """
#inkturn-chat { min-height: 520px; }
.inkturn-model-label { font-size: 0.9em; opacity: 0.85; }
"""

EXAMPLES = [
    "a large red circle at the top left on a blue background",
    "蓝色背景上，右下方有一个小的黄色星形",
    "a small green square at the center on a white background",
]


def build_ui(engine: Engine, settings: Settings) -> gr.Blocks:
    info = engine.painter.info
    label_class = "⚠️ " if info.kind == "random" else ""

    def history(token: str | None) -> list[dict]:
        if not token:
            return []
        session = engine.store.session_by_token(token)
        messages: list[dict] = []
        for turn in engine.store.turns(session.id):
            path = None
            if turn.image_id:
                path = str(engine.store.image_path(engine.store.get_image(turn.image_id)))
            messages.extend(turn_messages(turn, path))
        return messages

    def load_session(token: str):
        """(token, chat) for a session link; an unknown link gets a message, not an error page."""
        token = (token or "").strip()
        if not token:
            return "", []
        try:
            return token, history(token)
        except SessionNotFound:
            return "", [notice("This session link is unknown or no longer valid. Start a new conversation below.")]

    def open_from_url(request: gr.Request):
        if settings.kiosk:  # a kiosk never reopens a session from its address
            return "", []
        return load_session(request.query_params.get("s", "") if request else "")

    def chat(message: str, token: str, progress=gr.Progress()):
        """Runs one turn; returns (cleared box, token, chat)."""
        try:
            text = engine.check_message(message)
            if token:
                session = engine.store.session_by_token(token)
            else:
                session = engine.new_session(title=text[:80])
                token = session.owner_token
        except (BadInput, SessionNotFound) as exc:
            messages = _safe_history(token) + [notice(str(exc))]
            return message, token, messages

        def on_step(step: int, total: int, _latents) -> None:
            progress((step, total), desc=f"Drawing: step {step}/{total}")

        try:
            result = engine.run_turn(session, text, on_step=on_step, cancel=threading.Event())
        except BadInput as exc:
            return message, token, _safe_history(token) + [notice(str(exc))]
        if result.error:
            log.info("turn %s ended %s: %s", result.turn.id, result.turn.status, result.error)
        return "", token, history(token)

    def _safe_history(token: str | None) -> list[dict]:
        try:
            return history(token)
        except SessionNotFound:
            return []

    def new_session():
        return "", [], ""

    with gr.Blocks(title="Inkturn") as demo:
        gr.Markdown("# Inkturn\nA multi-turn drawing studio: describe a picture, then keep talking to change it.")
        gr.Markdown(
            f"{label_class}**Model:** {info.label}", elem_classes=["inkturn-model-label"], elem_id="model-label"
        )
        token_box = gr.Textbox(visible=False, elem_id="session-token")
        chatbot = gr.Chatbot(
            elem_id="inkturn-chat",
            height=560,
            buttons=["copy"],
            feedback_options=None,
            sanitize_html=True,
            allow_tags=False,
            label="Conversation",
        )
        with gr.Row():
            box = gr.Textbox(
                placeholder="Describe a picture, or how to change it…  (Enter to send)",
                show_label=False,
                scale=6,
                max_lines=6,
                elem_id="message-box",
                autofocus=True,
            )
            send = gr.Button("Send", variant="primary", scale=1, elem_id="send-button")
        with gr.Row():
            new = gr.Button("New session", size="sm", elem_id="new-session")
        gr.Examples(EXAMPLES, inputs=box, label="Try")
        if not settings.kiosk:
            gr.Markdown(
                "The page address (`?s=…`) reopens this conversation after a reload or a restart. "
                "Keep it private: it lets anyone continue the session."
            )
        set_url_js = None if settings.kiosk else SET_URL_JS

        demo.load(open_from_url, inputs=None, outputs=[token_box, chatbot], api_name=False)
        # Reopening a session by token, for API clients (the page itself uses the URL).
        load_button = gr.Button(visible=False)
        load_button.click(load_session, inputs=token_box, outputs=[token_box, chatbot], api_name="load_session")
        for trigger in (box.submit, send.click):
            trigger(
                chat,
                inputs=[box, token_box],
                outputs=[box, token_box, chatbot],
                api_name="chat" if trigger == send.click else False,
                concurrency_id="draw",
                concurrency_limit=1,
            ).then(None, inputs=token_box, outputs=None, js=set_url_js)
        new.click(new_session, outputs=[box, chatbot, token_box], api_name="new_session").then(
            None, inputs=token_box, outputs=None, js=set_url_js
        )
    return demo


def launch(demo: gr.Blocks, engine: Engine, settings: Settings, **kwargs) -> None:
    images_dir = (settings.data_dir / "images").resolve()
    images_dir.mkdir(parents=True, exist_ok=True)
    demo.queue(default_concurrency_limit=4, max_size=64).launch(
        server_name=settings.host,
        server_port=settings.port,
        allowed_paths=[str(images_dir)],
        css=CSS,
        footer_links=["api"],
        show_error=False,
        **kwargs,
    )
