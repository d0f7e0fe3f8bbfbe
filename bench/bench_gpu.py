"""Seconds per 1024² picture of the full-size Hunyuan-DiT v1.2 architecture, with random weights.

    .venv/bin/python bench/bench_gpu.py                       # on a GPU: the full model, every mode
    .venv/bin/python bench/bench_gpu.py --size tiny --device cpu --steps 4   # the script itself, on a CPU

Nothing is downloaded: the DiT (1408 x 40, 16 heads, patch 2, 4 channels, 128 latents), BERT-large,
an mT5-XL-sized encoder and the SDXL VAE are built with random weights (bench/hunyuan_layout.py),
which cost exactly the time and memory trained ones do. Each mode draws one warm-up picture, then
``--repeat`` timed ones with guidance; the baseline is a plain ``HunyuanDiTPipeline.__call__`` on
the same components, and every row prints its time as a ratio to it.

Modes: ``plain`` (the baseline), ``eager`` (Inkturn's painter), ``compiled`` (the painter with
regional torch.compile of the transformer blocks), ``offload`` (the painter behind accelerate's
model CPU offload: the peak memory an 8-12 GB card needs).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.hunyuan_layout import FULL, TINY, build_pipeline  # noqa: E402
from core.painter import DrawRequest, Painter, compile_blocks, pick_dtype, place  # noqa: E402

PROMPT = "一只金毛小狗睡在壁炉旁的蓝色针织毯子上, a golden retriever puppy on a blue knitted blanket, cozy light"


def synchronize(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


def peak_gib(device: torch.device) -> float | None:
    return torch.cuda.max_memory_allocated(device) / 2**30 if device.type == "cuda" else None


def reset_peak(device: torch.device) -> None:
    gc.collect()
    if device.type == "cuda":
        torch.cuda.empty_cache()
        torch.cuda.reset_peak_memory_stats(device)


def timed(fn, repeat: int, device: torch.device) -> list[float]:
    fn()  # warm-up: kernels, compilation, offload hooks
    times = []
    for _ in range(repeat):
        synchronize(device)
        started = time.perf_counter()
        fn()
        synchronize(device)
        times.append(time.perf_counter() - started)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=["full", "tiny"], default="full")
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--dtype", default="auto", choices=["auto", "float16", "bfloat16", "float32"])
    parser.add_argument("--steps", default="25,50", help="comma list of step counts")
    parser.add_argument("--modes", default="plain,eager,compiled,offload")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--guidance", type=float, default=5.0)
    args = parser.parse_args(argv)

    device = torch.device(args.device)
    dtype = pick_dtype(args.dtype, device)
    size = FULL if args.size == "full" else TINY
    side = size.sample_size * 8
    print(f"building the {args.size} architecture with random weights ({side}x{side}, {dtype}, {device}) ...")
    started = time.perf_counter()
    pipe = build_pipeline(size).to(dtype)
    pipe.set_progress_bar_config(disable=True)
    params = sum(p.numel() for p in pipe.transformer.parameters()) / 1e9
    print(f"built in {time.perf_counter() - started:.0f} s; transformer {params:.2f} B parameters")

    rows: list[tuple[str, int, float, float, float | None]] = []
    baseline: dict[int, float] = {}
    for mode in args.modes.split(","):
        place(pipe, device, "model" if mode == "offload" else "none")
        reset_peak(device)
        painter = Painter(pipe, name=f"random-{args.size}", kind="external")
        if mode == "compiled":
            compile_blocks(pipe)
        for steps in (int(s) for s in args.steps.split(",")):
            if mode == "plain":

                def draw(steps=steps):
                    generator = torch.Generator("cpu").manual_seed(0)
                    pipe(
                        PROMPT,
                        height=side,
                        width=side,
                        num_inference_steps=steps,
                        guidance_scale=args.guidance,
                        generator=generator,
                        use_resolution_binning=False,
                    )
            else:
                req = DrawRequest(PROMPT, "", 0, side, side, steps, args.guidance)

                def draw(req=req, painter=painter):
                    painter.draw(req)

            times = timed(draw, args.repeat, device)
            median = statistics.median(times)
            if mode == "plain":
                baseline[steps] = median
            ratio = median / baseline[steps] if steps in baseline else float("nan")
            rows.append((mode, steps, median, ratio, peak_gib(device)))
            print(f"  {mode:<9} {steps:>3} steps  {median:7.2f} s", flush=True)
        if mode == "compiled":  # the next mode measures the model as loaded, not compiled
            for block in pipe.transformer.blocks:
                block._compiled_call_impl = None
        if mode == "offload":
            pipe.remove_all_hooks()

    print()
    print(f"{'mode':<10} {'steps':>5} {'s/picture':>10} {'vs plain':>9} {'peak GiB':>9}")
    for mode, steps, median, ratio, peak in rows:
        peak_text = f"{peak:9.1f}" if peak is not None else f"{'-':>9}"
        print(f"{mode:<10} {steps:>5} {median:>10.2f} {ratio:>8.2f}x {peak_text}")
    print(
        f"\ndevice: {torch.cuda.get_device_name(device) if device.type == 'cuda' else 'cpu'}; torch {torch.__version__}"
    )
    print("targets (H100/H200): <= 2.5 s at 25 steps fp16 compiled; peak <= 12 GiB with model offload")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
