"""Plays the rewriter dev set through each backend and prints how faithful the final scenes are.

    .venv/bin/python bench/eval_rewriter.py                       # the embedded composer
    .venv/bin/python bench/eval_rewriter.py --openai-url http://127.0.0.1:11434/v1 --openai-model qwen2.5:7b
    .venv/bin/python bench/eval_rewriter.py --transformers /models/Qwen2.5-1.5B-Instruct
    .venv/bin/python bench/eval_rewriter.py --show-failures       # what went wrong, dialogue by dialogue

Dialogues (tests/data/rewriter/*.jsonl) are played like the engine plays a session: each turn
gets the previous scene and the recent history (with the scenes stored for those turns); chat
turns keep the scene. Figures per backend:
- shapes world: exact final scene (objects and background) and per-attribute accuracy;
- general: the share of expected facts ("fox.colour=red", "background~forest") the final scene keeps;
- ms per turn (mean and 95th percentile), and how many turns fell back to the composer.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.language import lexicon  # noqa: E402
from core.rewriter import Composer, HistoryItem  # noqa: E402
from core.rewriter import general as general_rules  # noqa: E402
from core.scene import Scene  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "rewriter"
ATTRS = ("shape", "colour", "size", "position")
HISTORY_TURNS = 8


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


def play(rewriter, turns: list[str]) -> tuple[Scene, list[float], int]:
    scene, history, times, fallbacks = Scene(), [], [], 0
    for message in turns:
        t0 = time.perf_counter()
        rw = rewriter.rewrite(scene, history[-HISTORY_TURNS:], message)
        times.append((time.perf_counter() - t0) * 1000)
        fallbacks += any("composer" in n or "内置改写器" in n for n in rw.notes)
        history.append(HistoryItem(message, rw.intent, rw.prompt, rw.scene if rw.intent != "chat" else scene))
        if rw.intent != "chat":
            scene = rw.scene
    return scene, times, fallbacks


def shapes_score(scene: Scene, expected: dict) -> tuple[bool, int, int]:
    """(exact, attributes right, attributes checked): objects matched greedily on most agreeing attributes."""
    got = [(s.kind, s.colour, s.size, s.position) for s in scene.subjects]
    want = [tuple(o) for o in expected["objects"]]
    exact = sorted(got, key=str) == sorted(want, key=str) and scene.background == expected["background"]
    right, total = int(scene.background == expected["background"]), 1
    pool = list(got)
    for w in want:
        total += len(ATTRS)
        if not pool:
            continue
        best = max(pool, key=lambda g, w=w: sum(a == b for a, b in zip(g, w, strict=True)))
        right += sum(a == b for a, b in zip(best, w, strict=True))
        pool.remove(best)
    total += len(ATTRS) * len(pool)  # extra objects the user did not ask for count as wrong
    return exact, right, total


def fact_holds(scene: Scene, fact: str) -> bool:
    """One expected fact: "fox", "!owl", "count=2", "fox.colour=red", "fox.details~scarf", "background~forest"."""
    if fact.startswith("!"):
        return not any(s.kind == fact[1:] for s in scene.subjects)
    if fact.startswith("count="):
        return len(scene.subjects) == int(fact[6:])
    op = "~" if "~" in fact else "=" if "=" in fact else None
    if op is None:
        return any(s.kind == fact for s in scene.subjects)
    path, value = fact.split(op, 1)
    if "." in path:
        kind, field = path.split(".", 1)
        candidates = [getattr(s, field) for s in scene.subjects if s.kind == kind]
    else:
        candidates = [getattr(scene, path)]
    for got in candidates:
        text = " | ".join(got) if isinstance(got, tuple) else ("None" if got is None else str(got))
        if (op == "=" and text == value) or (op == "~" and value in text):
            return True
    return False


def evaluate(name: str, rewriter, dialogues: list[dict], show_failures: bool) -> dict:
    # Cold caches, so the per-language rows time the composer as a fresh message would.
    general_rules.find.cache_clear()
    lexicon._find_mentions.cache_clear()
    times: list[float] = []
    shapes = {"n": 0, "exact": 0, "right": 0, "total": 0}
    general = {"n": 0, "facts": 0, "kept": 0}
    fallbacks = 0
    for d in dialogues:
        # The embedded composer plays each set as its painter would load it: the bundled shapes model
        # for shapes-world dialogues, an external model for general ones.
        player = rewriter
        if isinstance(rewriter, Composer):
            player = Composer(world="shapes" if d["world"] == "shapes" else "open")
        scene, t, fb = play(player, d["turns"])
        times += t
        fallbacks += fb
        if d["world"] == "shapes":
            exact, right, total = shapes_score(scene, d["expected"])
            shapes["n"] += 1
            shapes["exact"] += exact
            shapes["right"] += right
            shapes["total"] += total
            failed = not exact
        else:
            facts = d["expected"]["facts"]
            held = [fact_holds(scene, f) for f in facts]
            general["n"] += 1
            general["facts"] += len(facts)
            general["kept"] += sum(held)
            failed = not all(held)
        if failed and show_failures:
            print(f"--- {name} {d['id']}: {d['turns']}")
            print(f"    expected {d['expected']}")
            got = [(s.kind, s.colour, s.size, s.position, *s.details) for s in scene.subjects]
            print(
                f"    got      {got} bg={scene.background} style={scene.style} season={scene.season} "
                f"time={scene.time_of_day} weather={scene.weather} extras={scene.extras}"
            )
    return {
        "backend": name,
        "dialogues": len(dialogues),
        "turns": len(times),
        "shapes_exact": shapes["exact"] / max(shapes["n"], 1),
        "shapes_attr": shapes["right"] / max(shapes["total"], 1),
        "shapes_n": shapes["n"],
        "general_facts": general["kept"] / max(general["facts"], 1),
        "general_n": general["n"],
        "ms_mean": statistics.fmean(times) if times else 0.0,
        "ms_p95": sorted(times)[int(0.95 * (len(times) - 1))] if times else 0.0,
        "fallbacks": fallbacks,
    }


def by_language(name, rewriter, dialogues, show) -> list[dict]:
    rows = [evaluate(name, rewriter, dialogues, show)]
    for lang in ("en", "zh", "mixed"):
        subset = [d for d in dialogues if d["lang"] == lang]
        if subset:
            rows.append(evaluate(f"  {lang}", rewriter, subset, False))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="*", default=sorted(DATA.glob("*.jsonl")))
    parser.add_argument("--openai-url", default="", help="also evaluate an OpenAI-compatible server")
    parser.add_argument("--openai-model", default="")
    parser.add_argument("--openai-key", default="")
    parser.add_argument("--transformers", default="", help="also evaluate a local chat model folder")
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--vision", action="store_true")
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)
    # Fallbacks are counted in the table; one log line per turn would drown it.
    logging.getLogger("core.rewriter").setLevel(logging.ERROR)

    dialogues = load(args.data)
    backends: list[tuple[str, object]] = [("composer", Composer())]
    if args.openai_url:
        from core.rewriter.llm_openai import OpenAIRewriter

        backends.append(
            (
                f"openai:{args.openai_model}",
                OpenAIRewriter(
                    args.openai_url, args.openai_model, args.openai_key, timeout=args.timeout, vision=args.vision
                ),
            )
        )
    if args.transformers:
        from core.rewriter.llm_local import LocalRewriter

        backends.append(("transformers", LocalRewriter(args.transformers, vision=args.vision, timeout=args.timeout)))

    n_shapes = sum(d["world"] == "shapes" for d in dialogues)
    print(f"{len(dialogues)} dialogues ({n_shapes} shapes world, {len(dialogues) - n_shapes} general)\n")
    header = f"{'backend':<22}{'shapes exact':>13}{'shapes attr':>13}{'general facts':>15}{'ms/turn':>10}{'p95 ms':>9}{'fallbacks':>11}"
    print(header)
    print("-" * len(header))
    results = []
    for name, rewriter in backends:
        for row in by_language(name, rewriter, dialogues, args.show_failures):
            results.append(row)
            exact = f"{row['shapes_exact']:.1%}" if row["shapes_n"] else "-"
            attr = f"{row['shapes_attr']:.1%}" if row["shapes_n"] else "-"
            facts = f"{row['general_facts']:.1%}" if row["general_n"] else "-"
            print(
                f"{row['backend']:<22}{exact:>13}{attr:>13}{facts:>15}"
                f"{row['ms_mean']:>10.2f}{row['ms_p95']:>9.2f}{row['fallbacks']:>11}"
            )
    print("\ntargets for the composer: shapes exact >= 97%, general facts >= 90%, < 5 ms per turn")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
