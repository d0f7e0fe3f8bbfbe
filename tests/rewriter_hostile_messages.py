"""Messages at the engine's 2,000-character limit that once made a composer rule loop for minutes,
and their kind: played by ``tests/test_rewriter_hostile_text.py``, timed by
``bench/bench_rewriter_worst.py``."""

from __future__ import annotations

import random

FIRST = {"open": "a fox in a snowy forest at sunset", "shapes": "a large red circle at the top left"}

_rng = random.Random(1)
HOSTILE = [
    "红" * 2000,
    "红色" * 1000,
    "雨衣绿色的" * 400,
    "的" * 2000,
    "改" * 2000,
    "。" * 2000,
    ("把毯子换成红色，" * 250)[:2000],
    "把" + "红" * 1994 + "改成蓝色",
    ("blanket red, " * 154)[:2000],
    "a " * 1000,
    ("make the " + "red " * 480 + "fox blue")[:2000],
    ("the fox, " * 223)[:2000],
    " ".join(
        _rng.choice(["red", "blue", "the", "fox", "make", "sky", "pink", "change", "to", "and"]) for _ in range(400)
    )[:2000],
    # many shape words: reading objects was cubic in them (12 s for 圆 x 1000 before composer round 11)
    "圆" * 1000,
    ("两个圆，" + "左边一个" * 400)[:2000],
    "big one left " * 150,
]
