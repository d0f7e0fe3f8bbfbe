"""Which consistency mechanisms run, and how strongly. Defaults: everything off (the baseline)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

MECHANISMS = ("noise", "subjects", "anchor_attention", "edit")


@dataclass(frozen=True)
class ConsistencyConfig:
    noise: bool = False  # 1. reuse the edited turn's initial noise; fresh seed per new scene
    lock_seed: bool = False  # with noise: a new scene keeps the session seed
    subjects: bool = False  # 2. reuse subject embedding slices while the description is unchanged
    anchor_attention: bool = False  # 3. attn1 also attends to the anchor's keys and values
    anchor_weight: float = 1.0  # 0 = plain attention; 1 = anchor tokens count like the image's own
    anchor_dropout: float = 0.0  # fraction of anchor tokens dropped (seeded, reproducible)
    anchor_skip: int = 2  # first denoising steps without the anchor (layout forms freely)
    edit: bool = False  # 4. edits start from the anchor latent noised to a strength
    strength_attribute: float = 0.6  # colour / size / shape / details of one subject
    strength_add_remove: float = 0.8  # add, remove, move, background
    # A new background with the kept subjects held as pixels (shapes world): a background colour
    # survives noise (at 0.8 the model keeps the old one), so this edit starts from pure noise.
    strength_background: float = 1.0
    region: bool = True  # edits (and anchor attention) restricted to the edited subjects' cells
    focus_prompt: bool = True  # a region edit is drawn from a prompt of what changes only (the mask holds the rest)

    def __post_init__(self) -> None:
        for name in (
            "anchor_weight",
            "anchor_dropout",
            "strength_attribute",
            "strength_add_remove",
            "strength_background",
        ):
            value = getattr(self, name)
            high = 10.0 if name == "anchor_weight" else 1.0
            if not 0.0 <= float(value) <= high:
                raise ValueError(f"consistency {name}={value!r} must be between 0 and {high}")
        if self.anchor_dropout >= 1.0:
            raise ValueError(f"consistency anchor_dropout={self.anchor_dropout!r} must be below 1")
        if not 0 <= int(self.anchor_skip) <= 200:
            raise ValueError(f"consistency anchor_skip={self.anchor_skip!r} must be between 0 and 200")

    @property
    def any(self) -> bool:
        return any(getattr(self, m) for m in MECHANISMS)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def merged(self, overrides: dict[str, Any] | str | None) -> ConsistencyConfig:
        """This config with a session's overrides: a dict of fields (unknown keys are refused),
        or a mechanism list such as ``"all"`` or ``"noise,edit"`` (parameters stay)."""
        if not overrides:
            return self
        if isinstance(overrides, str):
            chosen = parse_mechanisms(overrides)
            return replace(self, **{m: m in chosen for m in MECHANISMS})
        known = {f.name for f in fields(self)}
        unknown = set(overrides) - known
        if unknown:
            raise ValueError(f"unknown consistency settings: {', '.join(sorted(unknown))}")
        return replace(self, **overrides)

    @classmethod
    def only(cls, *mechanisms: str, **params: Any) -> ConsistencyConfig:
        """e.g. ``ConsistencyConfig.only("edit")``; ``only("all")`` switches every mechanism on."""
        names = MECHANISMS if mechanisms == ("all",) else mechanisms
        bad = set(names) - set(MECHANISMS)
        if bad:
            raise ValueError(f"unknown mechanisms: {sorted(bad)}")
        return cls(**{m: True for m in names}, **params)

    @classmethod
    def from_settings(cls, settings: Any) -> ConsistencyConfig:
        """From ``core.settings.Settings`` (its ``consistency_*`` fields)."""
        names = {f.name for f in fields(cls)}
        values = {}
        for name in names - set(MECHANISMS):
            if hasattr(settings, "consistency_" + name):
                values[name] = getattr(settings, "consistency_" + name)
        chosen = parse_mechanisms(getattr(settings, "consistency", "none"))
        values.update({m: m in chosen for m in MECHANISMS})
        return cls(**values)


def parse_mechanisms(text: str) -> tuple[str, ...]:
    """``"none"``, ``"all"`` or a comma list such as ``"noise,edit"``."""
    words = [w.strip() for w in str(text).replace(" ", ",").split(",") if w.strip()]
    if words in ([], ["none"]):
        return ()
    if words == ["all"]:
        return MECHANISMS
    bad = [w for w in words if w not in MECHANISMS]
    if bad:
        raise ValueError(
            f"unknown consistency mechanism {bad[0]!r}; use none, all or a comma list of {', '.join(MECHANISMS)}"
        )
    return tuple(m for m in MECHANISMS if m in words)
