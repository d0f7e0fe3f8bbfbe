"""Security headers on every response the studio sends."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADERS = {
    # Session links carry secrets in their address: never send it elsewhere.
    b"referrer-policy": b"no-referrer",
    b"x-content-type-options": b"nosniff",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [(k, v) for k, v in HEADERS.items() if k not in present]
            await send(message)

        await self.app(scope, receive, with_headers)


def middleware() -> list[Middleware]:
    return [Middleware(SecurityHeaders)]
