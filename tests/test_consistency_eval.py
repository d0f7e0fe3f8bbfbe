"""The consistency dev set and its evaluation script."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from core.replay import load_script

ROOT = Path(__file__).resolve().parent.parent
DEV = sorted((ROOT / "tests" / "data" / "consistency").glob("dev-*.json"))


def test_the_dev_set_has_100_replayable_scripts_of_every_edit_kind_in_both_languages():
    assert len(DEV) >= 100
    kinds, langs = set(), set()
    for path in DEV:
        load_script(path)  # the replay format
        script = json.loads(path.read_text("utf-8"))
        assert len(script["expected"]) == len(script["turns"]) >= 3
        kinds |= {e.get("edit") for e in script["expected"][1:]}
        langs.add(script["lang"])
    assert kinds >= {"recolour", "resize", "reshape", "move", "add", "remove", "background", "pronoun"}
    assert langs == {"en", "zh", "mixed"}


@pytest.mark.parametrize("configs", ["baseline,all"])
def test_eval_runs_every_configuration_through_the_engine(configs, capsys, monkeypatch, tiny_painter, tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import eval_consistency

    monkeypatch.setattr(eval_consistency, "load_painter", lambda model: tiny_painter)
    out = tmp_path / "r.json"
    eval_consistency.main(["--limit", "3", "--steps", "2", "--configs", configs, "--oracle", "--json", str(out)])
    results = json.loads(out.read_text())
    assert set(results) == {"baseline", "all", "oracle"}
    assert all(r["edit_turns"] > 0 and r["failed_turns"] == 0 for r in results.values())
    # the scoring itself: the rewriter's scenes rendered exactly pass every check
    assert (
        results["oracle"]["applied"] == results["oracle"]["applied_in_cells"] == results["oracle"]["preserved"] == 1.0
    )
    # strays counted only in the edited cells can only forgive, never fail, an edit
    assert all(r["applied_in_cells"] >= r["applied"] for r in results.values())
    assert "preserved" in capsys.readouterr().out


def test_the_preserved_score_follows_the_subject_not_the_checkers_listing_order():
    """A stray speck beside a subject must not decide whether the subject was kept."""
    sys.path.insert(0, str(ROOT / "bench"))
    import eval_consistency

    from core.world.checker import read_scene
    from core.world.render import render
    from core.world.scene import WorldObject, WorldScene

    subject = WorldObject("circle", "red", "large", "top-left")
    picture = render(WorldScene("blue", (subject,)))
    picture[33:41, 33:41] = (245, 215, 40)  # a yellow blob in the same cell, touching the circle
    checked = read_scene(picture)
    here = [d for d in checked.objects if d.position == "top-left"]
    assert {d.colour for d in here} == {"red", "yellow"}  # the checker sees both
    for order in (here, here[::-1]):
        checked.objects = order
        a = eval_consistency.subject_in(checked, "top-left", subject)
        assert a.colour == "red"
        assert eval_consistency.same_subject(checked, "top-left", a) is a
    assert eval_consistency.subject_in(checked, "top-left", None).colour == "red"  # the largest
    assert eval_consistency.subject_in(checked, "center", subject) is None
    assert eval_consistency.same_subject(checked, "top-left", None) is None


def test_set_gives_every_configuration_typed_parameters_and_refuses_unknown_ones():
    sys.path.insert(0, str(ROOT / "bench"))
    import eval_consistency

    params = eval_consistency.parse_params(["strength_attribute=0.8", "region=false", "anchor_skip=3", "edit=on"])
    assert params == {"strength_attribute": 0.8, "region": False, "anchor_skip": 3, "edit": True}
    with pytest.raises(SystemExit, match="unknown consistency field 'strenght'"):
        eval_consistency.parse_params(["strenght=1"])
