"""The real Hunyuan-DiT layouts, on tiny random folders the tests build (never downloaded).

v1.2: AutoencoderKL latents (4 channels, 8x), BertTokenizer from ``vocab.txt`` only, T5Tokenizer
from ``spiece.model`` only, 77/256 text tokens, DDPM predicting v. v1.1 adds style and image-size
conditioning. The painter loads both, draws the same picture for the same seed, accepts the
production flags (offload, compile), and the consistency mechanisms run on latents that are not
pixels.
"""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
import torch

import app
from bench.hunyuan_layout import build_folder
from core.errors import ModelLoadError
from core.painter import VAE_TILING_PIXELS, DrawRequest, Painter, default_guidance, default_steps, pick_dtype


@pytest.fixture(scope="module")
def v12_folder(tmp_path_factory):
    return build_folder(tmp_path_factory.mktemp("layouts") / "HunyuanDiT-v1.2-tiny", seed=3)


@pytest.fixture(scope="module")
def v11_folder(tmp_path_factory):
    return build_folder(tmp_path_factory.mktemp("layouts") / "HunyuanDiT-v1.1-tiny", v11=True, seed=4)


@pytest.fixture(scope="module")
def v12(v12_folder):
    return Painter.load(str(v12_folder), device="cpu")


def request(**kw) -> DrawRequest:
    base = dict(prompt="a golden retriever puppy", negative_prompt="", seed=11, width=128, height=128)
    return DrawRequest(**{**base, "steps": 4, "guidance": 5.0, **kw})


def pixels(result) -> np.ndarray:
    return np.asarray(result.image, dtype=np.int16)


def test_the_folder_has_the_hub_layout(v12_folder):
    assert sorted(os.listdir(v12_folder / "tokenizer")) == ["tokenizer_config.json", "vocab.txt"]
    assert sorted(os.listdir(v12_folder / "tokenizer_2")) == ["spiece.model", "tokenizer_config.json"]
    index = json.loads((v12_folder / "model_index.json").read_text())
    assert index["vae"] == ["diffusers", "AutoencoderKL"]
    assert index["tokenizer"][1] == "BertTokenizer" and index["tokenizer_2"][1] == "T5Tokenizer"


def test_v12_loads_with_its_geometry(v12):
    info = v12.info
    assert (info.kind, info.name) == ("external", "HunyuanDiT-v1.2-tiny")
    assert info.text_lengths == (77, 256)
    assert info.native_size == (128, 128) and v12.vae_scale_factor == 8 and not v12.pixel_space
    assert (info.default_steps, info.default_guidance) == (50, 5.0)
    assert type(v12.pipe.tokenizer_2).__name__ == "T5Tokenizer"
    # The vocabularies were read from vocab.txt and spiece.model, not left empty.
    assert v12.pipe.tokenizer.convert_tokens_to_ids("puppy") != v12.pipe.tokenizer.unk_token_id
    assert v12.pipe.tokenizer_2("puppy").input_ids.count(v12.pipe.tokenizer_2.unk_token_id) == 0


def test_v12_same_seed_same_picture(v12):
    a, b, c = v12.draw(request()), v12.draw(request()), v12.draw(request(seed=12))
    assert a.image.size == (128, 128)
    assert np.array_equal(pixels(a), pixels(b))
    assert not np.array_equal(pixels(a), pixels(c))
    assert a.latents.shape == (1, 4, 16, 16)
    assert a.generation["scheduler"] == "DDPMScheduler"


def test_v11_layout_draws_plain_and_controlled(v11_folder):
    painter = Painter.load(str(v11_folder), device="cpu")
    assert painter.pipe.transformer.config.use_style_cond_and_image_meta_size
    from core.consistency.sampler import DrawControls

    plain = painter.draw(request())
    # The controlled loop (consistency) feeds style and image sizes the way the pipeline does.
    controlled = painter.draw(request(), controls=DrawControls())
    assert np.abs(pixels(plain) - pixels(controlled)).max() <= 2


def test_offload_is_accepted_and_changes_nothing_on_the_cpu(v12_folder, v12):
    offloaded = Painter.load(str(v12_folder), device="cpu", offload="model")
    assert np.array_equal(pixels(offloaded.draw(request())), pixels(v12.draw(request())))
    with pytest.raises(ModelLoadError, match="offload must be one of none, model, sequential"):
        Painter.load(str(v12_folder), device="cpu", offload="everything")


def test_compiled_blocks_draw_the_same_picture(v12_folder, v12):
    compiled = Painter.load(str(v12_folder), device="cpu", compile=True)
    assert all(block._compiled_call_impl is not None for block in compiled.pipe.transformer.blocks)
    diff = np.abs(pixels(compiled.draw(request())) - pixels(v12.draw(request())))
    assert diff.max() <= 2


def test_the_vae_decodes_in_tiles_only_above_the_threshold(v12, monkeypatch):
    vae = v12.pipe.vae
    seen = []
    decode = vae.decode
    monkeypatch.setattr(vae, "decode", lambda *a, **k: (seen.append(vae.use_tiling), decode(*a, **k))[1])
    latents = v12.draw(request()).latents
    assert seen[-1] is False  # 128² is far below a megapixel
    monkeypatch.setattr("core.painter.VAE_TILING_PIXELS", 64 * 64)
    assert v12.decode(latents).size == (128, 128)
    assert seen[-1] is True and vae.use_tiling is False  # tiled for this call only
    assert VAE_TILING_PIXELS == 1024 * 1024


def test_default_steps_follow_the_model():
    assert default_steps("HunyuanDiT-v1.2-Diffusers", "external") == 50
    assert default_steps("Tencent-Hunyuan/HunyuanDiT-v1.2-Diffusers-Distilled", "external") == 25
    assert default_steps("shapes-dit", "bundled") == 20
    # Guidance too: the bundled model binds colours to shapes better at 3 than at Hunyuan-DiT's 5.
    assert (default_guidance("bundled"), default_guidance("random"), default_guidance("external")) == (3.0, 3.0, 5.0)
    assert pick_dtype("auto", torch.device("cpu")) == torch.float32


def test_replay_plays_a_dialogue_on_the_real_layout_with_every_mechanism(v12_folder, tmp_path):
    script = tmp_path / "dialogue.json"
    script.write_text(
        json.dumps(
            {
                "turns": [
                    "a golden retriever puppy sleeping on a blue knitted blanket next to a fireplace",
                    "make the blanket red",
                    "把背景换成夜晚",
                ],
                "seed": 7,
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    args = ["replay", str(script), "--out", str(out), "--data-dir", str(tmp_path / "data")]
    assert app.main([*args, "--model", str(v12_folder), "--consistency", "all", "--steps", "6"]) == 0
    turns = [json.loads((out / f"turn-0{k}.json").read_text(encoding="utf-8")) for k in (1, 2, 3)]
    assert [t["status"] for t in turns] == ["done"] * 3
    assert [t["intent"] for t in turns] == ["draw", "edit", "edit"]
    assert "red knitted blanket" in turns[1]["prompt"] and "blue" not in turns[1]["prompt"]
    for turn in turns[1:]:
        record = turn["generation"]["consistency"]
        assert record["mode"] == "edit" and all(record["mechanisms"].values())
        assert set(record["blobs"]) == {"noise", "latents"}
    assert all((out / f"turn-0{k}.png").stat().st_size > 0 for k in (1, 2, 3))


def test_replay_without_steps_uses_the_models_default(v12_folder, tmp_path):
    script = tmp_path / "one.json"
    script.write_text(json.dumps({"turns": ["a puppy"], "seed": 1}), encoding="utf-8")
    out = tmp_path / "out"
    args = ["replay", str(script), "--out", str(out), "--data-dir", str(tmp_path / "data")]
    assert app.main([*args, "--model", str(v12_folder)]) == 0
    assert json.loads((out / "turn-01.json").read_text())["generation"]["steps"] == 50
