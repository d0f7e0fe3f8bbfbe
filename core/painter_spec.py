"""What painter to load, as plain data: the app loads it in its own process, or hands it to
drawing workers on Ray Serve, which load the same painter where the GPU is."""

from __future__ import annotations

from dataclasses import dataclass

from core.painter import Painter


@dataclass(frozen=True)
class PainterSpec:
    source: str  # a diffusers folder or hub id; "" is the untrained stand-in (no bundled model yet)
    kind: str = "external"  # "bundled" | "random" | "external"
    device: str = "auto"
    dtype: str = "auto"
    offload: str = "none"
    compile: bool = False

    def load(self) -> Painter:
        if not self.source:
            from core.bundled.fallback import random_painter

            return random_painter(device="cpu" if self.device == "auto" else self.device)
        return Painter.load(
            self.source,
            device=self.device,
            dtype=self.dtype,
            kind=self.kind,
            offload=self.offload,
            compile=self.compile,
        )
