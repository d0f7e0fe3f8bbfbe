"""What every LLM backend shares: the system prompt, the JSON contract, parsing and the fallback.

An LLM writes JSON; nothing in it is trusted. The reply is parsed, validated against the
pydantic scene schema, then normalised (subject ids re-numbered stably, the prompt rebuilt from
the scene by ``compose_prompt``, so no path, size or seed an LLM writes ever reaches the painter).
A backend that is slow, down, or writes garbage falls back to the embedded composer, and the
note says why, so a turn is never lost.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core import messages as catalogue  # ``messages`` below are the chat's
from core.describe import compose_prompt
from core.language import general_lexicon as gl
from core.rewriter.base import HistoryItem
from core.rewriter.composer import Composer
from core.scene import Change, Intent, Rewrite, Scene, Subject
from core.world import vocab

log = logging.getLogger(__name__)

#: Longest reply we try to parse; anything longer is garbage for our purpose.
MAX_REPLY_CHARS = 20_000


class LLMSubject(BaseModel):
    """A subject as the LLM writes it (ids optional: kept when they match the previous scene)."""

    model_config = ConfigDict(extra="ignore")

    id: str | None = None
    kind: str = Field(min_length=1, max_length=80)
    colour: str | None = Field(None, max_length=40)
    size: str | None = Field(None, max_length=40)
    position: str | None = Field(None, max_length=40)
    details: list[str] = Field(default_factory=list, max_length=8)


class LLMScene(BaseModel):
    model_config = ConfigDict(extra="ignore")

    subjects: list[LLMSubject] = Field(default_factory=list, max_length=12)
    background: str | None = Field(None, max_length=200)
    style: str | None = Field(None, max_length=200)
    season: str | None = Field(None, max_length=40)
    time_of_day: str | None = Field(None, max_length=40)
    weather: str | None = Field(None, max_length=40)


class LLMChange(BaseModel):
    model_config = ConfigDict(extra="ignore")

    op: Literal["new", "add", "remove", "set"]
    subject: str | None = None
    attribute: str | None = Field(None, max_length=40)
    before: str | None = Field(None, max_length=200)
    after: str | None = Field(None, max_length=200)


class LLMReply(BaseModel):
    """The JSON object every LLM backend must return."""

    model_config = ConfigDict(extra="ignore")

    intent: Intent
    scene: LLMScene
    changes: list[LLMChange] = Field(default_factory=list, max_length=20)
    reply: str = Field("", max_length=2000)
    negative_prompt: str = Field("", max_length=500)


def json_schema() -> dict:
    """The JSON schema sent as ``response_format`` (servers that support it constrain decoding)."""
    return LLMReply.model_json_schema()


SYSTEM_PROMPT = """You are the prompt rewriter of a drawing studio. The user talks about one picture over several turns.
For each new message, return ONLY a JSON object (no prose, no code fence) with these keys:
  "intent": "draw" (a new picture), "edit" (change the current picture) or "chat" (a question: answer in words, no drawing);
  "scene": the whole scene AFTER this message: {"subjects": [{"id": "s1", "kind": "fox", "colour": "red", "size": "small"|"large"|null,
           "position": "top-left"|"top"|"top-right"|"left"|"center"|"right"|"bottom-left"|"bottom"|"bottom-right"|null,
           "details": ["wearing a scarf"]}], "background": "snowy forest" or a colour, "style": "watercolor"|null,
           "season": "winter"|null, "time_of_day": "night"|null, "weather": "rain"|null};
  "changes": what changed this turn: [{"op": "new"|"add"|"remove"|"set", "subject": "s1", "attribute": "colour", "before": "red", "after": "blue"}];
  "reply": one short sentence for the user (the answer, for chat turns);
  "negative_prompt": things to avoid, or "".
Rules: keep the ids of subjects that stay; new subjects get new ids; keep every attribute the user did not ask to change;
"it" means the subject changed or mentioned last; use English words for attribute values (red, circle, top-left) even when the user writes Chinese;
for a chat turn return the scene unchanged."""


def user_message(previous_scene: Scene, history: list[HistoryItem], message: str) -> str:
    """The user turn: the current scene as JSON, the recent dialogue, and the new message."""
    recent = "\n".join(f"- {h.message}" for h in history[-8:]) or "(none)"
    scene = previous_scene.model_dump(
        mode="json", exclude={"extras", "focus", "next_id", "language"}, exclude_defaults=True
    )
    return (
        f"Current scene (JSON): {json.dumps(scene, ensure_ascii=False)}\n"
        f"Focus (what 'it' means): {previous_scene.focus or 'none'}\n"
        f"Earlier messages:\n{recent}\n"
        f"New message: {message}\n"
        "Return the JSON object."
    )


class ReplyError(ValueError):
    """The LLM's reply is not the JSON object we asked for; the message says why in one line."""


_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)


def parse_reply(text: str) -> LLMReply:
    """Finds the JSON object in ``text`` (bare, fenced or surrounded by prose) and validates it."""
    if not text or not text.strip():
        raise ReplyError("the reply was empty")
    if len(text) > MAX_REPLY_CHARS:
        raise ReplyError(f"the reply was {len(text)} characters long")
    fenced = _FENCE.search(text)
    candidate = fenced.group(1) if fenced else text
    start, end = candidate.find("{"), candidate.rfind("}")
    if start < 0 or end <= start:
        raise ReplyError("the reply held no JSON object")
    try:
        data = json.loads(candidate[start : end + 1])
    except json.JSONDecodeError as exc:
        raise ReplyError(f"the reply was not valid JSON ({exc.msg} at character {exc.pos})") from None
    try:
        return LLMReply.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "reply"
        raise ReplyError(f"the reply did not fit the scene schema ({where}: {first['msg']})") from None


def to_rewrite(reply: LLMReply, previous_scene: Scene, language: str) -> Rewrite:
    """Turns a validated LLM reply into a Rewrite: stable ids, a prompt we compose ourselves."""
    if reply.intent == "chat":
        return Rewrite(intent="chat", prompt="", scene=previous_scene, reply=reply.reply.strip())
    known = {s.id for s in previous_scene.subjects} if reply.intent == "edit" else set()
    next_id = previous_scene.next_id
    subjects: list[Subject] = []
    renamed: dict[str, str] = {}
    for s in reply.scene.subjects:
        if s.id in known and s.id not in {x.id for x in subjects}:
            sid = s.id
        else:
            sid = f"s{next_id}"
            next_id += 1
            if s.id:
                renamed[s.id] = sid
        subjects.append(
            Subject(
                id=sid,
                kind=_canonical("shape", s.kind, 80) or "thing",
                colour=_canonical("colour", s.colour),
                size=_canonical("size", s.size),
                position=_canonical("position", s.position),
                details=tuple(d.strip()[:120] for d in s.details if d and d.strip()),
            )
        )
    changes = []
    for c in reply.changes:
        subject = renamed.get(c.subject or "", c.subject)
        if subject is not None and subject not in {s.id for s in subjects} | known:
            subject = None
        changes.append(Change(op=c.op, subject=subject, attribute=c.attribute, before=c.before, after=c.after))
    touched = [c.subject for c in changes if c.subject and any(s.id == c.subject for s in subjects)]
    focus = touched[-1] if touched else (subjects[-1].id if subjects else None)
    lang = language if language in ("en", "zh") else "en"
    scene = Scene(
        subjects=tuple(subjects),
        background=vocab.lookup("colour", reply.scene.background or "") or _clean(reply.scene.background, 200),
        style=_clean(reply.scene.style, 200),
        season=_clean(reply.scene.season),
        time_of_day=_clean(reply.scene.time_of_day),
        weather=_clean(reply.scene.weather),
        language=lang,
        focus=focus,
        next_id=max(next_id, 1),
    )
    return Rewrite(
        intent=reply.intent,
        prompt=compose_prompt(scene),
        negative_prompt=reply.negative_prompt.strip(),
        scene=scene,
        changes=tuple(changes),
        reply=reply.reply.strip(),
    )


def _canonical(kind: str, value: str | None, limit: int = 40) -> str | None:
    """The vocabulary's key for a word the LLM wrote ("Top Left", "红色", "狐狸"), else the cleaned word."""
    if value is None:
        return None
    key = vocab.lookup(kind, value)
    if key is None and kind in ("shape", "colour"):
        table = gl.NOUNS if kind == "shape" else gl.EXTRA_COLOURS
        cleaned = value.strip().lower()
        key = next((k for k, (ens, zhs) in table.items() if cleaned in ens or value.strip() in zhs), None)
    return key or _clean(value, limit)


def _clean(value: str | None, limit: int = 40) -> str | None:
    if value is None:
        return None
    value = value.strip().lower() if value.strip().isascii() else value.strip()
    return value[:limit] or None


#: chat(messages) -> the model's text. Raises on transport errors and timeouts.
ChatFn = Callable[[list[dict]], str]


def rewrite_with_llm(
    chat: ChatFn,
    messages: list[dict],
    previous_scene: Scene,
    history: list[HistoryItem],
    message: str,
    fallback: Composer,
    backend: str,
) -> Rewrite:
    """Asks the LLM, repairs once on an invalid reply, and falls back to the composer with a note."""
    language = "zh" if any("\u4e00" <= ch <= "\u9fff" for ch in message) else "en"
    reason = ""
    try:
        text = chat(messages)
        try:
            return to_rewrite(parse_reply(text), previous_scene, language)
        except ReplyError as exc:
            log.info("%s reply invalid (%s); asking once to repair", backend, exc)
            repair = [
                *messages,
                {"role": "assistant", "content": text[:4000]},
                {
                    "role": "user",
                    "content": f"That reply was invalid: {exc}. Return ONLY the corrected JSON object.",
                },
            ]
            return to_rewrite(parse_reply(chat(repair)), previous_scene, language)
    except ReplyError as exc:
        reason = f"its reply was unusable: {exc}"
    except Exception as exc:  # noqa: BLE001 - down, slow or broken: the turn must still be drawn
        reason = f"{type(exc).__name__}: {str(exc)[:200]}"
    log.warning("%s rewriter fell back to the composer: %s", backend, reason)
    rewrite = fallback.rewrite(previous_scene, history, message)
    note = catalogue.text("note_rewriter_fallback", language, backend=backend, reason=reason)
    return rewrite.model_copy(update={"notes": (*rewrite.notes, note)})
