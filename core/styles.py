"""Style presets: a prompt suffix plus a negative prompt each, kept in one data file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

STYLES_FILE = Path(__file__).resolve().parent.parent / "assets" / "styles.json"


@dataclass(frozen=True)
class StylePreset:
    key: str
    label_en: str
    label_zh: str
    suffix: str
    negative: str


def load_styles(path: Path = STYLES_FILE) -> dict[str, StylePreset]:
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {
        key: StylePreset(key, v["label"]["en"], v["label"]["zh"], v["suffix"], v["negative"])
        for key, v in raw.items()
        if not key.startswith("_")
    }


def merge_negative(preset: StylePreset | None, user_negative: str) -> str:
    """The user's negative prompt first (it is theirs), then the preset's."""
    parts = [p for p in (user_negative.strip(), preset.negative if preset else "") if p]
    return ", ".join(parts)


def for_model(presets: dict[str, StylePreset], model_kind: str) -> dict[str, StylePreset]:
    """The presets a model can draw. The bundled shapes-world model was trained on flat shapes
    only: a style suffix turns its pictures into noise, so it is offered "none" alone."""
    if model_kind in ("bundled", "random"):
        return {key: preset for key, preset in presets.items() if key == "none"}
    return presets
