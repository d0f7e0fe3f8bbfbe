"""Prompt -> text-encoder states, at the lengths the transformer was built for.

The stock pipeline pads every prompt to 77 + 256 tokens, which doubles the
cost of a small model. Here both lengths come from the transformer's config
(77/256 for Hunyuan-DiT v1.2, much shorter for the bundled model), and the
training script and the painter share this exact code, so what the model saw
in training is what it sees when drawing.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class TextStates:
    """Both encoders' outputs for a batch of prompts (CPU or device tensors)."""

    embeds: torch.Tensor  # (B, text_len, bert_hidden)
    mask: torch.Tensor  # (B, text_len)
    embeds_2: torch.Tensor  # (B, text_len_t5, t5_hidden)
    mask_2: torch.Tensor  # (B, text_len_t5)
    token_ids: torch.Tensor  # (B, text_len) ids fed to the first encoder
    token_ids_2: torch.Tensor  # (B, text_len_t5) ids fed to the second encoder


def text_lengths(transformer_config) -> tuple[int, int]:
    return int(transformer_config.text_len), int(transformer_config.text_len_t5)


def tokenize(tokenizer, texts: list[str], max_length: int) -> tuple[torch.Tensor, torch.Tensor]:
    batch = tokenizer(
        texts,
        padding="max_length",
        max_length=max_length,
        truncation=True,
        return_attention_mask=True,
        return_tensors="pt",
    )
    return batch.input_ids, batch.attention_mask


def count_tokens(tokenizer, text: str) -> int:
    """Tokens the prompt needs, special tokens included (for prompt budgeting)."""
    return len(tokenizer(text, truncation=False).input_ids)


def phrase_ids(tokenizer, text: str) -> list[int]:
    """A phrase's token ids without special tokens (to find it inside a prompt's tokens)."""
    return list(tokenizer(text, add_special_tokens=False).input_ids)


def encode_texts(pipe, texts: list[str], device: torch.device | str | None = None) -> TextStates:
    """Runs both text encoders of a HunyuanDiT pipeline; differentiable."""
    tokens = tokenize_texts(pipe.tokenizer, pipe.tokenizer_2, text_lengths(pipe.transformer.config), texts)
    return encode_tokens(pipe, *tokens, device=device)


def tokenize_texts(tokenizer, tokenizer_2, lengths: tuple[int, int], texts: list[str]) -> tuple[torch.Tensor, ...]:
    """(ids_1, mask_1, ids_2, mask_2) for both encoders: the CPU half of ``encode_texts``,
    which training's batch workers run ahead of the GPU."""
    return (*tokenize(tokenizer, texts, lengths[0]), *tokenize(tokenizer_2, texts, lengths[1]))


def encode_tokens(pipe, ids_1, mask_1, ids_2, mask_2, device: torch.device | str | None = None) -> TextStates:
    """The encoder half of ``encode_texts``."""
    device = device or pipe.text_encoder.device
    ids_1, mask_1, ids_2, mask_2 = (t.to(device) for t in (ids_1, mask_1, ids_2, mask_2))
    embeds_1 = pipe.text_encoder(ids_1, attention_mask=mask_1)[0]
    embeds_2 = pipe.text_encoder_2(ids_2, attention_mask=mask_2)[0]
    return TextStates(embeds_1, mask_1, embeds_2, mask_2, ids_1, ids_2)
