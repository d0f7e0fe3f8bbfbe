"""Security headers on every response the studio sends."""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HEADERS = {
    # Session links carry secrets in their address: never send it elsewhere.
    b"referrer-policy": b"no-referrer",
    b"x-content-type-options": b"nosniff",
}


def content_security_policy(frame_ancestors: str = "'self'") -> str:
    """Pictures only from this server (user text can never make a browser fetch another host),
    no plug-ins, and framed only by the listed origins (kiosks that embed the page add theirs).
    Gradio's page runs inline and ``js=`` event scripts, hence the script-src allowances."""
    return "; ".join(
        (
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "media-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {frame_ancestors}",
        )
    )


class SecurityHeaders:
    def __init__(self, app: ASGIApp, frame_ancestors: str = "'self'"):
        self.app = app
        self.headers = {**HEADERS, b"content-security-policy": content_security_policy(frame_ancestors).encode()}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (k, v) for k, v in self.headers.items() if k not in present
                ]
            await send(message)

        await self.app(scope, receive, with_headers)


def middleware(frame_ancestors: str = "'self'") -> list[Middleware]:
    return [Middleware(SecurityHeaders, frame_ancestors=frame_ancestors)]
