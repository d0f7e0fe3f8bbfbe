"""A session's generation settings: one type, one check per value, one merge.

The store keeps settings as a JSON dict it does not interpret. This is where
they get their meaning: new sessions start from ``SessionSettings.defaults``,
the settings panel and imports go through ``validate`` (a refusal names the
field), and a turn reads them with ``read``, which never fails: a stored
value an older version or a hand-edited import left broken falls back to its
default, so a session always opens.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import BadInput

MAX_SEED = 2**31 - 1
MAX_NEGATIVE_CHARS = 1000


class SessionSettings(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, strict=False)

    seed: int = Field(0, ge=0, le=MAX_SEED)
    steps: int = Field(20, ge=1, le=200)
    guidance: float = Field(5.0, ge=0.0, le=30.0, allow_inf_nan=False)
    width: int = Field(128, ge=8, le=4096)
    height: int = Field(128, ge=8, le=4096)
    negative_prompt: str = Field("", max_length=MAX_NEGATIVE_CHARS)
    style: str = Field("none", max_length=64)
    seed_locked: bool = False
    # a dict of consistency fields or a mechanism list ("all", "noise,edit"); checked by ConsistencyConfig
    consistency: dict[str, Any] | str | None = None

    @classmethod
    def validate_dict(cls, raw: object) -> SessionSettings:
        """Strict: BadInput naming the first bad field (the settings panel, imports)."""
        if not isinstance(raw, dict):
            raise BadInput("bad_settings", field="settings")
        try:
            return cls.model_validate(raw, strict=True)
        except ValidationError as exc:
            first = exc.errors()[0]
            raise BadInput("bad_settings", field=".".join(str(p) for p in first["loc"]) or "settings") from None

    @classmethod
    def read(cls, raw: object, fallback: SessionSettings) -> SessionSettings:
        """Lenient: every value that does not check out is ``fallback``'s."""
        if not isinstance(raw, dict):
            return fallback
        good: dict[str, Any] = {}
        for name in cls.model_fields:
            if name not in raw:
                continue
            try:
                cls.model_validate({**fallback.model_dump(), name: raw[name]}, strict=True)
            except ValidationError:
                continue
            good[name] = raw[name]
        return cls.model_validate({**fallback.model_dump(), **good})

    def merged(self, overrides: dict[str, Any]) -> SessionSettings:
        """These settings with some fields replaced, checked like ``validate_dict``."""
        return SessionSettings.validate_dict({**self.model_dump(), **overrides})

    def as_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
