"""Slot tokens: a caption's parse laid out at fixed token positions (issue 18, hypothesis 1).

The tokenizer's post-processor puts ``[BG] [C1] ... [C9]`` right after ``[CLS]`` in every
encoding, so slot *k* is always token ``1 + k`` whatever the caption says, and a standard
``HunyuanDiTPipeline`` folder needs nothing else: its tokenizers add them by themselves.
``scripts/pretrain_text_encoders.py`` trains both text encoders with a ``SlotHead`` that reads
the background colour off ``[BG]`` and each cell's content (empty or a shape, its colour and size)
off ``[C1]..[C9]``, from the caption alone. A DiT reading those states can then find a cell's
object by position instead of by parsing the sentence.

Nothing here changes the shipped model: its tokenizer has no slots and never meets this module.
"""

from __future__ import annotations

import numpy as np
import torch
from tokenizers import Tokenizer
from tokenizers.processors import TemplateProcessing
from torch import nn
from transformers import PreTrainedTokenizerFast

from core.world import vocab

COLOURS = list(vocab.COLOURS)  # label = index; the contract's order
SHAPES = list(vocab.SHAPES)
SIZES = list(vocab.SIZES)
POSITIONS = list(vocab.POSITIONS)  # top-left, top, top-right, left, ..., bottom-right: cell k is [C{k+1}]
SLOT_TOKENS = ["[BG]"] + [f"[C{k + 1}]" for k in range(len(POSITIONS))]
FIRST_SLOT = 1  # right after [CLS]
N_SLOTS = len(SLOT_TOKENS)
EMPTY = 0  # shape label of an empty cell; shapes are 1..4
IGNORE = -100  # colour and size of an empty cell: no loss, not scored


def add_slot_tokens(tokenizer: PreTrainedTokenizerFast) -> PreTrainedTokenizerFast:
    """A copy of ``tokenizer`` (``build_tokenizer``'s) whose encodings read ``[CLS] [BG] [C1]..[C9] text [SEP]``.

    The slots are special tokens of the post-processor, so truncation keeps them (it cuts the
    text), an empty prompt gets them too, and a folder saved with ``save_pretrained`` adds them
    when loaded back by transformers.
    """
    backend = Tokenizer.from_str(tokenizer.backend_tokenizer.to_str())
    if backend.token_to_id(SLOT_TOKENS[0]) is not None:
        raise ValueError("this tokenizer already has slot tokens")
    backend.add_special_tokens(SLOT_TOKENS)
    specials = ["[CLS]", *SLOT_TOKENS, "[SEP]"]
    backend.post_processor = TemplateProcessing(
        single=" ".join(["[CLS]", *SLOT_TOKENS, "$A", "[SEP]"]),
        pair=" ".join(["[CLS]", *SLOT_TOKENS, "$A", "[SEP]", "$B:1", "[SEP]:1"]),
        special_tokens=[(t, backend.token_to_id(t)) for t in specials],
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=backend,
        pad_token="[PAD]",
        unk_token="[UNK]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )


def has_slot_tokens(tokenizer) -> bool:
    ids = tokenizer("").input_ids
    return len(ids) == N_SLOTS + 2 and tokenizer.convert_ids_to_tokens(ids[FIRST_SLOT : FIRST_SLOT + N_SLOTS]) == (
        SLOT_TOKENS
    )


def scene_labels(scene) -> np.ndarray:
    """(1 + 3 * 9,) int64: background colour, then per cell shape (0 = empty), colour, size."""
    cells = np.full((len(POSITIONS), 3), IGNORE, dtype=np.int64)
    cells[:, 0] = EMPTY
    for obj in scene.objects:
        cells[POSITIONS.index(obj.position)] = (
            1 + SHAPES.index(obj.shape),
            COLOURS.index(obj.colour),
            SIZES.index(obj.size),
        )
    return np.concatenate([[COLOURS.index(scene.background)], cells.reshape(-1)])


class SlotHead(nn.Module):
    """Linear read-outs on an encoder's slot states: one for [BG], one shared by the nine cells.

    Linear on purpose: what the head reads, a DiT's cross-attention can read too.
    """

    def __init__(self, hidden: int):
        super().__init__()
        self.background = nn.Linear(hidden, len(COLOURS))
        self.cell = nn.Linear(hidden, 1 + len(SHAPES) + len(COLOURS) + len(SIZES))

    def forward(self, states: torch.Tensor) -> dict[str, torch.Tensor]:
        """states (B, T, hidden) -> logits: background (B, 8), shape (B, 9, 5), colour (B, 9, 8), size (B, 9, 2)."""
        slots = states[:, FIRST_SLOT : FIRST_SLOT + N_SLOTS].float()
        cells = self.cell(slots[:, 1:])
        n_shape, n_colour = 1 + len(SHAPES), len(COLOURS)
        return {
            "background": self.background(slots[:, 0]),
            "shape": cells[..., :n_shape],
            "colour": cells[..., n_shape : n_shape + n_colour],
            "size": cells[..., n_shape + n_colour :],
        }


def _split(labels: torch.Tensor) -> dict[str, torch.Tensor]:
    cells = labels[:, 1:].view(labels.shape[0], len(POSITIONS), 3)
    return {"background": labels[:, 0], "shape": cells[..., 0], "colour": cells[..., 1], "size": cells[..., 2]}


def slot_loss(logits: dict[str, torch.Tensor], labels: torch.Tensor) -> torch.Tensor:
    """Sum of the four cross-entropies (colour and size only on occupied cells)."""
    target = _split(labels)
    return sum(
        nn.functional.cross_entropy(logits[k].reshape(-1, logits[k].shape[-1]), target[k].reshape(-1))
        for k in ("background", "shape", "colour", "size")
    )


@torch.no_grad()
def parse_correct(logits: dict[str, torch.Tensor], labels: torch.Tensor) -> torch.Tensor:
    """(B,) bool: every slot of the caption exactly right (background, and each cell's
    emptiness, shape, colour and size; an empty cell's colour and size are not read)."""
    target = _split(labels)
    ok = logits["background"].argmax(-1) == target["background"]
    ok &= (logits["shape"].argmax(-1) == target["shape"]).all(-1)
    for k in ("colour", "size"):
        ok &= ((logits[k].argmax(-1) == target[k]) | (target[k] == IGNORE)).all(-1)
    return ok
