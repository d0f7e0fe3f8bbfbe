"""The procedural shapes world the bundled model is trained on and checked against.

``vocab`` fixes the words and numbers, ``scene`` the data, ``render`` the
pictures, ``sample`` the training scenes and captions, and ``checker`` reads
pictures back so the model can be scored exactly.

Names are re-exported lazily: importing ``core.world.vocab`` (the rewriter
does) stays cheap, and ``python -m core.world.checker`` runs without the
package having imported the module first.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_EXPORTS = {
    "core.world.vocab": ("COLOURS", "POSITIONS", "SHAPES", "SIZES", "Colour", "Position", "Size", "Term", "lookup"),
    "core.world.scene": ("Identity", "WorldObject", "WorldScene"),
    "core.world.render": ("render", "render_mask"),
    "core.world.sample": ("canonical_caption", "caption", "sample_scene"),
    "core.world.checker": ("CheckedScene", "DetectedObject", "compare", "mask_iou", "read_scene"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = [
    "COLOURS", "POSITIONS", "SHAPES", "SIZES",
    "CheckedScene", "Colour", "DetectedObject", "Identity", "Position", "Size", "Term", "WorldObject", "WorldScene",
    "canonical_caption", "caption", "compare", "lookup", "mask_iou", "read_scene", "render", "render_mask",
    "sample_scene",
]  # fmt: skip

if TYPE_CHECKING:
    from core.world.checker import CheckedScene, DetectedObject, compare, mask_iou, read_scene
    from core.world.render import render, render_mask
    from core.world.sample import canonical_caption, caption, sample_scene
    from core.world.scene import Identity, WorldObject, WorldScene
    from core.world.vocab import COLOURS, POSITIONS, SHAPES, SIZES, Colour, Position, Size, Term, lookup


def __getattr__(name: str) -> Any:
    if name not in _MODULE_OF:
        raise AttributeError(f"module 'core.world' has no attribute {name!r}")
    return getattr(importlib.import_module(_MODULE_OF[name]), name)
