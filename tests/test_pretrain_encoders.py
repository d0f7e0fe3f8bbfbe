"""scripts/pretrain_text_encoders.py on a tiny config, and the slot tokens it relies on (issue 18).

The script runs in subprocesses (so it cannot rot): scratch -> stopped after one step -> resumed to
the end and exported; an uninterrupted run must log the same loss. The export's tokenizer, loaded
back through transformers, must add the slots by itself; the heads and the loss are checked in-process.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

pytest.importorskip("core.world.sample", reason="core/world (captions) is needed to make training data")

from core.bundled import data, slots  # noqa: E402
from core.bundled.components import TinyModelConfig, build_text_encoders, build_tokenizer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TINY = [
    "--bert_hidden=16",
    "--bert_layers=1",
    "--bert_heads=2",
    "--t5_hidden=16",
    "--t5_layers=1",
    "--t5_heads=2",
    "--tokenizer_scenes=50",
    "--batch_size=8",
    "--micro_batch=4",
    "--eval_per_style=6",
    "--eval_every=1",
    "--log_every=1",
    "--warmup_steps=1",
]


@pytest.fixture(scope="module")
def tokenizer():
    return slots.add_slot_tokens(build_tokenizer(data.tokenizer_corpus(50, seed=0), 2048, cjk_chars=True))


def pretrain(folder: Path, *args: str) -> str:
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "pretrain_text_encoders.py"),
        f"--out_dir={folder}",
        f"--export_dir={folder / 'export'}",
        *TINY,
        *args,
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def log_rows(folder: Path) -> list[dict]:
    with (folder / "encoders-v2-log.csv").open() as f:
        return list(csv.DictReader(f))


def test_slots_follow_cls_even_when_the_caption_is_cut(tokenizer):
    long = "a large red circle at the top left and a small blue star at the bottom right, on a yellow background"
    for text in (long, "", "黄色背景上，左上方有一个大的红色圆形"):
        tokens = tokenizer.convert_ids_to_tokens(tokenizer(text, truncation=True, max_length=16).input_ids)
        assert tokens[: 1 + slots.N_SLOTS] == ["[CLS]", *slots.SLOT_TOKENS] and tokens[-1] == "[SEP]", tokens
    assert slots.has_slot_tokens(tokenizer)


def test_the_shipped_tokenizer_has_no_slots():
    folder = ROOT / "assets" / "shapes-dit" / "tokenizer"
    if not folder.exists():
        pytest.skip("assets/shapes-dit is not there")
    from transformers import AutoTokenizer

    assert not slots.has_slot_tokens(AutoTokenizer.from_pretrained(folder))


def test_labels_heads_and_loss_on_a_fixed_batch(tokenizer):
    rng = np.random.default_rng(0)
    scenes = [data.sample_training_scene(rng, 1 + i % 3) for i in range(8)]
    texts = [data.training_caption(s, rng) for s in scenes]
    labels = torch.from_numpy(np.stack([slots.scene_labels(s) for s in scenes]))
    assert labels.shape == (8, 1 + 3 * 9)
    assert [(labels[i, 1::3] != slots.EMPTY).sum().item() for i in range(8)] == [len(s.objects) for s in scenes]

    torch.manual_seed(0)
    cfg = TinyModelConfig(bert_hidden=16, bert_layers=1, bert_heads=2, t5_hidden=16, t5_layers=1, t5_heads=2)
    bert, t5 = build_text_encoders(cfg, len(tokenizer))
    heads = {"bert": slots.SlotHead(16), "t5": slots.SlotHead(16)}
    batch = tokenizer(texts, padding=True, return_tensors="pt")
    params = [p for m in (bert, t5, *heads.values()) for p in m.parameters()]
    optimizer = torch.optim.AdamW(params, lr=3e-3)
    losses = []
    for _ in range(40):
        states = {"bert": bert(**batch)[0], "t5": t5(batch.input_ids, attention_mask=batch.attention_mask)[0]}
        logits = {k: heads[k](v) for k, v in states.items()}
        loss = sum(slots.slot_loss(lg, labels) for lg in logits.values())
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    shapes = {k: tuple(v.shape) for k, v in logits["t5"].items()}
    assert shapes == {"background": (8, 8), "shape": (8, 9, 5), "colour": (8, 9, 8), "size": (8, 9, 2)}
    assert losses[-1] < 0.5 * losses[0], losses
    assert slots.parse_correct(logits["bert"], labels).shape == (8,)


@pytest.fixture(scope="module")
def pretrained(tmp_path_factory) -> Path:
    """Two runs of 3 steps: one stopped after its first step and resumed, one straight through."""
    root = tmp_path_factory.mktemp("pretrain")
    pretrain(root / "a", "--max_steps=3", "--max_minutes=0.0001")  # stops after one step
    assert [r["step"] for r in log_rows(root / "a")] == ["1"]
    assert "resumed at step 1" in pretrain(root / "a", "--max_steps=3")
    pretrain(root / "b", "--max_steps=3")
    return root


def test_pretrain_resume_is_exact_and_the_export_loads_back(pretrained):
    resumed, straight = log_rows(pretrained / "a"), log_rows(pretrained / "b")
    assert [r["step"] for r in resumed] == ["1", "2", "3"]
    assert [r["loss"] for r in resumed] == [r["loss"] for r in straight]

    from transformers import AutoTokenizer, BertModel, T5EncoderModel

    export = pretrained / "a" / "export"
    for name in ("tokenizer", "tokenizer_2"):
        tok = AutoTokenizer.from_pretrained(export / name)
        ids = tok("a small blue star at the top").input_ids
        assert tok.convert_ids_to_tokens(ids[:11]) == ["[CLS]", *slots.SLOT_TOKENS]
    bert = BertModel.from_pretrained(export / "text_encoder")
    t5 = T5EncoderModel.from_pretrained(export / "text_encoder_2")
    assert bert.dtype == torch.float16 and bert.config.hidden_size == 16 and t5.config.d_model == 16
    assert (export / "slot_heads.safetensors").exists() and (export / "pretrain_config.json").exists()


def test_a_dit_trained_on_frozen_slot_encoders_is_a_plain_pipeline_folder(pretrained, tmp_path):
    """scripts/train_model.py --encoders_from: the export is a HunyuanDiTPipeline whose tokenizers add the slots."""
    export = pretrained / "a" / "export"
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "train_model.py"),
        f"--out_dir={tmp_path / 'run'}",
        f"--model_dir={tmp_path / 'model'}",
        f"--encoders_from={export}",
        "--freeze_text_encoders=true",
        *("--dit_hidden=32", "--dit_layers=2", "--dit_heads=2", "--image_size=64", "--batch_size=4"),
        *("--pool_size=32", "--pool_refresh=4", "--eval_every=0", "--warmup_steps=2", "--threads=1"),
        "--max_steps=2",
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr

    from diffusers import HunyuanDiTPipeline
    from transformers import BertModel

    import core.bundled.pixel_autoencoder  # noqa: F401 - model_index.json names it for the VAE

    pipe = HunyuanDiTPipeline.from_pretrained(tmp_path / "model", torch_dtype=torch.float32)
    assert slots.has_slot_tokens(pipe.tokenizer) and slots.has_slot_tokens(pipe.tokenizer_2)
    assert (
        pipe.transformer.config.text_len
        == json.loads((export / "pretrain_config.json").read_text())["config"]["text_len"]
    )
    start = BertModel.from_pretrained(export / "text_encoder").state_dict()
    for key, value in pipe.text_encoder.state_dict().items():  # frozen: the exported encoder is the pretrained one
        assert torch.equal(value.half(), start[key]), key
    assert (tmp_path / "model" / "reference.json").exists()  # drawn through the painter, slots and all
