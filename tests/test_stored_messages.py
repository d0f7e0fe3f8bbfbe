"""Stored messages in the reader's language (issue 15): a turn's error is kept as a code and its
parameters, so the chat, the read-only view, the REST API and the export say it in the viewer's
language; an import's refusal carries a code too. Real SQLite files, the real engine."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from sqlalchemy import update

from core import messages
from core.archive import export_session, import_session
from core.engine import Engine, EngineLimits, SessionDefaults
from core.errors import BadInput
from core.rewriter import Composer
from sessions.models import TurnRow
from sessions.store import Store
from tests.exports import rewrite_doc
from ui.chat_view import turn_messages
from ui.session_panel import SessionPanel

CHINESE = "蓝色背景上，左上方有一个大的红色圆形"


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'db.sqlite'}", tmp_path / "data"


@pytest.fixture
def engine(tiny_painter, db):
    store = Store.open(*db)
    yield Engine(tiny_painter, Composer(), store, limits=EngineLimits(max_message_chars=200),
                 defaults=SessionDefaults(steps=2, seed=5))  # fmt: skip
    store.close()


def explode(*args, **kwargs):
    raise RuntimeError("simulated failure at /secret/path")


def said(turn, lang: str) -> str:
    """What the chat shows for a turn that did not draw, in ``lang`` (the studio's and the reader's view)."""
    return turn_messages(turn, None, None, lang)[-1]["content"]


def test_a_failed_turn_keeps_its_code_and_each_viewer_reads_it_in_their_language(engine, db, monkeypatch):
    session = engine.new_session()
    monkeypatch.setattr(engine.painter, "draw", explode)
    failed = engine.run_turn(session, CHINESE).turn
    monkeypatch.undo()
    # the sentence as before (the message's language: replay and older versions read it), and its code
    assert (failed.error, failed.error_code, failed.error_params) == (
        messages.text("turn_failed_draw", "zh"), "turn_failed_draw", {},
    )  # fmt: skip
    with Store.open(*db) as again:  # stored, not only returned: another process reads the same
        (reread,) = again.path(session.id)
    shown = engine.sessions.path(session.read_token)[-1]  # the read-only share view
    assert reread == shown == failed
    assert said(shown, "en") == "⚠️ This turn failed: Drawing the picture failed\\. Please try again\\."
    assert said(shown, "zh") == "⚠️ 这一轮失败了：绘制失败了，请重试。"


def test_a_refusal_during_the_turn_is_stored_with_its_parameters(engine, monkeypatch):
    session = engine.new_session()

    def refuse(*args, **kwargs):
        raise BadInput("steps_range", steps=0)

    monkeypatch.setattr(engine.painter, "draw", refuse)
    failed = engine.run_turn(session, "a small green square at the center").turn
    assert (failed.error_code, failed.error_params) == ("steps_range", {"steps": 0})
    assert failed.error == "Steps must be between 1 and 200, not 0."
    assert said(failed, "zh") == "⚠️ 这一轮失败了：步数必须在 1 到 200 之间，而不是 0。"


def test_a_stopped_turn_says_so_in_each_language(engine):
    import threading

    cancel = threading.Event()
    cancel.set()
    stopped = engine.run_turn(engine.new_session(), "a small green square at the center", cancel=cancel).turn
    assert (stopped.status, stopped.error_code) == ("cancelled", "turn_stopped")
    assert said(stopped, "zh") == "⏹️ 已停止：画面完成之前已停止。"
    assert said(stopped, "en") == "⏹️ Stopped: Stopped before the drawing finished\\."


def test_a_turn_stored_before_codes_is_shown_as_it_was_written(engine, monkeypatch):
    session = engine.new_session()
    monkeypatch.setattr(engine.painter, "draw", explode)
    turn = engine.run_turn(session, "a small green square at the center").turn
    with engine.store._writer.begin() as s:  # noqa: SLF001 - a row as an older version left it
        s.execute(update(TurnRow).where(TurnRow.id == turn.id).values(error="旧的说法", error_code=None,
                                                                       error_params=None))  # fmt: skip
    (old,) = engine.sessions.path(session.owner_token)
    assert said(old, "zh") == "⚠️ 这一轮失败了：旧的说法"
    assert said(old, "en") == "⚠️ This turn failed: 旧的说法"
    # a code this version does not know (an import from a newer one), or parameters that do not fit
    assert messages.stored_text("from_the_future", {}, "as written", "zh") == "as written"
    assert messages.stored_text("steps_range", {"nope": 1}, "as written", "zh") == "as written"


def test_turns_the_store_ends_speak_both_languages(engine, db):
    session = engine.new_session()
    pending = engine.store.add_turn(session.owner_token, "half done")
    copy = engine.store.fork(session.read_token)
    (copied,) = engine.store.turns(copy.id)
    assert (copied.status, copied.error_code) == ("failed", "turn_not_copied")
    assert messages.turn_error(copied, "zh") == "复制这个会话时，这一轮还没有完成"
    engine.store.close()  # the drawing process is gone: the next one to open fails its turn
    with Store.open(*db) as reopened:
        interrupted = reopened.get_turn(pending.id)
    assert (interrupted.status, interrupted.error_code) == ("failed", "turn_interrupted")
    assert messages.turn_error(interrupted, "en") == "interrupted: the server stopped during this turn"
    assert messages.turn_error(interrupted, "zh") == "已中断：服务器在这一轮进行时停止了"


def session_json(data: bytes) -> dict:
    return json.loads(zipfile.ZipFile(io.BytesIO(data)).read("session.json"))


def test_the_export_says_errors_in_the_downloaders_language_and_an_import_keeps_the_code(engine, monkeypatch):
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    monkeypatch.setattr(engine.painter, "draw", explode)
    engine.run_turn(session, "make it red")
    monkeypatch.undo()
    zh = session_json(export_session(engine.store, engine.blobs, session.id, lang="zh"))["turns"][-1]
    en_zip = export_session(engine.store, engine.blobs, session.id, lang="en")
    en = session_json(en_zip)["turns"][-1]
    assert (zh["error"], zh["error_code"], zh["error_params"]) == ("绘制失败了，请重试。", "turn_failed_draw", {})
    assert en["error"] == "Drawing the picture failed. Please try again."
    copy = import_session(engine.store, engine.blobs, en_zip)
    imported = engine.sessions.path(copy.owner_token)[-1]
    assert imported.error_code == "turn_failed_draw" and said(imported, "zh") == "⚠️ 这一轮失败了：绘制失败了，请重试。"


def test_an_export_from_before_codes_still_imports_and_shows_its_words(engine, monkeypatch):
    session = engine.new_session()
    monkeypatch.setattr(engine.painter, "draw", explode)
    engine.run_turn(session, "a small green square at the center")
    monkeypatch.undo()
    src = zipfile.ZipFile(io.BytesIO(export_session(engine.store, engine.blobs, session.id)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            payload = src.read(info)
            if info.filename == "session.json":
                doc = json.loads(payload)
                for turn in doc["turns"]:
                    turn.pop("error_code"), turn.pop("error_params")
                    turn["error"] = "an old sentence"
                payload = json.dumps(doc).encode()
            dst.writestr(info, payload)
    copy = import_session(engine.store, engine.blobs, out.getvalue())
    (turn,) = engine.sessions.path(copy.owner_token)
    assert (turn.error, turn.error_code) == ("an old sentence", None)
    assert said(turn, "zh") == "⚠️ 这一轮失败了：an old sentence"


# -- import refusals: a code and its parameters, said in the reader's language ---------------------

REFUSED = {
    "missing": (lambda d: d["settings"].pop("width"), "import_setting_missing",
                "session.json is not valid: settings.width is missing.", "session.json 无效：缺少 settings.width。"),
    "setting": (lambda d: d["settings"].update(steps=0), "import_setting_invalid",
                "session.json is not valid: settings.steps is not a valid setting.",
                "session.json 无效：settings.steps 不是有效的设置。"),
    "consistency": (lambda d: d["settings"].update(consistency={"evil": True}), "import_consistency_setting",
                    "session.json is not valid: settings.consistency is not a consistency setting.",
                    "session.json 无效：settings.consistency 不是有效的一致性设置。"),
    "scene": (lambda d: d["turns"][-1]["scene"].update(evil=1), "import_scene_invalid",
              "session.json is not valid: turn 1's scene: evil: Extra inputs are not permitted",
              "session.json 无效：第 1 轮的场景：evil: Extra inputs are not permitted"),
    "record": (lambda d: d["turns"][-1]["generation"].update(consistency={"blobs": ["x"]}), "import_record_invalid",
               "session.json is not valid: turn 1's consistency record: blobs: Input should be a valid dictionary",
               "session.json 无效：第 1 轮的一致性记录：blobs: Input should be a valid dictionary"),
    "record-file": (lambda d: d["turns"][-1]["generation"].update(consistency={"blobs": {"noise": "../x"}}),
                    "import_record_file", "session.json is not valid: turn 1's consistency record names a bad file.",
                    "session.json 无效：第 1 轮的一致性记录指向了无效的文件。"),
}  # fmt: skip


def poisoned(engine, change) -> bytes:
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    return rewrite_doc(export_session(engine.store, engine.blobs, session.id), change)


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_an_import_refusal_has_a_code_and_is_said_in_the_readers_language(engine, tmp_path, name):
    change, code, en, zh = REFUSED[name]
    data = poisoned(engine, change)
    with pytest.raises(BadInput) as refused:
        import_session(engine.store, engine.blobs, data)
    assert (refused.value.code, str(refused.value), refused.value.text("zh")) == (code, en, zh)
    # the studio's Session panel: the reason in the tab's language, the tab's session unchanged
    upload = tmp_path / "upload.zip"
    upload.write_bytes(data)
    panel = SessionPanel(engine)
    assert panel.import_zip(str(upload), "current", "zh") == ("current", f"无法导入这个压缩包：{zh}")
    assert panel.import_zip(str(upload), "current", "en") == ("current", f"This zip cannot be imported: {en}")


def test_replay_keeps_its_fields_and_adds_the_code(engine, tmp_path, monkeypatch):
    from core.replay import replay

    script = tmp_path / "script.json"
    script.write_text(json.dumps({"turns": [CHINESE]}), encoding="utf-8")
    monkeypatch.setattr(engine.painter, "draw", explode)
    (record,) = replay(engine, script, tmp_path / "out")
    written = json.loads((tmp_path / "out" / "turn-01.json").read_text(encoding="utf-8"))
    assert written == record
    # the sentence in the message's language, as before; the code and its parameters beside it
    assert (record["status"], record["error"]) == ("failed", "绘制失败了，请重试。")
    assert (record["error_code"], record["error_params"]) == ("turn_failed_draw", {})


def test_the_download_link_carries_the_pages_language(engine):
    session = engine.new_session()
    engine.run_turn(session, "a small green square at the center")
    panel = SessionPanel(engine)
    assert "&amp;l=zh" in panel.state(session.owner_token, "zh").download
    assert "&amp;l=en" in panel.state(session.read_token, "en").download


def test_the_history_panel_says_why_a_turn_failed_in_the_viewers_language(engine, monkeypatch):
    session = engine.new_session()
    monkeypatch.setattr(engine.painter, "draw", explode)
    engine.run_turn(session, CHINESE)
    monkeypatch.undo()
    panel = SessionPanel(engine)
    (zh,) = [label for label, _ in panel.state(session.owner_token, "zh").turn_choices]
    (en,) = [label for label, _ in panel.state(session.read_token, "en").turn_choices]
    assert zh.endswith("· 失败：绘制失败了，请重试。 · ✓")
    assert en.endswith("· failed: Drawing the picture failed. Please try again. · ✓")
