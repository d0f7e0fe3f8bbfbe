"""Messages from every tester's dialogues played after other testers' first prompts, in both worlds: whatever
follows whatever, a turn is read or asked about, never raised (a crash leaves the user's turn failed).

The pairs are drawn with a fixed seed, so a failure names the same dialogue every run."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from core.rewriter import Composer, HistoryItem
from core.scene import Scene

DATA = Path(__file__).parent / "data" / "rewriter"


def _dialogues() -> list[dict]:
    rows = []
    for path in sorted(DATA.rglob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if row.get("turns") and isinstance(row["turns"][0], dict):
                rows.append(row)
    return rows


def _play(composer: Composer, messages: list[str]) -> None:
    scene, history = Scene(), []
    for message in messages:
        rw = composer.rewrite(scene, history[-8:], message)
        assert rw.intent in ("draw", "edit", "chat") and isinstance(rw.reply, str) and rw.reply
        history.append(HistoryItem(message, rw.intent, rw.prompt, rw.scene if rw.intent != "chat" else scene))
        scene = rw.scene if rw.intent != "chat" else scene


@pytest.mark.parametrize("world", ["open", "shapes"])
def test_any_testers_messages_after_any_first_prompt_are_read_or_asked_about(world):
    rows = _dialogues()
    firsts = [r["turns"][0]["message"] for r in rows]
    later = [t["message"] for r in rows for t in r["turns"][1:]]
    pick = random.Random(20261202)
    composer = Composer(world=world)
    for _ in range(400):
        _play(composer, [pick.choice(firsts), *pick.sample(later, 3)])


@pytest.mark.parametrize(
    "messages",
    [
        # a comparison asked of an open-world picture has no shapes-world values to list
        ["Exterior photo of a modern concrete house on a cliff, infinity pool", "可以再画一个圆形，黑色的，大的，放在中间吗？",
         "are they the same size?", "and make it huge"],
        # a question about the medium after a shapes edit on the open path
        ["Draw a large green triangle at the top left and a large green triangle at the top right.",
         "把背景换成白色，同时黑色的三角形变成方块", "aww. is that watercolour or gouache?"],
    ],
)  # fmt: skip
def test_the_dialogues_that_once_raised(messages):
    _play(Composer(world="open"), messages)
