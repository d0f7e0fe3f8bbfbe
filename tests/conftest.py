"""Shared fixtures: tiny seeded pipelines built here, never downloaded."""

from __future__ import annotations

import pytest

from core.bundled.components import TinyModelConfig, build_pipeline, build_tokenizer
from core.painter import Painter

TINY = TinyModelConfig(
    image_size=64,
    vocab_size=300,
    text_len=16,
    text_len_t5=16,
    bert_hidden=32,
    bert_layers=1,
    bert_heads=2,
    t5_hidden=32,
    t5_layers=1,
    t5_heads=2,
    dit_hidden=64,
    dit_layers=2,
    dit_heads=2,
)

CORPUS = [
    "a large red circle at the top left on a blue background",
    "a small green square at the center on a white background",
    "蓝色背景上，右下方有一个小的黄色星形",
    "黄色背景上，左上方有一个大的红色圆形",
    "a small purple triangle at the bottom right and a large black star at the top, on an orange background",
] * 4


@pytest.fixture(scope="session")
def tiny_tokenizer():
    return build_tokenizer(CORPUS, vocab_size=TINY.vocab_size)


def make_tiny_pipeline(tokenizer, seed: int = 0):
    pipe = build_pipeline(TINY, tokenizer, seed=seed)
    pipe.set_progress_bar_config(disable=True)
    return pipe


@pytest.fixture(scope="session")
def tiny_pipeline(tiny_tokenizer):
    return make_tiny_pipeline(tiny_tokenizer)


@pytest.fixture(scope="session")
def tiny_painter(tiny_pipeline):
    return Painter(tiny_pipeline, name="tiny-test", kind="random")
