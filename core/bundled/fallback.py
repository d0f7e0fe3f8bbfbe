"""The untrained stand-in used while assets/ holds no bundled model.

Same architecture and sizes as the bundled model, seeded random weights, and a
tokenizer trained on the shapes world's vocabulary, so every code path (text
lengths, sizes, saving, loading) runs as it will with the trained model.
"""

from __future__ import annotations

import numpy as np

from core.bundled.components import TinyModelConfig, build_pipeline, build_tokenizer
from core.painter import Painter
from core.world import vocab
from core.world.sample import caption, sample_scene


def vocabulary_corpus(n_captions: int = 400, seed: int = 0) -> list[str]:
    rng = np.random.default_rng(seed)
    words = []
    for table in (vocab.COLOURS, vocab.SHAPES, vocab.SIZES, vocab.POSITIONS):
        for term in table.values():
            words += [term.en, term.zh, *term.aliases_en, *term.aliases_zh]
    captions = [caption(sample_scene(rng), lang, rng) for _ in range(n_captions) for lang in ("en", "zh")]
    return words + captions


def random_painter(device: str = "cpu", seed: int = 0, config: TinyModelConfig | None = None) -> Painter:
    cfg = config or TinyModelConfig()
    tokenizer = build_tokenizer(vocabulary_corpus(), vocab_size=cfg.vocab_size)
    pipe = build_pipeline(cfg, tokenizer, seed=seed)
    pipe.to(device)
    pipe.set_progress_bar_config(disable=True)
    return Painter(pipe, name="random-tiny-hunyuan-dit", kind="random")
