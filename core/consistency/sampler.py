"""The denoising loop with consistency controls (edit start, region, anchor attention).

A copy of HunyuanDiTPipeline.__call__'s steps 4-8 (same timesteps, rotary
embedding, meta sizes, guidance and scheduler calls, so with no controls it
draws what the pipeline draws), plus:

- edit start: ``set_timesteps`` then begin at index ``steps - int(steps * strength)``
  from ``scheduler.add_noise(anchor, noise, t_start)``, as diffusers' img2img
  pipelines do. Strength 0 runs no step and returns the anchor unchanged.
- edit region: after each step, latents outside the mask are replaced by the
  anchor noised to the next step (exactly the anchor after the last one), at any
  strength, 1 included.
- anchor attention: from step ``anchor_skip`` on, the anchor noised to the
  current step joins the batch and attn1 attends to it (``attention.py``).
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from dataclasses import dataclass

import torch
from diffusers.models.embeddings import get_2d_rotary_pos_embed
from diffusers.pipelines.hunyuandit.pipeline_hunyuandit import get_resize_crop_region_for_grid

from core.consistency.attention import anchor_attention
from core.text_encoding import TextStates


@dataclass
class DrawControls:
    """What a draw does differently from a plain one. All defaults: a plain draw."""

    anchor: torch.Tensor | None = None  # (1, C, h, w) final latents of the anchor turn
    anchor_prompt: TextStates | None = None  # the anchor's own prompt (cond branch); None: this prompt
    strength: float = 1.0  # edit: 1 = from noise; needs ``anchor``
    edit_mask: torch.Tensor | None = None  # (1, 1, h, w) 1 = may change; None = everywhere
    anchor_weight: float = 0.0  # anchor attention weight; 0 = off
    anchor_dropout: float = 0.0
    anchor_skip: int = 0
    anchor_keys: torch.Tensor | None = None  # (tokens,) bool: anchor tokens allowed (region)
    dropout_seed: int = 0
    cond_override: TextStates | None = None  # cond states with subject slices put back

    @property
    def uses_anchor_attention(self) -> bool:
        return self.anchor is not None and self.anchor_weight > 0


def start_index(steps: int, strength: float) -> int:
    """First timestep index for an edit of this strength (diffusers' img2img rule)."""
    return steps - min(int(steps * strength), steps)


def denoise(
    pipe,
    *,
    cond: TextStates,
    uncond: TextStates,
    noise: torch.Tensor,
    height: int,
    width: int,
    steps: int,
    guidance: float,
    controls: DrawControls,
    on_step: Callable[[int, int, torch.Tensor], None] | None = None,
    cancel: threading.Event | None = None,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    transformer, scheduler = pipe.transformer, pipe.scheduler
    # With CPU offload the weights sit on the CPU between calls; the pipeline computes elsewhere.
    device, dtype = pipe._execution_device, transformer.dtype
    # A stochastic scheduler (v1.2 ships DDPM) draws fresh noise every step: from the seed's generator.
    step_kwargs = {"generator": generator} if "generator" in inspect.signature(scheduler.step).parameters else {}
    do_cfg = guidance > 1.0
    cond = controls.cond_override or cond

    # 4. Timesteps, cut by the edit strength.
    scheduler.set_timesteps(steps, device=device)
    anchor = None if controls.anchor is None else controls.anchor.to(device, dtype)
    first = start_index(steps, controls.strength) if anchor is not None else 0
    timesteps = scheduler.timesteps[first * scheduler.order :]
    if anchor is not None and len(timesteps) == 0:
        return anchor.clone()
    if hasattr(scheduler, "set_begin_index"):  # add_noise then reads the right sigma at every step
        scheduler.set_begin_index(first * scheduler.order)

    # 5. Starting latents: the noise, or the anchor noised to the first timestep.
    noise = noise.to(device, dtype)
    latents = scheduler.add_noise(anchor, noise, timesteps[:1]) if first > 0 else noise * scheduler.init_noise_sigma
    # The mask holds even at strength 1 (a start from pure noise): the kept part is the anchor
    # noised to each step, whatever step the edit started at.
    mask = None if controls.edit_mask is None or anchor is None else controls.edit_mask.to(device, dtype)

    # 7. Rotary embedding, style and meta sizes, as the pipeline makes them.
    patch = transformer.config.patch_size
    grid_h, grid_w = height // 8 // patch, width // 8 // patch
    base_size = 512 // 8 // patch
    image_rotary_emb = get_2d_rotary_pos_embed(
        transformer.inner_dim // transformer.num_heads,
        get_resize_crop_region_for_grid((grid_h, grid_w), base_size),
        (grid_h, grid_w),
        device=device,
        output_type="pt",
    )
    style = torch.tensor([0], device=device)
    add_time_ids = torch.tensor([[1024, 1024, height, width, 0, 0]], dtype=dtype)

    def text(states: TextStates, neg: TextStates) -> tuple[torch.Tensor, ...]:
        parts = (neg, states) if do_cfg else (states,)
        return (
            torch.cat([p.embeds for p in parts]).to(device, dtype),
            torch.cat([p.mask for p in parts]).to(device),
            torch.cat([p.embeds_2 for p in parts]).to(device, dtype),
            torch.cat([p.mask_2 for p in parts]).to(device),
        )

    current_text = text(cond, uncond)
    n_current = current_text[0].shape[0]
    anchor_text = text(controls.anchor_prompt or cond, uncond)
    both_text = tuple(torch.cat([a, b]) for a, b in zip(current_text, anchor_text, strict=True))

    keys = controls.anchor_keys
    if controls.anchor_dropout > 0 and controls.uses_anchor_attention:
        tokens = grid_h * grid_w
        generator = torch.Generator("cpu").manual_seed(controls.dropout_seed)
        kept = torch.rand(tokens, generator=generator) >= controls.anchor_dropout
        keys = kept if keys is None else keys & kept

    # 8. Denoising loop.
    with anchor_attention(transformer, controls.anchor_weight) as processor:
        processor.key_keep = keys
        total = len(timesteps)
        for i, t in enumerate(timesteps):
            absolute = first + i
            use_anchor = controls.uses_anchor_attention and absolute >= controls.anchor_skip
            model_input = torch.cat([latents] * 2) if do_cfg else latents
            model_input = scheduler.scale_model_input(model_input, t)
            text_states = current_text
            if use_anchor:
                anchor_t = scheduler.add_noise(anchor, noise, t.reshape(1))
                model_input = torch.cat([model_input, torch.cat([anchor_t] * n_current)])
                text_states = both_text
            processor.n_current = n_current if use_anchor else None
            rows = model_input.shape[0]
            t_expand = torch.tensor([t] * rows, device=device).to(dtype=model_input.dtype)
            out = transformer(
                model_input,
                t_expand,
                encoder_hidden_states=text_states[0],
                text_embedding_mask=text_states[1],
                encoder_hidden_states_t5=text_states[2],
                text_embedding_mask_t5=text_states[3],
                image_meta_size=add_time_ids.to(device=device, dtype=dtype).repeat(rows, 1),
                style=style.repeat(rows),
                image_rotary_emb=image_rotary_emb,
                return_dict=False,
            )[0]
            noise_pred, _ = out[:n_current].chunk(2, dim=1)
            if do_cfg:
                pred_uncond, pred_text = noise_pred.chunk(2)
                noise_pred = pred_uncond + guidance * (pred_text - pred_uncond)
            latents = scheduler.step(noise_pred, t, latents, **step_kwargs, return_dict=False)[0]
            if mask is not None:
                last = i + 1 == total  # after the last step the kept part is the anchor itself
                kept_part = anchor if last else scheduler.add_noise(anchor, noise, timesteps[i + 1 : i + 2])
                latents = mask * latents + (1 - mask) * kept_part
            if on_step is not None:
                on_step(i + 1, total, latents)
            if cancel is not None and cancel.is_set():
                break
    return latents
