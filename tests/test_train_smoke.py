"""scripts/train_model.py end to end on a tiny config: train, resume, export, load, draw.

Runs the real script in subprocesses (so it cannot rot), a few steps each, into tmp_path:
scratch -> resume from the full state -> resume from the compact checkpoint only -> load the
exported folder with HunyuanDiTPipeline.from_pretrained and draw through the painter.
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

pytest.importorskip("core.world.render", reason="core/world (renderer + captions) is needed to make training data")

ROOT = Path(__file__).resolve().parent.parent
TINY = [
    "--dit_hidden=32",
    "--dit_layers=2",
    "--dit_heads=2",
    "--bert_hidden=16",
    "--bert_layers=1",
    "--bert_heads=2",
    "--t5_hidden=16",
    "--t5_layers=1",
    "--t5_heads=2",
    "--image_size=64",
    "--batch_size=4",
    "--pool_size=32",
    "--pool_refresh=4",
    "--tokenizer_scenes=50",
    "--compile=false",
    "--log_every=1",
    "--eval_every=0",
    "--warmup_steps=2",
    "--threads=1",
]


def train(tmp_path: Path, *args: str) -> str:
    cmd = [
        sys.executable,
        str(ROOT / "scripts" / "train_model.py"),
        f"--out_dir={tmp_path / 'run'}",
        f"--model_dir={tmp_path / 'model'}",
        *TINY,
        *args,
    ]
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def log_rows(tmp_path: Path) -> list[dict]:
    with (tmp_path / "run" / "log.csv").open() as f:
        return list(csv.DictReader(f))


def test_train_resume_export_and_load(tmp_path):
    run = tmp_path / "run"
    train(tmp_path, "--max_steps=3", "--max_minutes=0.0001")  # stops after 1 step, like a session ending
    assert [r["step"] for r in log_rows(tmp_path)] == ["1"]
    assert (run / "state" / "latest.pt").exists() and not (tmp_path / "model").exists()

    out = train(tmp_path, "--max_steps=3")
    assert "resumed from state at step 1" in out
    assert [r["step"] for r in log_rows(tmp_path)] == ["1", "2", "3"]
    meta = json.loads((run / "checkpoint.json").read_text())
    assert meta["step"] == 3 and meta["config"]["dit_hidden"] == 32 and meta["config"]["max_steps"] == 3

    # The committed fallback: weights-only checkpoint, fresh optimizer, LR warm-up restarts.
    (run / "state" / "latest.pt").unlink()
    out = train(tmp_path, "--max_steps=4")
    assert "resumed from compact at step 3" in out
    rows = log_rows(tmp_path)
    assert rows[-1]["step"] == "4" and float(rows[-1]["lr"]) < float(rows[-2]["lr"])

    from diffusers import HunyuanDiTPipeline

    import core.bundled.pixel_autoencoder  # noqa: F401 - model_index.json names it for the VAE
    from core.painter import DrawRequest, Painter

    folder = tmp_path / "model"
    assert json.loads((folder / "training_config.json").read_text())["step"] == 4
    pipe = HunyuanDiTPipeline.from_pretrained(folder, torch_dtype=torch.float32)
    assert pipe.transformer.config.in_channels == 192 and pipe.scheduler.config.prediction_type == "sample"
    painter = Painter(pipe, name=str(folder), kind="bundled")
    req = DrawRequest("一个红色圆形 a red circle", "", seed=1, width=64, height=64, steps=2, guidance=5.0)
    image = np.asarray(painter.draw(req).image)
    assert image.shape == (64, 64, 3) and np.array_equal(image, np.asarray(painter.draw(req).image))

    # A fresh clone of a repository that shipped the model but committed no newer checkpoint:
    # the exported folder is the weights-only fallback.
    shipped = {k: v.clone() for k, v in pipe.transformer.state_dict().items()}
    (run / "state" / "latest.pt").unlink()
    (run / "checkpoint.safetensors").unlink()
    (run / "checkpoint.json").unlink()
    out = train(tmp_path, "--max_steps=5", "--export=true")
    assert "resumed from model at step 4" in out
    again = HunyuanDiTPipeline.from_pretrained(folder, torch_dtype=torch.float32).transformer.state_dict()
    assert all(torch.equal(shipped[k], again[k]) for k in shipped)  # fp16 -> fp32 -> fp16 is exact


def test_a_v_predicting_run_exports_a_v_predicting_sampler(tmp_path):
    """``--objective=v`` (issue 18, hypothesis 3): the DiT learns v, and the folder's scheduler says so,
    so the studio samples it correctly without knowing how it was trained."""
    train(tmp_path, "--max_steps=2", "--objective=v")
    rows = log_rows(tmp_path)
    assert [r["step"] for r in rows] == ["1", "2"] and all(np.isfinite(float(r["loss"])) for r in rows)
    config = json.loads((tmp_path / "model" / "scheduler" / "scheduler_config.json").read_text())
    assert config["prediction_type"] == "v_prediction"
    assert json.loads((tmp_path / "model" / "training_config.json").read_text())["config"]["objective"] == "v"


def test_a_fresh_run_can_start_its_dit_from_another_models_dit(tmp_path):
    """``--dit_from`` (issue 18): a run on other encoders or token lengths starts from a trained DiT's
    image side; tensors whose shapes differ (the text padding and pooler positions: 8+8 vs 12+12 tokens) start fresh."""
    first, second = tmp_path / "first", tmp_path / "second"
    train(first, "--max_steps=1", "--text_len=8", "--text_len_t5=8")
    out = train(
        second,
        "--max_steps=1",
        "--text_len=12",
        "--text_len_t5=12",
        f"--dit_from={first / 'model'}",
        "--learning_rate=0",
    )  # LR 0: the exported weights are the starting ones
    assert "fresh: text_embedding_padding" in out
    from safetensors.torch import load_file

    source = load_file(first / "model" / "transformer" / "diffusion_pytorch_model.safetensors")
    started = load_file(second / "model" / "transformer" / "diffusion_pytorch_model.safetensors")
    differ = {k for k in source if source[k].shape != started[k].shape}
    assert differ == {"text_embedding_padding", "time_extra_emb.pooler.positional_embedding"}  # both follow text_len
    same = [k for k in source if k not in differ]
    assert len(same) == 98 and all(torch.equal(source[k], started[k]) for k in same)
