"""bf16 autocast is turned on only where it runs in hardware (an AVX2-only CPU emulates it, 12x slower)."""

from __future__ import annotations

import torch

from core.bundled.precision import bf16_is_native


def test_the_cpu_answer_is_onednn_s_own():
    assert bf16_is_native("cpu") is bool(torch.ops.mkldnn._is_mkldnn_bf16_supported())


def test_cuda_without_a_gpu_and_other_devices_are_not_native():
    if not torch.cuda.is_available():
        assert bf16_is_native("cuda") is False
    assert bf16_is_native("meta") is False
