"""Open-world prompts (the real model's path): the user's own words are the prompt."""

from __future__ import annotations

import re

from core.describe import compose_prompt
from core.rewriter import general
from core.rewriter import words as w
from core.scene import Change, Rewrite, Scene


def is_open_scene(scene: Scene) -> bool:
    return general.is_general_scene(scene) or bool(scene.extras)


def wants_open(text: str) -> bool:
    return general.has_general_words(text) or not any(t.kind == "shape" for t in w.tokens(text))


def rewrite(previous: Scene, history, message: str, text: str, lang: str) -> Rewrite:
    ops = general.GeneralOps(Scene(language=lang, next_id=previous.next_id), lang)
    ops.changes.append(Change(op="new"))
    text = re.sub(r"^(?:new scene|new picture|start over|draw me|draw|paint me|paint|画)[:：,，]?\s*", "", text)
    ops.new_scene(text)
    return Rewrite(intent="draw", prompt=compose_prompt(ops.scene), scene=ops.scene, changes=tuple(ops.changes))
