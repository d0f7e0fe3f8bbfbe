"""2,000-character messages built to make the composer's rules loop (repeated colour characters,
verbs, words, clauses): each is answered, in both worlds, and the picture before it is never lost.
A rule that goes cubic again makes this file run for minutes (``bench/bench_rewriter_worst.py``
prints the times)."""

from __future__ import annotations

import pytest

from core.rewriter import Composer, HistoryItem
from core.scene import Scene
from tests.rewriter_hostile_messages import FIRST, HOSTILE


@pytest.mark.parametrize("world", ["open", "shapes"])
@pytest.mark.parametrize("message", HOSTILE, ids=[f"{m[:6]}x{len(m)}" for m in HOSTILE])
def test_a_hostile_long_message_is_answered_and_keeps_the_picture(world, message):
    composer = Composer(world=world)
    drawn = composer.rewrite(Scene(), [], FIRST[world])
    rw = composer.rewrite(drawn.scene, [HistoryItem(FIRST[world], "draw", drawn.prompt, drawn.scene)], message)
    assert rw.intent in ("edit", "chat", "draw") and rw.reply
    if rw.intent == "chat":
        assert rw.prompt == ""
    elif world == "open" and rw.intent == "edit":
        assert "fox" in rw.prompt and "snowy forest" in rw.prompt  # the user's words are still there
    else:
        assert 0 < len(rw.scene.subjects) <= 3
