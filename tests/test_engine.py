"""One turn end to end on a tiny pipeline and a real SQLite store."""

import threading

import pytest

from core import messages
from core.engine import Engine, EngineLimits, SessionDefaults
from core.errors import BadInput
from core.images import read_png_metadata
from core.rewriter import Composer
from sessions.store import Store


@pytest.fixture
def engine(tiny_painter, tmp_path):
    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path)
    yield Engine(
        tiny_painter,
        Composer(),
        store,
        limits=EngineLimits(max_message_chars=50),
        defaults=SessionDefaults(steps=2, seed=99),
    )
    store.close()


def test_a_turn_is_rewritten_drawn_and_stored(engine, tmp_path):
    session = engine.new_session()
    assert session.settings == {
        "seed": 99,
        "steps": 2,
        "guidance": 5.0,
        "width": 64,
        "height": 64,
        "negative_prompt": "",
    }
    result = engine.run_turn(session, "a small green square at the center")
    turn = result.turn
    assert (turn.status, turn.intent, turn.seed, turn.index) == ("done", "draw", 99, 1)
    assert turn.prompt == "a small green square at the center, on a white background"
    assert turn.generation["steps"] == 2 and turn.generation["seed"] == 99
    image = engine.store.get_image(turn.image_id)
    path = engine.store.image_path(image)
    assert path.read_bytes() == result.image_png
    assert path.is_relative_to(tmp_path / "images")
    meta = read_png_metadata(result.image_png)
    assert meta["prompt"] == turn.prompt and meta["seed"] == "99" and meta["model"] == "tiny-test"
    assert set(turn.timings) == {"rewrite", "draw", "persist", "total"}


def test_the_session_seed_is_reused_and_the_scene_carries_over(engine):
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    second = engine.run_turn(session, "make it red").turn
    assert second.seed == 99 and second.intent == "edit"
    assert second.scene["subjects"][0]["colour"] == "red"


def test_same_session_seed_same_picture(engine):
    a, b = engine.new_session(), engine.new_session()
    png_a = engine.run_turn(a, "a large blue star at the top").image_png
    png_b = engine.run_turn(b, "a large blue star at the top").image_png
    assert png_a == png_b


@pytest.mark.parametrize("message, needle", [("", "empty"), ("   \n ", "empty"), ("x" * 51, "limit is 50")])
def test_refused_messages_write_nothing(engine, message, needle):
    session = engine.new_session()
    with pytest.raises(BadInput, match=needle):
        engine.run_turn(session, message)
    assert engine.store.turns(session.id) == []


def test_a_failing_draw_is_stored_as_failed_and_the_session_carries_on(engine, monkeypatch, caplog):
    session = engine.new_session()
    transformer = engine.painter.pipe.transformer

    def explode(*args, **kwargs):
        raise RuntimeError("out of memory (simulated)")

    monkeypatch.setattr(transformer, "forward", explode)
    failed = engine.run_turn(session, "a small green square at the center")
    # the chat gets a sentence for people; the exception text goes to the log only
    assert failed.turn.status == "failed" and failed.turn.error == messages.text("turn_failed_draw", "en")
    assert "out of memory (simulated)" in caplog.text
    assert failed.turn.image_id is None
    monkeypatch.undo()
    ok = engine.run_turn(session, "a small green square at the center")
    assert ok.turn.status == "done" and ok.turn.index == 2
    assert [t.status for t in engine.store.turns(session.id)] == ["failed", "done"]


def test_a_cancelled_draw_is_stored_as_cancelled(engine):
    session = engine.new_session()
    cancel = threading.Event()
    cancel.set()
    result = engine.run_turn(session, "a small green square at the center", cancel=cancel)
    assert result.turn.status == "cancelled" and result.image_png is None


def test_chat_turns_answer_without_drawing(engine):
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    chat = engine.run_turn(session, "what is in the picture?")
    assert chat.turn.intent == "chat" and chat.turn.image_id is None and chat.image_png is None
    assert "small green square" in chat.turn.reply
    assert chat.turn.generation == {}


def test_long_prompts_are_trimmed_from_the_end_and_the_user_is_told(engine):
    session = engine.new_session()
    engine.run_turn(session, "a fox in a forest")
    long_phrase = "with " + " ".join(["big"] * 10) + " trees"
    result = engine.run_turn(session, long_phrase)
    rw = result.rewrite
    needed, allowed = engine.painter.prompt_tokens(rw.prompt)
    assert needed <= allowed and rw.prompt == "a fox in a forest"
    assert any("left out of the prompt" in n and "big trees”" in n for n in rw.notes)
    assert long_phrase in result.turn.scene["extras"]  # the scene keeps it for later turns
    assert "left out of the prompt" in result.turn.reply


def test_a_chinese_user_is_told_in_chinese_what_was_left_out(engine):
    session = engine.new_session()
    engine.run_turn(session, "森林里的一只狐狸")
    phrase = "带着" + "非常" * 8 + "闪亮的光芒"
    result = engine.run_turn(session, phrase)
    assert result.rewrite.prompt == "森林里的一只狐狸"  # the user's own words
    assert f"这些没有写进提示词：{phrase}" in result.turn.reply
    assert "Left out" not in result.turn.reply


def test_the_bundled_model_is_offered_only_the_styles_it_can_draw(tiny_pipeline, tmp_path):
    from core.painter import Painter

    store = Store.open(f"sqlite:///{tmp_path / 'styles.sqlite'}", tmp_path / "styles")
    try:
        shapes = Engine(Painter(tiny_pipeline, name="shapes-dit", kind="bundled"), Composer(), store)
        assert list(shapes.styles) == ["none"]
        real = Engine(Painter(tiny_pipeline, name="HunyuanDiT-v1.2", kind="external"), Composer(), store)
        assert {"none", "watercolor", "photo"} <= set(real.styles)
        # a session that asks for a style this model lacks (an import, an old setting) draws without it
        session = shapes.new_session()
        session = shapes.update_settings(session.owner_token, {"style": "watercolor", "steps": 2})
        turn = shapes.run_turn(session, "a small green square at the center").turn
        assert turn.status == "done" and "watercolour" not in turn.prompt and turn.negative_prompt == ""
    finally:
        store.close()


@pytest.fixture
def external_engine(tiny_pipeline, tmp_path):
    from core.painter import Painter

    store = Store.open(f"sqlite:///{tmp_path / 'ext.sqlite'}", tmp_path / "ext")
    yield Engine(Painter(tiny_pipeline, name="external-tiny", kind="external"), Composer(), store,
                 defaults=SessionDefaults(steps=2, seed=99))  # fmt: skip
    store.close()


def test_style_preset_suffix_and_negative_are_applied(external_engine):
    engine = external_engine
    session = engine.new_session()
    session = engine.update_settings(session.owner_token, {"style": "flat", "negative_prompt": "text"})
    turn = engine.run_turn(session, "a blue star").turn
    flat = engine.styles["flat"]
    assert turn.negative_prompt == "text, " + flat.negative
    # the tiny test model reads 16 tokens: the preset is dropped first, and the user is told
    assert turn.prompt.startswith("a large blue star")
    assert flat.suffix not in turn.prompt and "left out of the prompt" in turn.reply


def test_go_back_uses_the_scenes_stored_with_earlier_turns(engine):
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    engine.run_turn(session, "make it red")
    back = engine.run_turn(session, "go back").turn
    assert back.scene["subjects"][0]["colour"] == "green"


def test_style_suffix_goes_after_the_subjects_when_it_fits(engine, monkeypatch):
    from core.styles import StylePreset

    monkeypatch.setitem(engine.styles, "short", StylePreset("short", "Short", "短", "blue", ""))
    session = engine.new_session()
    session = engine.update_settings(session.owner_token, {"style": "short"})
    turn = engine.run_turn(session, "a blue star").turn
    assert turn.prompt == "a large blue star at the center, on a white background, blue"


def test_a_crash_in_the_consistency_work_is_stored_as_failed(tmp_path, tiny_painter, monkeypatch):
    """The engine's own work around the draw (here the layers of a new background) fails like a draw."""
    from core.consistency import ConsistencyConfig
    from core.engine import Engine
    from core.rewriter import Composer
    from sessions.store import Store

    store = Store.open(f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path / "data")
    try:
        engine = Engine(tiny_painter, Composer(), store, consistency=ConsistencyConfig.only("edit"))
        session = engine.new_session()
        first = engine.run_turn(session, "a large red circle at the top left on a blue background")
        assert first.turn.status == "done"

        def explode(*args, **kwargs):
            raise ValueError("broken anchor (simulated)")

        monkeypatch.setattr(engine.runner, "_old_background", explode)
        failed = engine.run_turn(session, "make the background yellow")
        assert failed.turn.status == "failed"
        assert failed.turn.error == messages.text("turn_failed_consistency", "en")
        monkeypatch.undo()
        ok = engine.run_turn(session, "make the background yellow")
        assert ok.turn.status == "done"
        assert [t.status for t in store.turns(session.id)] == ["done", "failed", "done"]
    finally:
        store.close()
