"""Evaluate the bundled model (or any training checkpoint) on held-out shapes-world prompts.

    .venv/bin/python scripts/eval_model.py                                    # assets/shapes-dit
    .venv/bin/python scripts/eval_model.py --model=training/checkpoint.safetensors --per_count=24
    .venv/bin/python scripts/eval_model.py --model=training/state/latest.pt --curve=training/curve-full.csv
    .venv/bin/python scripts/eval_model.py --sweep_steps=10,15,20,25 --sweep_guidance=3,5,7

``--model`` takes a pipeline folder, the compact checkpoint (``checkpoint.safetensors`` next to its
``checkpoint.json``) or the full training state (``state/latest.pt``; its EMA weights are used), so
accuracy can be followed against steps during training. Prompts come from scenes the training
never used (core/bundled/data.py: held out by a hash of their attributes), English and Chinese
alternating. Pictures are read back with core/world/checker.py, whose own accuracy on rendered
pictures and on the pixel autoencoder's reconstructions is measured first.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import core.bundled.pixel_autoencoder  # noqa: E402,F401 - model_index.json names it for the VAE
from core.bundled.components import TinyModelConfig, build_pipeline, tokenizer_from_json  # noqa: E402
from core.bundled.data import images_to_latents  # noqa: E402
from core.bundled.evaluation import append_csv, evaluate  # noqa: E402
from core.painter import OWN_MODEL_GUIDANCE  # noqa: E402
from core.settings import BUNDLED_MODEL_DIR  # noqa: E402
from core.world.checker import compare, measure, read_scene  # noqa: E402
from core.world.render import render  # noqa: E402
from core.world.sample import sample_scene  # noqa: E402

TARGETS = {"obj1": 0.90, "obj2": 0.80, "obj3": 0.70, "background": 0.98}
LABELS = {
    "obj1": "one object: object all right",
    "obj2": "two objects: each object all right",
    "obj3": "three objects: each object all right",
    "background": "background colour",
    "en": "English prompts (objects all right)",
    "zh": "Chinese prompts (objects all right)",
    "scene": "whole scene right (no extra objects)",
    "extra": "pictures with an extra object",
    "shape": "  shape",
    "colour": "  colour",
    "size": "  size",
    "position": "  position (an object in the cell)",
}


def load(path: Path) -> tuple[object, int | None]:
    """A float32 pipeline from a folder, the compact checkpoint or the full state; and its step."""
    if path.is_dir():
        from diffusers import HunyuanDiTPipeline

        pipe = HunyuanDiTPipeline.from_pretrained(path, torch_dtype=torch.float32)
        meta = path / "training_config.json"
        step = json.loads(meta.read_text())["step"] if meta.exists() else None
    else:
        if path.suffix == ".safetensors":
            from safetensors.torch import load_file

            meta = json.loads(path.with_suffix(".json").read_text())
            flat = load_file(path)
        else:
            meta = torch.load(path, map_location="cpu", weights_only=False)
            flat = {f"{name}.{k}": v for name, sd in meta["ema"].items() for k, v in sd.items()}
        cfg = TinyModelConfig(**{k: meta["config"][k] for k in TinyModelConfig.__dataclass_fields__})
        pipe = build_pipeline(cfg, tokenizer_from_json(meta["tokenizer"]))
        for name in ("transformer", "text_encoder", "text_encoder_2"):
            prefix = name + "."
            weights = {k[len(prefix) :]: v.float() for k, v in flat.items() if k.startswith(prefix)}
            getattr(pipe, name).load_state_dict(weights)
        step = meta["step"]
    pipe.set_progress_bar_config(disable=True)
    return pipe, step


def checker_accuracy(pipe, n: int, seed: int = 0) -> tuple[dict, float]:
    """The checker on rendered pictures, and on their round trip through the pipeline's autoencoder."""
    rendered = measure(n, seed=seed)
    rng = np.random.default_rng(seed)
    size = int(pipe.transformer.config.sample_size) * pipe.vae_scale_factor
    correct = 0
    for _ in range(n):
        scene = sample_scene(rng)
        image = render(scene, size)
        with torch.no_grad():
            decoded = pipe.vae.decode(images_to_latents(image[None]), return_dict=False)[0]
        back = (decoded / 2 + 0.5).clamp(0, 1).mul(255).round().to(torch.uint8)[0].permute(1, 2, 0).numpy()
        correct += compare(scene, read_scene(back))["scene_correct"]
    return rendered, correct / n


def report(title: str, metrics: dict[str, float], n_prompts: int) -> None:
    print(f"\n{title} ({n_prompts} held-out prompts)")
    for key, value in metrics.items():
        target = TARGETS.get(key)
        verdict = "" if target is None else f"  target >= {target:.0%}: {'PASS' if value >= target else 'FAIL'}"
        print(f"  {LABELS[key]:42s} {value:7.1%}{verdict}")
    if "en" in metrics and "zh" in metrics:
        gap = abs(metrics["en"] - metrics["zh"])
        print(
            f"  {'English vs Chinese gap':42s} {gap * 100:6.1f} pts  target <= 5 pts: {'PASS' if gap <= 0.05 else 'FAIL'}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = (
        BUNDLED_MODEL_DIR
        if (BUNDLED_MODEL_DIR / "model_index.json").exists()
        else ROOT / "training/checkpoint.safetensors"
    )
    parser.add_argument("--model", default=str(default), help="pipeline folder, checkpoint.safetensors or latest.pt")
    parser.add_argument("--per_count", type=int, default=50, help="held-out prompts per object count (1, 2, 3)")
    parser.add_argument("--steps", type=int, default=20, help="sampler steps (the studio's default)")
    parser.add_argument(
        "--guidance",
        type=float,
        default=OWN_MODEL_GUIDANCE,
        help="guidance scale (the studio's default for this model; figures before session 14 were at 5)",
    )
    parser.add_argument(
        "--styles", default="canonical,varied", help="prompt styles: canonical (what the studio sends), varied"
    )
    parser.add_argument(
        "--sweep_steps", default="", help="also score canonical prompts at these step counts, e.g. 10,15,20,25"
    )
    parser.add_argument("--sweep_guidance", default="", help="also score canonical prompts at these guidance scales")
    parser.add_argument(
        "--checker_n", type=int, default=300, help="rendered scenes for the checker's own accuracy; 0 = skip"
    )
    parser.add_argument("--curve", default="", help="append the canonical scores to this CSV (step, metrics)")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    pipe, step = load(Path(args.model))
    print(f"model {args.model} (step {step}), {args.steps} steps, guidance {args.guidance}, seed {args.seed}")

    if args.checker_n:
        rendered, roundtrip = checker_accuracy(pipe, args.checker_n, args.seed)
        ok = rendered["scene_accuracy"] >= 0.99
        print(
            f"\nchecker, {args.checker_n} rendered scenes: scene {rendered['scene_accuracy']:.1%}, "
            f"object {rendered['object_accuracy']:.1%}  target >= 99%: {'PASS' if ok else 'FAIL'}"
        )
        print(f"checker on the autoencoder's reconstructions: scene {roundtrip:.1%} (100% by construction)")

    results = {}
    for style in [s for s in args.styles.split(",") if s]:
        start = time.time()
        metrics, items, _ = evaluate(pipe, args.per_count, args.steps, args.guidance, args.seed, style)
        results[style] = metrics
        report(
            f"{style} prompts, {args.steps} steps, guidance {args.guidance}, {time.time() - start:.0f}s",
            metrics,
            len(items),
        )

    for steps in [int(s) for s in args.sweep_steps.split(",") if s]:
        metrics, items, _ = evaluate(pipe, args.per_count, steps, args.guidance, args.seed)
        report(f"canonical prompts, {steps} steps, guidance {args.guidance}", metrics, len(items))
    for guidance in [float(g) for g in args.sweep_guidance.split(",") if g]:
        metrics, items, _ = evaluate(pipe, args.per_count, args.steps, guidance, args.seed)
        report(f"canonical prompts, {args.steps} steps, guidance {guidance}", metrics, len(items))

    if args.curve and "canonical" in results:
        path = Path(args.curve)
        row = {
            "step": step,
            "per_count": args.per_count,
            "steps": args.steps,
            "guidance": args.guidance,
            **{k: f"{v:.3f}" for k, v in results["canonical"].items()},
        }
        append_csv(path, row)
        print(f"\nappended step {step} to {path}")


if __name__ == "__main__":
    main()
