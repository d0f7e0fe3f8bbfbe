"""The rewriter dev set and its evaluation script: the composer meets the issue's targets."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from core.rewriter import Composer
from core.rewriter.factory import build_rewriter
from core.scene import Scene, Subject
from core.settings import Settings, SettingsError, settings_from

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "rewriter"


def _eval_module():
    spec = importlib.util.spec_from_file_location("eval_rewriter", ROOT / "bench" / "eval_rewriter.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def ev():
    return _eval_module()


def test_dev_set_shape():
    rows = _eval_module().load(sorted(DATA.glob("*.jsonl")))
    assert len(rows) >= 150 and len({r["id"] for r in rows}) == len(rows)
    assert all(2 <= len(r["turns"]) <= 7 for r in rows)
    assert {r["lang"] for r in rows} == {"en", "zh", "mixed"}
    assert sum(r["world"] == "general" for r in rows) >= 40


def test_composer_meets_the_targets(ev):
    rows = ev.load(sorted(DATA.glob("*.jsonl")))
    result = ev.evaluate("composer", Composer(), rows, show_failures=False)
    # 94.2%: seven old dialogues read "it" after a picture of several objects as the last one drawn; the
    # independent sets (fresh batch 1 and the paraphrase generator) both expect the composer to ask.
    assert result["shapes_exact"] >= 0.93
    assert result["general_facts"] >= 0.90
    assert result["fallbacks"] == 0


def test_the_script_prints_the_table(ev, capsys, tmp_path):
    assert ev.main(["--json", str(tmp_path / "r.json")]) == 0
    out = capsys.readouterr().out
    assert "shapes exact" in out and "general facts" in out and "ms/turn" in out
    assert json.loads((tmp_path / "r.json").read_text())[0]["backend"] == "composer"


def test_facts(ev):
    scene = Scene(
        subjects=(Subject(id="s1", kind="fox", colour="red", details=("wearing a scarf",)),),
        background="snowy forest",
        season="winter",
    )
    assert all(
        ev.fact_holds(scene, f)
        for f in ("fox", "!owl", "count=1", "fox.colour=red", "fox.details~scarf", "background~forest", "style=None")
    )
    assert not any(ev.fact_holds(scene, f) for f in ("owl", "fox.colour=blue", "season=summer", "count=2"))


def test_settings_choose_the_backend(tmp_path):
    assert isinstance(build_rewriter(Settings()), Composer)
    s = settings_from({"rewriter": "openai", "rewriter_url": "http://127.0.0.1:9/v1", "rewriter_model": "m"}, {})
    pytest.importorskip("openai")
    rewriter = build_rewriter(s)
    assert rewriter.name == "openai" and rewriter.client.timeout == 30.0
    with pytest.raises(SettingsError, match="rewriter_url"):
        settings_from({"rewriter": "openai"}, {})
    with pytest.raises(SettingsError, match="model folder"):
        settings_from({"rewriter": "transformers", "rewriter_model": str(tmp_path / "missing")}, {})
    with pytest.raises(SettingsError) as err:
        settings_from({"rewriter_timeout": "-1", "rewriter_api_key": "sk-secret"}, {})
    assert "sk-secret" not in str(err.value)
    keyed = settings_from({"rewriter_api_key": "sk-secret"}, {})
    assert "sk-secret" not in repr(keyed) and "sk-secret" not in str(keyed)
    env = {"INKTURN_REWRITER_VISION": "true", "INKTURN_REWRITER_TIMEOUT": "5"}
    assert settings_from({}, env).rewriter_vision is True and settings_from({}, env).rewriter_timeout == 5.0
