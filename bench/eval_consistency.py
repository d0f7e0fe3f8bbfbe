"""Consistency across turns, measured with the shapes-world checker, per configuration, in one run.

    .venv/bin/python bench/eval_consistency.py [--model DIR] [--limit N] [--steps 20] [--configs baseline,all]
                                                 [--set FIELD=VALUE ...]

Plays every dev script (tests/data/consistency/dev-*.json) through the engine
once per configuration - baseline (same seed, full re-prompt), each mechanism
alone, all together, and all without the focus prompt - and prints per configuration:

- applied: edit turns whose asked-for change the checker reads (changed objects
  correct, background right when asked, nothing extra anywhere);
- in cells: the same, but stray objects count only in the cells the edit is about (its subjects'
  cells, and cells it emptied): a speck an earlier turn left elsewhere, kept as it should be by
  an edit, is not this edit failing;
- preserved: untouched subjects (one per subject per edit turn) that keep colour,
  shape, size class and cell, with mask IoU >= 0.9 against the previous turn (the subject is the
  detection in its cell of its colour, else the largest; its match now, the one overlapping it most);
- of drawn: the same, counting only untouched subjects the previous picture shows (a subject
  the painter never drew cannot be kept; that is the model's faithfulness, not consistency);
- background kept: edit turns not asking for a background keep the previous one;
- ms/turn: mean whole-turn time (rewrite, draw, persist) per drawing turn, and its ratio to baseline;
- then applied (in cells) / preserved per kind of edit (attribute, add_remove, background).

Targets once the bundled model lands (the issue): all together preserved >= 95%
and >= 20 points above baseline, applied >= 95% and not below baseline, time <= 1.6x.
"""

from __future__ import annotations

import argparse
import dataclasses
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PIL import Image  # noqa: E402

from core.consistency import ConsistencyConfig  # noqa: E402
from core.consistency.config import MECHANISMS  # noqa: E402
from core.describe import to_world_scene  # noqa: E402
from core.engine import Engine, SessionDefaults  # noqa: E402
from core.rewriter import Composer  # noqa: E402
from core.scene import Scene  # noqa: E402
from core.world.checker import compare, mask_iou, read_scene  # noqa: E402
from core.world.render import render  # noqa: E402
from core.world.scene import WorldObject, WorldScene  # noqa: E402
from sessions.store import Store  # noqa: E402

DEV_DIR = Path(__file__).resolve().parent.parent / "tests" / "data" / "consistency"
IOU_MIN = 0.9


def configurations() -> dict[str, ConsistencyConfig]:
    out = {"baseline": ConsistencyConfig()}
    out.update({m: ConsistencyConfig.only(m) for m in MECHANISMS})
    out["all"] = ConsistencyConfig.only("all")
    out["all_no_focus"] = ConsistencyConfig.only("all", focus_prompt=False)  # what the focus prompt adds
    return out


def parse_params(items: list[str]) -> dict:
    """["strength_attribute=0.8", "region=false"] -> typed ConsistencyConfig fields."""
    types = {f.name: type(getattr(ConsistencyConfig(), f.name)) for f in dataclasses.fields(ConsistencyConfig)}
    params = {}
    for item in items:
        name, _, value = item.partition("=")
        if name not in types:
            raise SystemExit(f"--set: unknown consistency field {name!r} (known: {', '.join(types)})")
        kind = types[name]
        params[name] = value.lower() in ("1", "true", "yes", "on") if kind is bool else kind(value)
    return params


def world(expected: dict) -> WorldScene:
    objects = tuple(WorldObject(shape=s, colour=c, size=z, position=p) for s, c, z, p in expected["objects"])
    return WorldScene(background=expected["background"], objects=objects)


def subject_in(picture, cell: str, wanted: WorldObject | None):
    """The detection in ``cell`` that stands for the subject: its colour first, then the largest.

    A weak painter leaves specks and stray blobs beside a subject; which of them the checker lists
    last says nothing about the subject, so the pick must not depend on the order."""
    here = [d for d in picture.objects if d.position == cell]
    if not here:
        return None
    return max(here, key=lambda d: (wanted is not None and d.colour == wanted.colour, int(d.mask.sum())))


def same_subject(picture, cell: str, before):
    """The detection in ``cell`` of ``picture`` that overlaps ``before`` most (None when none is there)."""
    here = [d for d in picture.objects if d.position == cell]
    if not here or before is None:
        return None
    return max(here, key=lambda d: mask_iou(d.mask, before.mask))


def load_painter(model: str):
    from core.bundled.fallback import random_painter
    from core.painter import Painter
    from core.settings import BUNDLED_MODEL_DIR

    source = model or (str(BUNDLED_MODEL_DIR) if (BUNDLED_MODEL_DIR / "model_index.json").is_file() else "")
    if not source:
        return random_painter(device="cpu")
    return Painter.load(source, device="auto", kind="bundled")


def oracle_image(turn, size: int) -> Image.Image | None:
    """The turn's stored scene drawn by the shapes-world renderer: the ceiling a perfect painter reaches."""
    world_scene = to_world_scene(Scene.model_validate(turn.scene)) if turn.scene else None
    return None if world_scene is None else Image.fromarray(render(world_scene, size))


def score_script(engine: Engine, script: dict, tally: dict, oracle: bool = False) -> None:
    session = engine.new_session(seed=script["seed"])
    previous = None  # the checker's reading of the last drawn turn
    cells_before: set[str] = set()  # where the script's last scene had subjects
    for message, expected in zip(script["turns"], script["expected"], strict=True):
        result = engine.run_turn(session, message)
        if result.image_png is None:
            tally["failed"] += result.error is not None
            continue
        tally["ms"].append(result.timings_ms.get("total", 0.0))
        image = Image.open(io.BytesIO(result.image_png))
        if oracle:
            image = oracle_image(result.turn, max(image.width, 128)) or image  # the checker's own size
        got = read_scene(image)
        report = compare(world(expected["scene"]), got)
        cells_now = {o[3] for o in expected["scene"]["objects"]}
        if expected["kind"] != "new":
            kind = tally["by_kind"].setdefault(
                expected["kind"], {"edits": 0, "applied": 0, "applied_in_cells": 0, "untouched": 0, "preserved": 0}
            )
            tally["edits"] += 1
            kind["edits"] += 1
            rows = [r for r in report["objects"] if r["position"] not in expected["untouched"]]
            # the cells the edit is about: its subjects' cells now, and those it emptied
            touched = {r["position"] for r in rows} | (cells_before - cells_now)
            asked = all(r["correct"] for r in rows) and (report["background"] or not expected["background_changed"])
            applied = asked and not report["extra"]
            applied_in_cells = asked and not [c for c in report["extra"] if c in touched]
            tally["applied"] += applied
            kind["applied"] += applied
            tally["applied_in_cells"] += applied_in_cells
            kind["applied_in_cells"] += applied_in_cells
            if previous is not None:
                wanted = {o.position: o for o in world(expected["scene"]).objects}
                for cell in expected["untouched"]:
                    tally["untouched"] += 1
                    a = subject_in(previous, cell, wanted.get(cell))
                    b = same_subject(got, cell, a)
                    kept = bool(
                        a
                        and b
                        and (a.shape, a.colour, a.size) == (b.shape, b.colour, b.size)
                        and mask_iou(a.mask, b.mask) >= IOU_MIN
                    )
                    tally["preserved"] += kept
                    tally["untouched_drawn"] += a is not None  # the subject was in the picture to keep
                    tally["preserved_drawn"] += kept
                    kind["untouched"] += 1
                    kind["preserved"] += kept
                if not expected["background_changed"]:
                    tally["bg_turns"] += 1
                    tally["bg_kept"] += got.background == previous.background
        previous, cells_before = got, cells_now


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="", help="model folder (default: the bundled model, or a random one)")
    parser.add_argument("--limit", type=int, default=0, help="first N scripts only (0: all)")
    parser.add_argument("--steps", type=int, default=20, help="denoising steps per drawing")
    parser.add_argument("--configs", default="", help="comma list of configurations (default: all of them)")
    parser.add_argument(
        "--oracle", action="store_true", help="add an 'oracle' row: each turn's scene rendered exactly (scoring check)"
    )
    parser.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="a consistency parameter for every configuration, e.g. --set strength_attribute=0.8 (repeatable)",
    )
    parser.add_argument("--json", default="", help="also write the numbers to this file")
    args = parser.parse_args(argv)

    scripts = [json.loads(p.read_text("utf-8")) for p in sorted(DEV_DIR.glob("dev-*.json"))]
    scripts = scripts[: args.limit] if args.limit else scripts
    configs = configurations()
    if args.configs:
        configs = {k: v for k, v in configs.items() if k in args.configs.split(",")}
    if args.set:
        params = parse_params(args.set)
        configs = {k: dataclasses.replace(v, **params) for k, v in configs.items()}
    if args.oracle:
        configs["oracle"] = ConsistencyConfig()
    painter = load_painter(args.model)
    print(f"model: {painter.info.label}; {len(scripts)} scripts, {sum(len(s['turns']) for s in scripts)} turns, "
          f"{args.steps} steps")  # fmt: skip
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, config in configs.items():
            store = Store.open(f"sqlite:///{Path(tmp) / (name + '.db')}", Path(tmp) / name)
            engine = Engine(painter, Composer(), store, defaults=SessionDefaults(steps=args.steps), consistency=config)
            tally = {
                k: 0
                for k in (
                    "edits",
                    "applied",
                    "applied_in_cells",
                    "untouched",
                    "preserved",
                    "untouched_drawn",
                    "preserved_drawn",
                    "bg_turns",
                    "bg_kept",
                    "failed",
                )
            }
            tally["ms"], tally["by_kind"] = [], {}
            started = time.perf_counter()
            for script in scripts:
                score_script(engine, script, tally, oracle=name == "oracle")
            store.close()
            results[name] = {
                "applied": tally["applied"] / max(tally["edits"], 1),
                "applied_in_cells": tally["applied_in_cells"] / max(tally["edits"], 1),
                "preserved": tally["preserved"] / max(tally["untouched"], 1),
                "background_kept": tally["bg_kept"] / max(tally["bg_turns"], 1),
                # of the untouched subjects the previous picture showed (the painter drew them)
                "preserved_of_drawn": tally["preserved_drawn"] / max(tally["untouched_drawn"], 1),
                "untouched_drawn": tally["untouched_drawn"],
                "ms_per_turn": statistics.mean(tally["ms"]) if tally["ms"] else 0.0,
                "edit_turns": tally["edits"],
                "untouched_subjects": tally["untouched"],
                "failed_turns": tally["failed"],
                "wall_s": round(time.perf_counter() - started, 1),
                "by_kind": tally["by_kind"],
            }
    base_ms = results.get("baseline", {}).get("ms_per_turn") or 0.0
    print(
        f"{'config':<18}{'applied':>9}{'in cells':>10}{'preserved':>11}{'of drawn':>10}{'bg kept':>9}{'ms/turn':>9}{'x base':>8}"
        "  (edits / untouched / drawn)"
    )
    for name, r in results.items():
        ratio = r["ms_per_turn"] / base_ms if base_ms else float("nan")
        print(
            f"{name:<18}{r['applied']:>9.1%}{r['applied_in_cells']:>10.1%}{r['preserved']:>11.1%}{r['preserved_of_drawn']:>10.1%}"
            f"{r['background_kept']:>9.1%}{r['ms_per_turn']:>9.0f}{ratio:>8.2f}"
            f"  ({r['edit_turns']} / {r['untouched_subjects']} / {r['untouched_drawn']})"
        )
    kinds = sorted({k for r in results.values() for k in r["by_kind"]})
    print("\nper kind of edit: applied (in cells) / preserved (turns / untouched subjects)")
    print(f"{'config':<18}" + "".join(f"{k:>30}" for k in kinds))
    for name, r in results.items():
        cells = []
        for k in kinds:
            c = r["by_kind"].get(k) or {"edits": 0, "applied": 0, "applied_in_cells": 0, "untouched": 0, "preserved": 0}
            n = max(c["edits"], 1)
            a, ac, pr = c["applied"] / n, c["applied_in_cells"] / n, c["preserved"] / max(c["untouched"], 1)
            cells.append(f"{a:.0%} ({ac:.0%}) / {pr:.0%} ({c['edits']}/{c['untouched']})")
        print(f"{name:<18}" + "".join(f"{c:>30}" for c in cells))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
