"""The replay contract: files and JSON fields evaluations depend on."""

import json

import pytest

import app

SCRIPT = {
    "turns": [
        "a large red circle at the top left on a blue background",
        "add a small yellow star at the bottom right",
        "how many objects are there?",
        "把背景换成绿色",
    ],
    "seed": 123,
}
REQUIRED = {"message", "intent", "prompt", "negative_prompt", "scene", "seed", "generation", "timings_ms"}


def play(tmp_path, name, script=SCRIPT, *extra):
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(script, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / name
    code = app.main(
        ["replay", str(path), "--out", str(out), "--data-dir", str(tmp_path / "data"), "--steps", "2", *extra]
    )
    return code, out


def test_replay_writes_the_contract_files(tmp_path):
    code, out = play(tmp_path, "run")
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "session.json",
        "turn-01.json",
        "turn-01.png",
        "turn-02.json",
        "turn-02.png",
        "turn-03.json",
        "turn-04.json",
        "turn-04.png",
    ]
    turns = [json.loads((out / f"turn-0{k}.json").read_text(encoding="utf-8")) for k in range(1, 5)]
    for record in turns:
        assert record.keys() >= REQUIRED
    assert [t["intent"] for t in turns] == ["draw", "edit", "chat", "edit"]
    assert all(t["seed"] == 123 for t in turns)
    first = turns[0]
    assert set(first["generation"]) >= {"model", "width", "height", "steps", "guidance", "scheduler"}
    assert first["generation"]["steps"] == 2
    assert set(first["timings_ms"]) == {"rewrite", "draw", "persist", "total"}
    assert first["prompt"] == "a large red circle at the top left, on a blue background"
    assert turns[1]["scene"]["subjects"][1]["kind"] == "star"
    assert turns[2]["generation"] is None and "2 objects" in turns[2]["reply"]
    assert turns[3]["scene"]["background"] == "green"
    session = json.loads((out / "session.json").read_text(encoding="utf-8"))
    assert len(session["session_id"]) == 32 and session["turns"] == 4 and session["seed"] == 123


def test_replay_is_deterministic_and_seed_flag_wins(tmp_path):
    _, a = play(tmp_path, "a")
    _, b = play(tmp_path, "b")
    _, c = play(tmp_path, "c", SCRIPT, "--seed", "124")
    assert (a / "turn-01.png").read_bytes() == (b / "turn-01.png").read_bytes()
    assert (a / "turn-01.png").read_bytes() != (c / "turn-01.png").read_bytes()
    assert json.loads((c / "turn-01.json").read_text())["seed"] == 124


def test_refused_turn_is_recorded_and_the_rest_plays(tmp_path):
    code, out = play(tmp_path, "bad", {"turns": ["   ", "a small green square at the center"]})
    assert code == 0
    refused = json.loads((out / "turn-01.json").read_text())
    assert refused["status"] == "refused" and "empty" in refused["error"]
    assert not (out / "turn-01.png").exists() and (out / "turn-02.png").exists()


@pytest.mark.parametrize(
    "content, needle",
    [
        ("not json", "not a JSON file"),
        ('{"turns": []}', "at least one message"),
        ('{"turns": ["a"], "seed": -4}', "seed must be"),
    ],
)
def test_bad_scripts_exit_2_with_a_reason(tmp_path, capsys, content, needle):
    path = tmp_path / "s.json"
    path.write_text(content)
    assert app.main(["replay", str(path), "--out", str(tmp_path / "o"), "--data-dir", str(tmp_path / "d")]) == 2
    assert needle in capsys.readouterr().err


def test_replay_runs_as_a_fresh_process_on_the_default_model(tmp_path):
    """As the evaluations call it: a new interpreter, nothing imported beforehand."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(app.__file__).resolve().parent
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"turns": [SCRIPT["turns"][0]], "seed": 1}), encoding="utf-8")
    out = tmp_path / "out"
    cmd = [sys.executable, "app.py", "replay", str(path), "--out", str(out), "--data-dir", str(tmp_path / "d")]
    done = subprocess.run([*cmd, "--steps", "2"], cwd=root, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert (out / "turn-01.png").is_file() and (out / "session.json").is_file()
