"""Writes dev-NNN.json: seeded multi-turn shapes-world edit scripts for the consistency eval.

Each file is a replay script (``{"turns": [...], "seed": N}``) plus, for scoring,
``expected``: per turn the intended scene (simulated from the edit, never from a
rewriter), the edit kind, the cells of the objects the turn leaves untouched, and
whether the background was asked to change. Messages come from the rewriter dev
set's templates (English, Chinese and mixed). Re-run after changing a template:

    .venv/bin/python tests/data/consistency/make_dev_set.py
"""

from __future__ import annotations

import importlib.util
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("dialogues", HERE.parent / "rewriter" / "make_shapes_dialogues.py")
dialogues = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dialogues)

KINDS = {"recolour": "attribute", "resize": "attribute", "reshape": "attribute", "pronoun": "attribute",
         "move": "add_remove", "add": "add_remove", "remove": "add_remove", "background": "background"}  # fmt: skip
N_SCRIPTS = 120


def snapshot(d) -> tuple[str, list[tuple[int, dict]]]:
    return d.bg, [(id(o), dict(o)) for o in d.objs]


def state(d) -> dict:
    return {"background": d.bg, "objects": [[o["shape"], o["colour"], o["size"], o["position"]] for o in d.objs]}


def make(index: int) -> dict:
    rng = random.Random(1000 + index)
    lang = ("en", "zh", "mixed")[index % 3]
    d = dialogues.Dialogue(rng, lang)
    d.start()
    expected = [{"kind": "new", "scene": state(d), "untouched": [], "background_changed": True}]
    n_edits = rng.choice([2, 3, 3, 4])
    # every kind appears across the set: cycle through them, then pick at random
    order = list(KINDS)
    tries = 0
    while len(expected) < 1 + n_edits:
        tries += 1
        name = order[index % len(order)] if tries == 1 else rng.choice(order)
        bg, before = snapshot(d)
        text = getattr(d, name)()
        if not text:
            continue
        d.push(text)
        after = {id(o): o for o in d.objs}
        untouched = [o["position"] for oid, o in before if oid in after and after[oid] == o]
        expected.append({"kind": KINDS[name], "edit": name, "scene": state(d), "untouched": untouched,
                         "background_changed": d.bg != bg})  # fmt: skip
    return {
        "id": f"dev-{index:03d}",
        "lang": lang,
        "seed": rng.randrange(2**31),
        "turns": d.turns,
        "expected": expected,
    }


def main() -> None:
    for old in HERE.glob("dev-*.json"):
        old.unlink()
    for i in range(N_SCRIPTS):
        script = make(i)
        (HERE / f"{script['id']}.json").write_text(dump(script), "utf-8")


def dump(script: dict) -> str:
    """JSON with one line per turn and per expectation: small files, readable diffs."""

    def lines(items: list) -> str:
        return "[\n" + ",\n".join("  " + json.dumps(x, ensure_ascii=False) for x in items) + "\n ]"

    head = ", ".join(f"{json.dumps(k)}: {json.dumps(script[k])}" for k in ("id", "lang", "seed"))
    return f'{{{head},\n "turns": {lines(script["turns"])},\n "expected": {lines(script["expected"])}}}\n'


if __name__ == "__main__":
    main()
