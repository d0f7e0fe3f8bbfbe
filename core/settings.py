"""One typed, validated settings object for the whole process.

Every setting has a CLI flag (``--data-dir``) and an environment variable
(``INKTURN_DATA_DIR``); the flag wins. Only ``app.py`` builds Settings (from
``sys.argv`` and ``os.environ``); everything else receives it as an argument.
"""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

ENV_PREFIX = "INKTURN_"
BUNDLED_MODEL_DIR = Path(__file__).resolve().parent.parent / "assets" / "shapes-dit"


class SettingsError(ValueError):
    """A bad setting; the message is one line naming the setting."""


class Settings(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    model: str = Field(
        "",
        description="Diffusers Hunyuan-DiT folder or hub id. Empty: the bundled shapes-world model in assets/shapes-dit "
        "(or, while it is missing, a tiny randomly initialised pipeline).",
    )
    device: Literal["auto", "cpu", "cuda", "mps"] = Field(
        "auto", description="Where to draw; auto picks CUDA when available."
    )
    dtype: Literal["auto", "float32", "float16", "bfloat16"] = Field(
        "auto", description="Weights dtype; auto is float16 on CUDA and float32 elsewhere."
    )
    offload: Literal["none", "model", "sequential"] = Field(
        "none",
        description="CPU offload through accelerate, for cards with less memory than the model needs: model "
        "(whole models move in when they run; Hunyuan-DiT v1.2 in about 12 GB) or sequential (layer by layer; "
        "least memory, slowest). No effect on the CPU.",
    )
    compile: bool = Field(
        False, description="torch.compile each transformer block (regional compilation): faster draws after a warm-up."
    )
    painter: Literal["local", "ray"] = Field(
        "local",
        description="Where pictures are drawn: local (in this process) or ray (drawing workers on a Ray Serve "
        "cluster at --ray-address; each replica loads the model once).",
    )
    ray_address: str = Field(
        "", description="painter=ray: the cluster, e.g. 127.0.0.1:6379 or ray://head:10001 (auto: the local one)."
    )
    ray_replicas: int = Field(1, ge=1, le=1024, description="painter=ray: drawing replicas (the autoscaling minimum).")
    ray_max_replicas: int = Field(
        0, ge=0, le=1024, description="painter=ray: above --ray-replicas, Serve autoscales up to this many (0: fixed)."
    )
    ray_gpus: float = Field(
        0.0, ge=0.0, le=8.0, description="painter=ray: GPUs per replica (1 on a GPU cluster; 0 draws on CPUs)."
    )
    ray_cpus: float = Field(
        1.0, gt=0.0, le=256.0, description="painter=ray, no GPUs: CPUs (and torch threads) per replica."
    )
    data_dir: Path = Field(Path("data"), description="Folder for the database and image files.")
    store: str = Field(
        "",
        description="Where pictures and consistency tensors go: empty for the data dir, or an object store URL "
        "through fsspec (s3://bucket/prefix; S3, MinIO, GCS with gs://) that several app processes share.",
    )
    database_url: str = Field("", description="SQLAlchemy URL; empty means sqlite:///DATA_DIR/inkturn.db.")
    host: str = Field("127.0.0.1", description="Address to listen on; anything but localhost exposes the app.")
    port: int = Field(7860, ge=1, le=65535, description="Port to listen on.")
    rewriter: Literal["composer", "openai", "transformers"] = Field(
        "composer",
        description="Prompt rewriter backend: composer (embedded, rule-based), openai (any OpenAI-compatible chat API) "
        "or transformers (a local chat model folder).",
    )
    rewriter_url: str = Field(
        "", description="openai rewriter: base URL of the chat API, e.g. http://127.0.0.1:11434/v1 for Ollama."
    )
    rewriter_model: str = Field(
        "", description="openai rewriter: the model name; transformers rewriter: the chat model folder."
    )
    rewriter_api_key: str = Field(
        "", repr=False, description="openai rewriter: API key (never logged; empty for local servers)."
    )
    rewriter_timeout: float = Field(
        30.0, gt=0, le=600, description="LLM rewriter: seconds to wait before falling back to the composer."
    )
    rewriter_vision: bool = Field(
        False, description="LLM rewriter: the model has vision; send it the latest picture with each message."
    )
    history_turns: int = Field(8, ge=0, le=100, description="How many recent turns the rewriter reads.")
    steps: int = Field(
        0,
        ge=0,
        le=200,
        description="Default denoising steps for new sessions; 0 means the model's own: 20 for the bundled model, "
        "25 for a distilled Hunyuan-DiT, 50 for the full one.",
    )
    guidance: float = Field(
        0.0,
        ge=0.0,
        le=30.0,
        description="Default classifier-free guidance scale for new sessions; 0 means the model's own: 3 for the "
        "bundled model, 5 for Hunyuan-DiT (1 draws without guidance).",
    )
    width: int = Field(0, ge=0, le=4096, description="Default width; 0 means the model's native size.")
    height: int = Field(0, ge=0, le=4096, description="Default height; 0 means the model's native size.")
    seed: int | None = Field(
        None, ge=0, le=2**31 - 1, description="Fix every new session's seed (default: random per session)."
    )
    max_message_chars: int = Field(2000, ge=1, le=100_000, description="Longest user message accepted, in characters.")
    kiosk: bool = Field(False, description="Run as an unattended public kiosk.")
    kiosk_idle_minutes: float = Field(3.0, gt=0, le=1440, description="Kiosk: idle minutes before the screen resets.")
    kiosk_rate_per_minute: int = Field(
        6, ge=0, le=1000, description="Kiosk: pictures per visitor per minute (0: no limit)."
    )
    kiosk_blocklist: Path = Field(
        Path(__file__).resolve().parent.parent / "assets" / "kiosk-blocklist.txt",
        description="Kiosk: file of terms (English and Chinese) to refuse politely.",
    )
    max_queue: int = Field(16, ge=1, le=1000, description="Most people waiting to draw; more get a 'busy' message.")
    consistency: str = Field(
        "edit",
        description="Consistency mechanisms on by default (sessions may override): none, all, or a comma list of "
        "noise, subjects, anchor_attention, edit.",
    )
    consistency_lock_seed: bool = Field(False, description="Consistency noise: a new scene keeps the session seed.")
    consistency_anchor_weight: float = Field(
        1.0, ge=0.0, le=10.0, description="Anchor attention: weight of the anchor's tokens (0 = plain attention)."
    )
    consistency_anchor_dropout: float = Field(
        0.0, ge=0.0, lt=1.0, description="Anchor attention: fraction of anchor tokens dropped (seeded)."
    )
    consistency_anchor_skip: int = Field(
        2, ge=0, le=200, description="Anchor attention: first steps without the anchor."
    )
    consistency_strength_attribute: float = Field(
        0.6, ge=0.0, le=1.0, description="Edit mode: strength for a colour, size or shape change of one subject."
    )
    consistency_strength_add_remove: float = Field(
        0.8,
        ge=0.0,
        le=1.0,
        description="Edit mode: strength for adding, removing or moving a subject, or a new background.",
    )
    consistency_strength_background: float = Field(
        1.0,
        ge=0.0,
        le=1.0,
        description="Edit mode: strength for a new background while the other subjects are kept as pixels.",
    )
    consistency_region: bool = Field(
        True, description="Edit mode and anchor attention: restrict the change to the edited subjects' grid cells."
    )
    consistency_focus_prompt: bool = Field(
        True,
        description="Edit mode: a region edit is drawn from a prompt of only what changes (the mask keeps the rest).",
    )
    log_level: Literal["debug", "info", "warning", "error"] = Field("info", description="Log verbosity.")
    analytics: bool = Field(
        False, description="Send Gradio's usage analytics (off unless asked; nothing else is sent)."
    )
    frame_ancestors: str = Field(
        "'self'",
        description="Who may show the page in a frame (CSP frame-ancestors), e.g. \"'self' https://kiosk.example\".",
    )

    @field_validator("model")
    @classmethod
    def _model_exists_if_path(cls, value: str) -> str:
        looks_local = value.startswith((".", "/", "~")) or Path(value).exists()
        if value and looks_local and not (Path(value).expanduser() / "model_index.json").is_file():
            raise ValueError(f"{value!r} is not a diffusers pipeline folder (no model_index.json)")
        return value

    @model_validator(mode="after")
    def _rewriter_needs(self) -> Settings:
        if self.painter == "ray" and not self.ray_address:
            raise ValueError("painter=ray needs ray_address (e.g. 127.0.0.1:6379, or auto)")
        if self.rewriter == "openai" and not (self.rewriter_url and self.rewriter_model):
            raise ValueError("rewriter=openai needs rewriter_url and rewriter_model")
        if self.rewriter == "transformers" and not Path(self.rewriter_model).expanduser().is_dir():
            raise ValueError(
                f"rewriter=transformers needs rewriter_model to be a model folder (got {self.rewriter_model!r})"
            )
        return self

    @model_validator(mode="after")
    def _size_pairs(self) -> Settings:
        if (self.width == 0) != (self.height == 0):
            raise ValueError("width and height must be given together (or both left at 0 for the native size)")
        for name in ("width", "height"):
            if getattr(self, name) % 16:
                raise ValueError(f"{name}={getattr(self, name)} must be a multiple of 16")
        return self

    @field_validator("frame_ancestors")
    @classmethod
    def _one_header_value(cls, value: str) -> str:
        if not value.strip() or any(ch in value for ch in ";,\r\n"):
            raise ValueError("must be a space-separated list of sources, e.g. \"'self' https://kiosk.example\"")
        return value.strip()

    @field_validator("consistency")
    @classmethod
    def _known_mechanisms(cls, value: str) -> str:
        from core.consistency.config import parse_mechanisms

        return ",".join(parse_mechanisms(value)) or "none"

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{(self.data_dir / 'inkturn.db').resolve()}"

    @property
    def model_path(self) -> str:
        """The folder or hub id the painter loads; empty when none exists yet."""
        if self.model:
            path = Path(self.model).expanduser()
            return str(path.resolve()) if path.exists() else self.model
        return str(BUNDLED_MODEL_DIR) if (BUNDLED_MODEL_DIR / "model_index.json").is_file() else ""


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def add_settings_arguments(parser: argparse.ArgumentParser) -> None:
    """One optional flag per setting; unset flags fall back to env, then defaults."""
    for name, field in Settings.model_fields.items():
        help_text = f"{field.description} [env {ENV_PREFIX}{name.upper()}]"
        if field.annotation is bool:
            parser.add_argument(
                _flag(name), dest=name, action=argparse.BooleanOptionalAction, default=None, help=help_text
            )
        else:
            parser.add_argument(_flag(name), dest=name, default=None, help=help_text)


def settings_from(args: argparse.Namespace | Mapping[str, object], env: Mapping[str, str]) -> Settings:
    """Builds Settings from parsed flags over environment variables.

    Raises SettingsError with a one-line reason naming the flag.
    """
    given = vars(args) if isinstance(args, argparse.Namespace) else dict(args)
    values: dict[str, object] = {}
    for name in Settings.model_fields:
        if given.get(name) is not None:
            values[name] = given[name]
        elif f"{ENV_PREFIX}{name.upper()}" in env:
            values[name] = env[f"{ENV_PREFIX}{name.upper()}"]
    if values.get("seed") in ("", "random"):
        values["seed"] = None
    try:
        return Settings.model_validate(values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = _flag(str(first["loc"][0])) if first["loc"] else "settings"
        got = "***" if first["loc"] and first["loc"][0] == "rewriter_api_key" else repr(first.get("input"))
        raise SettingsError(f"bad setting {where}: {first['msg']} (got {got})") from None


def settings_table() -> Sequence[tuple[str, str, str, str]]:
    """(flag, env var, default, description) rows, for the README and its test."""
    rows = []
    for name, field in Settings.model_fields.items():
        default = field.default
        rows.append((_flag(name), f"{ENV_PREFIX}{name.upper()}", repr(default), field.description or ""))
    return rows
