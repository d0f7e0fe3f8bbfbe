"""scripts/distill_model.py end to end on a tiny teacher built here (nothing is downloaded).

In-process (the script's ``run(argv)``), a few steps each, into tmp_path: the distillation loss goes down
on a fixed batch; a run stopped after one step resumes from its saved step and ends with exactly the
weights of an uninterrupted run; the export is a standard pipeline folder that HunyuanDiTPipeline loads
and the painter draws with at guidance_scale=1.
"""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
import torch

pytest.importorskip("core.world.render", reason="core/world (renderer + captions) is needed to make training data")

ROOT = Path(__file__).resolve().parent.parent


def load_script():
    spec = importlib.util.spec_from_file_location("distill_model", ROOT / "scripts" / "distill_model.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def teacher(tmp_path_factory) -> Path:
    """A random tiny pipeline folder with the training script's layout (64 px, 2-layer DiT)."""
    from core.bundled import data
    from core.bundled.components import TinyModelConfig, build_pipeline, build_tokenizer

    cfg = TinyModelConfig(
        image_size=64,
        text_len=16,
        text_len_t5=16,
        bert_hidden=16,
        bert_layers=1,
        bert_heads=2,
        t5_hidden=16,
        t5_layers=1,
        t5_heads=2,
        dit_hidden=32,
        dit_layers=2,
        dit_heads=2,
    )
    tokenizer = build_tokenizer(data.tokenizer_corpus(30, seed=0), 2048, cjk_chars=True)
    pipe = build_pipeline(cfg, tokenizer, seed=0)
    folder = tmp_path_factory.mktemp("teacher") / "model"
    pipe.save_pretrained(folder, safe_serialization=True)
    config = {"seed": 5, "pool_size": 16, "pool_refresh": 4, "curriculum_steps": 0, "curriculum_ramp": 1}
    (folder / "training_config.json").write_text(json.dumps({"step": 100, "config": config}))
    return folder


def distill(module, teacher: Path, out: Path, *args: str) -> dict:
    common = [f"--teacher={teacher}", f"--out_dir={out}", "--batch_size=4", "--probe_size=8", "--log_every=1"]
    return module.run([*common, "--threads=1", "--warmup_steps=1", *args])


def log_rows(out: Path) -> list[dict]:
    with (out / "log.csv").open() as f:
        return list(csv.DictReader(f))


def test_loss_goes_down_on_a_fixed_batch(teacher, tmp_path):
    module = load_script()
    out = tmp_path / "fixed"
    distill(
        module,
        teacher,
        out,
        "--fixed_batch=true",
        "--max_steps=12",
        "--probe_every=12",
        "--learning_rate=0.003",
        "--decay_start=1",
        "--ema_decay=0",  # the probe reads the EMA: with decay 0 it is the student itself
    )
    probes = [float(r["probe_loss"]) for r in log_rows(out) if r["probe_loss"]]
    assert len(probes) == 2 and probes[1] < 0.7 * probes[0], probes


def test_resume_continues_and_export_draws_at_guidance_one(teacher, tmp_path):
    module = load_script()
    whole, split = tmp_path / "whole", tmp_path / "split"
    distill(module, teacher, whole, "--max_steps=4", "--probe_every=2")
    done = distill(module, teacher, split, "--max_steps=4", "--probe_every=2", "--max_minutes=0.000001")
    assert done["stopped"] and done["step"] == 1 and not (split / "model").exists()
    assert [r["step"] for r in log_rows(split)] == ["0", "1"]
    done = distill(module, teacher, split, "--max_steps=4", "--probe_every=2")
    assert done["step"] == 4 and [r["step"] for r in log_rows(split)] == ["0", "1", "2", "3", "4"]
    # Exact resume: the same weights as the run that was never stopped (per-step RNGs, rebuilt pool).
    a = torch.load(whole / "state" / "latest.pt", weights_only=False)["ema"]
    b = torch.load(split / "state" / "latest.pt", weights_only=False)["ema"]
    assert all(torch.equal(a[k], b[k]) for k in a)

    from diffusers import HunyuanDiTPipeline

    import core.bundled.pixel_autoencoder  # noqa: F401 - model_index.json names it for the VAE
    from core.painter import DrawRequest, Painter

    folder = split / "model"
    card = (folder / "README.md").read_text()
    assert "8 steps" in card and "guidance_scale=1" in card
    assert not (folder / "reference.json").exists()
    assert json.loads((folder / "distill_config.json").read_text())["step"] == 4
    pipe = HunyuanDiTPipeline.from_pretrained(folder, torch_dtype=torch.float32)
    exported = pipe.transformer.state_dict()
    assert all(torch.equal(exported[k], b[k].half().float()) for k in b)
    teacher_dit = HunyuanDiTPipeline.from_pretrained(teacher, torch_dtype=torch.float32).transformer.state_dict()
    assert any(not torch.equal(exported[k], teacher_dit[k].half().float()) for k in exported)  # it was trained
    painter = Painter(pipe, name=str(folder), kind="bundled")
    req = DrawRequest("一个红色圆形 a red circle", "", seed=1, width=64, height=64, steps=2, guidance=1.0)
    image = np.asarray(painter.draw(req).image)
    assert image.shape == (64, 64, 3) and np.array_equal(image, np.asarray(painter.draw(req).image))


def test_on_policy_paths_start_at_zero_loss_and_train(teacher, tmp_path):
    """--trajectory=true: with guidance 1 the teacher's target at the student's own latents is the
    student's prediction (the student starts as the teacher), so the first loss is zero; at guidance 3
    it is not, and the steps move the student toward the teacher's guided drawing (path_mse falls)."""
    module = load_script()
    same = tmp_path / "g1"
    done = distill(module, teacher, same, "--trajectory=true", "--trajectory_steps=2", "--guidance=1", "--max_steps=1")
    assert done["step"] == 1
    first = log_rows(same)
    assert float(first[1]["loss"]) < 1e-10 and float(first[0]["path_mse"]) < 1e-10
    out = tmp_path / "g3"
    distill(
        module,
        teacher,
        out,
        "--fixed_batch=true",  # the probe's captions: the path probe draws the first 8 of them
        "--batch_size=16",
        "--trajectory=true",
        "--trajectory_steps=2",
        "--guidance=3",
        "--max_steps=15",
        "--probe_every=15",
        "--learning_rate=0.0003",
        "--decay_start=1",
        "--ema_decay=0",
    )
    rows = log_rows(out)
    losses = [float(r["loss"]) for r in rows if r["loss"]]
    assert losses[-1] < 0.5 * losses[0], losses
    paths = [float(r["path_mse"]) for r in rows if r["path_mse"]]  # other noise than the training path's
    assert len(paths) == 2 and paths[0] > 1e-4 and paths[1] < 0.7 * paths[0], paths
