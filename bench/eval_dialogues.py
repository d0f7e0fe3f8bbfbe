"""Scores a rewriter turn by turn on dialogues written by people who never read its code.

    .venv/bin/python bench/eval_dialogues.py                          # every set under tests/data/rewriter/
    .venv/bin/python bench/eval_dialogues.py --data tests/data/rewriter/fresh-2026-12-01/*.jsonl
    .venv/bin/python bench/eval_dialogues.py --show-failures 20

Each dialogue line gives, after every turn, the intent a person meant (draw: a new
picture, edit, chat, undo, ask: unclear, change nothing) and what should be true:
- shapes world: the whole expected scene (background and objects);
- designer prompts: phrases the merged prompt must contain (the user's own words, or
  the phrase as a minimal edit leaves it) and phrases that must be gone.
Turns are played as the engine plays a session: the previous scene and the recent
history with their scenes; chat and unclear turns keep the scene. Shapes-world dialogues
are played with the composer as the bundled shapes model loads it (``world="shapes"``),
designer dialogues as an external model loads it (``world="open"``).

Figures, overall and per language and per phrasing class:
- scene right: the shapes scene after the turn is exactly the expected one;
- edits taken for new pictures: an edit or undo the rewriter answered with a new picture;
- intent right: draw/edit/chat as meant (undo counts as an edit, ask as chat);
- designer words: share of the first message's must-contain phrases in the first prompt;
- designer edits: edits whose prompt has every must-contain and no must-not-contain phrase;
- rest kept: share of the previous turn's phrases, not meant to change, still in the prompt;
- ms per turn.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.rewriter import Composer, HistoryItem  # noqa: E402
from core.scene import Scene  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "rewriter"
HISTORY_TURNS = 8
MEANT = {"draw": "draw", "edit": "edit", "undo": "edit", "chat": "chat", "ask": "chat"}


def load(paths: list[Path]) -> list[dict]:
    rows = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                if row.get("turns") and isinstance(row["turns"][0], dict):  # the per-turn format
                    rows.append(row)
    return rows


def scene_tuple(scene: Scene) -> tuple:
    objects = sorted((s.kind, s.colour, s.size, s.position) for s in scene.subjects)
    return scene.background, tuple(objects)


def expected_tuple(expected: dict) -> tuple:
    return expected["background"], tuple(sorted(tuple(o) for o in expected["objects"]))


def has(prompt: str, phrase: str) -> bool:
    return phrase.lower() in prompt.lower()


class Tally:
    """Counts per row label (all, a language, a phrasing class)."""

    def __init__(self):
        self.n = defaultdict(lambda: defaultdict(int))

    def add(self, labels: list[str], key: str, value: bool | float, weight: int = 1) -> None:
        for label in labels:
            self.n[label][key] += value
            self.n[label][key + "/n"] += weight

    def share(self, label: str, key: str) -> str:
        total = self.n[label][key + "/n"]
        return f"{self.n[label][key] / total:.1%}" if total else "-"

    def count(self, label: str, key: str) -> int:
        return int(self.n[label][key])


def play(rewriters: dict, dialogue: dict, tally: Tally, times: list[float], failures: list[str]) -> None:
    world = "designer" if "must_contain" in dialogue["turns"][0] else "shapes"
    rewriter = rewriters[world]
    labels = ["all", f"{world}:{dialogue['lang']}"] + [f"class:{c}" for c in dialogue.get("classes", [])]
    labels[0] = f"{world}"
    scene, history, prompt = Scene(), [], ""
    previous_phrases: list[str] = []
    for k, turn in enumerate(dialogue["turns"]):
        message, meant = turn["message"], turn["intent"]
        t0 = time.perf_counter()
        rw = rewriter.rewrite(scene, history[-HISTORY_TURNS:], message)
        times.append((time.perf_counter() - t0) * 1000)
        had_picture = not scene.is_empty
        history.append(HistoryItem(message, rw.intent, rw.prompt, rw.scene if rw.intent != "chat" else scene))
        if rw.intent != "chat":
            scene, prompt = rw.scene, rw.prompt
        tally.add(labels, "intent", rw.intent == MEANT[meant])
        if meant in ("edit", "undo") and had_picture:
            tally.add(labels, "edit_as_new", rw.intent == "draw")
        where = f"{dialogue['id']} turn {k + 1} ({meant}): {message!r}"
        if world == "shapes":
            right = scene_tuple(scene) == expected_tuple(turn["expected"])
            tally.add(labels, "scene", right)
            if k == 0:
                tally.add(labels, "first", right)
            else:
                tally.add(labels, "later", right)
            if not right:
                failures.append(
                    f"{where}\n    got {rw.intent} {scene_tuple(scene)}\n    want {expected_tuple(turn['expected'])}"
                )
            continue
        must, gone = turn.get("must_contain", []), turn.get("must_not_contain", [])
        present = [p for p in must if has(prompt, p)]
        if meant == "draw" and k == 0:
            tally.add(labels, "words", len(present), weight=len(must))
        if meant == "edit":
            ok = len(present) == len(must) and not any(has(prompt, p) for p in gone)
            tally.add(labels, "edits", ok)
            kept = [p for p in previous_phrases if not any(g.lower() in p.lower() for g in gone)]
            if kept:
                tally.add(labels, "rest", sum(has(prompt, p) for p in kept), weight=len(kept))
            if not ok:
                failures.append(f"{where}\n    prompt {prompt!r}\n    missing {[p for p in must if p not in present]}")
        elif meant == "draw" and len(present) < len(must):
            failures.append(f"{where}\n    prompt {prompt!r}\n    missing {[p for p in must if p not in present]}")
        if meant != "chat":
            previous_phrases = must or previous_phrases


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, nargs="*", default=sorted(DATA.glob("**/*.jsonl")))
    parser.add_argument("--show-failures", type=int, default=0, help="print this many failed turns")
    parser.add_argument("--json", type=Path, help="write the figures here too")
    args = parser.parse_args(argv)
    logging.getLogger("core.rewriter").setLevel(logging.ERROR)
    dialogues = load(args.data)
    rewriters = {"shapes": Composer(world="shapes"), "designer": Composer(world="open")}
    tally, times, failures = Tally(), [], []
    for dialogue in dialogues:
        play(rewriters, dialogue, tally, times, failures)
    print(f"{len(dialogues)} dialogues, {len(times)} turns from {', '.join(str(p) for p in args.data)}\n")
    header = (
        f"{'set':<26}{'scene':>8}{'first':>8}{'later':>8}{'intent':>8}{'edit→new':>10}"
        f"{'words':>8}{'edits':>8}{'rest':>8}"
    )
    print(header)
    print("-" * len(header))
    rows = sorted(tally.n, key=lambda r: (r.startswith("class:"), r))
    figures = {}
    for row in rows:
        new = tally.count(row, "edit_as_new")
        of = tally.count(row, "edit_as_new/n")
        print(
            f"{row:<26}{tally.share(row, 'scene'):>8}{tally.share(row, 'first'):>8}{tally.share(row, 'later'):>8}"
            f"{tally.share(row, 'intent'):>8}{f'{new}/{of}':>10}{tally.share(row, 'words'):>8}"
            f"{tally.share(row, 'edits'):>8}{tally.share(row, 'rest'):>8}"
        )
        figures[row] = {k: v for k, v in tally.n[row].items()}
    if times:
        p95 = sorted(times)[int(0.95 * (len(times) - 1))]
        print(f"\nms per turn: mean {statistics.fmean(times):.2f}, p95 {p95:.2f}")
    print("targets: scene >= 95%, 0 edits taken for new pictures, words/edits/rest >= 95%, < 5 ms per turn")
    for failure in failures[: args.show_failures]:
        print(failure)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
