"""Score a shapes-world pipeline: draw held-out prompts, read the pictures back with the checker.

Prompts come only from held-out scenes (``core.bundled.data.is_held_out``), English and Chinese
alternating, so no prompt was ever trained on. A picture is drawn the way the painter draws it
(prompt states from ``encode_texts``, "" as the negative prompt, the seed's CPU noise), several
prompts per pipeline call, and scored with ``core.world.checker.compare``.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import torch

from core.bundled.data import LANGS, sample_held_out_scene
from core.text_encoding import encode_texts
from core.world.checker import compare, read_scene
from core.world.sample import canonical_caption, caption


def append_csv(path, row: dict) -> None:
    """One row of a log (curve.csv, log.csv), with the header when the file is new."""
    import csv
    from pathlib import Path

    path = Path(path)
    new = not path.exists()
    with path.open("a", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(row))
        if new:
            writer.writeheader()
        writer.writerow(row)


def held_out_items(per_count: int, seed: int = 0, style: str = "canonical") -> list[dict]:
    """``per_count`` prompts for each object count (1, 2, 3); languages alternate.

    style "canonical" is the sentence the studio's rewriter sends; "varied" a random template.
    """
    if style not in ("canonical", "varied"):
        raise ValueError(f"style must be 'canonical' or 'varied', got {style!r}")
    rng = np.random.default_rng([seed, 2024])
    items = []
    for count in (1, 2, 3):
        for i in range(per_count):
            scene = sample_held_out_scene(rng, count)
            lang = LANGS[i % 2]
            prompt = canonical_caption(scene, lang) if style == "canonical" else caption(scene, lang, rng)
            items.append({"scene": scene, "lang": lang, "count": count, "prompt": prompt, "seed": 1000 + len(items)})
    return items


@torch.inference_mode()
def draw(pipe, prompts: list[str], seeds: list[int], steps: int, guidance: float, batch: int = 16) -> list[np.ndarray]:
    """uint8 (H, W, 3) pictures, one per prompt, drawn as the painter draws them."""
    for module in (pipe.transformer, pipe.text_encoder, pipe.text_encoder_2):
        module.eval()
    size = int(pipe.transformer.config.sample_size) * pipe.vae_scale_factor
    channels = pipe.transformer.config.in_channels
    latent = size // pipe.vae_scale_factor
    dtype = pipe.transformer.dtype
    images = []
    for start in range(0, len(prompts), batch):
        chunk, chunk_seeds = prompts[start : start + batch], seeds[start : start + batch]
        cond, uncond = encode_texts(pipe, chunk), encode_texts(pipe, [""] * len(chunk))
        noise = torch.cat(
            [
                torch.randn((1, channels, latent, latent), generator=torch.Generator("cpu").manual_seed(s))
                for s in chunk_seeds
            ]
        )
        out = pipe(
            prompt_embeds=cond.embeds.to(dtype),
            prompt_attention_mask=cond.mask,
            prompt_embeds_2=cond.embeds_2.to(dtype),
            prompt_attention_mask_2=cond.mask_2,
            negative_prompt_embeds=uncond.embeds.to(dtype),
            negative_prompt_attention_mask=uncond.mask,
            negative_prompt_embeds_2=uncond.embeds_2.to(dtype),
            negative_prompt_attention_mask_2=uncond.mask_2,
            height=size,
            width=size,
            num_inference_steps=steps,
            guidance_scale=guidance,
            latents=noise.to(dtype),
            use_resolution_binning=False,
            output_type="latent",
        ).images
        decoded = pipe.vae.decode(out / pipe.vae.config.scaling_factor, return_dict=False)[0]
        pixels = (decoded.float() / 2 + 0.5).clamp(0, 1).mul(255).round().to(torch.uint8)
        images += list(pixels.permute(0, 2, 3, 1).cpu().numpy())
    return images


def score(items: list[dict], images: list[np.ndarray]) -> dict[str, float]:
    """Object-level accuracy per object count and language, background and whole-scene accuracy."""
    hits: dict[str, list[bool]] = defaultdict(list)
    for item, image in zip(items, images, strict=True):
        result = compare(item["scene"], read_scene(image))
        objects = [row["correct"] for row in result["objects"]]
        hits[f"obj{item['count']}"] += objects
        hits[item["lang"]] += objects
        hits["background"].append(result["background"])
        hits["scene"].append(result["scene_correct"])
        hits["extra"].append(bool(result["extra"]))
        for attribute in ("shape", "colour", "size", "position"):
            hits[attribute] += [row["attributes"][attribute] for row in result["objects"]]
    order = ["obj1", "obj2", "obj3", "background", "en", "zh", "scene", "extra", "shape", "colour", "size", "position"]
    return {key: float(np.mean(hits[key])) for key in order if hits[key]}


def evaluate(
    pipe,
    per_count: int,
    steps: int = 20,
    guidance: float = 5.0,
    seed: int = 0,
    style: str = "canonical",
    batch: int = 16,
) -> tuple[dict[str, float], list[dict], list[np.ndarray]]:
    items = held_out_items(per_count, seed, style)
    images = draw(pipe, [i["prompt"] for i in items], [i["seed"] for i in items], steps, guidance, batch)
    return score(items, images), items, images


def quick_eval(pipe, per_count: int = 16, steps: int = 20, guidance: float = 5.0, seed: int = 0) -> dict[str, float]:
    """The few numbers the training loop writes to curve.csv."""
    metrics, _, _ = evaluate(pipe, per_count, steps, guidance, seed)
    keep = ("obj1", "obj2", "obj3", "background", "en", "zh", "scene")
    return {k: metrics[k] for k in keep if k in metrics}


# -- the stored reference picture (tests/test_bundled_model.py) ---------------------------------

REFERENCE_REQUEST = {
    "prompt": "a large red circle at the top left and a small blue star at the bottom right, on a yellow background",
    "negative_prompt": "",
    "seed": 7,
    "width": 128,
    "height": 128,
    "steps": 20,
    "guidance": 5.0,
}
#: The reference is compared as 16x16 means of 8x8 blocks, within this many grey levels: robust to
#: float differences between CPUs (fp16 weights loaded as float32) that move an edge pixel or two.
REFERENCE_TOLERANCE = 4.0


def thumbnail(image: np.ndarray, block: int = 8) -> np.ndarray:
    """(H, W, 3) uint8 -> (H/block, W/block, 3) float block means."""
    h, w, c = image.shape
    return image.reshape(h // block, block, w // block, block, c).astype(np.float64).mean(axis=(1, 3))


def write_reference(folder) -> dict:
    """Draw REFERENCE_REQUEST with the saved folder exactly as the studio does; store it next to the weights."""
    import json
    from pathlib import Path

    from core.painter import DrawRequest, Painter

    painter = Painter.load(str(folder), device="cpu", dtype="float32", kind="bundled")
    width, height = painter.info.native_size  # 128x128 for the bundled model; tests train smaller ones
    request = {**REFERENCE_REQUEST, "width": width, "height": height}
    image = np.asarray(painter.draw(DrawRequest(**request)).image)
    got = read_scene(image)
    reference = {
        "request": request,
        "tolerance": REFERENCE_TOLERANCE,
        "thumbnail": np.round(thumbnail(image), 2).tolist(),
        "checker": {
            "background": got.background,
            "objects": [[o.position, o.size, o.colour, o.shape] for o in got.objects],
        },
        "torch": torch.__version__,
    }
    Path(folder, "reference.json").write_text(json.dumps(reference))
    return reference
