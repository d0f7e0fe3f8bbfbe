"""Headless replay: play a scripted dialogue as one new session.

A stable contract (evaluations read these files):
``DIR/turn-01.png`` (not for chat-only turns), ``DIR/turn-01.json`` and
``DIR/session.json``. Fields may be added, never renamed or removed.
"""

from __future__ import annotations

import json
from pathlib import Path

from core.engine import Engine
from core.errors import BadInput

MAX_TURNS = 200


class ReplayError(ValueError):
    """The script cannot be played; the message says why."""


def load_script(path: Path) -> dict:
    try:
        script = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReplayError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReplayError(f"{path}: not a JSON file ({exc})") from None
    turns = script.get("turns") if isinstance(script, dict) else None
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
        raise ReplayError(f'{path}: expected {{"turns": ["message", ...]}} with at least one message')
    if len(turns) > MAX_TURNS:
        raise ReplayError(f"{path}: {len(turns)} turns; at most {MAX_TURNS}")
    seed = script.get("seed")
    if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed < 2**31):
        raise ReplayError(f"{path}: seed must be an integer in [0, 2^31), got {seed!r}")
    return {"turns": turns, "seed": seed}


def replay(
    engine: Engine, script_path: Path, out_dir: Path, *, seed_flag: int | None = None, seed_default: int | None = None
) -> list[dict]:
    script = load_script(script_path)
    seed = seed_flag if seed_flag is not None else script["seed"] if script["seed"] is not None else seed_default
    out_dir.mkdir(parents=True, exist_ok=True)
    session = engine.new_session(seed=seed, title=script["turns"][0][:80])
    records = []
    for k, message in enumerate(script["turns"], start=1):
        stem = out_dir / f"turn-{k:02d}"
        try:
            result = engine.run_turn(session, message)
        except BadInput as exc:
            record = {
                "message": message,
                "intent": None,
                "status": "refused",
                "error": str(exc),
                "prompt": "",
                "negative_prompt": "",
                "scene": None,
                "seed": session.settings["seed"],
                "generation": None,
                "timings_ms": {},
            }
        else:
            turn, rewrite = result.turn, result.rewrite
            record = {
                "message": message,
                "intent": turn.intent or (rewrite.intent if rewrite else None),
                "prompt": turn.prompt,
                "negative_prompt": turn.negative_prompt or "",
                "scene": turn.scene,
                "changes": [c.model_dump() for c in rewrite.changes] if rewrite else [],
                "reply": turn.reply,
                "notes": list(rewrite.notes) if rewrite else [],
                "seed": turn.seed if turn.seed is not None else session.settings["seed"],
                "generation": turn.generation or None,
                "timings_ms": turn.timings,
                "status": turn.status,
                "error": turn.error,
                "error_code": turn.error_code,  # the catalogue's code for ``error`` (core/messages.py), or None
                "error_params": turn.error_params,
                "turn_id": turn.id,
            }
            if result.image_png is not None:
                stem.with_suffix(".png").write_bytes(result.image_png)
        stem.with_suffix(".json").write_text(json.dumps(record, ensure_ascii=False, indent=2), encoding="utf-8")
        records.append(record)
    (out_dir / "session.json").write_text(
        json.dumps(
            {
                "session_id": session.id,
                "seed": session.settings["seed"],
                "model": engine.painter.info.name,
                "model_kind": engine.painter.info.kind,
                "turns": len(records),
            },
            ensure_ascii=False,
            indent=2,
        ),
        encoding="utf-8",
    )
    return records
