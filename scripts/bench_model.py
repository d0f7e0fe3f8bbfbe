"""How long does the bundled model take to draw one 128x128 picture on this CPU?

    .venv/bin/python scripts/bench_model.py                       # assets/shapes-dit, 2 threads
    .venv/bin/python scripts/bench_model.py --model=/path/to/folder --repeats=7 --sweep=10,15,20,25

Prints the median over ``--repeats`` draws (after one warm-up) of:
* Inkturn: ``Painter.draw`` as the studio calls it: its default steps and guidance, prompt states
  cached, float32 on the CPU;
* the same at each step count of ``--sweep`` (the scheduler's step count was chosen with this);
* stock: a plain ``HunyuanDiTPipeline.__call__`` with the pipeline's own defaults (50 steps,
  guidance 5.0, the saved scheduler, PIL output, resolution binning off at 128x128).

The stock call gets its prompt states from ``core.text_encoding.encode_texts`` (once, outside the
timing, like the painter's cache): ``pipe(prompt)`` pads every prompt to 77 + 256 tokens, which the
bundled model, built for 64 + 64, cannot read. Everything else in that call is the stock path.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import core.bundled.pixel_autoencoder  # noqa: E402,F401 - the pipeline folder names this module for its VAE
from core.painter import DrawRequest, Painter  # noqa: E402
from core.settings import BUNDLED_MODEL_DIR  # noqa: E402
from core.text_encoding import encode_texts  # noqa: E402

PROMPT = "a large red circle at the top left and a small blue star at the bottom right, on a yellow background"
DEFAULT_STEPS, DEFAULT_GUIDANCE = 20, 5.0  # the studio's defaults (core/settings.py)


def median_seconds(fn, repeats: int) -> float:
    fn()  # warm-up: first-call allocations, prompt cache
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", default=str(BUNDLED_MODEL_DIR), help="diffusers pipeline folder")
    parser.add_argument("--threads", type=int, default=2, help="torch CPU threads")
    parser.add_argument("--repeats", type=int, default=5, help="timed draws per measurement")
    parser.add_argument("--steps", type=int, default=DEFAULT_STEPS, help="the default steps being judged")
    parser.add_argument("--guidance", type=float, default=DEFAULT_GUIDANCE)
    parser.add_argument("--sweep", default="10,15,20,25", help="other step counts to time; empty: none")
    parser.add_argument("--stock_steps", type=int, default=50, help="steps of the stock call (its default)")
    args = parser.parse_args()
    if not (Path(args.model) / "model_index.json").exists():
        raise SystemExit(f"no pipeline folder at {args.model} (train one with scripts/train_model.py)")
    torch.set_num_threads(args.threads)

    painter = Painter.load(args.model, device="cpu", dtype="float32", kind="bundled")
    size = painter.info.native_size[0]
    print(f"model {args.model} ({size}x{size}), {args.threads} threads, torch {torch.__version__}")

    def inkturn(steps: int):
        req = DrawRequest(PROMPT, "", seed=0, width=size, height=size, steps=steps, guidance=args.guidance)
        return lambda: painter.draw(req)

    ours = median_seconds(inkturn(args.steps), args.repeats)
    sweep = [int(s) for s in args.sweep.split(",") if s.strip()]
    for steps in sweep:
        t = ours if steps == args.steps else median_seconds(inkturn(steps), args.repeats)
        print(f"  inkturn  {steps:3d} steps, guidance {args.guidance}: {t:.3f} s median")

    pipe = painter.pipe  # the same loaded pipeline, called the stock way
    with torch.inference_mode():
        cond, uncond = encode_texts(pipe, [PROMPT]), encode_texts(pipe, [""])

    def stock():
        with torch.inference_mode():
            pipe(
                prompt_embeds=cond.embeds,
                prompt_attention_mask=cond.mask,
                prompt_embeds_2=cond.embeds_2,
                prompt_attention_mask_2=cond.mask_2,
                negative_prompt_embeds=uncond.embeds,
                negative_prompt_attention_mask=uncond.mask,
                negative_prompt_embeds_2=uncond.embeds_2,
                negative_prompt_attention_mask_2=uncond.mask_2,
                height=size,
                width=size,
                num_inference_steps=args.stock_steps,
                use_resolution_binning=False,
                generator=torch.Generator("cpu").manual_seed(0),
            )

    theirs = median_seconds(stock, args.repeats)
    print()
    print(f"{'':28s}{'steps':>6s}{'median s':>10s}")
    print(f"{'inkturn (Painter.draw)':28s}{args.steps:6d}{ours:10.3f}")
    print(f"{'stock HunyuanDiTPipeline':28s}{args.stock_steps:6d}{theirs:10.3f}")
    print(f"speed-up: {theirs / ours:.1f}x   target: inkturn <= 0.4 s -> {'MET' if ours <= 0.4 else 'NOT MET'}")


if __name__ == "__main__":
    main()
