"""The History panel's words for a turn."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from core.session_book import TurnInfo
from ui.session_panel import turn_label


def turn(**changes) -> TurnInfo:
    now = datetime(2026, 12, 1, tzinfo=UTC)
    base = TurnInfo(
        id="t2", session_id="s", index=2, parent_id="t1", message="make   it\n green", intent="edit", prompt="p",
        negative_prompt="", scene=None, generation={}, seed=1, status="done", error=None, reply="", timings={},
        image_id=None, created_at=now, finished_at=now, undone_at=None, reference_image_id=None,
    )  # fmt: skip
    return dataclasses.replace(base, **changes)


def test_a_shown_turn_on_the_path():
    assert turn_label(turn(), True, (1, 1), "en") == "#2 · make it green · ✓"


def test_an_undone_turn_is_marked_in_both_languages():
    undone = turn(undone_at=datetime(2026, 12, 1, 1, tzinfo=UTC))
    assert turn_label(undone, False, (2, 2), "en") == "#2 · make it green · branch 2/2 · ↶ undone"
    assert turn_label(undone, False, (2, 2), "zh") == "#2 · make it green · 分支 2/2 · ↶ 已撤销"


def test_a_failed_turn_says_so():
    assert turn_label(turn(status="failed"), True, (1, 1), "en") == "#2 · make it green · failed · ✓"
