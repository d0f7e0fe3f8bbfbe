"""The structured scene a rewriter keeps across turns.

A scene is plain data (pydantic, JSON-serialisable) so it is persisted with
every turn and a stored session replays identically. Subjects have stable ids
(``s1``, ``s2`` ...) that survive edits, which is what lets later turns refer
to "it" or "the red one" and lets consistency keep a subject the same.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Intent = Literal["draw", "edit", "chat"]
Language = Literal["en", "zh"]

#: Attributes a subject can carry; the shapes world uses the first four.
ATTRIBUTES = ("colour", "size", "position", "shape")


class Subject(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^s[0-9]{1,4}$")
    kind: str = Field(min_length=1, max_length=80)  # the noun: "circle", "fox"
    colour: str | None = Field(None, max_length=40)
    size: str | None = Field(None, max_length=40)
    position: str | None = Field(None, max_length=40)
    details: tuple[str, ...] = ()  # free phrases: "wearing a scarf"

    def with_(self, **changes: object) -> Subject:
        return self.model_copy(update=changes)


class Scene(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    subjects: tuple[Subject, ...] = ()
    background: str | None = Field(None, max_length=200)
    style: str | None = Field(None, max_length=200)
    # General (non shapes-world) scenes: when and in what weather. Added later: default None keeps
    # scenes stored by older turns valid.
    season: str | None = Field(None, max_length=40)
    time_of_day: str | None = Field(None, max_length=40)
    weather: str | None = Field(None, max_length=40)
    extras: tuple[str, ...] = ()  # phrasing the composer did not understand, kept verbatim
    language: Language = "en"
    focus: str | None = None  # id of the subject "it" refers to
    next_id: int = Field(1, ge=1)

    @property
    def is_empty(self) -> bool:
        return (
            not self.subjects
            and self.background is None
            and not self.extras
            and self.style is None
            and self.season is None
            and self.time_of_day is None
            and self.weather is None
        )

    def subject(self, subject_id: str) -> Subject | None:
        return next((s for s in self.subjects if s.id == subject_id), None)

    def replace_subject(self, subject: Subject) -> Scene:
        subjects = tuple(subject if s.id == subject.id else s for s in self.subjects)
        return self.model_copy(update={"subjects": subjects, "focus": subject.id})


class Change(BaseModel):
    """One thing this turn changed: ``subject`` is an id, or None for the scene."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    op: Literal["new", "add", "remove", "set"]
    subject: str | None = None
    attribute: str | None = None
    before: str | None = None
    after: str | None = None


class Rewrite(BaseModel):
    """What a rewriter returns for one message."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    intent: Intent
    prompt: str
    negative_prompt: str = ""
    scene: Scene
    changes: tuple[Change, ...] = ()
    reply: str = ""  # words for the chat: an answer for chat turns, a summary otherwise
    notes: tuple[str, ...] = ()  # what the user should know (e.g. dropped phrases)
