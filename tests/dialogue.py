"""A dialogue played through the composer turn by turn, as the engine feeds it: the rewriter tests' one way in."""

from __future__ import annotations

from core.rewriter.base import HistoryItem
from core.rewriter.composer import Composer
from core.scene import Rewrite, Scene


def play(messages: list[str], world: str = "shapes") -> tuple[Scene, Rewrite]:
    """The scene after the last message (chat turns keep the one before) and the last turn's rewrite."""
    composer, scene, history, rw = Composer(world=world), Scene(), [], None
    for message in messages:
        rw = composer.rewrite(scene, history[-8:], message)
        history.append(HistoryItem(message, rw.intent, rw.prompt, rw.scene if rw.intent != "chat" else scene))
        if rw.intent != "chat":
            scene = rw.scene
    return scene, rw


def play_open(messages: list[str]) -> tuple[Scene, Rewrite]:
    return play(messages, world="open")


def objects(scene: Scene) -> list[tuple]:
    """The scene's objects as (shape, colour, size, position), sorted, so tests compare them exactly."""
    return sorted((s.kind, s.colour, s.size, s.position) for s in scene.subjects)


def last_turn(dialogue: list[str]) -> tuple[str, str, str]:
    """The open-world dialogue's last turn as (intent, prompt, reply): what the designer-edit tests compare exactly."""
    _, rw = play_open(dialogue)
    return rw.intent, rw.prompt, rw.reply


def unchanged_reply(dialogue: list[str]) -> str | None:
    """The reply to the last message if it changed nothing (a chat turn, the picture as it was), else None."""
    scene, rw = play_open(dialogue)
    before, _ = play_open(dialogue[:-1])
    return rw.reply if rw.intent == "chat" and scene == before else None
