"""Anchor attention for HunyuanDiT2DModel's self-attention (attn1).

The batch holds the current latents first (``n_current`` rows: uncond, cond)
and then the anchor, noised to the same step, in the same order (so each
classifier-free-guidance branch reads its own anchor branch). Every row gets
queries, keys and values with RoPE applied exactly as HunyuanAttnProcessor2_0
does; the current rows then attend to their own keys *and* the anchor's, with
log(weight) added to the anchor logits:

- weight 0: the anchor logits are -inf, so this is plain attention;
- weight 1 and anchor == current: every key appears twice with the same value,
  so the softmax average is unchanged: plain attention again.

``key_keep`` (tokens,) bool drops anchor tokens (dropout, or keep only tokens
outside the edited region). The anchor rows themselves use plain attention.
"""

from __future__ import annotations

import contextlib
import math
from collections.abc import Iterator

import torch
import torch.nn.functional as F
from diffusers.models.attention_processor import Attention, HunyuanAttnProcessor2_0
from diffusers.models.embeddings import apply_rotary_emb


class AnchorAttnProcessor:
    def __init__(self, weight: float = 1.0):
        self.weight = float(weight)
        self.n_current: int | None = None  # None: no anchor rows in this batch -> plain attention
        self.key_keep: torch.Tensor | None = None
        self._plain = HunyuanAttnProcessor2_0()

    def __call__(
        self,
        attn: Attention,
        hidden_states: torch.Tensor,
        encoder_hidden_states: torch.Tensor | None = None,
        attention_mask: torch.Tensor | None = None,
        temb: torch.Tensor | None = None,
        image_rotary_emb: torch.Tensor | None = None,
    ) -> torch.Tensor:
        n = self.n_current
        if n is None or encoder_hidden_states is not None or attention_mask is not None or hidden_states.ndim != 3:
            return self._plain(attn, hidden_states, encoder_hidden_states, attention_mask, temb, image_rotary_emb)
        batch, tokens, _ = hidden_states.shape
        if batch != 2 * n:
            raise ValueError(f"anchor attention expects 2 x {n} rows (current, anchor), got {batch}")
        residual = hidden_states
        query, key, value = attn.to_q(hidden_states), attn.to_k(hidden_states), attn.to_v(hidden_states)
        head_dim = key.shape[-1] // attn.heads
        query, key, value = (x.view(batch, -1, attn.heads, head_dim).transpose(1, 2) for x in (query, key, value))
        if attn.norm_q is not None:
            query = attn.norm_q(query)
        if attn.norm_k is not None:
            key = attn.norm_k(key)
        if image_rotary_emb is not None:  # same positions for the anchor: it is the same grid
            query = apply_rotary_emb(query, image_rotary_emb)
            key = apply_rotary_emb(key, image_rotary_emb)

        out_anchor = F.scaled_dot_product_attention(query[n:], key[n:], value[n:])
        bias = torch.zeros(tokens * 2, dtype=query.dtype, device=query.device)
        anchor_bias = math.log(self.weight) if self.weight > 0 else -math.inf
        bias[tokens:] = anchor_bias
        if self.key_keep is not None:
            bias[tokens:][~self.key_keep.to(query.device)] = -math.inf
        keys = torch.cat([key[:n], key[n:]], dim=2)
        values = torch.cat([value[:n], value[n:]], dim=2)
        out_current = F.scaled_dot_product_attention(query[:n], keys, values, attn_mask=bias.view(1, 1, 1, -1))
        hidden = torch.cat([out_current, out_anchor]).transpose(1, 2).reshape(batch, -1, attn.heads * head_dim)
        hidden = attn.to_out[1](attn.to_out[0](hidden.to(query.dtype)))
        if attn.residual_connection:
            hidden = hidden + residual
        return hidden / attn.rescale_output_factor


@contextlib.contextmanager
def anchor_attention(transformer, weight: float) -> Iterator[AnchorAttnProcessor]:
    """Installs one AnchorAttnProcessor on every block's attn1; restores the old ones after."""
    processor = AnchorAttnProcessor(weight)
    previous = [block.attn1.processor for block in transformer.blocks]
    try:
        for block in transformer.blocks:
            block.attn1.set_processor(processor)
        yield processor
    finally:
        for block, old in zip(transformer.blocks, previous, strict=True):
            block.attn1.set_processor(old)
