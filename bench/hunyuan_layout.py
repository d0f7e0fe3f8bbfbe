"""Hunyuan-DiT folders in the real hub layouts, with random weights, built offline.

The real v1.2 folder (``Tencent-Hunyuan/HunyuanDiT-v1.2-Diffusers``) differs from the bundled
model in every part the painter touches: an ``AutoencoderKL`` with 4 latent channels and a
scale factor of 8 (not pixels), a ``BertTokenizer`` that ships only ``vocab.txt``, a
``T5Tokenizer`` that ships only ``spiece.model`` (read through sentencepiece), 77 / 256 text
tokens, a DDPM scheduler predicting v. v1.1 adds style and image-size conditioning
(``use_style_cond_and_image_meta_size=True``). Nothing here downloads anything: the tests build
a tiny folder of each layout, ``bench/bench_gpu.py`` builds the full-size architecture.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import torch
from diffusers import AutoencoderKL, DDPMScheduler, HunyuanDiT2DModel, HunyuanDiTPipeline
from transformers import BertConfig, BertModel, BertTokenizer, T5Config, T5EncoderModel, T5Tokenizer

#: Words the stand-in tokenizers know; the weights are random, so only coverage matters.
CORPUS = [
    "a golden retriever puppy sleeping on a blue knitted blanket next to a fireplace",
    "cozy winter evening, soft warm light, photorealistic, make the blanket red",
    "a large red circle at the top left on a blue background, a small yellow star",
    "一只金毛小狗睡在壁炉旁的蓝色针织毯子上，温暖的灯光，把背景换成夜晚",
    "蓝色背景上，右下方有一个小的黄色星形，左上方有一个大的红色圆形",
]


@dataclass(frozen=True)
class Size:
    """Every dimension that differs between the tiny test folder and the real model."""

    dit_hidden: int
    dit_layers: int
    dit_heads: int
    mlp_ratio: float
    sample_size: int  # latents per side: 128 -> 1024 px
    bert_hidden: int
    bert_layers: int
    bert_heads: int
    bert_ff: int
    bert_vocab: int
    t5_hidden: int
    t5_layers: int
    t5_heads: int
    t5_ff: int
    t5_vocab: int
    vae_channels: tuple[int, ...]
    vae_layers: int


#: A folder that draws 128 px in well under a second on a CPU.
TINY = Size(
    dit_hidden=32,
    dit_layers=2,
    dit_heads=2,
    mlp_ratio=2.0,
    sample_size=16,
    bert_hidden=32,
    bert_layers=1,
    bert_heads=2,
    bert_ff=64,
    bert_vocab=0,  # 0: the stand-in vocabulary's size
    t5_hidden=32,
    t5_layers=1,
    t5_heads=2,
    t5_ff=64,
    t5_vocab=0,
    vae_channels=(8, 8, 8, 8),
    vae_layers=1,
)

#: Hunyuan-DiT v1.2: DiT 1408 x 40 (1.5 B), Chinese BERT-large, the mT5-XL encoder, the SDXL VAE.
FULL = Size(
    dit_hidden=1408,
    dit_layers=40,
    dit_heads=16,
    mlp_ratio=4.3637,
    sample_size=128,
    bert_hidden=1024,
    bert_layers=24,
    bert_heads=16,
    bert_ff=4096,
    bert_vocab=47020,
    t5_hidden=2048,
    t5_layers=24,
    t5_heads=32,
    t5_ff=5120,
    t5_vocab=250112,
    vae_channels=(128, 256, 512, 512),
    vae_layers=2,
)


def _bert_tokenizer(folder: Path) -> BertTokenizer:
    """A WordPiece vocabulary (``vocab.txt``) over the corpus's words and characters."""
    pieces = {ch for line in CORPUS for ch in line if not ch.isspace()}
    words = {w.strip(",.，。").lower() for line in CORPUS for w in line.split()}
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted(words | pieces)]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    (folder / "tokenizer_config.json").write_text(json.dumps({"tokenizer_class": "BertTokenizer"}), encoding="utf-8")
    return BertTokenizer.from_pretrained(str(folder))


def _t5_tokenizer(folder: Path) -> T5Tokenizer:
    """A unigram sentencepiece model (``spiece.model``), as mT5 ships its vocabulary."""
    import sentencepiece

    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.txt"
        corpus.write_text("\n".join(CORPUS * 20), encoding="utf-8")
        sentencepiece.SentencePieceTrainer.train(
            input=str(corpus),
            model_prefix=str(Path(tmp) / "spiece"),
            vocab_size=80,
            hard_vocab_limit=False,
            character_coverage=1.0,
            model_type="unigram",
            pad_id=0,
            eos_id=1,
            unk_id=2,
            bos_id=-1,
            num_threads=1,
            minloglevel=2,
        )
        shutil.copy(Path(tmp) / "spiece.model", folder / "spiece.model")
    return T5Tokenizer.from_pretrained(str(folder))


def build_pipeline(
    size: Size = TINY, *, v11: bool = False, seed: int = 0, tokenizer_dir: Path | None = None
) -> HunyuanDiTPipeline:
    """A pipeline of the real layout with seeded random weights (float32, on the CPU); the
    tokenizers' own files go to ``tokenizer_dir/tokenizer`` and ``tokenizer_dir/tokenizer_2``."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tokenizer_dir) if tokenizer_dir is not None else Path(tmp)
        bert_tok = _bert_tokenizer(root / "tokenizer")
        t5_tok = _t5_tokenizer(root / "tokenizer_2")
    torch.manual_seed(seed)
    bert = BertModel(
        BertConfig(
            vocab_size=size.bert_vocab or len(bert_tok),
            hidden_size=size.bert_hidden,
            num_hidden_layers=size.bert_layers,
            num_attention_heads=size.bert_heads,
            intermediate_size=size.bert_ff,
            max_position_embeddings=512,
        ),
        add_pooling_layer=False,
    )
    t5 = T5EncoderModel(
        T5Config(
            vocab_size=size.t5_vocab or len(t5_tok),
            d_model=size.t5_hidden,
            d_kv=size.t5_hidden // size.t5_heads,
            d_ff=size.t5_ff,
            num_layers=size.t5_layers,
            num_heads=size.t5_heads,
            feed_forward_proj="gated-gelu",
            is_encoder_decoder=False,
        )
    )
    vae = AutoencoderKL(
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * len(size.vae_channels),
        up_block_types=("UpDecoderBlock2D",) * len(size.vae_channels),
        block_out_channels=size.vae_channels,
        layers_per_block=size.vae_layers,
        latent_channels=4,
        norm_num_groups=min(32, size.vae_channels[0]),
        sample_size=size.sample_size * 8,
        scaling_factor=0.13025,
    )
    transformer = HunyuanDiT2DModel(
        num_attention_heads=size.dit_heads,
        attention_head_dim=size.dit_hidden // size.dit_heads,
        in_channels=4,
        patch_size=2,
        activation_fn="gelu-approximate",
        sample_size=size.sample_size,
        hidden_size=size.dit_hidden,
        num_layers=size.dit_layers,
        mlp_ratio=size.mlp_ratio,
        learn_sigma=True,
        cross_attention_dim=size.bert_hidden,
        norm_type="layer_norm",
        cross_attention_dim_t5=size.t5_hidden,
        pooled_projection_dim=1024,
        text_len=77,
        text_len_t5=256,
        use_style_cond_and_image_meta_size=v11,
    )
    scheduler = DDPMScheduler(
        num_train_timesteps=1000,
        beta_start=0.00085,
        beta_end=0.018,
        beta_schedule="scaled_linear",
        prediction_type="v_prediction",
        clip_sample=False,
        steps_offset=1,
        timestep_spacing="leading",
    )
    return HunyuanDiTPipeline(
        vae=vae,
        text_encoder=bert,
        tokenizer=bert_tok,
        transformer=transformer,
        scheduler=scheduler,
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
        text_encoder_2=t5,
        tokenizer_2=t5_tok,
    )


def build_folder(folder: Path, size: Size = TINY, *, v11: bool = False, seed: int = 0) -> Path:
    """A folder ``HunyuanDiTPipeline.from_pretrained`` loads like the real one: the models as
    ``save_pretrained`` writes them, the tokenizers as the hub has them (``vocab.txt`` for BERT,
    ``spiece.model`` for mT5, no ``tokenizer.json``)."""
    folder = Path(folder)
    with tempfile.TemporaryDirectory() as tmp:
        pipe = build_pipeline(size, v11=v11, seed=seed, tokenizer_dir=Path(tmp))
        pipe.save_pretrained(folder)
        for name, cls in (("tokenizer", "BertTokenizer"), ("tokenizer_2", "T5Tokenizer")):
            tok_dir = folder / name
            config = json.loads((tok_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
            shutil.rmtree(tok_dir)
            shutil.copytree(Path(tmp) / name, tok_dir)
            config["tokenizer_class"] = cls
            config.pop("backend", None)
            (tok_dir / "tokenizer_config.json").write_text(json.dumps(config, indent=2), encoding="utf-8")
    return folder
