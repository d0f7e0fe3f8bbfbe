"""Worst-case messages through the composer: the slowest turn a hostile or careless 2,000-character
message can cause, beside an ordinary edit, as a ratio.

    .venv/bin/python bench/bench_rewriter_worst.py

The engine caps a message at 2,000 characters before the rewriter; every rule that loops over the
words of a clause has to stay near-linear in them (a verbless-edit rule once took ten minutes on
"红" × 2,000). The messages are the ones ``tests/test_rewriter_hostile_text.py`` plays.
"""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.rewriter import Composer, HistoryItem  # noqa: E402
from core.scene import Scene  # noqa: E402
from tests.rewriter_hostile_messages import FIRST, HOSTILE  # noqa: E402

logging.disable(logging.WARNING)


def timed(composer: Composer, scene, history, message: str, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        composer.rewrite(scene, history, message)
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main() -> int:
    worst_ratio = 0.0
    for world, first, ordinary in (
        ("open", FIRST["open"], "make the fox white"),
        ("shapes", FIRST["shapes"], "make the circle blue"),
    ):
        composer = Composer(world=world)
        drawn = composer.rewrite(Scene(), [], first)
        history = [HistoryItem(first, drawn.intent, drawn.prompt, drawn.scene)]
        base = timed(composer, drawn.scene, history, ordinary)
        print(f"\n{world} world: an ordinary edit ({ordinary!r}) {base:.2f} ms")
        print(f"{'ms':>9} {'x ordinary':>11}  message")
        for message in HOSTILE:
            ms = timed(composer, drawn.scene, history, message)
            worst_ratio = max(worst_ratio, ms / base)
            print(f"{ms:>9.1f} {ms / base:>10.0f}x  {message[:40]!r} ({len(message)} characters)")
    print(f"\nworst: {worst_ratio:.0f}x an ordinary edit")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
