"""Whether bf16 autocast pays on this machine.

On CUDA and on CPUs with native bf16 (AVX-512 BF16, AMX) it roughly halves a training step; on a CPU
with AVX2 only, oneDNN emulates it and a distillation step took 49.6 s instead of 4 s in float32
(docs/training.md, session 16). The training scripts ask this before turning autocast on.
"""

from __future__ import annotations

import torch


def bf16_is_native(device: torch.device | str) -> bool:
    """True where bf16 matrix products run in hardware on ``device``."""
    kind = torch.device(device).type
    if kind == "cuda":
        return torch.cuda.is_available() and torch.cuda.is_bf16_supported()
    if kind != "cpu":
        return False
    try:
        return bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())
    except (AttributeError, RuntimeError):  # a build without oneDNN: no fast bf16 either
        return False
