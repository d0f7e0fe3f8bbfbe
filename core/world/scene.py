"""A shapes-world scene as plain, frozen data.

Objects carry their *identity* (the unstated offset, rotation and exact size)
so a subject that the dialogue keeps stays pixel-identical across turns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from core.world import vocab

#: Largest offset from the cell centre, canvas fractions. The contract allows
#: ±0.02; 0.018 keeps a large object (radius 0.14 × 1.05) strictly inside its
#: cell, so objects can never touch each other or the canvas edge.
MAX_OFFSET = 0.018
MAX_ROTATION = 15.0  # degrees, either way; circles never rotate
MIN_SCALE, MAX_SCALE = 0.95, 1.05
MAX_OBJECTS = 3


@dataclass(frozen=True)
class Identity:
    """Details a caption does not state; kept across turns so a subject stays the same."""

    dx: float = 0.0  # offset from the cell centre, canvas fractions
    dy: float = 0.0
    rotation: float = 0.0  # degrees, clockwise on screen
    scale: float = 1.0  # multiplies the size class's diameter

    @classmethod
    def from_seed(cls, seed: int, shape: str) -> Identity:
        """Deterministic identity for ``seed``.

        The same four numbers are drawn whatever the shape, so changing only the
        shape keeps the object's offset and scale; circles just drop rotation.
        """
        rng = np.random.Generator(np.random.PCG64(seed))
        dx, dy = rng.uniform(-MAX_OFFSET, MAX_OFFSET, size=2)
        rotation = rng.uniform(-MAX_ROTATION, MAX_ROTATION)
        scale = rng.uniform(MIN_SCALE, MAX_SCALE)
        return cls(float(dx), float(dy), 0.0 if shape == "circle" else float(rotation), float(scale))

    def problems(self) -> list[str]:
        out = []
        if not (abs(self.dx) <= MAX_OFFSET and abs(self.dy) <= MAX_OFFSET):
            out.append(f"offset ({self.dx}, {self.dy}) is outside ±{MAX_OFFSET}")
        if not abs(self.rotation) <= MAX_ROTATION:
            out.append(f"rotation {self.rotation} is outside ±{MAX_ROTATION}°")
        if not MIN_SCALE <= self.scale <= MAX_SCALE:
            out.append(f"scale {self.scale} is outside {MIN_SCALE}..{MAX_SCALE}")
        return out


@dataclass(frozen=True)
class WorldObject:
    shape: str
    colour: str
    size: str
    position: str
    identity: Identity = field(default_factory=Identity)

    def to_dict(self) -> dict[str, Any]:
        i = self.identity
        return {
            "shape": self.shape,
            "colour": self.colour,
            "size": self.size,
            "position": self.position,
            "identity": {"dx": i.dx, "dy": i.dy, "rotation": i.rotation, "scale": i.scale},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WorldObject:
        identity = Identity(**data["identity"]) if data.get("identity") is not None else Identity()
        return cls(data["shape"], data["colour"], data["size"], data["position"], identity)


@dataclass(frozen=True)
class WorldScene:
    background: str
    objects: tuple[WorldObject, ...]

    def __post_init__(self) -> None:
        # Accept any sequence but store a tuple, so scenes stay hashable and immutable.
        object.__setattr__(self, "objects", tuple(self.objects))

    def validate(self) -> None:
        """Raise ValueError naming every way this scene breaks the world's rules."""
        problems: list[str] = []
        if self.background not in vocab.COLOURS:
            problems.append(f"unknown background colour {self.background!r}")
        if not 1 <= len(self.objects) <= MAX_OBJECTS:
            problems.append(f"a scene has 1 to {MAX_OBJECTS} objects, got {len(self.objects)}")
        seen: set[str] = set()
        for n, obj in enumerate(self.objects, start=1):
            where = f"object {n}"
            for kind, value in (
                ("shape", obj.shape),
                ("colour", obj.colour),
                ("size", obj.size),
                ("position", obj.position),
            ):
                if value not in vocab.table(kind):
                    problems.append(f"{where}: unknown {kind} {value!r}")
            if obj.colour == self.background:
                problems.append(f"{where}: colour {obj.colour!r} is the same as the background")
            if obj.position in seen:
                problems.append(f"{where}: position {obj.position!r} is already taken")
            seen.add(obj.position)
            if obj.shape == "circle" and obj.identity.rotation != 0:
                problems.append(f"{where}: a circle has no rotation, got {obj.identity.rotation}")
            problems += [f"{where}: {p}" for p in obj.identity.problems()]
        if problems:
            raise ValueError("invalid shapes-world scene: " + "; ".join(problems))

    def to_dict(self) -> dict[str, Any]:
        return {"background": self.background, "objects": [o.to_dict() for o in self.objects]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WorldScene:
        """Rebuild from ``to_dict`` output; call ``validate`` to check the rules."""
        return cls(data["background"], tuple(WorldObject.from_dict(o) for o in data["objects"]))
