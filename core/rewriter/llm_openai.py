"""The rewriter backed by any OpenAI-compatible chat API (OpenAI, Ollama, vLLM, llama.cpp's server).

Uses the official ``openai`` client with the base URL, model, key and timeout from Settings.
Asks for JSON through ``response_format`` (a JSON schema; servers that reject it are asked again
without it, once per process), sends the latest picture as an image part when the model has
vision, and falls back to the embedded composer when the server is slow, down or writes garbage.
"""

from __future__ import annotations

import base64
import logging

from core.rewriter import llm_contract as contract
from core.rewriter.base import HistoryItem
from core.rewriter.composer import Composer
from core.scene import Rewrite, Scene

log = logging.getLogger(__name__)

# The ways servers take a JSON schema, most standard first; None: ask in words only.
RESPONSE_FORMATS = (
    lambda schema: {"type": "json_schema", "json_schema": {"name": "rewrite", "schema": schema}},  # OpenAI, vLLM
    lambda schema: {"type": "json_object", "schema": _grammar_friendly(schema)},  # llama.cpp: a grammar from it
    None,
)

# Length and pattern limits turn into grammars too large for llama.cpp to parse; the reply is
# validated against the full contract afterwards anyway.
_UNBOUNDED = ("maxLength", "minLength", "pattern", "maxItems", "format")


def _grammar_friendly(schema):
    if isinstance(schema, dict):
        return {k: _grammar_friendly(v) for k, v in schema.items() if k not in _UNBOUNDED}
    if isinstance(schema, list):
        return [_grammar_friendly(v) for v in schema]
    return schema


class OpenAIRewriter:
    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str,
        api_key: str = "",
        *,
        timeout: float = 30.0,
        vision: bool = False,
        max_tokens: int = 1024,
        fallback: Composer | None = None,
    ):
        import openai  # imported here: the composer-only app does not need the package

        self.model = model
        self.vision = vision
        self.max_tokens = max_tokens
        self.fallback = fallback or Composer()
        self._format = 0  # index into RESPONSE_FORMATS: the first form the server has not refused
        # No retries inside the client: one slow server must not cost several timeouts per turn.
        self.client = openai.OpenAI(base_url=base_url, api_key=api_key or "not-needed", timeout=timeout, max_retries=0)

    def __repr__(self) -> str:  # never shows the key
        return f"OpenAIRewriter(base_url={str(self.client.base_url)!r}, model={self.model!r}, vision={self.vision})"

    def messages(
        self, previous_scene: Scene, history: list[HistoryItem], message: str, images: list[bytes] | None
    ) -> list[dict]:
        text = contract.user_message(previous_scene, history, message)
        content: str | list[dict] = text
        if self.vision and images:
            content = [{"type": "text", "text": text}]
            for png in images[-2:]:
                url = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
                content.append({"type": "image_url", "image_url": {"url": url}})
        return [{"role": "system", "content": contract.SYSTEM_PROMPT}, {"role": "user", "content": content}]

    def _chat(self, messages: list[dict]) -> str:
        import openai

        kwargs: dict = {"model": self.model, "messages": messages, "temperature": 0, "max_tokens": self.max_tokens}
        while True:
            form = RESPONSE_FORMATS[self._format]
            if form is None:
                kwargs.pop("response_format", None)
            else:
                kwargs["response_format"] = form(contract.json_schema())
            try:
                response = self.client.chat.completions.create(**kwargs)
                break
            except (openai.BadRequestError, openai.InternalServerError) as exc:
                # A server that does not know this form says so (OpenAI: 400; llama-cpp-python's
                # server: a 500 naming response_format): try the next form, down to plain text.
                rejected = isinstance(exc, openai.BadRequestError) or "response_format" in str(exc)
                if form is None or not rejected:
                    raise
                log.info("server rejected response_format %s; trying the next form", form(None)["type"])
                self._format += 1
        if not response.choices:
            raise contract.ReplyError("the server returned no choices")
        return response.choices[0].message.content or ""

    def rewrite(
        self, previous_scene: Scene, history: list[HistoryItem], message: str, images: list[bytes] | None = None
    ) -> Rewrite:
        messages = self.messages(previous_scene, history, message, images)
        return contract.rewrite_with_llm(
            self._chat, messages, previous_scene, history, message, self.fallback, f"{self.name}:{self.model}"
        )
