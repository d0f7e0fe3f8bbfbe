"""Edit regions outside the shapes world: where the anchor's cross-attention looks at a subject.

One transformer pass over the anchor noised to the middle of the schedule,
with the anchor's own prompt, records every block's attn2 attention from the
image tokens to the subject's tokens (both encoders); the tokens holding the
top ``1 - quantile`` of that attention, grown by one token, are the region.
Deterministic (no sampling), so a replay gets the same mask.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from diffusers.models.attention_processor import HunyuanAttnProcessor2_0
from diffusers.models.embeddings import apply_rotary_emb, get_2d_rotary_pos_embed
from diffusers.pipelines.hunyuandit.pipeline_hunyuandit import get_resize_crop_region_for_grid

from core.text_encoding import TextStates


class MapRecorder:
    """attn2 processor: the plain output, plus the attention paid to ``keys`` per image token."""

    def __init__(self, keys: list[int]):
        self.keys = keys
        self.maps: list[torch.Tensor] = []
        self._plain = HunyuanAttnProcessor2_0()

    def __call__(self, attn, hidden_states, encoder_hidden_states=None, attention_mask=None, temb=None,
                 image_rotary_emb=None):  # fmt: skip
        out = self._plain(attn, hidden_states, encoder_hidden_states, attention_mask, temb, image_rotary_emb)
        batch = hidden_states.shape[0]
        query, key = attn.to_q(hidden_states), attn.to_k(encoder_hidden_states)
        head_dim = key.shape[-1] // attn.heads
        query = query.view(batch, -1, attn.heads, head_dim).transpose(1, 2)
        key = key.view(batch, -1, attn.heads, head_dim).transpose(1, 2)
        if attn.norm_q is not None:
            query = attn.norm_q(query)
        if attn.norm_k is not None:
            key = attn.norm_k(key)
        if image_rotary_emb is not None:
            query = apply_rotary_emb(query, image_rotary_emb)
        probs = torch.softmax((query @ key.transpose(-1, -2)).float() * head_dim**-0.5, dim=-1)
        self.maps.append(probs[-1].mean(0)[:, self.keys].sum(-1))  # (image tokens,)
        return out


def attention_region(
    pipe,
    anchor: torch.Tensor,
    noise: torch.Tensor,
    states: TextStates,
    keys: list[int],
    *,
    quantile: float = 0.75,
    steps: int = 10,
) -> torch.Tensor:
    """(1, 1, h, w) float latent mask (1 = may change) around the subject whose text tokens are ``keys``."""
    transformer, scheduler = pipe.transformer, pipe.scheduler
    device, dtype = transformer.device, transformer.dtype
    height, width = anchor.shape[-2:]
    patch = transformer.config.patch_size
    grid_h, grid_w = height // patch, width // patch
    scheduler.set_timesteps(steps, device=device)
    t = scheduler.timesteps[steps // 2 : steps // 2 + 1]
    latents = scheduler.add_noise(anchor.to(device, dtype), noise.to(device, dtype), t)
    rope = get_2d_rotary_pos_embed(
        transformer.inner_dim // transformer.num_heads,
        get_resize_crop_region_for_grid((grid_h, grid_w), 512 // 8 // patch),
        (grid_h, grid_w),
        device=device,
        output_type="pt",
    )
    recorder = MapRecorder(keys)
    previous = [block.attn2.processor for block in transformer.blocks]
    try:
        for block in transformer.blocks:
            block.attn2.set_processor(recorder)
        with torch.inference_mode():
            transformer(
                latents,
                t.to(device=device, dtype=dtype),
                encoder_hidden_states=states.embeds.to(device, dtype),
                text_embedding_mask=states.mask.to(device),
                encoder_hidden_states_t5=states.embeds_2.to(device, dtype),
                text_embedding_mask_t5=states.mask_2.to(device),
                image_meta_size=torch.tensor([[1024, 1024, height * 8, width * 8, 0, 0]], device=device, dtype=dtype),
                style=torch.tensor([0], device=device),
                image_rotary_emb=rope,
                return_dict=False,
            )
    finally:
        for block, old in zip(transformer.blocks, previous, strict=True):
            block.attn2.set_processor(old)
    heat = torch.stack(recorder.maps).mean(0).view(1, 1, grid_h, grid_w)
    tokens = (heat >= torch.quantile(heat.flatten(), quantile)).float()
    tokens = F.max_pool2d(tokens, 3, stride=1, padding=1)  # one token of margin
    return tokens.repeat_interleave(patch, dim=2).repeat_interleave(patch, dim=3).cpu()
