"""Build the bundled model's components from a config: tokenizer, two text
encoders, the DiT, the pixel autoencoder and the scheduler.

The training script and the untrained fallback pipeline both start here, so a
random pipeline has exactly the shapes of the trained one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

import torch
from diffusers import DPMSolverMultistepScheduler, HunyuanDiT2DModel, HunyuanDiTPipeline
from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, trainers
from transformers import BertConfig, BertModel, PreTrainedTokenizerFast, T5Config, T5EncoderModel

from core.bundled.pixel_autoencoder import PixelShuffleAutoencoder

SPECIAL_TOKENS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]


@dataclass(frozen=True)
class TinyModelConfig:
    """Every size that decides the bundled model's weights; saved with them."""

    image_size: int = 128
    vocab_size: int = 2048
    text_len: int = 64  # BERT-side tokens (the real model reads 77); longest Chinese caption: 55
    text_len_t5: int = 64  # T5-side tokens (the real model reads 256)
    bert_hidden: int = 128
    bert_layers: int = 2
    bert_heads: int = 4
    t5_hidden: int = 128
    t5_layers: int = 2
    t5_heads: int = 4
    t5_buckets: int = 32  # T5 relative-position buckets; 64 lets Chinese captions (a token a character) bind
    dit_hidden: int = 256
    dit_layers: int = 8
    dit_heads: int = 4
    patch_size: int = 2
    mlp_ratio: float = 4.0

    def to_dict(self) -> dict:
        return asdict(self)


def build_tokenizer(corpus: Iterable[str], vocab_size: int, cjk_chars: bool = False) -> PreTrainedTokenizerFast:
    """A byte-free BPE over English and Chinese text.

    Chinese has no spaces, so BPE merges frequent runs such as 红色 or 左上方
    into single tokens, which keeps Chinese prompts about as short as English.

    ``cjk_chars=True`` (what the trained model uses) makes every Chinese
    character its own token, as Chinese BERT does: with a 2048-token vocabulary
    BPE otherwise merges whole phrases such as 一个大的蓝色三角形位于中间 into
    one token, which a model cannot compose into unseen attribute combinations.
    """
    tok = Tokenizer(models.BPE(unk_token="[UNK]"))
    tok.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    split = [pre_tokenizers.Whitespace(), pre_tokenizers.Punctuation()]
    if cjk_chars:
        split.insert(0, pre_tokenizers.Split(Regex("[\u3400-\u9fff]"), behavior="isolated"))
    tok.pre_tokenizer = pre_tokenizers.Sequence(split)
    tok.decoder = decoders.BPEDecoder()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIAL_TOKENS, show_progress=False)
    tok.train_from_iterator(corpus, trainer=trainer)
    from tokenizers.processors import TemplateProcessing

    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    tok.post_processor = TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", cls_id), ("[SEP]", sep_id)]
    )
    return PreTrainedTokenizerFast(
        tokenizer_object=tok,
        pad_token="[PAD]",
        unk_token="[UNK]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )


def tokenizer_from_json(text: str) -> PreTrainedTokenizerFast:
    """Rebuilds a tokenizer from ``build_tokenizer(...).backend_tokenizer.to_str()``."""
    return PreTrainedTokenizerFast(
        tokenizer_object=Tokenizer.from_str(text),
        pad_token="[PAD]",
        unk_token="[UNK]",
        cls_token="[CLS]",
        sep_token="[SEP]",
        mask_token="[MASK]",
    )


def build_text_encoders(cfg: TinyModelConfig, vocab_size: int) -> tuple[BertModel, T5EncoderModel]:
    bert = BertModel(
        BertConfig(
            vocab_size=vocab_size,
            hidden_size=cfg.bert_hidden,
            num_hidden_layers=cfg.bert_layers,
            num_attention_heads=cfg.bert_heads,
            intermediate_size=cfg.bert_hidden * 4,
            max_position_embeddings=max(cfg.text_len, 64),
            # Trained on endless fresh captions: dropout only slows a tiny model down.
            hidden_dropout_prob=0.0,
            attention_probs_dropout_prob=0.0,
        )
    )
    t5 = T5EncoderModel(
        T5Config(
            vocab_size=vocab_size,
            d_model=cfg.t5_hidden,
            d_kv=cfg.t5_hidden // cfg.t5_heads,
            d_ff=cfg.t5_hidden * 4,
            num_layers=cfg.t5_layers,
            num_heads=cfg.t5_heads,
            feed_forward_proj="gated-gelu",
            relative_attention_num_buckets=cfg.t5_buckets,
            is_encoder_decoder=False,
            dropout_rate=0.0,
        )
    )
    return bert, t5


def build_transformer(cfg: TinyModelConfig, vae: PixelShuffleAutoencoder) -> HunyuanDiT2DModel:
    latent_size = cfg.image_size // vae.config.factor
    return HunyuanDiT2DModel(
        num_attention_heads=cfg.dit_heads,
        attention_head_dim=cfg.dit_hidden // cfg.dit_heads,
        in_channels=vae.latent_channels,
        patch_size=cfg.patch_size,
        sample_size=latent_size,
        hidden_size=cfg.dit_hidden,
        num_layers=cfg.dit_layers,
        mlp_ratio=cfg.mlp_ratio,
        learn_sigma=True,  # the pipeline always splits the output in two
        cross_attention_dim=cfg.bert_hidden,
        cross_attention_dim_t5=cfg.t5_hidden,
        pooled_projection_dim=cfg.dit_hidden,
        text_len=cfg.text_len,
        text_len_t5=cfg.text_len_t5,
        use_style_cond_and_image_meta_size=False,
    )


def build_scheduler(prediction_type: str = "sample") -> DPMSolverMultistepScheduler:
    """DPM-Solver++ on a clean-image (x0, ``"sample"``) predicting model, or a v-predicting one
    (``"v_prediction"``, as Hunyuan-DiT v1.2 itself is)."""
    return DPMSolverMultistepScheduler(
        num_train_timesteps=1000,
        beta_schedule="linear",
        prediction_type=prediction_type,
        algorithm_type="dpmsolver++",
        solver_order=2,
    )


def build_pipeline(cfg: TinyModelConfig, tokenizer: PreTrainedTokenizerFast, seed: int = 0) -> HunyuanDiTPipeline:
    """A complete pipeline with seeded random weights."""
    torch.manual_seed(seed)
    vae = PixelShuffleAutoencoder()
    bert, t5 = build_text_encoders(cfg, len(tokenizer))
    transformer = build_transformer(cfg, vae)
    return HunyuanDiTPipeline(
        vae=vae,
        text_encoder=bert,
        tokenizer=tokenizer,
        transformer=transformer,
        scheduler=build_scheduler(),
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
        text_encoder_2=t5,
        tokenizer_2=tokenizer,
    )


def rotary_embedding(cfg: TinyModelConfig) -> tuple[torch.Tensor, torch.Tensor]:
    """The 2-D RoPE ``HunyuanDiTPipeline`` computes for the model's native size (its step 7),
    for code that calls the transformer directly (training, diagnosis)."""
    from diffusers.models.embeddings import get_2d_rotary_pos_embed
    from diffusers.pipelines.hunyuandit.pipeline_hunyuandit import get_resize_crop_region_for_grid

    grid = cfg.image_size // 8 // cfg.patch_size
    return get_2d_rotary_pos_embed(
        cfg.dit_hidden // cfg.dit_heads,
        get_resize_crop_region_for_grid((grid, grid), 512 // 8 // cfg.patch_size),
        (grid, grid),
        output_type="pt",
    )
