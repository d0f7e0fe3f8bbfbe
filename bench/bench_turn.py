"""Time per turn through the engine, next to the bare drawing it contains.

    .venv/bin/python bench/bench_turn.py [--model DIR] [--repeats 5] [--steps 20]

Prints the median of N full turns (check -> rewrite -> draw -> persist, on a
fresh SQLite store) beside the median of N bare painter draws of the same
prompts (the pipeline call alone, same seed, steps and guidance), and their
ratio: what a turn costs on top of drawing.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app import build_engine  # noqa: E402
from core.painter import DrawRequest  # noqa: E402
from core.settings import Settings  # noqa: E402

PROMPTS = [
    "a large red circle at the top left on a blue background",
    "add a small yellow star at the bottom right",
    "make the circle green",
    "把背景换成白色",
    "move the star to the top",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default="")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--guidance", type=float, default=5.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(model=args.model, data_dir=Path(tmp), steps=args.steps, guidance=args.guidance, seed=1)
        engine = build_engine(settings)
        w, h = engine.painter.info.native_size
        session = engine.new_session()
        engine.run_turn(session, "a small green square at the center")  # warm-up

        turn_ms = []
        for k in range(args.repeats):
            t0 = time.perf_counter()
            engine.run_turn(session, PROMPTS[k % len(PROMPTS)])
            turn_ms.append((time.perf_counter() - t0) * 1000)

        plain_ms = []
        for turn in engine.store.turns(session.id)[1:]:
            request = DrawRequest(turn.prompt, "", 1, w, h, args.steps, args.guidance)
            t0 = time.perf_counter()
            engine.painter.draw(request)
            plain_ms.append((time.perf_counter() - t0) * 1000)

    turn, plain = statistics.median(turn_ms), statistics.median(plain_ms)
    print(f"model: {engine.painter.info.label}")
    print(f"size {w}x{h}, {args.steps} steps, guidance {args.guidance}, torch threads {torch.get_num_threads()}")
    print(f"{'':32}{'median ms':>12}{'min ms':>10}{'max ms':>10}")
    print(f"{'Inkturn turn (engine)':32}{turn:12.1f}{min(turn_ms):10.1f}{max(turn_ms):10.1f}")
    print(f"{'bare draw (pipeline call only)':32}{plain:12.1f}{min(plain_ms):10.1f}{max(plain_ms):10.1f}")
    print(f"ratio turn / bare draw: {turn / plain:.2f}")


if __name__ == "__main__":
    main()
