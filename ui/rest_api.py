"""A REST API beside the Gradio page, as A1111's /sdapi/v1 is for its users: /api/v1/*.

The same engine calls and token rules as the studio: the owner token writes, the read token
reads, and the token travels in the ``Authorization: Bearer`` header, never in an address
(access logs and proxies never see it). Pictures come back as the same link-checked
``/media`` addresses the page uses. Refusals are JSON ``{"error": kind, "code": code,
"message": text}``: ``error`` the kind of refusal (``no_token``, ``unknown_link``,
``read_only``, ``refused``, ``bad_request``, or the message's code for a refused
message), ``code`` the catalogue's code of what was refused, both the same in every
language, and ``message`` the catalogue's words in the language of ``Accept-Language``
(English or Chinese). The schema is at ``/api/v1/openapi.json``.
"""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, FastAPI, Header, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from core import messages
from core.engine import Engine
from core.errors import BadInput, InkturnError
from core.session_book import HEAD, ReadOnly, SessionNotFound, SessionsError, TurnInfo
from ui.i18n import language_from_header

PREFIX = "/api/v1"


class Message(BaseModel):
    message: str = Field(description="What to draw or change, as a person would say it.")


class Checkout(BaseModel):
    turn_id: str


class Turn(BaseModel):
    id: str
    index: int
    parent_id: str | None
    status: Literal["pending", "done", "failed", "cancelled"]
    message: str
    intent: str
    prompt: str
    reply: str
    error: str | None = Field(description="How a failed or stopped turn ended, in the Accept-Language language.")
    error_code: str | None = Field(None, description="The message code of ``error``, the same in every language.")
    seed: int | None
    picture_url: str | None = Field(description="A link-checked address; it stops working with the link.")
    hidden: bool
    timings_ms: dict[str, float]


class SessionLinks(BaseModel):
    session_id: str
    owner_token: str = Field(description="Keep private: it can change and delete the session.")
    read_token: str = Field(description="Safe to share: it can only look and fork.")


class Refusal(Exception):
    """A refusal of the API itself: its status, its code, and the catalogue code of its words."""

    def __init__(self, status: int, code: str, words: str):
        self.status, self.code, self.words = status, code, words


def _token(authorization: str | None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Refusal(401, "no_token", "api_no_token")
    return token.strip()


def _lang(request: Request) -> str:
    return language_from_header(request.headers.get("accept-language"))


def _refused(status: int, error: str, code: str, message: str, **extra: object) -> JSONResponse:
    return JSONResponse({"error": error, "code": code, "message": message, **extra}, status_code=status)


def build_api(engine: Engine) -> FastAPI:
    api = FastAPI(
        title="Inkturn", version="1", docs_url=None, redoc_url=None, openapi_url="/openapi.json",
        description="Multi-turn drawing: one session, many turns; each turn a message, a prompt and a picture.",
    )  # fmt: skip
    router = APIRouter()

    def view(token: str, turn: TurnInfo, lang: str) -> Turn:
        addresses = engine.files.addresses(token)
        error = messages.turn_error(turn, lang) if turn.error is not None or turn.error_code else None
        return Turn(
            id=turn.id, index=turn.index, parent_id=turn.parent_id, status=turn.status, message=turn.message,
            intent=turn.intent, prompt=turn.prompt, reply=turn.reply, error=error, error_code=turn.error_code,
            seed=turn.seed,
            picture_url=addresses.image(turn.image_id), hidden=turn.hidden,
            timings_ms={k: float(v) for k, v in (turn.timings or {}).items() if isinstance(v, int | float)},
        )  # fmt: skip

    def owner(token: str):
        access = engine.sessions.access(token)
        if not access.can_write:
            raise ReadOnly("read-only")
        return access.session

    @router.post("/sessions", response_model=SessionLinks, status_code=201)
    def create_session() -> SessionLinks:
        """A new session with the app's default settings."""
        session = engine.new_session()
        return SessionLinks(session_id=session.id, owner_token=session.owner_token, read_token=session.read_token)

    @router.post("/sessions/import", response_model=SessionLinks, status_code=201)
    async def import_session(request: Request) -> SessionLinks:
        """A new session from an exported zip (the request body, ``application/zip``); a refusal
        (400) says why, in the Accept-Language language, with the reason's code."""
        data = await request.body()
        session = await run_in_threadpool(engine.import_session, data)
        return SessionLinks(session_id=session.id, owner_token=session.owner_token, read_token=session.read_token)

    @router.post("/turns", response_model=Turn, status_code=201)
    def send(body: Message, request: Request, authorization: str | None = Header(None)) -> Turn:
        """Sends one message: the turn is rewritten, drawn and stored before this answers."""
        token = _token(authorization)
        result = engine.run_turn(owner(token), body.message, parent_id=HEAD)
        return view(token, result.turn, _lang(request))

    @router.get("/turns", response_model=list[Turn])
    def turns(request: Request, everything: bool = False, authorization: str | None = Header(None)) -> list[Turn]:
        """The current path (what the chat shows); ``everything=true``: every branch (owner only)."""
        token, lang = _token(authorization), _lang(request)
        if everything:
            owner(token)
            return [view(token, t, lang) for t in engine.sessions.turns(token)]
        return [view(token, t, lang) for t in engine.sessions.path(token)]

    @router.post("/undo", response_model=Turn | None)
    def undo(request: Request, authorization: str | None = Header(None)) -> Turn | None:
        token = _token(authorization)
        head = engine.sessions.undo(token)
        return view(token, head, _lang(request)) if head else None

    @router.post("/redo", response_model=Turn)
    def redo(request: Request, authorization: str | None = Header(None)) -> Turn:
        token = _token(authorization)
        return view(token, engine.sessions.redo(token), _lang(request))

    @router.post("/checkout", response_model=Turn)
    def checkout(body: Checkout, request: Request, authorization: str | None = Header(None)) -> Turn:
        token = _token(authorization)
        return view(token, engine.sessions.checkout(token, body.turn_id), _lang(request))

    @router.get("/export", response_class=Response, responses={200: {"content": {"application/zip": {}}}})
    def export(request: Request, authorization: str | None = Header(None)) -> Response:
        """The session as a zip (turn errors in the Accept-Language language); a read-only token gets
        only the current path."""
        data = engine.files.export_for(_token(authorization), _lang(request))
        return Response(data, media_type="application/zip", headers={"cache-control": "private, no-store"})

    api.include_router(router)

    @api.exception_handler(Refusal)
    def refused(request: Request, exc: Refusal) -> JSONResponse:
        return _refused(exc.status, exc.code, exc.code, messages.text(exc.words, _lang(request)))

    @api.exception_handler(RequestValidationError)
    def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:3])
        text = messages.text("api_bad_request", _lang(request), problems=problems)
        # ``detail`` as FastAPI words it, for clients that read it
        return _refused(422, "bad_request", "bad_request", text, detail=jsonable_encoder(exc.errors()))

    @api.exception_handler(InkturnError)
    def bad_input(request: Request, exc: InkturnError) -> JSONResponse:
        status = 400 if isinstance(exc, BadInput) else 500
        code = exc.code or "bad_input"
        return _refused(status, code, code, exc.text(_lang(request)))

    @api.exception_handler(SessionsError)
    def store_refusal(request: Request, exc: SessionsError) -> JSONResponse:
        lang = _lang(request)
        if isinstance(exc, ReadOnly):
            return _refused(403, "read_only", "read_only", messages.text("api_read_only", lang))
        if isinstance(exc, SessionNotFound):
            return _refused(404, "unknown_link", "unknown_link", messages.text("api_unknown_token", lang))
        kind = next((code for kind, code in messages.STORE_ERRORS if isinstance(exc, kind)), "refused")
        return _refused(409, "refused", exc.code or kind, messages.error_text(exc, lang))

    return api
