"""The web server: the studio's Gradio page and the routes beside it, under one ASGI app.

``/media/<session>/<file>?r=&k=`` serves a session's pictures and its export
through ``core.media``, which checks the address against the session's links
on every request: nothing a session shows is left in a cache that outlives
Delete or a re-issued link. Every response carries the security headers of
``ui/headers.py``.

A picture is read whole and sent as those bytes, so the Content-Length it
announces is the length it sends whatever happens to the file meanwhile. The
"Too much/little data for declared Content-Length" errors of issue 16 came from
files that changed while they were sent: Gradio's cache rewrote the live
preview's picture in place on every step (it is inline now, and no picture of a
session goes through Gradio's cache); a ``FileResponse`` here would have the
same race between its ``stat`` and its reads.
"""

from __future__ import annotations

import re

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.responses import PlainTextResponse, Response

from core import messages
from core.engine import Engine
from core.settings import Settings
from ui import headers
from ui.i18n import language_from_header

_SESSION_ID = re.compile(r"[0-9a-f]{32}")
_FILE = re.compile(r"([0-9a-f]{32}\.png|export\.zip)")


def build_app(demo: gr.Blocks, engine: Engine, settings: Settings, **gradio_options) -> FastAPI:
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    for middleware in headers.middleware(frame_ancestors=settings.frame_ancestors):
        app.add_middleware(middleware.cls, *middleware.args, **middleware.kwargs)

    @app.api_route("/media/{session_id}/{name}", methods=["GET", "HEAD"], include_in_schema=False)
    def media(request: Request, session_id: str, name: str, r: str = "", k: str = "", l: str = "") -> Response:  # noqa: E741
        def not_found() -> Response:  # in the browser's language: a person opened a stale link
            lang = language_from_header(request.headers.get("accept-language"))
            return PlainTextResponse(messages.text("media_not_found", lang), status_code=404)

        if not _SESSION_ID.fullmatch(session_id) or not _FILE.fullmatch(name):
            return not_found()
        if name == "export.zip":
            # the page's language (``l``), else the browser's: the words inside (turn errors)
            lang = l if l in messages.LANGUAGES else language_from_header(request.headers.get("accept-language"))
            data = engine.files.export(session_id, k, r, lang)
            if data is None:
                return not_found()
            disposition = f'attachment; filename="inkturn-session-{session_id[:8]}.zip"'
            return Response(data, media_type="application/zip", headers=_private({"content-disposition": disposition}))
        data = engine.files.image_bytes(session_id, name, r, k)
        if data is None:
            return not_found()
        return Response(data, media_type="image/png", headers=_private({}))

    from ui.rest_api import PREFIX, build_api

    app.mount(PREFIX, build_api(engine))  # before Gradio's catch-all routes
    return gr.mount_gradio_app(app, demo, path="", **gradio_options)


def _private(values: dict[str, str]) -> dict[str, str]:
    # Shared caches (proxies) must not keep a copy that outlives the link.
    return {"cache-control": "private, no-store", **values}
