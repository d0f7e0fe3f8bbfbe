"""Two diagnoses for the bundled model's training, printed as numbers.

    .venv/bin/python scripts/diagnose_model.py --state=training/state/latest.pt   # x0 error per noise level
    .venv/bin/python scripts/diagnose_model.py --bound                            # what a linear output can reach

``--state``: the DiT's clean-image (x0) error on rendered pictures noised to step t, next to the
error of simply returning the de-scaled input. A model whose error is flat across t has not learned
to keep the detail a nearly clean input already holds (the first session's pictures were blocky).

``--bound``: the DiT's last layer maps each token's hidden state (256 wide) linearly to a 2x2 patch
of the pixel-shuffled latents (768 values), so every token it draws lies in a 256-dim subspace.
This projects rendered pictures' tokens onto their top-k principal components and reads the
reconstructions with the checker: if they read right, the width is not what limits accuracy.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import fields
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.bundled import data  # noqa: E402
from core.bundled.components import (  # noqa: E402
    TinyModelConfig,
    build_pipeline,
    rotary_embedding,
    tokenizer_from_json,
)
from core.text_encoding import encode_texts  # noqa: E402
from core.world.checker import compare, read_scene  # noqa: E402
from core.world.render import render  # noqa: E402
from core.world.sample import canonical_caption, sample_scene  # noqa: E402

LEVELS = (10, 50, 150, 300, 500, 700, 900)


@torch.inference_mode()
def x0_error(state_path: Path, n: int = 48) -> None:
    state = torch.load(state_path, map_location="cpu", weights_only=False)
    cfg = TinyModelConfig(**{f.name: state["config"][f.name] for f in fields(TinyModelConfig)})
    pipe = build_pipeline(cfg, tokenizer_from_json(state["tokenizer"]))
    for name in ("transformer", "text_encoder", "text_encoder_2"):
        getattr(pipe, name).load_state_dict(state["model"][name])
        getattr(pipe, name).eval()
    rng = np.random.default_rng(5)
    scenes = [data.sample_training_scene(rng, 1 + i % 3) for i in range(n)]
    x0 = data.images_to_latents(np.stack([render(s, size=cfg.image_size) for s in scenes]))
    rope = rotary_embedding(cfg)
    states = encode_texts(pipe, [canonical_caption(s, "en") for s in scenes])
    alphas = pipe.scheduler.alphas_cumprod.float()
    print(f"step {state['step']}: x0 MSE per noise level t (model / return the input)")
    for t in LEVELS:
        a = alphas[t]
        noise = torch.randn(x0.shape, generator=torch.Generator().manual_seed(t))
        xt = a.sqrt() * x0 + (1 - a).sqrt() * noise
        pred = pipe.transformer(
            xt,
            torch.full((n,), float(t)),
            encoder_hidden_states=states.embeds,
            text_embedding_mask=states.mask,
            encoder_hidden_states_t5=states.embeds_2,
            text_embedding_mask_t5=states.mask_2,
            image_rotary_emb=rope,
            return_dict=False,
        )[0][:, : x0.shape[1]]
        model = ((pred - x0) ** 2).mean().item()
        identity = ((xt / a.sqrt() - x0) ** 2).mean().item()
        print(f"  t={t:4d}  model {model:.4f}  input {identity:.4f}")


def linear_bound(n: int = 1200, ks: tuple[int, ...] = (64, 128, 256)) -> None:
    rng = np.random.default_rng(0)
    scenes = [sample_scene(rng) for _ in range(n)]
    latents = data.images_to_latents(np.stack([render(s, size=128) for s in scenes]))
    tokens = F.pixel_unshuffle(latents, 2).permute(0, 2, 3, 1).reshape(-1, 768).double()
    half = n // 2 * 64  # fit on the first half, read the second
    mean = tokens[:half].mean(0)
    _, s, v = torch.linalg.svd(tokens[:half] - mean, full_matrices=False)
    kept = (s**2).cumsum(0) / (s**2).sum()
    print(f"{n // 2} held-out pictures through their top-k principal token components:")
    for k in ks:
        basis = v[:k].T
        rec = ((tokens - mean) @ basis) @ basis.T + mean
        lat = F.pixel_shuffle(rec.reshape(n, 8, 8, 768).permute(0, 3, 1, 2).float(), 2)
        pixels = ((F.pixel_shuffle(lat, 8).clamp(-1, 1) + 1) * 127.5).round().byte().permute(0, 2, 3, 1).numpy()
        right = [
            row["correct"]
            for scene, image in zip(scenes[n // 2 :], pixels[n // 2 :], strict=True)
            for row in compare(scene, read_scene(image))["objects"]
        ]
        mse = ((rec[half:] - tokens[half:]) ** 2).mean().item()
        print(f"  k={k:3d}  variance kept {kept[k - 1]:.4f}  x0 MSE {mse:.5f}  objects read right {np.mean(right):.1%}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state", type=Path, help="full training state (state/latest.pt): x0 error per noise level")
    parser.add_argument("--bound", action="store_true", help="reconstructions from k principal components")
    args = parser.parse_args()
    torch.set_num_threads(1)
    if not args.state and not args.bound:
        parser.error("give --state=PATH and/or --bound")
    if args.state:
        x0_error(args.state)
    if args.bound:
        linear_bound()
